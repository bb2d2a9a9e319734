/**
 * The orchestrator: corpus folder → records → pages → search index → output folder.
 *
 *   input (src/corpus/corpus-input.ts) → read and parse (parse-files.ts, collect-files.ts)
 *   → records (make-records.ts) → tag (tag-thread.ts) → output (render-phase.ts:
 *   data files, pages, search index, swap into place) → report (report-phase.ts)
 *
 * Stages are pure functions in their own folders; the phases here do the I/O, time each
 * stage and collect every diagnostic. One bad file never stops the others.
 */
import { rmSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { resolveCredits } from '../parse/index.ts'
import { outlineLines } from '../report/outline.ts'
import { isInside, reportDirFor } from '../report/write.ts'
import { BuildError } from './build-error.ts'
import { collectFiles } from './collect-files.ts'
import type { BuildContext, BuildOptions } from './context.ts'
import { corpusDisplay, readCorpusInput, reportUnusedManifestRows } from '../corpus/corpus-input.ts'
import { Diagnostics } from './diagnostics.ts'
import { applyCorrections, checkBeforePublication, makeRecords } from './make-records.ts'
import { ParseCache } from './parse-cache.ts'
import { parseFiles } from './parse-files.ts'
import { listCorpus } from '../corpus/read-corpus.ts'
import { importOutputStages, renderIndexAndSwap } from './render-phase.ts'
import { writeBuildReport } from './report-phase.ts'
import { megabytes, rate, StageTimer } from './stage-timer.ts'
import { TagThread } from './tag-thread.ts'

export { BuildError } from './build-error.ts'
export type { BuildOptions } from './context.ts'

export interface BuildSummary {
  files: number
  skipped: number
  issues: number
  articles: number
  pages: number
  warnings: number
  seconds: number
  stageSeconds: Record<string, number>
  /** Every diagnostic, in Chinese with its place. */
  diagnostics: string[]
  /** The build report's folder (absolute). */
  reportDir: string
  /** Articles the report lists as doubtful. */
  doubtfulArticles: number
  /** Places of personal data found (masked in the outputs when `redact`). */
  personalData: number
  /** Groups of articles printed twice. */
  duplicates: number
  /** Rows of corrections.csv applied, and those not (no longer matching, or unusable). */
  corrections: { applied: number; unmatched: number }
  /** For `check`: the table of files → issues → articles (src/report/outline.ts); empty for a build. */
  outline: string[]
}

/**
 * Reads, parses and tags the corpus folder into records, with every diagnostic collected.
 * Tagging runs on its own thread (./tag-thread.ts), which also writes the data files into
 * `dataDir` when given: await `tagger.finished()` before using them.
 */
export async function readAndParse(ctx: BuildContext, dataDir: string | null) {
  const tagger = TagThread.start({ cacheDir: ctx.cacheDir })
  try {
    return await readParseAndTag(ctx, dataDir, tagger)
  } catch (error) {
    await tagger.stop()
    throw error
  }
}

async function readParseAndTag(ctx: BuildContext, dataDir: string | null, tagger: TagThread) {
  const { corpusDir, diagnostics, timer } = ctx
  const cache = await ParseCache.open(ctx.cacheDir)
  const input = await readCorpusInput(corpusDir, diagnostics)
  const paths = await timer.time('read', () => listCorpus(corpusDir))
  const { results, bytes } = await parseFiles(corpusDir, paths, input.manifest, cache, timer)
  const files = collectFiles(results, corpusDir, cache, diagnostics)
  await timer.time('parse', () => cache.save())
  reportUnusedManifestRows(input, paths, diagnostics)
  const corrections = timer.timeSync('parse', () => applyCorrections(corpusDir, input.display, files, paths))
  timer.timeSync('parse', () => resolveCredits(files.bulletins.map((b) => b.bulletin)))
  const { issues, articles, pdfCopies } = makeRecords(files, input.manifest)
  const checks = checkBeforePublication(files, articles, input.display, ctx.options.redact === true, timer)

  // The tagging thread has loaded jieba and its caches meanwhile (src/segment/*-cache.ts).
  // The records get their tags when it replies: until then, use nothing that reads tags.
  const tagging = tagger
    .tag({
      articles,
      issues,
      ...(input.dictionaryText === undefined ? {} : { dictionaryText: input.dictionaryText }),
      dataDir
    })
    .then(({ result }) => {
      for (const article of articles) {
        const tags = result.tags.get(article.id)
        if (tags) article.tags = tags
      }
      // Each message is on its own file, at its place (the dictionary's line, or an article's).
      diagnostics.add(result.messages)
      return result
    })
  tagging.catch(() => {}) // awaited by the caller; its own failure must not go unhandled first
  return {
    files: paths.length,
    bytes,
    skipped: files.skipped,
    issues,
    articles,
    sources: files.sources,
    pdfCopies,
    reportFiles: files.reportFiles,
    ...checks,
    corrections,
    cacheHits: cache.hits,
    tagger,
    tagging
  }
}

/** The build's context; refuses a report folder inside the output (the report lists what should not be published). */
function buildContext(options: BuildOptions): BuildContext {
  const corpusDir = resolve(options.corpusDir)
  const outDir = resolve(options.outDir)
  const reportDir = reportDirFor(outDir, options.reportDir)
  if (isInside(reportDir, outDir)) {
    throw new BuildError(
      `报告文件夹 ${reportDir} 在输出文件夹 ${outDir} 里面：报告列出不宜发布的内容，不能随网站发布。请用 --report DIR 指定输出文件夹以外的地方。`
    )
  }
  return {
    options,
    corpusDir,
    outDir,
    cacheDir: options.cacheDir === undefined || options.cacheDir === null ? null : resolve(options.cacheDir),
    reportDir,
    // Built next to the target and swapped at the end, so a killed build leaves the old site.
    staging: join(dirname(outDir), `.${basename(outDir)}.building`),
    timer: new StageTimer(),
    diagnostics: new Diagnostics(corpusDisplay(corpusDir)),
    log: options.log
  }
}

/** Builds the whole site into `outDir`, atomically: a failed build leaves the old one. */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const ctx = buildContext(options)
  const { timer, log, staging } = ctx
  if (!options.checkOnly) {
    await mkdir(dirname(ctx.outDir), { recursive: true })
    rmSync(staging, { recursive: true, force: true })
    await mkdir(join(staging, 'data'), { recursive: true })
  }
  // The tagging thread starts first (jieba takes a while to load); Eleventy and the rest of
  // the render and index stages are loaded meanwhile.
  const parsing = readAndParse(ctx, options.checkOnly ? null : join(staging, 'data'))
  const outputStages = options.checkOnly ? null : importOutputStages()
  outputStages?.catch(() => {}) // awaited below; a failed parse must not leave it unhandled
  let parsed: Awaited<typeof parsing>
  try {
    parsed = await parsing
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  const { files, bytes, skipped, issues, articles, tagger, tagging } = parsed
  log(`读取  ${files} 个文件，${megabytes(bytes)} MB ${timer.of('read').toFixed(2)} 秒`)
  log(
    `解析  ${files - skipped} 个文件（${parsed.cacheHits} 个来自缓存）成为 ${issues.length} 期、${articles.length} 篇文章，跳过 ${skipped} 个文件` +
      ` ${timer.of('parse').toFixed(2)} 秒${rate(bytes / 1e6, timer.of('parse'), 'MB')}`
  )
  const waitForTags = async () => {
    const tagged = await timer.time('tag', () => tagging)
    log(`标注  ${articles.length} 篇文章，找到 ${tagged.people.length} 位人物 ${timer.of('tag').toFixed(2)} 秒`)
    return tagged
  }
  let pages = 0
  try {
    if (!options.checkOnly) pages = await renderIndexAndSwap(ctx, parsed, await outputStages!, waitForTags)
    else {
      await waitForTags()
      await tagger.finished()
    }
  } catch (error) {
    await tagger.stop()
    throw error
  }
  const report = await timer.time('report', () => writeBuildReport(ctx, parsed))
  return summaryOf(ctx, parsed, pages, report, started)
}

function summaryOf(
  ctx: BuildContext,
  parsed: Awaited<ReturnType<typeof readAndParse>>,
  pages: number,
  report: Awaited<ReturnType<typeof writeBuildReport>>,
  started: number
): BuildSummary {
  return {
    files: parsed.files,
    skipped: parsed.skipped,
    issues: parsed.issues.length,
    articles: parsed.articles.length,
    pages,
    warnings: ctx.diagnostics.count,
    seconds: (performance.now() - started) / 1000,
    stageSeconds: ctx.timer.seconds,
    diagnostics: ctx.diagnostics.lines,
    reportDir: ctx.reportDir,
    doubtfulArticles: report.summary.doubtfulArticles,
    personalData: parsed.personalData.length,
    duplicates: parsed.duplicates.length,
    corrections: report.summary.corrections,
    outline: ctx.options.checkOnly
      ? outlineLines(parsed.reportFiles, (path) => report.skipped.find((s) => s.file.endsWith(`/${path}`))?.why ?? '')
      : []
  }
}

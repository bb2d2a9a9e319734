/**
 * The orchestrator: corpus folder → records → pages → search index → output folder.
 *
 *   read → parse → tag → write data → render (Eleventy) → index (search/) → swap into place
 *
 * Stages are pure functions in their own folders; this file does the I/O, times each
 * stage and collects every diagnostic. One bad file never stops the others.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { ArticleRecord, IssueRecord, ManifestEntry, ParsedBulletin } from '../types.ts'
import { parseManifest, splitCsvLine } from '../corpus/manifest.ts'
import { decodeBulletin } from '../read/decode.ts'
import { resolveCredits } from '../parse/index.ts'
import type { SourceFile } from '../render/site.ts'
import { TagThread } from './tag-thread.ts'
import { issueIdFor } from './ids.ts'
import { assembleIssue } from './records.ts'
import { corpusConfigFiles, listCorpus, readCorpusFile } from './read-corpus.ts'
import { Diagnostics } from './diagnostics.ts'
import { decodeEntry, ParseCache, parseKey } from './parse-cache.ts'
import { parseFile, parsePdfFile, type ParseOutcome } from './parse-file.ts'
import { isPdf } from '../read/pdf/index.ts'
import { copyPdfs, type PdfCopy } from './copy-pdfs.ts'
import { supersededByPdf, supersededMessage } from './supersede.ts'
import { ParsePool, type EncodedOutcome } from './parse-pool.ts'
import { buildReport, type ReportFileInput } from '../report/model.ts'
import { isInside, reportDirFor, writeReport } from '../report/write.ts'
import { outlineLines } from '../report/outline.ts'
import { findDuplicates } from '../report/duplicates.ts'
import { checkPersonalData } from '../privacy/check-files.ts'
import { correctCorpus } from '../corrections/correct-corpus.ts'
import { maskPersonalData } from '../privacy/personal-data.ts'

export interface BuildOptions {
  corpusDir: string
  outDir: string
  /** URL path the site is served under: `/` or `/archive/`. */
  base: string
  /** Site name shown in the header. */
  name: string
  /** Origin the site is published at (`https://example.org`): absolute URLs in feed and sitemap. */
  siteUrl?: string | null
  /** Folder for cached parse results (`.cache/bulletin-archive`), or null for none. */
  cacheDir?: string | null
  /** Stop after parsing and tagging: list diagnostics, write nothing. */
  checkOnly: boolean
  /** Print progress lines. */
  log: (line: string) => void
  /** Where the build report goes (default `build-report/` beside `outDir`); never inside `outDir`. */
  reportDir?: string | null
  /** Let Eleventy print its own lines. */
  verbose?: boolean
  /** Mask personal data in every output (pages, search index, data files); the report keeps the places. */
  redact?: boolean
  /** A line of progress within a long stage, to be overwritten by the next (a terminal's `\r`). */
  progress?: (line: string) => void
}

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

export class BuildError extends Error {}

/**
 * Reads, parses and tags one corpus folder into records, with every diagnostic collected.
 * Tagging runs on its own thread (./tag-thread.ts), which also writes the data files into
 * `dataDir` when given: await `tagger.finished()` before using them.
 */
export async function readAndParse(
  corpusDir: string,
  diagnostics: Diagnostics,
  timer: StageTimer,
  cacheDir: string | null = null,
  dataDir: string | null = null,
  checks: PublicationChecks = {}
) {
  const tagger = TagThread.start({ cacheDir })
  try {
    return await readParseAndTag(corpusDir, diagnostics, timer, cacheDir, dataDir, tagger, checks)
  } catch (error) {
    await tagger.stop()
    throw error
  }
}

async function readParseAndTag(
  corpusDir: string,
  diagnostics: Diagnostics,
  timer: StageTimer,
  cacheDir: string | null,
  dataDir: string | null,
  tagger: TagThread,
  checks: PublicationChecks
) {
  const cache = await ParseCache.open(cacheDir)
  if (!existsSync(corpusDir)) {
    throw new BuildError(
      `Cannot read the corpus folder \`${corpusDir}\`: it does not exist.\n` +
        'Expected a folder of bulletin text files, e.g. `corpus/`. Pass another one with `--corpus DIR`.'
    )
  }
  const display = corpusDisplay(corpusDir)
  const manifestPath = join(corpusDir, 'manifest.csv')
  let manifest = new Map<string, ManifestEntry>()
  let manifestLines = new Map<string, number>()
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(await readFile(manifestPath, 'utf8'))
    manifest = parsed.entries
    manifestLines = parsed.lines
    for (const problem of parsed.problems) {
      diagnostics.add(`${display}/manifest.csv:${problem.line}:${problem.column}: ${problem.reason}`)
    }
  }
  const dictionaryPath = join(corpusDir, 'dictionary.txt')
  const dictionaryText = existsSync(dictionaryPath) ? await readFile(dictionaryPath, 'utf8') : undefined

  const paths = await timer.time('read', () => listCorpus(corpusDir))
  /** Per file, in path order: what it gave, or a parse worker's promise of it. */
  const pending: (FileResult | Promise<FileResult>)[] = []
  let pool: ParsePool | null = null
  let missedBytes = 0
  let mainBytes = 0
  let totalBytes = 0
  let results: FileResult[]
  try {
    for (const path of paths) {
      const bytes = timer.timeSync('read', () => readCorpusFile(corpusDir, path))
      totalBytes += bytes.length
      const issueDate = manifest.get(path.normalize('NFC'))?.date ?? null
      const key = parseKey(bytes, path, issueDate)
      // A cached parse holds the decoder's messages too: an unchanged file is not decoded.
      const cached = cache.get(key)
      if (cached) {
        pending.push({ path, issueDate, key, outcome: { kind: 'parsed', ...cached }, entry: 'cached' })
        continue
      }
      if (isPdf(bytes)) {
        // PDF.js reads asynchronously, on this thread (timed as reading, which is most of it): one PDF at a time.
        const outcome = await timer.time('read', () => parsePdfFile(bytes, path, issueDate))
        pending.push({ path, issueDate, key, outcome, entry: 'encode' })
        continue
      }
      missedBytes += bytes.length
      if (pool === null && parseWorkers > 0 && missedBytes > POOL_AFTER_BYTES) pool = ParsePool.start(parseWorkers)
      if (pool !== null && pool.leastBytes < mainBytes) {
        pending.push(
          pool.parse(bytes, path, issueDate).then((encoded) => ({ path, issueDate, key, ...decodeOutcome(encoded) }))
        )
        continue
      }
      mainBytes += bytes.length
      pending.push({
        path,
        issueDate,
        key,
        outcome: timer.timeSync('parse', () => parseFile(bytes, path, issueDate)),
        entry: 'encode'
      })
    }
    results = await timer.time('parse', () => Promise.all(pending))
  } finally {
    await pool?.close()
  }

  const bulletins: { path: string; issueDate: string | null; key: string; bulletin: ParsedBulletin }[] = []
  /** Every corpus file in path order, for the report. */
  const reportFiles: ReportFileInput[] = []
  /** The corpus files by corpus-relative path: article pages show their source lines. */
  const sources = new Map<string, SourceFile>()
  let skipped = 0
  /** Into the cache in file order, before anything (resolveCredits) changes the bulletin. */
  const remember = (key: string, outcome: Extract<ParseOutcome, { kind: 'parsed' }>, entry: FileResult['entry']) => {
    if (entry === 'encode') cache.set(key, outcome.bulletin, outcome.messages)
    else if (entry !== 'cached') cache.setEncoded(key, entry)
  }
  const superseded = supersededByPdf(results)
  for (const { path, issueDate, key, outcome, entry } of results) {
    const pdf = superseded.get(path)
    if (pdf !== undefined) {
      // The PDF of the same issue is built instead: the report names this file, and nothing else of it.
      diagnostics.addMessages(display, path, [supersededMessage(path, pdf)])
      reportFiles.push({ path, kind: 'skipped', bulletin: null, issue: null, articles: [] })
      skipped++
      if (outcome.kind === 'parsed') remember(key, outcome, entry)
      continue
    }
    diagnostics.addMessages(display, path, outcome.messages)
    reportFiles.push({
      path,
      kind: outcome.kind,
      bulletin: outcome.kind === 'parsed' ? outcome.bulletin : null,
      issue: null,
      articles: []
    })
    if (outcome.kind === 'parsed') {
      remember(key, outcome, entry)
      bulletins.push({ path, issueDate, key, bulletin: outcome.bulletin })
      const pdfText = outcome.bulletin.pdf?.text
      sources.set(
        outcome.bulletin.file,
        pdfText === undefined
          ? corpusSource(corpusDir, path, issueDate, key, cache.version)
          : { key: `${cache.version}/${key}`, text: () => pdfText }
      )
    } else {
      skipped++
      if (outcome.kind === 'failed') {
        diagnostics.add(`${display}/${path}:1:1: Could not parse this file, skipped it: ${outcome.error}`)
        diagnostics.addMessages(display, path, outcome.parseMessages)
      }
    }
  }
  await timer.time('parse', () => cache.save())
  const present = new Set(paths.map((p) => p.normalize('NFC')))
  for (const path of manifest.keys()) {
    if (!present.has(path)) {
      diagnostics.add(
        `${display}/manifest.csv:${manifestLines.get(path) ?? 1}:1: The manifest names \`${path}\`, which is not in the corpus folder; the row is not used`
      )
    }
  }
  // The office's corrections, applied to the parsed bulletins before records are made.
  const correctionsPath = join(corpusDir, 'corrections.csv')
  const corrections = existsSync(correctionsPath)
    ? timer.timeSync('parse', () =>
        correctCorpus(
          readFileSync(correctionsPath, 'utf8'),
          new Map(bulletins.map((b) => [b.path.normalize('NFC'), b.bulletin])),
          sources,
          display,
          present
        )
      )
    : []
  timer.timeSync('parse', () => resolveCredits(bulletins.map((b) => b.bulletin)))

  // Records: stable ids (collisions, e.g. a.txt and a.md, get a numeric suffix).
  const usedIds = new Set<string>()
  const issues: IssueRecord[] = []
  const articles: ArticleRecord[] = []
  const reportFileOf = new Map(reportFiles.map((f) => [f.path, f]))
  /** The PDFs the site gets a copy of (./copy-pdfs.ts). */
  const pdfCopies: PdfCopy[] = []
  for (const { path, issueDate, key, bulletin } of bulletins) {
    let id = issueIdFor(path)
    for (let n = 2; usedIds.has(id); n++) id = `${issueIdFor(path)}-${n}`
    usedIds.add(id)
    const assembled = assembleIssue(id, bulletin, manifest.get(path.normalize('NFC')))
    issues.push(assembled.issue)
    if (assembled.issue.pdf) pdfCopies.push({ path, issueDate, key, url: assembled.issue.pdf })
    articles.push(...assembled.articles)
    const reportFile = reportFileOf.get(path)!
    reportFile.issue = assembled.issue
    reportFile.articles = assembled.articles
  }

  // Before publication: where personal data is printed; with --redact it is masked in the
  // records and source texts here, before anything is tagged, rendered, indexed or written.
  const personalData = timer.timeSync('check', () =>
    checkPersonalData(reportFiles, sources, display, checks.redact === true)
  )
  const duplicates = timer.timeSync('check', () => findDuplicates(articles))

  // The tagging thread has loaded jieba and its caches meanwhile (src/segment/*-cache.ts).
  // The records get their tags when it replies: until then, use nothing that reads tags.
  const tagging = tagger
    .tag({
      articles,
      issues,
      ...(dictionaryText === undefined ? {} : { dictionaryText }),
      dictionaryPath: `${display}/dictionary.txt`,
      corpusPath: `${display}/`,
      dataDir
    })
    .then(({ result }) => {
      for (const article of articles) {
        const tags = result.tags.get(article.id)
        if (tags) article.tags = tags
      }
      // Each message names its own file and place (the dictionary's line, or an article's file).
      for (const message of result.messages) diagnostics.add(message)
      return result
    })
  tagging.catch(() => {}) // awaited by the caller; its own failure must not go unhandled first

  return {
    files: paths.length,
    bytes: totalBytes,
    skipped,
    issues,
    articles,
    sources,
    pdfCopies,
    reportFiles,
    personalData,
    duplicates,
    corrections,
    cacheHits: cache.hits,
    tagger,
    tagging
  }
}

/** The corpus folder as messages name it: relative to the working directory when inside it, else absolute. */
function corpusDisplay(corpusDir: string): string {
  const rel = relative(process.cwd(), corpusDir)
  return rel === '' ? '.' : rel.startsWith('..') ? corpusDir : rel
}

/** The checks before publication a build makes. */
export interface PublicationChecks {
  /** Mask personal data (ID, mobile and bank card numbers) in every output. */
  redact?: boolean
}

/** What one corpus file gave. */
interface FileResult {
  path: string
  issueDate: string | null
  key: string
  outcome: ParseOutcome
  /** For the parse cache: there already, to be encoded, or encoded by a parse worker. */
  entry: 'cached' | 'encode' | Uint8Array
}

/** Parse workers start once this many bytes of the corpus missed the cache: a new issue parses on the main thread. */
const POOL_AFTER_BYTES = 1_000_000
/** One parse worker per core beside the main thread's (the tagging thread mostly waits meanwhile). */
const parseWorkers = Math.min(3, availableParallelism() - 1)

/** A worker's result, decoded; a parsed file's entry goes into the cache as it came. */
function decodeOutcome(encoded: EncodedOutcome): Pick<FileResult, 'outcome' | 'entry'> {
  if (encoded.kind !== 'parsed') return { outcome: encoded, entry: 'encode' }
  return { outcome: { kind: 'parsed', ...decodeEntry(encoded.entry) }, entry: encoded.entry }
}

/**
 * A corpus file for the pages, read again when a page of it is rendered (a rebuild renders
 * few), so the build does not hold the whole corpus's text. A file edited while the build
 * ran is refused: its pages would not match its records.
 */
function corpusSource(
  corpusDir: string,
  path: string,
  issueDate: string | null,
  key: string,
  parserVersion: string
): SourceFile {
  // Holds no reference to the parse cache: the cache's entries can go once it is saved.
  return {
    key: `${parserVersion}/${key}`,
    text() {
      const bytes = readCorpusFile(corpusDir, path)
      const decoded = parseKey(bytes, path, issueDate) === key ? decodeBulletin(bytes, path) : null
      if (decoded?.kind !== 'text') {
        throw new BuildError(
          `${relative(process.cwd(), join(corpusDir, path))} changed while the site was being built: build again`
        )
      }
      return decoded.text
    }
  }
}

const megabytes = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)

/** `，7.2 MB/秒` on a stage long enough (a second or more) for a rate to say something. */
function rate(amount: number, seconds: number, unit: string): string {
  if (seconds < 1) return ''
  const perSecond = amount / seconds
  return `，${perSecond >= 100 ? Math.round(perSecond) : perSecond.toFixed(1)} ${unit}/秒`
}

/** Accumulates wall-clock seconds per stage. */
export class StageTimer {
  readonly seconds: Record<string, number> = {}
  async time<T>(stage: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await run()
    } finally {
      this.seconds[stage] = (this.seconds[stage] ?? 0) + (performance.now() - start) / 1000
    }
  }
  timeSync<T>(stage: string, run: () => T): T {
    const start = performance.now()
    try {
      return run()
    } finally {
      this.seconds[stage] = (this.seconds[stage] ?? 0) + (performance.now() - start) / 1000
    }
  }
}

function dateSpan(issues: IssueRecord[], articles: ArticleRecord[]) {
  const dates = [
    ...issues.map((i) => i.date),
    ...articles.map((a) => (a.date && /^\d{4}/.test(a.date) ? a.date : null))
  ]
    .filter((d): d is string => d !== null)
    .sort()
  return { firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null }
}

async function importLaterStages() {
  const [site, search, records] = await Promise.all([
    import('../render/site.ts'),
    import('../search/index.ts'),
    import('../search/records.ts')
  ])
  return {
    basePageData: site.basePageData,
    pageData: site.pageData,
    renderBasis: site.renderBasis,
    renderSite: site.renderSite,
    indexSite: search.indexSite,
    searchablePages: records.searchablePages
  }
}

/** Builds the whole site into `outDir`, atomically: a failed build leaves the old one. */
export async function build(options: BuildOptions): Promise<BuildSummary> {
  const started = performance.now()
  const timer = new StageTimer()
  const corpusDir = resolve(options.corpusDir)
  const diagnostics = new Diagnostics(corpusDisplay(corpusDir))
  const outDir = resolve(options.outDir)
  const log = options.log
  const reportDir = reportDirFor(outDir, options.reportDir)
  if (isInside(reportDir, outDir)) {
    throw new BuildError(
      `报告文件夹 ${reportDir} 在输出文件夹 ${outDir} 里面：报告列出不宜发布的内容，不能随网站发布。请用 --report DIR 指定输出文件夹以外的地方。`
    )
  }

  const cacheDir = options.cacheDir === undefined || options.cacheDir === null ? null : resolve(options.cacheDir)
  // Build next to the target and swap at the end, so a killed build leaves the old site.
  const parent = dirname(outDir)
  const staging = join(parent, `.${basename(outDir)}.building`)
  if (!options.checkOnly) {
    await mkdir(parent, { recursive: true })
    rmSync(staging, { recursive: true, force: true })
    await mkdir(join(staging, 'data'), { recursive: true })
  }
  let parsed: Awaited<ReturnType<typeof readAndParse>>
  // The tagging thread starts first (jieba takes a while to load); Eleventy and the rest of
  // the render and index stages are loaded meanwhile.
  const parsing = readAndParse(
    corpusDir,
    diagnostics,
    timer,
    cacheDir,
    options.checkOnly ? null : join(staging, 'data'),
    { redact: options.redact === true }
  )
  const laterStages = options.checkOnly ? null : importLaterStages()
  laterStages?.catch(() => {}) // awaited below; a failed parse must not leave it unhandled
  try {
    parsed = await parsing
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  const {
    files,
    bytes,
    skipped,
    issues,
    articles,
    sources,
    pdfCopies,
    reportFiles,
    personalData,
    duplicates,
    corrections,
    cacheHits,
    tagger,
    tagging
  } = parsed
  const seconds = (stage: string) => timer.seconds[stage] ?? 0
  log(`读取  ${files} 个文件，${megabytes(bytes)} MB ${seconds('read').toFixed(2)} 秒`)
  log(
    `解析  ${files - skipped} 个文件（${cacheHits} 个来自缓存）成为 ${issues.length} 期、${articles.length} 篇文章，跳过 ${skipped} 个文件` +
      ` ${seconds('parse').toFixed(2)} 秒${rate(bytes / 1e6, seconds('parse'), 'MB')}`
  )
  const waitForTags = async () => {
    const tagged = await timer.time('tag', () => tagging)
    log(`标注  ${articles.length} 篇文章，找到 ${tagged.people.length} 位人物 ${seconds('tag').toFixed(2)} 秒`)
    return tagged
  }

  let pages = 0
  try {
    if (!options.checkOnly) pages = await renderIndexAndSwap()
    else {
      await waitForTags()
      await tagger.finished()
    }
  } catch (error) {
    await tagger.stop()
    throw error
  }

  async function renderIndexAndSwap(): Promise<number> {
    const { basePageData, pageData, renderBasis, renderSite, indexSite, searchablePages } = await laterStages!
    const previousDir = existsSync(outDir) ? outDir : null
    const renderOptions = {
      verbose: options.verbose === true,
      onProgress: (done: number, total: number) => {
        if (total > done && options.progress) options.progress(`渲染  ${done}/${total} 个页面…`)
      },
      outDir: staging,
      base: options.base,
      name: options.name,
      siteUrl: options.siteUrl ?? null,
      previousDir
    }
    // What does not depend on tags is made while the tagging thread works.
    const base = timer.timeSync('render', () => basePageData({ issues, articles, sources }))
    const basis = await timer.time('render', () => renderBasis(renderOptions))
    const tagged = await waitForTags()
    // The data files are being written on the tagging thread meanwhile.
    const dataWritten = tagger.finished().then(({ dataSeconds }) => {
      timer.seconds.data = dataSeconds ?? 0
      log(
        `数据  data/articles.json、issues.json、articles.csv（${articles.length} 篇文章，${issues.length} 期） ${(dataSeconds ?? 0).toFixed(2)} 秒`
      )
    })
    const siteInput = {
      issues,
      articles,
      tagged,
      sources,
      stats: { issues: issues.length, articles: articles.length, ...dateSpan(issues, articles) }
    }
    const data = timer.timeSync('render', () => pageData(siteInput, base))
    // The index is made from the page data, not the HTML: its thread writes it while
    // Eleventy renders on this one.
    const indexing = timer.time('index', () =>
      indexSite(staging, searchablePages(data.articlePages, articles), cacheDir)
    )
    const rendering = timer
      .time('render', () => renderSite(renderOptions, siteInput, data, basis))
      .then((rendered) => {
        // Pages Eleventy wrote this time (paginated ones that changed, and the one-off pages) plus those linked unchanged.
        const fresh = rendered.pages - rendered.reused
        log(
          `渲染  ${rendered.pages} 个页面（重新生成 ${fresh} 个，沿用 ${rendered.reused} 个） ${seconds('render').toFixed(2)} 秒` +
            rate(fresh, seconds('render'), '页')
        )
        return rendered
      })
    // All run to the end before a failure of one is reported: no stray worker outlives the build.
    const [renderOutcome, indexOutcome, dataOutcome] = await Promise.allSettled([rendering, indexing, dataWritten])
    if (renderOutcome.status === 'rejected') throw renderOutcome.reason
    if (indexOutcome.status === 'rejected') throw indexOutcome.reason
    if (dataOutcome.status === 'rejected') throw dataOutcome.reason
    const indexed = indexOutcome.value
    log(
      `索引  ${indexed.articles} 篇文章，${indexed.grams} 个字词片段，${indexed.buckets} 个索引桶（${(indexed.bytes / 1e6).toFixed(1)} MB${indexed.reused ? `，${indexed.reused} 篇沿用上次的索引表` : ''}） ${seconds('index').toFixed(2)} 秒${indexed.cpuSeconds == null ? '' : `（索引线程 CPU ${indexed.cpuSeconds.toFixed(2)} 秒）`}` +
        rate(indexed.articles, seconds('index'), '篇')
    )

    await timer.time('write', async () => {
      const pdfBytes = await copyPdfs(corpusDir, staging, pdfCopies)
      if (pdfCopies.length > 0) log(`原版  ${pdfCopies.length} 个PDF复制到 pdf/（${(pdfBytes / 1e6).toFixed(1)} MB）`)
      const old = join(parent, `.${basename(outDir)}.old`)
      // Synchronous removal is about twice as fast as the awaited one on a large tree.
      rmSync(old, { recursive: true, force: true })
      if (existsSync(outDir)) await rename(outDir, old)
      await rename(staging, outDir)
      rmSync(old, { recursive: true, force: true })
    })
    return renderOutcome.value.pages
  }

  const report = await timer.time('report', async () => {
    const made = buildReport({
      command: options.checkOnly ? 'check' : 'build',
      corpusDisplay: diagnostics.corpusDisplay,
      outDisplay: options.checkOnly ? null : options.outDir,
      files: reportFiles,
      diagnostics: diagnostics.entries,
      personalData,
      duplicates: duplicates.map((group) => ({
        title: group.articles[0]!.title,
        characters: group.characters,
        places: group.articles.map((a) => ({
          id: a.id,
          url: a.url,
          file: `${diagnostics.corpusDisplay}/${a.file}`,
          place: `${diagnostics.corpusDisplay}/${a.file}:${a.lines[0]}`,
          title: a.title
        }))
      })),
      redacted: options.redact === true,
      corrections,
      maskLine: (_file, _line, text) => maskPersonalData(text),
      textOf: (file) => textOfDisplayed(file, diagnostics.corpusDisplay, corpusDir, sources)
    })
    await writeReport(reportDir, made)
    return made
  })

  return {
    files,
    skipped,
    issues: issues.length,
    articles: articles.length,
    pages,
    warnings: diagnostics.count,
    seconds: (performance.now() - started) / 1000,
    stageSeconds: timer.seconds,
    diagnostics: diagnostics.lines,
    reportDir,
    doubtfulArticles: report.summary.doubtfulArticles,
    personalData: personalData.length,
    duplicates: duplicates.length,
    corrections: report.summary.corrections,
    outline: options.checkOnly
      ? outlineLines(reportFiles, (path) => report.skipped.find((s) => s.file.endsWith(`/${path}`))?.why ?? '')
      : []
  }
}

/**
 * The text of a file as diagnostics name it (`corpus/a.txt`), for the report to quote: a
 * bulletin as it was decoded, a config file of the corpus as UTF-8; null for anything else.
 */
function textOfDisplayed(
  file: string,
  display: string,
  corpusDir: string,
  sources: ReadonlyMap<string, SourceFile>
): string | null {
  if (!file.startsWith(`${display}/`)) return null
  const path = file.slice(display.length + 1)
  const source = sources.get(path)
  try {
    if (source) return source.text()
    if (corpusConfigFiles.has(path)) return readFileSync(join(corpusDir, path), 'utf8')
  } catch {
    return null
  }
  return null
}

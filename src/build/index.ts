/**
 * The orchestrator: corpus folder → records → pages → search index → output folder.
 *
 *   read → parse → tag → write data → render (Eleventy) → index (Pagefind) → swap into place
 *
 * Stages are pure functions in their own folders; this file does the I/O, times each
 * stage and collects every diagnostic. One bad file never stops the others.
 */
import { existsSync, rmSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { mkdir, readFile, rename } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve } from 'node:path'
import type { ArticleRecord, IssueRecord, ManifestEntry, ParsedBulletin } from '../types.ts'
import { parseManifest } from '../corpus/manifest.ts'
import { decodeBulletin } from '../read/decode.ts'
import { resolveCredits } from '../parse/index.ts'
import type { SourceFile } from '../render/site.ts'
import { TagThread } from './tag-thread.ts'
import { issueIdFor } from './ids.ts'
import { assembleIssue } from './records.ts'
import { listCorpus, readCorpusFile } from './read-corpus.ts'
import { Diagnostics } from './diagnostics.ts'
import { decodeEntry, ParseCache, parseKey } from './parse-cache.ts'
import { parseFile, parsePdfFile, type ParseOutcome } from './parse-file.ts'
import { isPdf } from '../read/pdf/index.ts'
import { copyPdfs, type PdfCopy } from './copy-pdfs.ts'
import { ParsePool, type EncodedOutcome } from './parse-pool.ts'

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
  diagnostics: string[]
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
  dataDir: string | null = null
) {
  const tagger = TagThread.start({ cacheDir })
  try {
    return await readParseAndTag(corpusDir, diagnostics, timer, cacheDir, dataDir, tagger)
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
  tagger: TagThread
) {
  const cache = await ParseCache.open(cacheDir)
  if (!existsSync(corpusDir)) {
    throw new BuildError(
      `Cannot read the corpus folder \`${corpusDir}\`: it does not exist.\n` +
        'Expected a folder of bulletin text files, e.g. `corpus/`. Pass another one with `--corpus DIR`.'
    )
  }
  const display = relative(process.cwd(), corpusDir) || '.'
  const manifestPath = join(corpusDir, 'manifest.csv')
  let manifest = new Map<string, ManifestEntry>()
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(await readFile(manifestPath, 'utf8'))
    manifest = parsed.entries
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
  let results: FileResult[]
  try {
    for (const path of paths) {
      const bytes = timer.timeSync('read', () => readCorpusFile(corpusDir, path))
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
  /** The corpus files by corpus-relative path: article pages show their source lines. */
  const sources = new Map<string, SourceFile>()
  let skipped = 0
  for (const { path, issueDate, key, outcome, entry } of results) {
    diagnostics.addMessages(display, path, outcome.messages)
    if (outcome.kind === 'parsed') {
      // Into the cache in file order, before anything (resolveCredits) changes the bulletin.
      if (entry === 'encode') cache.set(key, outcome.bulletin, outcome.messages)
      else if (entry !== 'cached') cache.setEncoded(key, entry)
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
      diagnostics.add(`${display}/manifest.csv: The manifest names \`${path}\`, which is not in the corpus folder`)
    }
  }
  timer.timeSync('parse', () => resolveCredits(bulletins.map((b) => b.bulletin)))

  // Records: stable ids (collisions, e.g. a.txt and a.md, get a numeric suffix).
  const usedIds = new Set<string>()
  const issues: IssueRecord[] = []
  const articles: ArticleRecord[] = []
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
  }

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

  return { files: paths.length, skipped, issues, articles, sources, pdfCopies, cacheHits: cache.hits, tagger, tagging }
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
  const diagnostics = new Diagnostics()
  const corpusDir = resolve(options.corpusDir)
  const outDir = resolve(options.outDir)
  const log = options.log

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
    options.checkOnly ? null : join(staging, 'data')
  )
  const laterStages = options.checkOnly ? null : importLaterStages()
  laterStages?.catch(() => {}) // awaited below; a failed parse must not leave it unhandled
  try {
    parsed = await parsing
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
  const { files, skipped, issues, articles, sources, pdfCopies, cacheHits, tagger, tagging } = parsed
  log(`读取  ${files} 个文件（跳过 ${skipped} 个） ${timer.seconds.read?.toFixed(2) ?? '0.00'} 秒`)
  log(
    `解析  ${issues.length} 期、${articles.length} 篇文章（缓存 ${cacheHits} 个文件） ${timer.seconds.parse?.toFixed(2) ?? '0.00'} 秒`
  )
  const waitForTags = async () => {
    const tagged = await timer.time('tag', () => tagging)
    log(`标注  ${tagged.people.length} 位人物 ${timer.seconds.tag?.toFixed(2) ?? '0.00'} 秒`)
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
      log(`数据  data/articles.json、issues.json、articles.csv ${(dataSeconds ?? 0).toFixed(2)} 秒`)
    })
    const siteInput = {
      issues,
      articles,
      tagged,
      sources,
      stats: { issues: issues.length, articles: articles.length, ...dateSpan(issues, articles) }
    }
    const data = timer.timeSync('render', () => pageData(siteInput, base))
    // The index is made from the page data, not the HTML: Pagefind's worker processes index
    // while Eleventy renders on this thread.
    const indexing = timer.time('index', () =>
      indexSite(staging, searchablePages(data.articlePages, articles), { previousDir })
    )
    const rendering = timer
      .time('render', () => renderSite(renderOptions, siteInput, data, basis))
      .then((rendered) => {
        log(
          `渲染  ${rendered.pages} 个页面（重新生成 ${rendered.rendered} 个，沿用 ${rendered.reused} 个） ${timer.seconds.render?.toFixed(2)} 秒`
        )
        return rendered
      })
    // All run to the end before a failure of one is reported: no stray worker outlives the build.
    const [renderOutcome, indexOutcome, dataOutcome] = await Promise.allSettled([rendering, indexing, dataWritten])
    if (renderOutcome.status === 'rejected') throw renderOutcome.reason
    if (indexOutcome.status === 'rejected') throw indexOutcome.reason
    if (dataOutcome.status === 'rejected') throw dataOutcome.reason
    const indexed = indexOutcome.value
    for (const error of indexed.errors) diagnostics.add(`pagefind: ${error}`)
    log(
      `索引  ${indexed.pagesIndexed} 个页面，${indexed.shards} 个分片（沿用 ${indexed.reused} 个） ${timer.seconds.index?.toFixed(2)} 秒`
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

  return {
    files,
    skipped,
    issues: issues.length,
    articles: articles.length,
    pages,
    warnings: diagnostics.count,
    seconds: (performance.now() - started) / 1000,
    stageSeconds: timer.seconds,
    diagnostics: diagnostics.lines
  }
}

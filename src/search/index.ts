/**
 * The search stage: Pagefind indexes the rendered article pages (zh-CN, read from
 * <html lang>) into shards under `search-index/<key>/`, plus two small files the search
 * page reads first:
 *
 *   search-index/shards.json   the shards, newest first: key, dates, pages, fingerprint
 *   search-index/filters.json  every filter value with its count over the whole archive
 *
 * Each shard is indexed in its own child process, two at a time (MEASURED.md: Pagefind
 * costs ~0.7 MB per Chinese page, so one big index does not fit at 20,000+ pages). A shard
 * whose pages are byte-identical to the previous build's is copied, not re-indexed.
 * Only this folder imports pagefind.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { indexedPart, pageFilters, planShards, type ShardPage } from './shards.ts'

export { indexedPart } from './shards.ts'
import { linkTree } from '../util/link-tree.ts'

export interface ShardJob {
  key: string
  siteDir: string
  urls: string[]
  outputPath: string
}

export interface ShardResult {
  key: string
  pages: number
  errors: string[]
}

export interface ShardEntry {
  key: string
  /** Bundle path relative to the site root, e.g. `search-index/2020/`. */
  path: string
  firstDate: string | null
  lastDate: string | null
  pages: number
  /** Hash of the shard's pages: a rebuild with the same pages reuses the shard. */
  fingerprint: string
}

export interface IndexOptions {
  /** Most pages in one shard. */
  maxShardPages?: number
  /** Shards indexed at once. */
  workers?: number
  /** The previous output folder, whose unchanged shards are reused. */
  previousDir?: string | null
  /**
   * Hash of each page's render input, by URL (from the render stage): a page with the same
   * hash as in an earlier build has the same HTML, so its summary comes from the cache.
   */
  pageHashes?: ReadonlyMap<string, string>
  /** Folder for the page-summary cache, or null for none. */
  cacheDir?: string | null
}

/** What the index needs of a page: a hash of its indexed part and its filter values. */
interface PageSummary {
  indexed: string
  filters: [string, string[]][]
}

/** Page summaries by render hash; entries not used by a build are dropped when it saves. */
class PageSummaryCache {
  private readonly used = new Map<string, PageSummary>()
  private constructor(private readonly file: string | null, private readonly stored: Map<string, PageSummary>) {}

  static async open(dir: string | null): Promise<PageSummaryCache> {
    if (dir === null) return new PageSummaryCache(null, new Map())
    const file = join(dir, `pages-${shardFormat.replace(/[^a-z0-9.-]+/gi, '_')}.json`)
    try {
      return new PageSummaryCache(file, new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, PageSummary>)))
    } catch {
      return new PageSummaryCache(file, new Map())
    }
  }

  get(key: string): PageSummary | undefined {
    const found = this.stored.get(key)
    if (found) this.used.set(key, found)
    return found
  }

  set(key: string, summary: PageSummary): void {
    this.used.set(key, summary)
  }

  async save(): Promise<void> {
    if (this.file === null) return
    await mkdir(join(this.file, '..'), { recursive: true })
    await writeFile(`${this.file}.${process.pid}.tmp`, JSON.stringify(Object.fromEntries(this.used)))
    await rename(`${this.file}.${process.pid}.tmp`, this.file)
  }
}

async function pageSummary(siteDir: string, url: string, renderHash: string | undefined, cache: PageSummaryCache): Promise<PageSummary> {
  const key = renderHash === undefined ? undefined : `${url}\0${renderHash}`
  const cached = key === undefined ? undefined : cache.get(key)
  if (cached) return cached
  const html = await readFile(join(siteDir, url, 'index.html'), 'utf8')
  const summary: PageSummary = {
    indexed: createHash('sha256').update(indexedPart(html)).digest('base64url'),
    filters: [...pageFilters(html)]
  }
  if (key !== undefined) cache.set(key, summary)
  return summary
}

export interface IndexResult {
  shards: number
  reused: number
  pagesIndexed: number
  errors: string[]
}

export const indexFolder = 'search-index'
const workerPath = fileURLToPath(new URL('./shard-worker.ts', import.meta.url))
/** Changes whenever a shard's files would come out differently: old shards are then rebuilt. */
const shardFormat = 'pagefind-1.6/no-ui/body-only'

/** A lane: one worker process that indexes the shards handed to it, one at a time. */
class WorkerLane {
  private readonly child = spawn(process.execPath, ['--import', 'tsx', workerPath], { stdio: ['pipe', 'pipe', 'pipe'] })
  private buffered = ''
  private stderr = ''
  private waiting: { resolve: (r: ShardResult) => void; reject: (e: Error) => void } | null = null

  constructor() {
    this.child.stdout.setEncoding('utf8')
    this.child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk
      const newline = this.buffered.indexOf('\n')
      if (newline < 0 || !this.waiting) return
      const line = this.buffered.slice(0, newline)
      this.buffered = this.buffered.slice(newline + 1)
      const waiting = this.waiting
      this.waiting = null
      try {
        waiting.resolve(JSON.parse(line) as ShardResult)
      } catch {
        waiting.reject(new Error(`Pagefind worker answered with something else than a result: ${line.slice(0, 200)}`))
      }
    })
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString() })
    this.child.on('close', (code) => {
      this.waiting?.reject(new Error(`Pagefind worker exited (${code}): ${this.stderr.trim().slice(-2000)}`))
      this.waiting = null
    })
  }

  run(job: ShardJob): Promise<ShardResult> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve: (result) => resolve({ ...result, key: job.key }), reject }
      this.child.stdin.write(JSON.stringify(job) + '\n')
    })
  }

  close(): void {
    this.child.stdin.end()
  }
}

/** Runs the jobs on `limit` lanes, results in job order. */
async function runOnLanes(jobs: ShardJob[], limit: number): Promise<ShardResult[]> {
  const results: ShardResult[] = new Array(jobs.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, jobs.length) }, async () => {
    const lane = new WorkerLane()
    try {
      while (next < jobs.length) {
        const at = next++
        results[at] = await lane.run(jobs[at]!)
      }
    } finally {
      lane.close()
    }
  })
  await Promise.all(lanes)
  return results
}

async function previousShards(previousDir: string | null | undefined): Promise<Map<string, ShardEntry>> {
  const path = previousDir ? join(previousDir, indexFolder, 'shards.json') : null
  if (!path || !existsSync(path)) return new Map()
  try {
    const { shards } = JSON.parse(await readFile(path, 'utf8')) as { shards: ShardEntry[] }
    return new Map(shards.map((s) => [s.key, s]))
  } catch {
    return new Map()
  }
}

export async function indexSite(siteDir: string, pages: readonly ShardPage[], options: IndexOptions = {}): Promise<IndexResult> {
  const plans = planShards(pages, options.maxShardPages ?? 1000)
  const cache = await PageSummaryCache.open(options.cacheDir ?? null)
  const previous = await previousShards(options.previousDir)
  const filterCounts = new Map<string, Map<string, number>>()
  const entries: ShardEntry[] = []
  const jobs: ShardJob[] = []
  let reused = 0
  for (const plan of plans) {
    const hash = createHash('sha256').update(shardFormat)
    for (const url of plan.urls) {
      const page = await pageSummary(siteDir, url, options.pageHashes?.get(url), cache)
      hash.update(url).update('\0').update(page.indexed).update('\0')
      for (const [name, values] of page.filters) {
        const counts = filterCounts.get(name) ?? new Map<string, number>()
        for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
        filterCounts.set(name, counts)
      }
    }
    const fingerprint = hash.digest('hex').slice(0, 16)
    const path = `${indexFolder}/${plan.key}/`
    entries.push({ key: plan.key, path, firstDate: plan.firstDate, lastDate: plan.lastDate, pages: plan.urls.length, fingerprint })
    const old = previous.get(plan.key)
    const oldDir = options.previousDir ? join(options.previousDir, indexFolder, plan.key) : null
    if (old && old.fingerprint === fingerprint && oldDir && existsSync(join(oldDir, 'pagefind-entry.json'))) {
      await linkTree(oldDir, join(siteDir, indexFolder, plan.key))
      reused++
    } else {
      jobs.push({ key: plan.key, siteDir, urls: plan.urls, outputPath: join(siteDir, indexFolder, plan.key) })
    }
  }
  await cache.save()
  await mkdir(join(siteDir, indexFolder), { recursive: true })
  const workers = Math.max(1, options.workers ?? Math.min(2, availableParallelism()))
  const results = await runOnLanes(jobs, workers)
  const errors = results.flatMap((r) => r.errors.map((e) => `shard ${r.key}: ${e}`))
  const filters = Object.fromEntries(
    [...filterCounts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, counts]) => [
      name,
      Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)))
    ])
  )
  await writeFile(join(siteDir, indexFolder, 'shards.json'), JSON.stringify({ shards: entries }, null, 1) + '\n')
  await writeFile(join(siteDir, indexFolder, 'filters.json'), JSON.stringify({ filters }) + '\n')
  return { shards: entries.length, reused, pagesIndexed: entries.reduce((n, e) => n + e.pages, 0), errors }
}

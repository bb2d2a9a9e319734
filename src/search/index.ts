/**
 * The search stage: Pagefind indexes the articles' search records (records.ts) into shards
 * under `search-index/<key>/`, plus two small files the search page reads first:
 *
 *   search-index/shards.json   the shards, newest first, each [key, first date, last date,
 *                              pages]: tuples, as a first search fetches this file whole
 *   search-index/.fingerprints.json   each shard's fingerprint, for the next build
 *   search-index/filters.json  every filter value with its count over the whole archive
 *
 * Each shard is indexed in a child process, two at a time (MEASURED.md: Pagefind costs
 * ~0.7 MB per Chinese page, so one big index does not fit at 20,000+ pages). A shard whose
 * records are the same as in the previous build is hard-linked, not re-indexed. The records come
 * from the page data, not the rendered HTML, so indexing does not wait for the pages.
 * Only this folder imports pagefind.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { planShards } from './shards.ts'
import { recordInputs, searchFilters, searchRecord, type SearchablePage, type SearchRecord } from './records.ts'
import { linkTree } from '../util/link-tree.ts'

export interface ShardJob {
  key: string
  records: SearchRecord[]
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
  /** Hash of the shard's records: a rebuild with the same records reuses the shard. */
  fingerprint: string
}

export interface IndexOptions {
  /**
   * Most pages in one shard (default 500). A first search fetches the newest shard's index
   * chunks for each character of the query: smaller shards, fewer bytes (at 100,000
   * articles, 1,000-page shards made a first search fetch up to 310 kB).
   */
  maxShardPages?: number
  /** Shards indexed at once. */
  workers?: number
  /** The previous output folder, whose unchanged shards are reused. */
  previousDir?: string | null
}

export interface IndexResult {
  shards: number
  reused: number
  pagesIndexed: number
  errors: string[]
}

export const indexFolder = 'search-index'
const workerPath = fileURLToPath(new URL('./shard-worker.ts', import.meta.url))
/**
 * Changes whenever a shard's files would come out differently for the same pages: the
 * Pagefind version and the code that makes the records. Old shards are then rebuilt.
 */
const shardFormat = createHash('sha256')
  .update(readFileSync(fileURLToPath(new URL('../../node_modules/pagefind/package.json', import.meta.url))))
  .update(readFileSync(fileURLToPath(new URL('./records.ts', import.meta.url))))
  .update(readFileSync(fileURLToPath(new URL('../../templates/assets/terms.js', import.meta.url))))
  .update(readFileSync(fileURLToPath(new URL('./shard-worker.ts', import.meta.url))))
  .digest('hex')

/** Shards handed to a lane before it is done with the first: it never waits for this thread. */
const LANE_DEPTH = 2

/** A lane: one worker process that indexes the shards handed to it, in order. */
class WorkerLane {
  private readonly child = spawn(process.execPath, ['--import', 'tsx', workerPath], { stdio: ['pipe', 'pipe', 'pipe'] })
  private buffered = ''
  private stderr = ''
  private readonly waiting: { resolve: (r: ShardResult) => void; reject: (e: Error) => void }[] = []

  constructor(private readonly onSettled: () => void) {
    this.child.stdout.setEncoding('utf8')
    this.child.stdout.on('data', (chunk: string) => {
      this.buffered += chunk
      for (let newline = this.buffered.indexOf('\n'); newline >= 0; newline = this.buffered.indexOf('\n')) {
        const line = this.buffered.slice(0, newline)
        this.buffered = this.buffered.slice(newline + 1)
        const waiting = this.waiting.shift()
        if (!waiting) continue
        try {
          waiting.resolve(JSON.parse(line) as ShardResult)
        } catch {
          waiting.reject(new Error(`Pagefind worker answered with something else than a result: ${line.slice(0, 200)}`))
        }
        this.onSettled()
      }
    })
    this.child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
    this.child.on('close', (code) => {
      for (const waiting of this.waiting.splice(0))
        waiting.reject(new Error(`Pagefind worker exited (${code}): ${this.stderr.trim().slice(-2000)}`))
      this.onSettled()
    })
  }

  get outstanding(): number {
    return this.waiting.length
  }

  run(job: ShardJob): Promise<ShardResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve: (result) => resolve({ ...result, key: job.key }), reject })
      this.child.stdin.write(JSON.stringify(job) + '\n')
    })
  }

  close(): void {
    this.child.stdin.end()
  }
}

/** Up to `size` lanes, started when first needed; a shard goes to the least busy one. */
class LanePool {
  private readonly lanes: WorkerLane[] = []
  private wakeUp: (() => void) | null = null

  constructor(private readonly size: number) {}

  /** Sends the job as soon as a lane has room; resolves to the promise of its result. */
  async submit(job: ShardJob): Promise<{ result: Promise<ShardResult> }> {
    for (;;) {
      const idle = this.lanes.find((lane) => lane.outstanding === 0)
      const lane =
        idle ?? (this.lanes.length < this.size ? this.start() : this.lanes.find((l) => l.outstanding < LANE_DEPTH))
      if (lane) {
        const result = lane.run(job)
        result.catch(() => {}) // reported where the results are awaited, not as an unhandled rejection
        return { result }
      }
      await new Promise<void>((resolve) => {
        this.wakeUp = resolve
      })
    }
  }

  close(): void {
    for (const lane of this.lanes) lane.close()
  }

  private start(): WorkerLane {
    const lane = new WorkerLane(() => {
      const wake = this.wakeUp
      this.wakeUp = null
      wake?.()
    })
    this.lanes.push(lane)
    return lane
  }
}

/** The shards of a built site, from its `search-index/shards.json`. */
export function readShardManifest(text: string): Omit<ShardEntry, 'fingerprint'>[] {
  const { shards } = JSON.parse(text) as { shards: [string, string | null, string | null, number][] }
  return shards.map(([key, firstDate, lastDate, pages]) => ({
    key,
    path: `${indexFolder}/${key}/`,
    firstDate,
    lastDate,
    pages
  }))
}

/** Fingerprints of the previous build's shards, by key. */
async function previousFingerprints(previousDir: string | null | undefined): Promise<Map<string, string>> {
  const path = previousDir ? join(previousDir, indexFolder, fingerprintsFile) : null
  if (!path || !existsSync(path)) return new Map()
  try {
    return new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')) as Record<string, string>))
  } catch {
    return new Map()
  }
}

const fingerprintsFile = '.fingerprints.json'

/** Indexes the article pages' search records into `siteDir/search-index/`. */
export async function indexSite(
  siteDir: string,
  pages: readonly SearchablePage[],
  options: IndexOptions = {}
): Promise<IndexResult> {
  const byUrl = new Map(pages.map((page) => [page.url, page]))
  const plans = planShards(pages, options.maxShardPages ?? 500)
  const previous = await previousFingerprints(options.previousDir)
  const filterCounts = new Map<string, Map<string, number>>()
  const entries: ShardEntry[] = []
  const pool = new LanePool(Math.max(1, options.workers ?? Math.min(2, availableParallelism())))
  const pending: Promise<ShardResult>[] = []
  let reused = 0
  await mkdir(join(siteDir, indexFolder), { recursive: true })
  try {
    // Each shard goes to a lane as soon as it is planned: indexing starts with the first one.
    for (const plan of plans) {
      const hash = createHash('sha256').update(shardFormat)
      const shardPages = plan.urls.map((url) => byUrl.get(url)!)
      for (const page of shardPages) {
        hash.update(recordInputs(page)).update('\0')
        for (const [name, values] of Object.entries(searchFilters(page))) {
          const counts = filterCounts.get(name) ?? new Map<string, number>()
          for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
          filterCounts.set(name, counts)
        }
      }
      const fingerprint = hash.digest('hex').slice(0, 16)
      const path = `${indexFolder}/${plan.key}/`
      entries.push({
        key: plan.key,
        path,
        firstDate: plan.firstDate,
        lastDate: plan.lastDate,
        pages: plan.urls.length,
        fingerprint
      })
      const old = previous.get(plan.key)
      const oldDir = options.previousDir ? join(options.previousDir, indexFolder, plan.key) : null
      if (old === fingerprint && oldDir && existsSync(join(oldDir, 'pagefind-entry.json'))) {
        linkTree(oldDir, join(siteDir, indexFolder, plan.key))
        reused++
      } else {
        const records = shardPages.map(searchRecord)
        pending.push(
          (await pool.submit({ key: plan.key, records, outputPath: join(siteDir, indexFolder, plan.key) })).result
        )
      }
    }
  } finally {
    // Lanes end once their queued shards are done; a failure above leaves none running.
    pool.close()
  }
  const results = await Promise.all(pending)
  const errors = results.flatMap((r) => r.errors.map((e) => `shard ${r.key}: ${e}`))
  const filters = Object.fromEntries(
    [...filterCounts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, counts]) => [
        name,
        Object.fromEntries([...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)))
      ])
  )
  const manifest = entries.map((e) => [e.key, e.firstDate, e.lastDate, e.pages])
  await writeFile(join(siteDir, indexFolder, 'shards.json'), JSON.stringify({ shards: manifest }) + '\n')
  await writeFile(
    join(siteDir, indexFolder, fingerprintsFile),
    JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, e.fingerprint])), null, 1) + '\n'
  )
  await writeFile(join(siteDir, indexFolder, 'filters.json'), JSON.stringify({ filters }) + '\n')
  return { shards: entries.length, reused, pagesIndexed: entries.reduce((n, e) => n + e.pages, 0), errors }
}

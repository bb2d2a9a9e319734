/**
 * The search stage: the articles' search documents (records.ts) are indexed into
 * `search-index/` (write-index.ts, formats in docs/SCHEMA.md) on a thread of their own, so
 * the index is written while Eleventy renders the pages on this one. The documents come
 * from the page data, not the rendered HTML, so indexing does not wait for the pages.
 *
 * The whole index is written each build: articles are numbered in date order, so a new
 * issue renumbers the ones after it, and writing the index (a few seconds per 10,000
 * articles) costs less than finding what could be kept.
 */
import { join } from 'node:path'
import { startTsWorker } from '../util/ts-worker.ts'
import { searchDoc, type SearchablePage } from './records.ts'
import type { IndexStats } from './write-index.ts'

export const indexFolder = 'search-index'

/** Indexes the article pages into `siteDir/search-index/`. */
export async function indexSite(siteDir: string, pages: readonly SearchablePage[]): Promise<IndexStats> {
  const docs = pages.map(searchDoc)
  const worker = startTsWorker(new URL('./index-thread.ts', import.meta.url), {
    root: join(siteDir, indexFolder),
    docs
  })
  return new Promise<IndexStats>((resolve, reject) => {
    let settled = false
    worker.once('message', (message: { stats?: IndexStats; error?: string }) => {
      settled = true
      if (message.stats) resolve(message.stats)
      else reject(new Error(`search index: ${message.error}`))
    })
    worker.once('error', (error) => {
      settled = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`search index thread exited (${code}) without an answer`))
    })
  })
}

/**
 * The search stage: the articles' search documents (search-docs.ts) are indexed into
 * `search-index/` (write-index.ts, formats in docs/SCHEMA.md) on a thread of their own, so
 * the index is written while Eleventy renders the pages on this one. The documents come
 * from the page data, not the rendered HTML, so indexing does not wait for the pages.
 *
 * Articles are numbered in date order. When the cache folder holds the previous build's
 * posting tables and its articles are still the first ones (a new issue is the newest),
 * only the new articles' grams are read (index-state.ts); the files are all written anew.
 */
import { join } from 'node:path'
import { firstReply, startTsWorker } from '../util/ts-worker.ts'
import { searchDoc, type SearchablePage } from './search-docs.ts'
import type { IndexStats } from './write-index.ts'

export const indexFolder = 'search-index'

/** Indexes the article pages into `siteDir/search-index/`, going on from the state in `cacheDir` when it fits. */
export async function indexSite(
  siteDir: string,
  pages: readonly SearchablePage[],
  cacheDir: string | null = null
): Promise<IndexStats> {
  // The documents are copied to the thread as it starts; none is kept here while it works (~1 GB at 100,000 articles).
  const worker = startTsWorker(new URL('./index-thread.ts', import.meta.url), {
    root: join(siteDir, indexFolder),
    docs: pages.map(searchDoc),
    cacheDir
  })
  const message = await firstReply<{ stats?: IndexStats; error?: string }>(worker, 'The search index thread')
  if (message.stats) return message.stats
  throw new Error(`search index: ${message.error}`)
}

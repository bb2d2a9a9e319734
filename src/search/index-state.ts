/**
 * The search index's state between builds (write-index.ts IndexState), kept in the build's
 * cache folder (src/util/build-cache.ts): the posting tables of the articles indexed last
 * time, so a build that adds an issue indexes only its articles. Named after the code that
 * wrote it, so a change to the index's code or the search page's term rules starts afresh.
 */
import { deserialize, serialize } from 'node:v8'
import { cacheFile, type BuildCacheFile } from '../util/build-cache.ts'
import { codeFingerprint } from '../util/code-fingerprint.ts'
import type { IndexState } from './write-index.ts'

/** What the state depends on besides the articles: this folder's code, the lexicon's and the search page's term rules. */
const codeVersion = () =>
  codeFingerprint(
    [new URL('./', import.meta.url), new URL('../lexicon/', import.meta.url)],
    ['terms.js', 'postings.js'].map((name) => new URL(`../../templates/assets/${name}`, import.meta.url))
  )

/** `search-index-<code version>.v8` in `cacheDir`; none when the build keeps no cache. */
export const indexStateFile = (cacheDir: string | null): BuildCacheFile =>
  cacheFile(cacheDir, 'search-index', codeVersion(), 'v8')

/** The state saved in `file`, or null when there is none or it cannot be read (a fresh index is then made). */
export function readIndexState(file: BuildCacheFile): IndexState | null {
  const bytes = file.readSync()
  if (bytes === null) return null
  try {
    return deserialize(bytes) as IndexState
  } catch {
    return null
  }
}

/** Saves the state; the states older code left go (each is tens of megabytes). */
export async function saveIndexState(file: BuildCacheFile, state: IndexState): Promise<void> {
  await file.write(serialize(state))
}

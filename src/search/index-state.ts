/**
 * The search index's state between builds (write-index.ts IndexState), kept in the build's
 * cache folder: the posting tables of the articles indexed last time, so a build that adds
 * an issue indexes only its articles. Named after the code that wrote it, so a change to
 * the index's code or the search page's term rules starts afresh.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { codeFingerprint } from '../util/code-fingerprint.ts'
import { writeAtomically } from '../util/write-atomically.ts'
import type { IndexState } from './write-index.ts'

/** What the state depends on besides the articles: this folder's code, the lexicon's and the search page's term rules. */
const codeVersion = () =>
  codeFingerprint(
    [new URL('./', import.meta.url), new URL('../lexicon/', import.meta.url)],
    ['terms.js', 'postings.js'].map((name) => new URL(`../../templates/assets/${name}`, import.meta.url))
  )

export const stateFileIn = (cacheDir: string) => join(cacheDir, `search-index-${codeVersion()}.v8`)

/** The state saved in `file`, or null when there is none or it cannot be read (a fresh index is then made). */
export function readIndexState(file: string | null): IndexState | null {
  if (file === null || !existsSync(file)) return null
  try {
    return deserialize(readFileSync(file)) as IndexState
  } catch {
    return null
  }
}

/** Saves the state, and removes the states older code left (each is tens of megabytes). */
export async function saveIndexState(file: string, state: IndexState): Promise<void> {
  await writeAtomically(file, serialize(state))
  for (const name of readdirSync(dirname(file)))
    if (/^search-index-[0-9a-f]{16}\.v8$/.test(name) && name !== basename(file)) rmSync(join(dirname(file), name))
}

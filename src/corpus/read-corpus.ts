/**
 * The read stage: list the corpus folder, read each file's bytes and decode them.
 * Config files of the corpus (manifest, dictionary, corrections) and hidden files are not bulletins.
 */
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { byCodeUnits } from '../lexicon/order.ts'

export const corpusConfigFiles = new Set(['manifest.csv', 'dictionary.txt', 'corrections.csv'])

/** Corpus-relative paths (with `/`) of every candidate bulletin, in code-unit order. */
export async function listCorpus(corpusDir: string): Promise<string[]> {
  const found: string[] = []
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile()) {
        const rel = relative(corpusDir, path).split(sep).join('/')
        if (!corpusConfigFiles.has(rel)) found.push(rel)
      }
    }
  }
  await walk(corpusDir)
  return found.sort(byCodeUnits)
}

/**
 * A file's bytes. Synchronous: files are read one after the other anyway, and an awaited
 * read costs a trip through the thread pool each (0.7 s of 2,500 reads at 20,000 articles).
 */
export function readCorpusFile(corpusDir: string, rel: string): Uint8Array {
  return readFileSync(join(corpusDir, rel))
}

/**
 * Reads and parses every corpus file, in path order: from the parse cache when the file
 * is unchanged, else on this thread or, once enough of the corpus missed the cache, on
 * parse workers (./parse-pool.ts) too. PDFs are read here, one at a time.
 */
import { availableParallelism } from 'node:os'
import type { ManifestEntry } from '../types.ts'
import { isPdf } from '../read/pdf/index.ts'
import { readCorpusFile } from '../corpus/read-corpus.ts'
import { decodeEntry, type ParseCache, parseKey } from './parse-cache.ts'
import { parseFile, parsePdfFile, type ParseOutcome } from './parse-file.ts'
import { ParsePool, type EncodedOutcome } from './parse-pool.ts'
import type { StageTimer } from './stage-timer.ts'

/** What one corpus file gave. */
export interface FileResult {
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

export async function parseFiles(
  corpusDir: string,
  paths: readonly string[],
  manifest: ReadonlyMap<string, ManifestEntry>,
  cache: ParseCache,
  timer: StageTimer
): Promise<{ results: FileResult[]; bytes: number }> {
  /** Per file, in path order: what it gave, or a parse worker's promise of it. */
  const pending: (FileResult | Promise<FileResult>)[] = []
  let pool: ParsePool | null = null
  let missedBytes = 0
  let mainBytes = 0
  let totalBytes = 0
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
      const outcome = timer.timeSync('parse', () => parseFile(bytes, path, issueDate))
      pending.push({ path, issueDate, key, outcome, entry: 'encode' })
    }
    return { results: await timer.time('parse', () => Promise.all(pending)), bytes: totalBytes }
  } finally {
    await pool?.close()
  }
}

/**
 * Parse results cached by content: a rebuild re-parses only files whose bytes, path,
 * manifest date or parser code changed. The cache is one file of the cache folder
 * (src/util/build-cache.ts), named by the parser's code version, of V8-serialised entries,
 * each entry serialised on its own: opening reads bytes, and only the entries a build
 * uses are decoded, each into a fresh object (callers mutate bulletins). Entries not used
 * by a build are dropped when it is saved, so it never grows past the corpus.
 */
import { createHash } from 'node:crypto'
import { deserialize, serialize } from 'node:v8'
import { cacheFile, type BuildCacheFile } from '../util/build-cache.ts'
import { codeFingerprint } from '../util/code-fingerprint.ts'
import type { VFileMessage } from 'vfile-message'
import type { ParsedBulletin } from '../types.ts'
import { restoreMessages, storeMessages, type StoredMessage } from '../util/file-message.ts'

interface Entry {
  bulletin: ParsedBulletin
  messages: StoredMessage[]
}

/** A parse result as the cache keeps it: V8-serialised, so a copy is one `decodeEntry` away. */
export const encodeEntry = (bulletin: ParsedBulletin, messages: readonly VFileMessage[]): Uint8Array =>
  serialize({ bulletin, messages: storeMessages(messages) } satisfies Entry)

export function decodeEntry(bytes: Uint8Array): { bulletin: ParsedBulletin; messages: VFileMessage[] } {
  const entry = deserialize(bytes) as Entry
  return { bulletin: entry.bulletin, messages: restoreMessages(entry.messages) }
}

/** Version of what an entry holds: 2 = the decoder's messages with the parser's; 3 = each message keeps its file. */
const ENTRY_FORMAT = 3

/** What a file's parse depends on besides the code: its bytes, path and manifest date. */
export function parseKey(bytes: Uint8Array, path: string, issueDate: string | null): string {
  return createHash('sha256')
    .update(bytes)
    .update('\0')
    .update(path)
    .update('\0')
    .update(issueDate ?? '')
    .digest('hex')
}

export class ParseCache {
  private readonly used = new Map<string, Uint8Array>()
  hits = 0
  misses = 0

  private constructor(
    private readonly file: BuildCacheFile,
    /** Fingerprint of the reader's and parser's code. */
    readonly version: string,
    private readonly stored: Map<string, Uint8Array>
  ) {}

  /** Opens the cache in `dir`, or a cache that keeps nothing when `dir` is null. */
  static async open(dir: string | null): Promise<ParseCache> {
    const version = `${ENTRY_FORMAT}.${codeFingerprint(['../read/', '../parse/', '../lexicon/'].map((folder) => new URL(folder, import.meta.url)))}`
    const file = cacheFile(dir, 'parse', version, 'v8')
    const bytes = await file.read()
    let stored = new Map<string, Uint8Array>()
    if (bytes !== null) {
      try {
        const data = deserialize(bytes) as { version: string; entries: Map<string, Uint8Array> }
        if (data.version === version && data.entries instanceof Map) stored = data.entries
      } catch {
        // A damaged cache is just a cold one.
      }
    }
    return new ParseCache(file, version, stored)
  }

  /** A fresh copy of the cached result (callers mutate bulletins), with its messages. */
  get(key: string): { bulletin: ParsedBulletin; messages: VFileMessage[] } | undefined {
    const bytes = this.stored.get(key)
    if (!bytes) {
      this.misses++
      return undefined
    }
    let entry: ReturnType<typeof decodeEntry>
    try {
      entry = decodeEntry(bytes)
    } catch {
      this.misses++
      return undefined
    }
    this.hits++
    this.used.set(key, bytes)
    return entry
  }

  /** Stores a result with the reader's and parser's messages; call before anything mutates the bulletin. */
  set(key: string, bulletin: ParsedBulletin, messages: readonly VFileMessage[]): void {
    this.used.set(key, encodeEntry(bulletin, messages))
  }

  /** Stores a result already encoded by `encodeEntry` (a parse worker's). */
  setEncoded(key: string, entry: Uint8Array): void {
    this.used.set(key, entry)
  }

  /** Writes the entries this build used (parse.v8 and parse.json of earlier builds go with the other versions). */
  async save(): Promise<void> {
    if (this.file.path === null) return
    await this.file.write(serialize({ version: this.version, entries: this.used }))
  }
}

/**
 * jieba's cut of each text from earlier builds, so a rebuild cuts only new or changed
 * articles, and stays exact.
 *
 * Why it stays exact: jieba cuts a text by the dictionary words found *in that text* (the
 * DAG of matches at each position, with fixed weights; user words all get the same one).
 * So a cached cut is still what jieba would say unless a word added to or removed from the
 * dictionary since occurs in the text: `useDictionary` takes the words inserted now, and
 * `lookup` refuses entries whose text holds one of the changed words. The cache records the
 * dictionary it was made with, and the nodejieba version is part of its file name.
 *
 * Format (little-endian): u32 header length, header JSON { dictionary, entries: [key,
 * tokens][] }, then per entry its token lengths, one byte each (0, then u32, for a token
 * of 255 characters or more). Tokens are slices of the text: jieba's tokens join to it.
 */
import { createHash } from 'node:crypto'

/** With more changed words than this, checking each text is slower than cutting again. */
const MAX_CHANGED_WORDS = 64

interface Entry {
  /** Token lengths, as stored. */
  lengths: Uint8Array
  count: number
}

export class TokenCache {
  private readonly used = new Map<string, Entry>()
  /** Words added or removed since the cached cuts were made; null: too many, or not known yet. */
  private changed: string[] | null = null
  private dictionary: string[] = []
  hits = 0
  misses = 0

  private constructor(
    private readonly previousDictionary: ReadonlySet<string>,
    private readonly stored: Map<string, Entry>
  ) {}

  static empty(): TokenCache {
    return new TokenCache(new Set(), new Map())
  }

  /** Reads a cache written by `encode`; anything unreadable gives an empty cache. */
  static decode(bytes: Uint8Array | null): TokenCache {
    if (bytes === null || bytes.length < 4) return TokenCache.empty()
    try {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      const headerLength = view.getUint32(0, true)
      const header = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as {
        dictionary: string[]
        entries: [string, number, number][]
      }
      const stored = new Map<string, Entry>()
      let at = 4 + headerLength
      for (const [key, count, byteLength] of header.entries) {
        stored.set(key, { lengths: bytes.subarray(at, at + byteLength), count })
        at += byteLength
      }
      if (at !== bytes.length) return TokenCache.empty()
      return new TokenCache(new Set(header.dictionary), stored)
    } catch {
      return TokenCache.empty()
    }
  }

  /** The dictionary words inserted now; entries depending on a word that changed are refused. */
  useDictionary(words: ReadonlySet<string>): void {
    const changed: string[] = []
    for (const w of words) if (!this.previousDictionary.has(w)) changed.push(w)
    for (const w of this.previousDictionary) if (!words.has(w)) changed.push(w)
    this.changed = changed.length > MAX_CHANGED_WORDS ? null : changed
    this.dictionary = [...words].sort()
    if (this.changed === null) this.stored.clear()
  }

  /** The cached cut of `text` (whose `textKey` is `key`), or undefined when it must be cut again. */
  lookup(text: string, key = textKey(text)): string[] | undefined {
    if (this.changed === null) {
      this.misses++
      return undefined
    }
    const entry = this.stored.get(key)
    if (entry === undefined || this.changed.some((w) => text.includes(w))) {
      this.misses++
      return undefined
    }
    const tokens = sliceTokens(text, entry)
    if (tokens === null) {
      this.misses++
      return undefined
    }
    this.used.set(key, entry)
    this.hits++
    return tokens
  }

  /** Remembers the cut of `text` for later builds. */
  store(text: string, tokens: readonly string[], key = textKey(text)): void {
    this.used.set(key, encodeLengths(tokens))
  }

  /** The entries used or stored in this run, with the dictionary given to `useDictionary`. */
  encode(): Uint8Array {
    const entries: [string, number, number][] = []
    let bodyLength = 0
    for (const [key, entry] of this.used) {
      entries.push([key, entry.count, entry.lengths.length])
      bodyLength += entry.lengths.length
    }
    const header = new TextEncoder().encode(JSON.stringify({ dictionary: this.dictionary, entries }))
    const out = new Uint8Array(4 + header.length + bodyLength)
    new DataView(out.buffer).setUint32(0, header.length, true)
    out.set(header, 4)
    let at = 4 + header.length
    for (const entry of this.used.values()) {
      out.set(entry.lengths, at)
      at += entry.lengths.length
    }
    return out
  }
}

/** The key of a text in the segmentation caches (this one and scan-cache.ts). */
export function textKey(text: string): string {
  return createHash('sha1').update(text).digest('base64url')
}

function encodeLengths(tokens: readonly string[]): Entry {
  const bytes: number[] = []
  for (const token of tokens) {
    const n = token.length
    if (n > 0 && n < 255) bytes.push(n)
    else bytes.push(0, n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff)
  }
  return { lengths: Uint8Array.from(bytes), count: tokens.length }
}

/** The tokens as slices of the text, or null when the lengths do not fit it. */
function sliceTokens(text: string, entry: Entry): string[] | null {
  const tokens: string[] = new Array(entry.count)
  const lengths = entry.lengths
  let at = 0
  let k = 0
  for (let i = 0; i < lengths.length; i++) {
    let n = lengths[i]!
    if (n === 0) {
      n = lengths[i + 1]! | (lengths[i + 2]! << 8) | (lengths[i + 3]! << 16) | (lengths[i + 4]! << 24)
      i += 4
    }
    tokens[k++] = text.slice(at, at + n)
    at += n
  }
  return at === text.length && k === entry.count ? tokens : null
}

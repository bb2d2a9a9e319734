/**
 * The learning scan of each article (scan-article.ts `scanText`) from earlier builds, and the
 * trims of name parts (`trimNamePart`) looked up while digesting them. Both are pure
 * functions of their text, the scanning code and jieba's own dictionary: scans are keyed by
 * the text, and the version (given by the caller) names the code and the jieba version.
 * Scans made after words were inserted into jieba (a process that tagged before) would
 * differ, so the cache then stands aside.
 */
import { deserialize, serialize } from 'node:v8'
import type { ArticleScan } from './scan-article.ts'

export class ScanCache {
  private readonly used = new Map<string, ArticleScan>()
  /** Name-part trims of the last build; those of this build, once `keepTrims` is called. */
  trims: ReadonlyMap<string, string>
  hits = 0
  misses = 0

  private constructor(
    private readonly version: string,
    private readonly stored: Map<string, ArticleScan>,
    trims: ReadonlyMap<string, string>
  ) {
    this.trims = trims
  }

  /** Reads a cache written by `encode` with the same version; anything else gives an empty cache. */
  static decode(bytes: Uint8Array | null, version: string): ScanCache {
    if (bytes !== null) {
      try {
        const data = deserialize(bytes) as {
          version: string
          scans: Map<string, ArticleScan>
          trims: Map<string, string>
        }
        if (data.version === version && data.scans instanceof Map && data.trims instanceof Map) {
          return new ScanCache(version, data.scans, data.trims)
        }
      } catch {
        // A damaged cache is a cold one.
      }
    }
    return new ScanCache(version, new Map(), new Map())
  }

  /** The trims looked up in this run, to be saved instead of the old ones. */
  keepTrims(trims: ReadonlyMap<string, string>): void {
    this.trims = trims
  }

  /** The scan of the article whose title and body joined by a newline have `textKey` `key`. */
  lookup(key: string): ArticleScan | undefined {
    const scan = this.stored.get(key)
    if (scan === undefined) {
      this.misses++
      return undefined
    }
    this.hits++
    this.used.set(key, scan)
    return scan
  }

  store(key: string, scan: ArticleScan): void {
    this.used.set(key, scan)
  }

  /** The scans used or stored in this run (V8-serialised: a third of the time of JSON). */
  encode(): Uint8Array {
    return serialize({ version: this.version, scans: this.used, trims: this.trims })
  }
}

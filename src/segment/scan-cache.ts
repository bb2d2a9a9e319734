/**
 * The learning scan of each article (learn.ts `scanText`) from earlier builds. A scan is a
 * pure function of the article's title and body, the scanning code and jieba's own
 * dictionary: the cache is keyed by the text, and its version (given by the caller) names
 * the code and the jieba version. Scans made after words were inserted into jieba (a
 * process that tagged before) would differ, so the cache then stands aside.
 */
import { createHash } from 'node:crypto'
import type { ArticleScan } from './learn.ts'

export class ScanCache {
  private readonly used = new Map<string, ArticleScan>()
  hits = 0
  misses = 0

  private constructor(private readonly version: string, private readonly stored: Map<string, ArticleScan>) {}

  /** Reads a cache written by `encode` with the same version; anything else gives an empty cache. */
  static decode(text: string | null, version: string): ScanCache {
    if (text !== null) {
      try {
        const data = JSON.parse(text) as { version: string; scans: Record<string, ArticleScan> }
        if (data.version === version) return new ScanCache(version, new Map(Object.entries(data.scans)))
      } catch {
        // A damaged cache is a cold one.
      }
    }
    return new ScanCache(version, new Map())
  }

  lookup(title: string, body: string): ArticleScan | undefined {
    const key = keyOf(title, body)
    const scan = this.stored.get(key)
    if (scan === undefined) {
      this.misses++
      return undefined
    }
    this.hits++
    this.used.set(key, scan)
    return scan
  }

  store(title: string, body: string, scan: ArticleScan): void {
    this.used.set(keyOf(title, body), scan)
  }

  /** The scans used or stored in this run. */
  encode(): string {
    return JSON.stringify({ version: this.version, scans: Object.fromEntries(this.used) })
  }
}

function keyOf(title: string, body: string): string {
  return createHash('sha1').update(title).update('\0').update(body).digest('base64url')
}

/**
 * Gram keys (doubles) to gram ids for the posting table (postings.ts), in typed arrays:
 * a 100,000-article archive holds millions of distinct grams.
 */

export function grown<T extends Int32Array | Float64Array | Uint16Array | Uint8Array>(array: T, size: number): T {
  if (array.length >= size) return array
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(size, array.length * 2))
  bigger.set(array)
  return bigger
}

/**
 * Gram keys (doubles) to ids: open addressing with linear probing over typed arrays. A Map
 * boxes each key past 2³¹ as a heap number; this was 60% of the index's time.
 */
export class GramIds {
  private keys = new Float64Array(1 << 16)
  private ids = new Int32Array(1 << 16).fill(-1)
  size = 0

  /** The table as plain data, to be cached between builds (write-index.ts). */
  snapshot(): GramIdsSnapshot {
    return { keys: this.keys, ids: this.ids, size: this.size }
  }

  static restore(snapshot: GramIdsSnapshot): GramIds {
    const table = new GramIds()
    table.keys = snapshot.keys.slice()
    table.ids = snapshot.ids.slice()
    table.size = snapshot.size
    return table
  }

  /** The id of a key, a new one (`next`) when first seen. */
  idOf(key: number, next: number): number {
    let mask = this.keys.length - 1
    let at = GramIds.hash(key) & mask
    for (;;) {
      const id = this.ids[at]!
      if (id === -1) break
      if (this.keys[at] === key) return id
      at = (at + 1) & mask
    }
    this.keys[at] = key
    this.ids[at] = next
    if (++this.size * 2 > this.keys.length) this.rehash()
    return next
  }

  private static hash(key: number): number {
    const low = (key % 4294967296) | 0
    const high = (key / 4294967296) | 0
    return Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b) ^ (low >>> 15)
  }

  private rehash(): void {
    const [keys, ids] = [this.keys, this.ids]
    this.keys = new Float64Array(keys.length * 2)
    this.ids = new Int32Array(keys.length * 2).fill(-1)
    const mask = this.keys.length - 1
    for (let i = 0; i < keys.length; i++) {
      if (ids[i] === -1) continue
      let at = GramIds.hash(keys[i]!) & mask
      while (this.ids[at] !== -1) at = (at + 1) & mask
      this.keys[at] = keys[i]!
      this.ids[at] = ids[i]!
    }
  }
}

export interface GramIdsSnapshot {
  keys: Float64Array
  ids: Int32Array
  size: number
}

/**
 * Posting lists of character grams, collected article by article in article-number order
 * and written in the formats templates/assets/postings.js reads (docs/SCHEMA.md).
 *
 * A 100,000-article archive holds ~10⁸ (gram, article) pairs, so a gram's list is not a JS
 * array: each list is a chain of 32-byte blocks in one arena, filled with the list's
 * varints as articles come, and gram ids, keys and counters live in typed arrays.
 */
import { BITMAP, EXTERNAL } from '../../templates/assets/postings.js'
import { GramIds, grown, type GramIdsSnapshot } from './gram-ids.ts'

const BLOCK = 32
const PAYLOAD = BLOCK - 4
/** Longest gram (terms.js GRAM). */
const LONGEST = 4
/** Largest base whose fourth power is below 2⁵³: gram keys stay exact doubles. */
const MAX_BASE = 9740

/** The frequency class of a count (postings.js). */
export const frequencyClass = (count: number) => (count === 1 ? 0 : count < 4 ? 1 : count < 8 ? 2 : 3)

/**
 * The characters of the texts, most frequent first: a gram of them is a number, its
 * characters' ranks + 1 in base (alphabet size + 1), so 1- to 4-grams never collide. A
 * character past the first 9,739 (only in very varied archives) makes its grams strings.
 */
export function alphabetOf(texts: Iterable<string>): Uint16Array {
  const counts = new Float64Array(0x10000)
  for (const text of texts) for (let i = 0; i < text.length; i++) counts[text.charCodeAt(i)]!++
  const units: number[] = []
  for (let unit = 0; unit < 0x10000; unit++) if (counts[unit]! > 0) units.push(unit)
  units.sort((a, b) => counts[b]! - counts[a]! || a - b)
  return Uint16Array.from(units.slice(0, MAX_BASE - 1))
}

export class PostingTable {
  private ids = new GramIds()
  private stringIds = new Map<string, number>()
  private stringKeys = new Map<number, string>()
  private readonly rank = new Uint16Array(0x10000)
  private readonly base: number
  private ranks = new Uint16Array(4096)
  private keys = new Float64Array(1024)
  private head = new Int32Array(1024)
  private tail = new Int32Array(1024)
  private fill = new Uint8Array(1024)
  private last = new Int32Array(1024)
  private counts = new Int32Array(1024)
  private sizes = new Int32Array(1024)
  private pending = new Uint16Array(1024)
  private arena = new Uint8Array(BLOCK * 4096)
  private blocks = 0
  private touched: number[] = []

  constructor(private readonly alphabet: Uint16Array) {
    alphabet.forEach((unit, r) => (this.rank[unit] = r + 1))
    this.base = alphabet.length + 1
  }

  private total = 0

  /**
   * The table between articles as plain data (typed arrays, cheap to serialise), so a
   * rebuild that only adds articles after the last one goes on from here (write-index.ts).
   * A character the restored alphabet lacks makes its grams strings: the lists are the same.
   * The arrays are views of the table's own (no copy at 100,000 articles' size): take the
   * snapshot when the table is done with.
   */
  snapshot(): PostingTableSnapshot {
    if (this.touched.length > 0) throw new Error('PostingTable.snapshot: an article was not ended')
    const upTo = <T extends Float64Array | Int32Array | Uint8Array>(array: T) => array.subarray(0, this.total) as T
    return {
      alphabet: this.alphabet,
      ids: this.ids.snapshot(),
      stringKeys: [...this.stringKeys],
      total: this.total,
      keys: upTo(this.keys),
      head: upTo(this.head),
      tail: upTo(this.tail),
      fill: upTo(this.fill),
      last: upTo(this.last),
      counts: upTo(this.counts),
      sizes: upTo(this.sizes),
      arena: this.arena.subarray(0, this.blocks * BLOCK),
      blocks: this.blocks
    }
  }

  /** Copies the arrays: a deserialised snapshot's are views into one shared buffer. */
  static restore(snapshot: PostingTableSnapshot): PostingTable {
    const table = new PostingTable(snapshot.alphabet.slice())
    table.ids = GramIds.restore(snapshot.ids)
    table.stringKeys = new Map(snapshot.stringKeys)
    table.stringIds = new Map(snapshot.stringKeys.map(([id, gram]) => [gram, id]))
    table.total = snapshot.total
    table.keys = snapshot.keys.slice()
    table.head = snapshot.head.slice()
    table.tail = snapshot.tail.slice()
    table.fill = snapshot.fill.slice()
    table.last = snapshot.last.slice()
    table.counts = snapshot.counts.slice()
    table.sizes = snapshot.sizes.slice()
    table.pending = new Uint16Array(Math.max(1024, snapshot.total))
    table.arena = snapshot.arena.slice()
    table.blocks = snapshot.blocks
    return table
  }

  get grams(): number {
    return this.total
  }

  /** Every 1- to 4-gram of a folded text, for the article being added. */
  addText(text: string): void {
    const n = text.length
    if (this.ranks.length < n) this.ranks = new Uint16Array(n * 2)
    const ranks = this.ranks
    for (let i = 0; i < n; i++) ranks[i] = this.rank[text.charCodeAt(i)]!
    for (let i = 0; i < n; i++) {
      let key = 0
      for (let length = 1; length <= LONGEST && i + length <= n; length++) {
        const r = ranks[i + length - 1]!
        if (r === 0) {
          for (; length <= LONGEST && i + length <= n; length++) this.occursString(text.slice(i, i + length))
          break
        }
        key = key * this.base + r
        this.occurs(key)
      }
    }
  }

  private occursString(gram: string): void {
    let id = this.stringIds.get(gram)
    if (id === undefined) {
      id = this.newId()
      this.stringIds.set(gram, id)
      this.stringKeys.set(id, gram)
    }
    this.seen(id)
  }

  private occurs(key: number): void {
    const next = this.grams
    const id = this.ids.idOf(key, next)
    if (id === next) {
      this.newId()
      this.keys[id] = key
    }
    this.seen(id)
  }

  private newId(): number {
    const id = this.total++
    if (id >= this.keys.length) this.grow(id + 1)
    this.head[id] = -1
    this.last[id] = -1
    return id
  }

  /** A gram's key as its text. */
  gramText(id: number): string {
    const text = this.stringKeys.get(id)
    if (text !== undefined) return text
    const units: number[] = []
    for (let rest = this.keys[id]!; rest > 0; rest = Math.floor(rest / this.base))
      units.unshift(this.alphabet[(rest % this.base) - 1]!)
    return String.fromCharCode(...units)
  }

  private seen(id: number): void {
    const seen = this.pending[id]!
    if (seen === 0) this.touched.push(id)
    if (seen < 0xffff) this.pending[id] = seen + 1
  }

  private grow(size: number): void {
    this.keys = grown(this.keys, size)
    this.head = grown(this.head, size)
    this.tail = grown(this.tail, size)
    this.fill = grown(this.fill, size)
    this.last = grown(this.last, size)
    this.counts = grown(this.counts, size)
    this.sizes = grown(this.sizes, size)
    this.pending = grown(this.pending, size)
  }

  /** Ends the article numbered `doc`: each gram it held gets its posting. */
  endArticle(doc: number): void {
    for (const id of this.touched) {
      let value = (doc - this.last[id]! - 1) * 4 + frequencyClass(this.pending[id]!)
      this.pending[id] = 0
      this.last[id] = doc
      this.counts[id]!++
      do {
        const byte = value > 0x7f ? (value % 128) | 0x80 : value
        this.append(id, byte)
        value = Math.floor(value / 128)
      } while (value > 0)
    }
    this.touched = []
  }

  private append(id: number, byte: number): void {
    if (this.head[id] === -1 || this.fill[id] === PAYLOAD) {
      const block = this.blocks++
      this.arena = grown(this.arena, (block + 1) * BLOCK)
      this.arena.fill(0xff, block * BLOCK, block * BLOCK + 4)
      if (this.head[id] === -1) this.head[id] = block
      else new DataView(this.arena.buffer).setInt32(this.tail[id]! * BLOCK, block)
      this.tail[id] = block
      this.fill[id] = 0
    }
    this.arena[this.tail[id]! * BLOCK + 4 + this.fill[id]!++] = byte
    this.sizes[id]!++
  }

  /** Each gram's sparse payload length, in the order of `lists`, without making the payloads. */
  *listSizes(): Generator<number> {
    for (let id = 0; id < this.grams; id++) yield this.sizes[id]!
  }

  /** Each gram with its article count and sparse payload, in no particular order. */
  *lists(): Generator<{ key: string; count: number; sparse: Uint8Array }> {
    const view = new DataView(this.arena.buffer)
    for (let id = 0; id < this.grams; id++) {
      const sparse = new Uint8Array(this.sizes[id]!)
      let at = 0
      for (let block = this.head[id]!; block !== -1; block = view.getInt32(block * BLOCK)) {
        const take = Math.min(PAYLOAD, sparse.length - at)
        sparse.set(this.arena.subarray(block * BLOCK + 4, block * BLOCK + 4 + take), at)
        at += take
      }
      yield { key: this.gramText(id), count: this.counts[id]!, sparse }
    }
  }
}

export interface PostingTableSnapshot {
  alphabet: Uint16Array
  ids: GramIdsSnapshot
  stringKeys: [number, string][]
  total: number
  keys: Float64Array
  head: Int32Array
  tail: Int32Array
  fill: Uint8Array
  last: Int32Array
  counts: Int32Array
  sizes: Int32Array
  arena: Uint8Array
  blocks: number
}

export { BITMAP, EXTERNAL }

/**
 * The two forms a posting list is written in (docs/SCHEMA.md, templates/assets/postings.js
 * reads them): sparse (varint gaps with a two-bit frequency class) or a bitmap over every
 * article number, whichever is smaller; and the varints the bucket files are made of.
 */
import { BITMAP } from '../../templates/assets/postings.js'

/** A sparse list of ascending article numbers, every frequency class 0 (filter values). */
export function sparseList(docs: readonly number[]): Uint8Array {
  const bytes: number[] = []
  let last = -1
  for (const doc of docs) {
    let value = (doc - last - 1) * 4
    last = doc
    do {
      bytes.push(value > 0x7f ? (value % 128) | 0x80 : value)
      value = Math.floor(value / 128)
    } while (value > 0)
  }
  return Uint8Array.from(bytes)
}

/** The smaller of a list's two forms: sparse as given, or a bitmap over `articles` numbers. */
export function smallerForm(
  sparse: Uint8Array,
  count: number,
  articles: number
): { form: number; payload: Uint8Array } {
  const bitmapBytes = Math.ceil(articles / 8)
  if (bitmapBytes + Math.ceil(count / 4) >= sparse.length) return { form: 0, payload: sparse }
  const payload = new Uint8Array(bitmapBytes + Math.ceil(count / 4))
  let doc = -1
  let at = 0
  for (let k = 0; k < count; k++) {
    let value = 0
    let scale = 1
    for (;;) {
      const byte = sparse[at++]!
      value += (byte & 0x7f) * scale
      if (byte < 0x80) break
      scale *= 128
    }
    doc += Math.floor(value / 4) + 1
    payload[doc >> 3]! |= 1 << (doc & 7)
    payload[bitmapBytes + (k >> 2)]! |= (value & 3) << ((k & 3) * 2)
  }
  return { form: BITMAP, payload }
}

export function varint(value: number, out: number[]): void {
  do {
    out.push(value > 0x7f ? (value % 128) | 0x80 : value)
    value = Math.floor(value / 128)
  } while (value > 0)
}

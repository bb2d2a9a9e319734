// Reading the index's binary files in the browser (written by src/search/postings.ts;
// formats in docs/SCHEMA.md, "search-index/").
//
// A bucket file is a run of entries, each
//   namespace (1 byte) · key length (varint) · key (UTF-8) · articles (varint) ·
//   form (1 byte: bit 0 bitmap, bit 1 in a file of its own) · payload length (varint) ·
//   payload, or the number of the file `search-index/l/<n>.bin` holding it (varint).
// A list's payload is either sparse: per article one varint, (gap − 1) × 4 + frequency
// class, the first gap counted from −1; or a bitmap: one bit per article number, then the
// frequency classes of the set bits, four to a byte. Frequency class: 0 for one occurrence,
// 1 for 2–3, 2 for 4–7, 3 for 8 or more.

export const BITMAP = 1
export const EXTERNAL = 2

/** @param {Uint8Array} bytes @param {{ at: number }} cursor @returns {number} */
export function readVarint(bytes, cursor) {
  let value = 0
  let scale = 1
  for (;;) {
    const byte = bytes[cursor.at++]
    value += (byte & 0x7f) * scale
    if (byte < 0x80) return value
    scale *= 128
  }
}

const utf8 = new TextEncoder()

/**
 * The entry of one key in a bucket, or null when the archive does not hold the key.
 * @param {Uint8Array} bucket @param {number} namespace @param {string} key
 * @returns {{ count: number, form: number, payload: Uint8Array | null, file: number }| null}
 */
export function findEntry(bucket, namespace, key) {
  const wanted = utf8.encode(key)
  const cursor = { at: 0 }
  while (cursor.at < bucket.length) {
    const ns = bucket[cursor.at++]
    const keyLength = readVarint(bucket, cursor)
    const keyAt = cursor.at
    cursor.at += keyLength
    const count = readVarint(bucket, cursor)
    const form = bucket[cursor.at++]
    const length = readVarint(bucket, cursor)
    const dataAt = cursor.at
    const file = form & EXTERNAL ? readVarint(bucket, cursor) : -1
    if (!(form & EXTERNAL)) cursor.at += length
    if (ns !== namespace || keyLength !== wanted.length) continue
    let same = true
    for (let i = 0; i < keyLength && same; i++) same = bucket[keyAt + i] === wanted[i]
    if (same) return { count, form, payload: form & EXTERNAL ? null : bucket.subarray(dataAt, dataAt + length), file }
  }
  return null
}

/**
 * A list's article numbers (ascending) and frequency classes.
 * @param {Uint8Array} payload @param {number} form @param {number} count
 * @returns {{ docs: Int32Array, tf: Uint8Array }}
 */
export function decodeList(payload, form, count) {
  const docs = new Int32Array(count)
  const tf = new Uint8Array(count)
  if (form & BITMAP) {
    const bitmapBytes = payload.length - Math.ceil(count / 4)
    let k = 0
    for (let byte = 0; byte < bitmapBytes && k < count; byte++) {
      let bits = payload[byte]
      while (bits) {
        const low = bits & -bits
        docs[k++] = byte * 8 + 31 - Math.clz32(low)
        bits ^= low
      }
    }
    for (let i = 0; i < count; i++) tf[i] = (payload[bitmapBytes + (i >> 2)] >> ((i & 3) * 2)) & 3
    return { docs, tf }
  }
  const cursor = { at: 0 }
  let doc = -1
  for (let i = 0; i < count; i++) {
    const value = readVarint(payload, cursor)
    doc += Math.floor(value / 4) + 1
    docs[i] = doc
    tf[i] = value & 3
  }
  return { docs, tf }
}

/**
 * The articles in both lists, with the smaller frequency class of the two.
 * @param {{ docs: Int32Array, tf: Uint8Array }} a @param {{ docs: Int32Array, tf: Uint8Array }} b
 */
export function intersect(a, b) {
  const docs = new Int32Array(Math.min(a.docs.length, b.docs.length))
  const tf = new Uint8Array(docs.length)
  let n = 0
  for (let i = 0, j = 0; i < a.docs.length && j < b.docs.length; ) {
    if (a.docs[i] < b.docs[j]) i++
    else if (a.docs[i] > b.docs[j]) j++
    else {
      docs[n] = a.docs[i]
      tf[n++] = Math.min(a.tf[i], b.tf[j])
      i++
      j++
    }
  }
  return { docs: docs.subarray(0, n), tf: tf.subarray(0, n) }
}

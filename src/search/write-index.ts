/**
 * Writes the search index of a whole archive (docs/SCHEMA.md, "search-index/"):
 *
 *   index.json   article count, bucket count, each article's date (as runs), each
 *                article's publication (as runs): what a first search reads before any list
 *   v<f>/<k>/<c>.json, f/<k>/<n>.bin  the values of 记者, 人物, 地点 and 机构 and each
 *                article's values, which a search counts its facets from (facet-columns.ts)
 *   b/<k>/<n>.bin  bucket n: the posting lists of the keys that hash to it (terms.js bucketOf)
 *   l/<k>/<n>.bin  a list too long to share a bucket
 *   d/<k>/<n>.json article number n: URL, headline, meta line, text, where its body lies
 *
 * Articles are numbered in date order (undated first), so a year, a month or a date range
 * is a range of numbers and date order needs no sort key.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { bucketOf, dateNumber, filterKey, FILTER, TEXT, TITLE } from '../../templates/assets/terms.js'
import { foldForSearch } from '../lexicon/width.ts'
import { alphabetOf, EXTERNAL, PostingTable, type PostingTableSnapshot } from './postings.ts'
import { smallerForm, sparseList, varint } from './list-forms.ts'
import { writeFacetColumns, type FacetManifest } from './facet-columns.ts'
import type { SearchDoc } from './search-docs.ts'
import { byCodeUnits } from '../lexicon/order.ts'

/** Bytes of lists a bucket holds on average: a query term costs a few buckets. */
const BUCKET_TARGET = 8192
/** A list longer than this has its own file, so it does not weigh on every key in its bucket. */
const INLINE_MAX = 1024
/** Files per folder. */
const FANOUT = 256

export interface IndexStats {
  articles: number
  grams: number
  buckets: number
  lists: number
  bytes: number
  /** Articles whose grams came from the previous build's state (index-state.ts). */
  reused?: number
  /** CPU seconds of the thread that wrote the index (null where it cannot be read). */
  cpuSeconds?: number | null
}

const publicationOf = (doc: SearchDoc) => doc.filters['刊名']?.[0] ?? ''
/** Date order; within a day by publication, so a publication's articles are runs of numbers. */
const byDateThenUrl = (a: SearchDoc, b: SearchDoc) =>
  dateNumber(a.sortDate) - dateNumber(b.sortDate) ||
  byCodeUnits(publicationOf(a), publicationOf(b)) ||
  byCodeUnits(a.url, b.url)

/** Folders made so far: a file's folder is made once. */
function fileWriter(root: string) {
  const made = new Set<string>()
  let bytes = 0
  return {
    write(kind: string, n: number, extension: string, data: string | Uint8Array) {
      const folder = join(root, kind, String(Math.floor(n / FANOUT)))
      if (!made.has(folder)) (mkdirSync(folder, { recursive: true }), made.add(folder))
      writeFileSync(join(folder, `${n}.${extension}`), data)
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length
    },
    get bytes() {
      return bytes
    }
  }
}

/** Runs of equal values as [value, length, value, length, …], the values as deltas when `delta`. */
function runs(values: readonly number[], delta: boolean): number[] {
  const out: number[] = []
  let previous = 0
  for (let i = 0; i < values.length; ) {
    let j = i
    while (j < values.length && values[j] === values[i]) j++
    out.push(delta ? values[i]! - previous : values[i]!, j - i)
    previous = values[i]!
    i = j
  }
  return out
}

/**
 * The posting tables a rebuild can go on from: the previous build's, with each article's
 * hash (its `d/` file), when those articles are, in order, the first ones now (the usual
 * case: a new issue is the newest and is numbered last). The lists are then the same as a
 * cold build's, byte for byte, since a gram's place in the output is the order it was
 * first met in, not its internal key.
 */
export interface IndexState {
  format: typeof STATE_FORMAT
  hashes: string[]
  text: PostingTableSnapshot
  title: PostingTableSnapshot
}
const STATE_FORMAT = 1

export interface WrittenIndex {
  stats: IndexStats
  /** The tables to go on from next time, when asked for. */
  state: IndexState | null
  /** Articles whose grams came from the previous state. */
  reused: number
}

export function writeIndex(
  root: string,
  unordered: readonly SearchDoc[],
  previous: IndexState | null = null,
  keepState = false
): WrittenIndex {
  const docs = [...unordered].sort(byDateThenUrl)
  const files = fileWriter(root)
  // Each article's file, written at once (not held: they are as large as the texts), and its
  // hash, to tell whether a saved state fits: only when there is a state to read or keep.
  const hashing = keepState || previous !== null
  const hashes: string[] = []
  docs.forEach((doc, n) => {
    const json = JSON.stringify({ u: doc.url, t: doc.title, m: doc.meta, x: doc.text, b: doc.body })
    if (hashing) hashes.push(createHash('sha1').update(json).digest('base64url'))
    files.write('d', n, 'json', json)
  })
  const { text, title, reused } = postingTables(docs, hashes, previous)
  const filterSparse = [...filterLists(docs)]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([key, numbers]) => ({ namespace: FILTER, key, count: numbers.length, sparse: sparseList(numbers) }))
  const sizes = [...text.listSizes(), ...title.listSizes(), ...filterSparse.map((list) => list.sparse.length)]
  const buckets = writeBuckets(files, docs.length, sizes, function* () {
    for (const list of text.lists()) yield { namespace: TEXT, ...list }
    for (const list of title.lists()) yield { namespace: TITLE, ...list }
    yield* filterSparse
  })
  const facets = writeFacetColumns(docs, files.write)
  writeFileSync(join(root, 'index.json'), JSON.stringify(indexManifest(docs, buckets.buckets, facets)) + '\n')
  return {
    stats: { articles: docs.length, grams: text.grams, ...buckets, bytes: files.bytes },
    state: keepState ? { format: STATE_FORMAT, hashes, text: text.snapshot(), title: title.snapshot() } : null,
    reused
  }
}

/** The text and headline tables: the previous ones went on from, or new ones. */
function postingTables(docs: readonly SearchDoc[], hashes: readonly string[], previous: IndexState | null) {
  const usable =
    previous !== null &&
    previous.format === STATE_FORMAT &&
    previous.hashes.length <= hashes.length &&
    previous.hashes.every((hash, n) => hash === hashes[n])
  let text: PostingTable
  let title: PostingTable
  if (usable) {
    text = PostingTable.restore(previous.text)
    title = PostingTable.restore(previous.title)
  } else {
    const alphabet = alphabetOf(
      (function* () {
        for (const doc of docs) yield foldForSearch(doc.text)
      })()
    )
    text = new PostingTable(alphabet)
    title = new PostingTable(alphabet)
  }
  const reused = usable ? previous.hashes.length : 0
  for (let n = reused; n < docs.length; n++) {
    text.addText(foldForSearch(docs[n]!.text))
    text.endArticle(n)
    title.addText(foldForSearch(docs[n]!.title))
    title.endArticle(n)
  }
  return { text, title, reused }
}

/** Each filter value's article numbers. */
function filterLists(docs: readonly SearchDoc[]): Map<string, number[]> {
  const filterDocs = new Map<string, number[]>()
  docs.forEach((doc, n) => {
    for (const [name, values] of Object.entries(doc.filters))
      for (const value of values) {
        const key = filterKey(name, value)
        filterDocs.set(key, pushed(filterDocs, key, n))
      }
  })
  return filterDocs
}

interface PostingList {
  namespace: number
  key: string
  count: number
  sparse: Uint8Array
}

/** The buckets (and the lists too long for one) of every list, in the order given; `sizes` are their sparse lengths. */
function writeBuckets(
  files: ReturnType<typeof fileWriter>,
  articles: number,
  sizes: readonly number[],
  lists: () => Iterable<PostingList>
): { buckets: number; lists: number } {
  // How many buckets, from the lists' sizes alone: making a payload costs a copy.
  let inlineBytes = 0
  for (const size of sizes) if (size <= INLINE_MAX) inlineBytes += size + 8
  let buckets = 16
  while (buckets * BUCKET_TARGET < inlineBytes) buckets *= 2
  const bucketBytes = Array.from({ length: buckets }, () => [] as number[])
  let external = 0
  for (const list of lists()) {
    const { form, payload } = smallerForm(list.sparse, list.count, articles)
    const out = bucketBytes[bucketOf(list.namespace, list.key, buckets)]!
    const key = Buffer.from(list.key, 'utf8')
    out.push(list.namespace)
    varint(key.length, out)
    for (const byte of key) out.push(byte)
    varint(list.count, out)
    if (payload.length > INLINE_MAX) {
      out.push(form | EXTERNAL)
      varint(payload.length, out)
      varint(external, out)
      files.write('l', external++, 'bin', payload)
    } else {
      out.push(form)
      varint(payload.length, out)
      for (const byte of payload) out.push(byte)
    }
  }
  bucketBytes.forEach((bytes, n) => files.write('b', n, 'bin', Uint8Array.from(bytes)))
  return { buckets, lists: external }
}

/** index.json: what a first search reads before any list. */
function indexManifest(docs: readonly SearchDoc[], buckets: number, facets: FacetManifest) {
  const publications = [...new Set(docs.map(publicationOf))].sort()
  return {
    format: 2,
    articles: docs.length,
    buckets,
    dates: runs(
      docs.map((d) => dateNumber(d.sortDate)),
      true
    ),
    publications,
    publicationRuns: runs(
      docs.map((d) => publications.indexOf(publicationOf(d))),
      false
    ),
    facets
  }
}

function pushed(map: Map<string, number[]>, key: string, n: number): number[] {
  const list = map.get(key) ?? []
  if (list.at(-1) !== n) list.push(n)
  return list
}

// The search over the whole archive, without the page: the search page (search.js) gives it
// a way to fetch the index's files; the tests and the benchmark give it one that reads
// them from disk. Formats in docs/SCHEMA.md ("search-index/").
//
// Each query term's articles come from the posting lists of its character grams (terms.js):
// every matching article is known before anything is shown, so the count is exact, the
// ranking is over the whole archive (headline hits, then terms standing next to each other
// as typed, then how often the terms occur, then date) and the facets count the whole
// result set.
import { bucketOf, filterKey, fold, termGrams, FILTER, TEXT, TITLE } from './terms.js'
import { decodeList, findEntry, intersect, EXTERNAL } from './postings.js'
import { countBlock, topValues, COUNTED_FACETS, RESULT_FACETS } from './facets.js'

export { COUNTED_FACETS, RESULT_FACETS }
/** Values a facet shows at most. */
export const FACET_LIMIT = 200
// Bonus of a term found in the headline: above any count of occurrences in the body.
const HEADLINE = 64
// Bonus of two consecutive terms found next to each other, in the order typed (疫情 防控 as
// 疫情防控): above any difference of frequency classes, below a headline hit.
const ADJACENT = 8
const FANOUT = 256
const none = { docs: new Int32Array(0), tf: new Uint8Array(0) }

/** A file of the index by kind (b, l, d) and number. */
export const indexFile = (kind, n, ext) => `${kind}/${Math.floor(n / FANOUT)}/${n}.${ext}`

/**
 * The archive's index, read through `fetchBytes(path)` (a path under search-index/, to a
 * Uint8Array). Files are fetched once and kept.
 * @param {(path: string) => Promise<Uint8Array>} fetchBytes
 */
export function openArchive(fetchBytes) {
  const cache = new Map()
  const once = (path) => {
    if (!cache.has(path)) cache.set(path, fetchBytes(path))
    return cache.get(path)
  }
  const json = async (path) => JSON.parse(new TextDecoder().decode(await once(path)))
  let manifest = null
  const index = () => (manifest ??= json('index.json').then(expand))

  /** The posting list of a key, or null when the archive does not hold it. */
  async function postings(namespace, key) {
    const { buckets } = await index()
    const entry = findEntry(await once(indexFile('b', bucketOf(namespace, key, buckets), 'bin')), namespace, key)
    if (!entry) return null
    const payload = entry.form & EXTERNAL ? await once(indexFile('l', entry.file, 'bin')) : entry.payload
    return decodeList(payload, entry.form, entry.count)
  }

  /**
   * Every article of a search, in the order asked for, with the facets of the result set.
   * @param {{ terms: string[], sort: string, filters: Record<string, string>, from: string, to: string }} state
   */
  async function search(state) {
    const archive = await index()
    const folded = state.terms.map(fold)
    // Ranked by relevance: each pair of consecutive terms as one, for closeness.
    const ranked = state.sort !== 'date-desc' && state.sort !== 'date-asc' && folded.length > 0
    const pairs = ranked ? folded.slice(1).map((t, i) => folded[i] + t) : []
    const [termLists, titleLists, pairLists, filterLists] = await Promise.all([
      Promise.all(folded.map((t) => termList(postings, TEXT, t))),
      Promise.all(folded.map((t) => termList(postings, TITLE, t))),
      Promise.all(pairs.map((pair) => termList(postings, TEXT, pair))),
      Promise.all(
        listedFilters(state).map(async ([name, value]) => (await postings(FILTER, filterKey(name, value))) ?? none)
      )
    ])
    const docs = matchingDocs(archive, state, [...termLists, ...filterLists])
    const order = resultOrder(archive, docs, state.sort, ranked && { termLists, pairLists, titleLists })
    return { order, facets: facetsOf(archive, order) }
  }

  /** An article's file: URL, headline, meta line, text and where its body lies in the text. */
  const article = (n) => json(indexFile('d', n, 'json'))

  /**
   * 记者, 人物, 地点 and 机构 counted over the articles `order` (a search's result set), or
   * over the whole archive when `order` is null: per facet, up to FACET_LIMIT [value, count]
   * pairs, most articles first.
   * @param {Int32Array | null} order
   * @returns {Promise<Record<string, [string, number][]>>}
   */
  async function facetValues(order) {
    const archive = await index()
    return order === null ? archiveFacetCounts(archive, json) : resultFacetCounts(archive, order, once, json)
  }

  return { index, search, article, facetValues }
}

/** Articles holding every gram of a folded term (namespace TEXT or TITLE), read through `postings`. */
async function termList(postings, namespace, folded) {
  const lists = await Promise.all(termGrams(folded).map((gram) => postings(namespace, gram)))
  if (lists.some((l) => l === null)) return none
  lists.sort((a, b) => a.docs.length - b.docs.length)
  return lists.reduce((a, b) => intersect(a, b))
}

/** The filters a search reads posting lists for: publication, and those not counted over the result set. */
const listedFilters = (state) =>
  Object.entries(state.filters).filter(([name]) => !RESULT_FACETS.includes(name) || name === '刊名')

/** The articles in every list (all when there is none), within the date range asked for. */
function matchingDocs(archive, state, lists) {
  let matched = null
  for (const l of lists.sort((a, b) => a.docs.length - b.docs.length)) matched = matched ? intersect(matched, l) : l
  let docs = matched ? matched.docs : Int32Array.from({ length: archive.articles }, (_, i) => i)
  const bounds = dateBounds(state)
  if (bounds) {
    const [from, to] = dateRange(archive, ...bounds)
    docs = docs.filter((d) => d >= from && d < to)
  }
  return docs
}

/**
 * A search's articles in the order asked for: newest first, oldest first (undated last), or
 * by relevance (`lists` given: term hits and their counts, adjacent pairs, headline hits),
 * equal scores newest first.
 */
function resultOrder(archive, docs, sort, lists) {
  const order = Int32Array.from(docs).reverse() // newest first
  if (sort === 'date-asc') {
    order.reverse()
    const dated = order.findIndex((d) => archive.dates[d] !== 0)
    if (dated > 0) order.set([...order.subarray(dated), ...order.subarray(0, dated)])
  } else if (lists) {
    const score = new Uint16Array(archive.articles)
    for (const l of lists.termLists) for (let i = 0; i < l.docs.length; i++) score[l.docs[i]] += l.tf[i] + 1
    for (const l of lists.pairLists) for (let i = 0; i < l.docs.length; i++) score[l.docs[i]] += ADJACENT
    for (const l of lists.titleLists) for (let i = 0; i < l.docs.length; i++) score[l.docs[i]] += HEADLINE
    // A stable sort of the newest-first list: equal scores stay newest first.
    order.set([...order].sort((a, b) => score[b] - score[a]))
  }
  return order
}

/** The archive's own counts: the first name file of each facet holds its most frequent values. */
async function archiveFacetCounts(archive, json) {
  const { facets } = archive
  const firsts = await Promise.all(facets.values.map((n, f) => (n ? json(indexFile(`v${f}`, 0, 'json')) : [])))
  return Object.fromEntries(COUNTED_FACETS.map((name, f) => [name, firsts[f].slice(0, FACET_LIMIT)]))
}

/** The counted facets over the articles `order`: the blocks they fall in, then the names of the values shown. */
async function resultFacetCounts(archive, order, once, json) {
  const { facets } = archive
  const counts = facets.values.map((n) => new Int32Array(n))
  const wanted = new Uint8Array(archive.articles)
  const blocks = new Set()
  for (const d of order) ((wanted[d] = 1), blocks.add(Math.floor(d / facets.block)))
  const files = await Promise.all([...blocks].map(async (b) => [b, await once(indexFile('f', b, 'bin'))]))
  for (const [b, bytes] of files) countBlock(bytes, b * facets.block, wanted, counts, facets.multi)
  return Object.fromEntries(
    await Promise.all(
      COUNTED_FACETS.map(async (name, f) => {
        const top = topValues(counts[f], FACET_LIMIT)
        const chunks = [...new Set(top.map((v) => Math.floor(v / facets.chunk)))]
        const named = new Map(
          await Promise.all(chunks.map(async (c) => [c, await json(indexFile(`v${f}`, c, 'json'))]))
        )
        return [name, top.map((v) => [named.get(Math.floor(v / facets.chunk))[v % facets.chunk][0], counts[f][v]])]
      })
    )
  )
}

/** index.json, with each article's date (YYYYMMDD, 0 unknown) and publication expanded. */
function expand(m) {
  const dates = new Int32Array(m.articles)
  const publication = new Uint16Array(m.articles)
  for (let i = 0, at = 0, date = 0; i < m.dates.length; i += 2) {
    date += m.dates[i]
    dates.fill(date, at, (at += m.dates[i + 1]))
  }
  for (let i = 0, at = 0; i < m.publicationRuns.length; i += 2)
    publication.fill(m.publicationRuns[i], at, (at += m.publicationRuns[i + 1]))
  return { ...m, dates, publication }
}

/** The article numbers [from, to) whose dates lie in [low, high] (YYYYMMDD): articles are in date order. */
function dateRange(archive, low, high) {
  const first = (value) => {
    let lo = 0
    let hi = archive.articles
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (archive.dates[mid] < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return [first(Math.max(1, low)), first(high + 1)]
}

/** The date bounds [low, high] a search asks for, from its year, month and from/to; null for none. */
export function dateBounds(state) {
  let low = 0
  let high = 99999999
  const narrow = (lo, hi) => ((low = Math.max(low, lo)), (high = Math.min(high, hi)))
  const year = /^(\d{4})$/.exec(state.filters['年份'] ?? '')
  if (year) narrow(Number(year[1]) * 10000, Number(year[1]) * 10000 + 9999)
  const month = /^(\d{4})-(\d{2})$/.exec(state.filters['月份'] ?? '')
  if (month) narrow(Number(month[1] + month[2]) * 100, Number(month[1] + month[2]) * 100 + 99)
  const day = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text ?? '') ? Number(text.replaceAll('-', '')) : null)
  if (day(state.from) !== null) narrow(day(state.from), high)
  if (day(state.to) !== null) narrow(low, day(state.to))
  return low === 0 && high === 99999999 ? null : [low, high]
}

/** Counts of the result set by publication, year and month (YYYY-MM). */
function facetsOf(archive, docs) {
  const facets = { 刊名: new Map(), 年份: new Map(), 月份: new Map() }
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const d of docs) {
    const publication = archive.publications[archive.publication[d]]
    if (publication) add(facets['刊名'], publication)
    const date = archive.dates[d]
    if (date === 0) continue
    add(facets['年份'], String(Math.floor(date / 10000)))
    const month = Math.floor(date / 100) % 100
    if (month) add(facets['月份'], `${Math.floor(date / 10000)}-${String(month).padStart(2, '0')}`)
  }
  return facets
}

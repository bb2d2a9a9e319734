// Archive search over the whole archive, from the static index in search-index/ (README,
// "Search"; formats in docs/SCHEMA.md).
//
// Each query term's articles come from the posting lists of its character grams (terms.js),
// so a result holds every term exactly, ignoring white space and full/half-width forms, and
// a term absent from the archive gives "no results". Every matching article is known before
// anything is shown: the count is exact, the ranking is over the whole archive (headline
// hits, then how often the terms occur, then date), and the filters' counts are those of
// the result set. The URL holds the whole search (?q=…&sort=date-desc&年份=2020&from=…).
import { bucketOf, filterKey, fold, termGrams, termsOf, FILTER, TEXT, TITLE } from './terms.js'
import { decodeList, findEntry, intersect, EXTERNAL } from './postings.js'

const script = document.querySelector('script[data-base]')
const base = (script && script.dataset.base) || '/'
const form = document.getElementById('search-form')
const input = document.getElementById('q')
const statusLine = document.getElementById('search-status')
const list = document.getElementById('search-results')
const filterBox = document.getElementById('search-filters')
const filterPanel = document.getElementById('search-filter-panel')
const sortSelect = document.getElementById('search-sort')
const fromInput = document.getElementById('search-from')
const toInput = document.getElementById('search-to')
// Ten results a screen: ten article files to fetch before the first screen is complete.
const PAGE_SIZE = 10
// Filters offered, in this order (names as on the article pages). 刊名, 年份 and 月份 count
// the result set; the others list the archive's most frequent values.
const RESULT_FACETS = ['刊名', '年份', '月份']
const ARCHIVE_FACETS = ['记者', '人物', '地点', '机构']
const FILTER_NAMES = [...RESULT_FACETS, ...ARCHIVE_FACETS]
// Bonus of a term found in the headline: above any count of occurrences in the body.
const HEADLINE = 64
const FANOUT = 256

const bytesOf = (path) =>
  fetch(`${base}search-index/${path}`).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`)
    return r.arrayBuffer().then((b) => new Uint8Array(b))
  })
const fileOf = (kind, n, ext) => `${kind}/${Math.floor(n / FANOUT)}/${n}.${ext}`

/** index.json, with each article's date (YYYYMMDD, 0 unknown) and publication expanded. */
let archive = null
function loadArchive() {
  archive ??= fetch(`${base}search-index/index.json`)
    .then((r) => r.json())
    .then((m) => {
      const dates = new Int32Array(m.articles)
      const publication = new Uint16Array(m.articles)
      for (let i = 0, at = 0, date = 0; i < m.dates.length; i += 2) {
        date += m.dates[i]
        dates.fill(date, at, (at += m.dates[i + 1]))
      }
      for (let i = 0, at = 0; i < m.publicationRuns.length; i += 2)
        publication.fill(m.publicationRuns[i], at, (at += m.publicationRuns[i + 1]))
      return { ...m, dates, publication }
    })
  return archive
}

const buckets = new Map()
/** The posting list of a key, or null when the archive does not hold it. */
async function postings(index, namespace, key) {
  const n = bucketOf(namespace, key, index.buckets)
  if (!buckets.has(n)) buckets.set(n, bytesOf(fileOf('b', n, 'bin')))
  const entry = findEntry(await buckets.get(n), namespace, key)
  if (!entry) return null
  const payload = entry.form & EXTERNAL ? await bytesOf(fileOf('l', entry.file, 'bin')) : entry.payload
  return decodeList(payload, entry.form, entry.count)
}

const none = { docs: new Int32Array(0), tf: new Uint8Array(0) }
/** Articles holding every gram of a folded term (namespace TEXT or TITLE). */
async function termList(index, namespace, folded) {
  const lists = await Promise.all(termGrams(folded).map((gram) => postings(index, namespace, gram)))
  if (lists.some((l) => l === null)) return none
  lists.sort((a, b) => a.docs.length - b.docs.length)
  return lists.reduce((a, b) => intersect(a, b))
}

/** The article numbers whose dates lie in [low, high] (YYYYMMDD): a range, as articles are in date order. */
function dateRange(index, low, high) {
  const first = (value) => {
    let lo = 0
    let hi = index.articles
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (index.dates[mid] < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return [first(Math.max(1, low)), first(high + 1)]
}

/** The date bounds a search asks for, from its year, month and from/to. */
function dateBounds(state) {
  let low = 0
  let high = 99999999
  const narrow = (lo, hi) => ((low = Math.max(low, lo)), (high = Math.min(high, hi)))
  if (/^\d{4}$/.test(state.filters['年份'] ?? ''))
    narrow(Number(state.filters['年份']) * 10000, Number(state.filters['年份']) * 10000 + 9999)
  const month = /^(\d{4})-(\d{2})$/.exec(state.filters['月份'] ?? '')
  if (month) narrow(Number(month[1] + month[2]) * 100, Number(month[1] + month[2]) * 100 + 99)
  const day = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text ?? '') ? Number(text.replaceAll('-', '')) : null)
  if (day(state.from) !== null) narrow(day(state.from), high)
  if (day(state.to) !== null) narrow(low, day(state.to))
  return low === 0 && high === 99999999 ? null : [low, high]
}

/** Every article of the search, in the order asked for, with the facets of the result set. */
async function searchArchive(state) {
  const index = await loadArchive()
  const folded = state.terms.map(fold)
  const [termLists, titleLists, filterLists] = await Promise.all([
    Promise.all(folded.map((t) => termList(index, TEXT, t))),
    Promise.all(folded.map((t) => termList(index, TITLE, t))),
    Promise.all(
      Object.entries(state.filters)
        .filter(([name]) => ARCHIVE_FACETS.includes(name) || name === '刊名')
        .map(async ([name, value]) => (await postings(index, FILTER, filterKey(name, value))) ?? none)
    )
  ])
  let matched = null
  for (const l of [...termLists, ...filterLists].sort((a, b) => a.docs.length - b.docs.length))
    matched = matched ? intersect(matched, l) : l
  let docs = matched ? matched.docs : Int32Array.from({ length: index.articles }, (_, i) => i)
  const bounds = dateBounds(state)
  if (bounds) {
    const [from, to] = dateRange(index, ...bounds)
    docs = docs.filter((d) => d >= from && d < to)
  }
  const order = Int32Array.from(docs).reverse() // newest first
  if (state.sort === 'date-asc') {
    order.reverse()
    const undated = order.findIndex((d) => index.dates[d] !== 0)
    if (undated > 0) order.set([...order.subarray(undated), ...order.subarray(0, undated)])
  } else if (state.sort !== 'date-desc' && folded.length) {
    const score = new Uint16Array(index.articles)
    for (const l of termLists) for (let i = 0; i < l.docs.length; i++) score[l.docs[i]] += l.tf[i] + 1
    for (const l of titleLists) for (let i = 0; i < l.docs.length; i++) score[l.docs[i]] += HEADLINE
    // A stable sort of the newest-first list: equal scores stay newest first.
    const sorted = [...order].sort((a, b) => score[b] - score[a])
    order.set(sorted)
  }
  return { index, order, facets: facetsOf(index, order) }
}

/** Counts of the result set by publication, year and month. */
function facetsOf(index, docs) {
  const facets = { 刊名: new Map(), 年份: new Map(), 月份: new Map() }
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1)
  for (const d of docs) {
    const pub = index.publications[index.publication[d]]
    if (pub) add(facets['刊名'], pub)
    const date = index.dates[d]
    if (date === 0) continue
    add(facets['年份'], String(Math.floor(date / 10000)))
    const month = Math.floor(date / 100) % 100
    if (month) add(facets['月份'], `${Math.floor(date / 10000)}-${String(month).padStart(2, '0')}`)
  }
  return facets
}

const articles = new Map()
function article(n) {
  if (!articles.has(n))
    articles.set(
      n,
      bytesOf(fileOf('d', n, 'json')).then((bytes) => JSON.parse(new TextDecoder().decode(bytes)))
    )
  return articles.get(n)
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

/**
 * An excerpt of ~160 characters of the body around its first match, every term marked. A
 * page matched only outside its body (headline, credits) shows the body's opening.
 */
function excerpt(body, terms) {
  const flat = body.replace(/[\s\u3000]+/g, '')
  const folded = fold(flat)
  const hits = terms.map((t) => folded.indexOf(fold(t))).filter((at) => at >= 0)
  const first = hits.length ? Math.min(...hits) : 0
  const start = Math.max(0, first - 50)
  const piece = flat.slice(start, start + 160)
  const foldedPiece = fold(piece)
  // Mark on the folded copy's positions (same length: folding maps one char to one char here).
  const marks = new Array(piece.length).fill(false)
  for (const term of terms.map(fold)) {
    for (let at = foldedPiece.indexOf(term); at >= 0 && term; at = foldedPiece.indexOf(term, at + 1)) {
      for (let k = at; k < at + term.length; k++) marks[k] = true
    }
  }
  let html = ''
  for (let k = 0; k < piece.length; k++) {
    if (marks[k] && !marks[k - 1]) html += '<mark>'
    html += escapeHtml(piece[k])
    if (marks[k] && !marks[k + 1]) html += '</mark>'
  }
  return (start > 0 ? '…' : '') + html + (start + 160 < flat.length ? '…' : '')
}

function resultItem(doc, terms) {
  const li = document.createElement('li')
  li.className = 'result'
  const link = document.createElement('a')
  const url = base + doc.u.replace(/^\//, '')
  link.href = terms.length ? `${url}?hl=${encodeURIComponent(terms.join(' '))}` : url
  link.textContent = doc.t || doc.u
  const heading = document.createElement('h2')
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.textContent = doc.m.join(' · ')
  const text = document.createElement('p')
  text.className = 'excerpt'
  text.innerHTML = excerpt(doc.x.slice(doc.b[0], doc.b[1]), terms)
  li.append(heading, meta, text)
  return li
}

/** The search the page shows: from the URL. */
function stateOf(params) {
  const filters = {}
  for (const name of FILTER_NAMES) if (params.get(name)) filters[name] = params.get(name)
  return {
    query: params.get('q') ?? '',
    terms: termsOf(params.get('q') ?? ''),
    sort: params.get('sort') ?? '',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? ''
  }
}

/** The search the form holds, as URL parameters. */
function formParams() {
  const params = new URLSearchParams()
  const query = input.value.trim()
  if (query) params.set('q', query)
  if (sortSelect && sortSelect.value) params.set('sort', sortSelect.value)
  for (const select of filterBox ? filterBox.querySelectorAll('select[data-filter]') : [])
    if (select.value) params.set(select.dataset.filter, select.value)
  for (const name of FILTER_NAMES) if (!params.has(name) && pendingFilters[name]) params.set(name, pendingFilters[name])
  if (fromInput && fromInput.value) params.set('from', fromInput.value)
  if (toInput && toInput.value) params.set('to', toInput.value)
  return params
}

// Filters from the URL not yet shown as selects (the panel builds them when opened).
let pendingFilters = {}

const monthLabel = (value) => `${value.slice(0, 4)}年${Number(value.slice(5, 7))}月`

/** Fills one filter's select: values with their counts, the chosen one kept. */
function fillSelect(name, entries, chosen) {
  let select = filterBox.querySelector(`select[data-filter="${name}"]`)
  if (!select) {
    const label = document.createElement('label')
    label.textContent = name
    select = document.createElement('select')
    select.dataset.filter = name
    select.addEventListener('change', submit)
    label.append(select)
    filterBox.append(label)
  }
  const any = document.createElement('option')
  any.value = ''
  any.textContent = '全部'
  const options = [any]
  if (chosen && !entries.some(([value]) => value === chosen)) entries = [[chosen, 0], ...entries]
  for (const [value, count] of entries.slice(0, 200)) {
    const option = document.createElement('option')
    option.value = value
    option.textContent = `${name === '月份' ? monthLabel(value) : value}（${count}）`
    options.push(option)
  }
  select.replaceChildren(...options)
  select.value = chosen ?? ''
}

let archiveFilters = null
/** The filter selects: the result set's publications, years and months; the archive's people and the rest. */
async function showFilters(state, facets) {
  if (!filterBox || !(filterPanel ? filterPanel.open : true)) return
  archiveFilters ??= fetch(`${base}search-index/filters.json`)
    .then((r) => r.json())
    .then((f) => f.filters)
  const available = await archiveFilters
  for (const name of FILTER_NAMES) {
    let entries
    if (facets && RESULT_FACETS.includes(name)) {
      entries = [...facets[name]]
      if (name === '刊名') entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      else entries.sort((a, b) => (a[0] < b[0] ? 1 : -1))
    } else entries = Object.entries(available[name] ?? {})
    if (entries.length === 0 && !state.filters[name]) continue
    fillSelect(name, entries, state.filters[name])
  }
  pendingFilters = {}
}

let runId = 0
let lastFacets = null
async function run(state) {
  const id = ++runId
  list.replaceChildren()
  document.querySelectorAll('.search-more').forEach((b) => b.remove())
  const hasFilter = Object.keys(state.filters).length > 0 || state.from || state.to
  if (state.terms.length === 0 && !hasFilter) {
    statusLine.textContent = ''
    window.bulletinSearch = { total: 0, articles: [] }
    return
  }
  statusLine.textContent = '正在搜索…'
  const { order, facets } = await searchArchive(state)
  if (id !== runId) return
  lastFacets = facets
  window.bulletinSearch = { total: order.length, articles: Array.from(order) }
  const described = state.terms.length ? `包含“${state.terms.join(' ')}”的` : '符合条件的'
  let shown = 0
  const more = document.createElement('button')
  more.type = 'button'
  more.className = 'search-more'
  more.textContent = '显示更多结果'
  async function fill() {
    more.remove()
    const batch = await Promise.all([...order.subarray(shown, shown + PAGE_SIZE)].map(article))
    if (id !== runId) return
    for (const doc of batch) list.append(resultItem(doc, state.terms))
    shown += batch.length
    statusLine.textContent =
      order.length === 0
        ? `没有找到${described}文章。`
        : `找到 ${order.length} 篇${described}文章${order.length > shown ? `，显示前 ${shown} 篇` : ''}。`
    if (shown < order.length) list.after(more)
  }
  more.addEventListener('click', fill)
  await fill()
  showFilters(state, facets)
}

/** Puts the form's search into the URL, then runs it. */
function submit(event) {
  if (event) event.preventDefault()
  const url = new URL(location.href)
  url.search = formParams().toString()
  history.pushState(null, '', url)
  run(stateOf(url.searchParams))
}

function start() {
  const params = new URLSearchParams(location.search)
  const state = stateOf(params)
  input.value = state.query
  if (sortSelect) sortSelect.value = state.sort
  if (fromInput) fromInput.value = state.from
  if (toInput) toInput.value = state.to
  pendingFilters = { ...state.filters }
  for (const select of filterBox ? filterBox.querySelectorAll('select[data-filter]') : [])
    select.value = state.filters[select.dataset.filter] ?? ''
  if (Object.keys(state.filters).length && filterPanel) filterPanel.open = true
  run(state)
}

if (sortSelect) sortSelect.addEventListener('change', submit)
for (const field of [fromInput, toInput]) if (field) field.addEventListener('change', submit)
if (filterPanel) {
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) showFilters(stateOf(new URLSearchParams(location.search)), lastFacets)
  })
}

form.addEventListener('submit', submit)
window.addEventListener('popstate', () => start())
start()

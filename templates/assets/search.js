// The search page: the form, the URL, the status line and the results, over the whole
// archive's index (archive-search.js; README, "Search").
//
// A result holds every term exactly, ignoring white space and full/half-width forms, and a
// term absent from the archive gives "no results". Every matching article is known before
// anything is shown, so the status line gives the exact count on the first screen. The URL
// holds the whole search (?q=…&sort=date-desc&年份=2020&月份=2020-03&from=…&to=…).
// `window.bulletinSearch` holds the last search's whole ordered list (article numbers, as in
// search-index/d/) and its count, for the tests and the benchmark that check the page.
import { fold, termsOf } from './terms.js'
import { openArchive, COUNTED_FACETS, RESULT_FACETS } from './archive-search.js'

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
// Filters offered, in this order (names as on the article pages), each with its values'
// counts over the result set (over the whole archive before a search).
const FILTER_NAMES = [...RESULT_FACETS, ...COUNTED_FACETS]

const archive = openArchive((path) =>
  fetch(`${base}search-index/${path}`).then((r) => {
    if (!r.ok) throw new Error(`${path}: ${r.status}`)
    return r.arrayBuffer().then((b) => new Uint8Array(b))
  })
)

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

/**
 * The filter selects, each value with its count over the result set `result` (the last
 * search's order and facets) or, before any search, over the whole archive. 记者, 人物, 地点
 * and 机构 are counted only when the panel is open: their files are read then.
 */
async function showFilters(state, result) {
  if (!filterBox || !(filterPanel ? filterPanel.open : true)) return
  // Tests and the benchmark wait for `counted`.
  filterBox.dataset.state = 'counting'
  const { facets } = result ?? (await archive.search({ terms: [], sort: 'date-desc', filters: {}, from: '', to: '' }))
  const counted = await archive.facetValues(result ? result.order : null)
  for (const name of FILTER_NAMES) {
    let entries
    if (RESULT_FACETS.includes(name)) {
      entries = [...facets[name]]
      if (name === '刊名') entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      else entries.sort((a, b) => (a[0] < b[0] ? 1 : -1))
    } else entries = counted[name]
    if (entries.length === 0 && !state.filters[name]) continue
    fillSelect(name, entries, state.filters[name])
  }
  pendingFilters = {}
  filterBox.dataset.state = 'counted'
}

let runId = 0
let lastResult = null
async function run(state) {
  const id = ++runId
  lastResult = null
  list.replaceChildren()
  document.querySelectorAll('.search-more').forEach((b) => b.remove())
  const hasFilter = Object.keys(state.filters).length > 0 || state.from || state.to
  if (state.terms.length === 0 && !hasFilter) {
    statusLine.textContent = ''
    window.bulletinSearch = { total: 0, articles: [] }
    return
  }
  statusLine.textContent = '正在搜索…'
  const result = await archive.search(state)
  const { order } = result
  if (id !== runId) return
  lastResult = result
  window.bulletinSearch = { total: order.length, articles: Array.from(order) }
  const described = state.terms.length ? `包含“${state.terms.join(' ')}”的` : '符合条件的'
  let shown = 0
  const more = document.createElement('button')
  more.type = 'button'
  more.className = 'search-more'
  more.textContent = '显示更多结果'
  async function fill() {
    more.remove()
    // Until the screen is there, the status line says so (tests and readers wait on it).
    if (shown > 0) statusLine.textContent = `正在显示更多结果…（共 ${order.length} 篇）`
    // Fetched together, shown in order as each arrives: the first result need not wait for the tenth.
    for (const pending of [...order.subarray(shown, shown + PAGE_SIZE)].map(archive.article)) {
      const doc = await pending
      if (id !== runId) return
      list.append(resultItem(doc, state.terms))
      shown++
    }
    statusLine.textContent =
      order.length === 0
        ? `没有找到${described}文章。`
        : `找到 ${order.length} 篇${described}文章${order.length > shown ? `，显示前 ${shown} 篇` : ''}。`
    if (shown < order.length) list.after(more)
  }
  more.addEventListener('click', fill)
  await fill()
  showFilters(state, result)
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
    if (filterPanel.open) showFilters(stateOf(new URLSearchParams(location.search)), lastResult)
  })
}

form.addEventListener('submit', submit)
window.addEventListener('popstate', () => start())
start()

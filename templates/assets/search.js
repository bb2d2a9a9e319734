// Archive search on top of Pagefind's JS API.
//
// Query policy (README, "Search"): the index holds every letter and digit as a word
// (terms.js), and each query term is asked for as the phrase of its characters, so a page
// is a candidate only when it holds every term. A page is shown only when its text really
// contains every term, ignoring white space and full/half-width forms (a phrase may run
// over punctuation). Terms absent from the archive give "no results", never look-alikes.
//
// The URL holds the whole search (?q=…&sort=date-desc&刊名=…), so searches can be linked.
import { candidates as indexCandidates, fold } from './terms.js'

const script = document.querySelector('script[data-base]')
const base = (script && script.dataset.base) || '/'
const form = document.getElementById('search-form')
const input = document.getElementById('q')
const statusLine = document.getElementById('search-status')
const list = document.getElementById('search-results')
const filterBox = document.getElementById('search-filters')
const filterPanel = document.getElementById('search-filter-panel')
const sortSelect = document.getElementById('search-sort')
// Ten verified results a screen: few fragments to fetch before the first results show.
const PAGE_SIZE = 10
// A screen opens at most this many shards (periods); a rare word then shows what the newest
// periods hold and a button to search earlier ones, instead of fetching every shard at once.
const SHARDS_PER_SCREEN = 3
// Filters offered, in this order, when the index has them (names as on the article pages).
const FILTER_NAMES = ['刊名', '年份', '记者', '人物', '地点', '机构']

// The index is split into shards by date (search-index/shards.json, newest first): a
// search reads the newest period first and goes on to earlier ones only as results are
// wanted, so the first results cost a few hundred kilobytes however big the archive is.
let manifest = null
async function loadManifest() {
  if (!manifest) {
    // Each shard is [key, first date, last date, pages] (src/search/index.ts).
    manifest = fetch(`${base}search-index/shards.json`)
      .then((r) => r.json())
      .then((m) =>
        m.shards.map(([key, firstDate, lastDate, pages]) => ({
          key,
          path: `search-index/${key}/`,
          firstDate,
          lastDate,
          pages
        }))
      )
  }
  return manifest
}

// One pagefind.js serves every shard: each shard is an instance of it with its own
// basePath. Every shard ships the same WebAssembly, and Pagefind's instances share one
// WebAssembly module, so it is fetched once: the instances run on this thread (noWorker)
// and later fetches of a shard's wasm are answered from the first one.
const nativeFetch = window.fetch.bind(window)
let wasmBytes = null
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
  if (/\/search-index\/[^/]+\/wasm\.[^/?]+\.pagefind$/.test(url)) {
    wasmBytes ??= nativeFetch(url, init).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`)
      return response.arrayBuffer()
    })
    return wasmBytes.then((bytes) => new Response(bytes.slice(0)))
  }
  return nativeFetch(input, init)
}
let runtime = null
const instances = new Map()
/** One Pagefind instance per shard, loaded when first needed. */
function shardInstance(entry) {
  if (!instances.has(entry.key)) {
    instances.set(
      entry.key,
      (async () => {
        runtime ??= import(`${base}${entry.path}pagefind.js`)
        const pagefind = await runtime
        const pf = pagefind.createInstance({ basePath: `${base}${entry.path}`, noWorker: true })
        await pf.options({ baseUrl: base, excerptLength: 30 })
        await pf.init()
        return pf
      })()
    )
  }
  return instances.get(entry.key)
}

function termsOf(query) {
  return query
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(/^["“”'‘’]+|["“”'‘’]+$/g, ''))
    .filter(Boolean)
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

/**
 * An excerpt of ~160 characters of the body around its first match, every term marked. The
 * body is `span` (`start-end`, characters without white space, src/search/records.ts): the
 * headline, dateline and credits are shown apart, never glued into it. A page matched only
 * outside its body shows the body's opening.
 */
function excerpt(content, terms, span) {
  const all = content.replace(/[\s\u3000]+/g, '')
  const [from, to] = /^\d+-\d+$/.test(span ?? '') ? span.split('-').map(Number) : [0, all.length]
  const flat = all.slice(from, to)
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

function selectedFilters() {
  const filters = {}
  for (const select of filterBox ? filterBox.querySelectorAll('select[data-filter]') : []) {
    if (select.value) filters[select.dataset.filter] = select.value
  }
  return filters
}

function sortOption() {
  const value = sortSelect ? sortSelect.value : ''
  if (value === 'date-desc') return { date: 'desc' }
  if (value === 'date-asc') return { date: 'asc' }
  return undefined
}

/** Builds the filter selects from search-index/filters.json, most frequent values first. */
async function buildFilters(params) {
  if (!filterBox) return
  const available = await fetch(`${base}search-index/filters.json`)
    .then((r) => r.json())
    .then((f) => f.filters)
  filterBox.replaceChildren()
  for (const name of FILTER_NAMES) {
    const values = available[name]
    if (!values || Object.keys(values).length === 0) continue
    const label = document.createElement('label')
    label.textContent = name
    const select = document.createElement('select')
    select.dataset.filter = name
    const any = document.createElement('option')
    any.value = ''
    any.textContent = '全部'
    select.append(any)
    const entries = Object.entries(values)
    if (name === '年份') entries.sort((a, b) => (a[0] < b[0] ? 1 : -1))
    for (const [value, count] of entries.slice(0, 200)) {
      const option = document.createElement('option')
      option.value = value
      option.textContent = `${value}（${count}）`
      select.append(option)
    }
    select.value = params.get(name) ?? ''
    select.addEventListener('change', submit)
    label.append(select)
    filterBox.append(label)
  }
}

/** Candidate pages of one shard: those holding every term. */
async function shardCandidates(entry, terms, options) {
  return indexCandidates(await shardInstance(entry), terms, options)
}

/** Where a shard's period starts: 2020年3月, 2020年, 日期不详的文章. */
function periodOf(entry) {
  if (!entry || !entry.firstDate) return '日期不详的文章'
  const [year, month] = entry.firstDate.split('-')
  return month && month !== '00' ? `${year}年${Number(month)}月` : `${year}年`
}

let runId = 0
async function run(query) {
  const id = ++runId
  list.replaceChildren()
  document.querySelectorAll('.search-more').forEach((b) => b.remove())
  const terms = termsOf(query)
  const filters = selectedFilters()
  if (terms.length === 0 && Object.keys(filters).length === 0) {
    statusLine.textContent = ''
    return
  }
  statusLine.textContent = '正在搜索…'
  const sort = sortOption()
  const options = { filters, ...(sort ? { sort } : {}) }
  const shards = await loadManifest()
  const order = sort && sort.date === 'asc' ? [...shards].reverse() : shards
  const wanted = terms.map(fold)
  const described = terms.length ? `包含“${terms.join(' ')}”的` : '符合条件的'
  let shardAt = 0
  let candidates = []
  let next = 0
  let shown = 0
  const more = document.createElement('button')
  more.type = 'button'
  more.className = 'search-more'
  more.textContent = '显示更多结果'
  const exhausted = () => next >= candidates.length && shardAt >= order.length
  async function fill() {
    more.remove()
    statusLine.textContent = '正在搜索…'
    let added = 0
    let opened = 0
    while (added < PAGE_SIZE && !exhausted()) {
      if (next >= candidates.length) {
        if (opened === SHARDS_PER_SCREEN) break
        opened++
        candidates = await shardCandidates(order[shardAt++], terms, options)
        next = 0
        if (id !== runId) return
        continue
      }
      const batch = candidates.slice(next, next + PAGE_SIZE)
      next += batch.length
      const data = await Promise.all(batch.map((r) => r.data()))
      if (id !== runId) return
      for (const page of data) {
        if (!wanted.every((t) => fold(page.content).includes(t))) continue
        added++
        shown++
        list.append(resultItem(page, terms))
      }
    }
    const done = exhausted()
    const searched =
      shardAt < order.length
        ? `（已搜索 ${shardAt} 个时期，截至${periodOf(order[shardAt - 1])}；其余 ${order.length - shardAt} 个时期尚未搜索）`
        : ''
    statusLine.textContent =
      shown === 0 && done
        ? `没有找到${described}文章。`
        : shown === 0
          ? `最近的 ${shardAt} 个时期中没有找到${described}文章${searched}`
          : `找到${done ? '' : '至少'} ${shown} 篇${described}文章。${searched}`
    more.textContent = next < candidates.length ? '显示更多结果' : '显示更多结果（继续搜索其余时期）'
    if (!done) list.after(more)
  }
  more.addEventListener('click', fill)
  await fill()
}

function resultItem(page, terms) {
  const li = document.createElement('li')
  li.className = 'result'
  const link = document.createElement('a')
  link.href = terms.length ? `${page.url}?hl=${encodeURIComponent(terms.join(' '))}` : page.url
  link.textContent = page.meta.title || page.url
  const heading = document.createElement('h2')
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.textContent = [page.meta['刊物'] ?? page.filters?.['刊名']?.[0], page.meta['日期'], page.meta['版']]
    .filter(Boolean)
    .join(' · ')
  const text = document.createElement('p')
  text.className = 'excerpt'
  text.innerHTML = excerpt(page.content, terms, page.meta['正文'])
  li.append(heading, meta, text)
  return li
}

/** Puts the current search into the URL, then runs it. */
function submit(event) {
  if (event) event.preventDefault()
  const url = new URL(location.href)
  url.search = ''
  const query = input.value.trim()
  if (query) url.searchParams.set('q', query)
  if (sortSelect && sortSelect.value) url.searchParams.set('sort', sortSelect.value)
  for (const [name, value] of Object.entries(selectedFilters())) url.searchParams.set(name, value)
  history.pushState(null, '', url)
  run(query)
}

let filtersBuilt = null
/** The filter lists load only when wanted: opening the panel, or a linked search with filters. */
function ensureFilters(params) {
  filtersBuilt ??= buildFilters(params)
  return filtersBuilt
}

async function start() {
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  if (sortSelect) sortSelect.value = params.get('sort') ?? ''
  for (const select of filterBox ? filterBox.querySelectorAll('select[data-filter]') : []) {
    select.value = params.get(select.dataset.filter) ?? ''
  }
  if (FILTER_NAMES.some((name) => params.has(name))) {
    if (filterPanel) filterPanel.open = true
    await ensureFilters(params)
  }
  run(input.value)
}

if (sortSelect) sortSelect.addEventListener('change', submit)
if (filterPanel) {
  filterPanel.addEventListener('toggle', () => {
    if (filterPanel.open) ensureFilters(new URLSearchParams(location.search))
  })
}

form.addEventListener('submit', submit)
window.addEventListener('popstate', () => start())
start()

// Archive search on top of Pagefind's JS API.
//
// Query policy (see README, "Search"): Pagefind's Chinese index cuts many words into
// single characters, so its raw matches include pages that merely hold the same
// characters. We ask Pagefind for candidates (the words, and the quoted phrase), then
// keep only pages whose text really contains every query term, ignoring spaces and
// line breaks. Terms absent from the archive give "no results", never look-alikes.
const script = document.querySelector('script[data-base]')
const base = (script && script.dataset.base) || '/'
const form = document.getElementById('search-form')
const input = document.getElementById('q')
const statusLine = document.getElementById('search-status')
const list = document.getElementById('search-results')
const PAGE_SIZE = 20

let pagefind = null
async function loadPagefind() {
  if (!pagefind) {
    pagefind = await import(`${base}pagefind/pagefind.js`)
    await pagefind.options({ excerptLength: 60 })
    await pagefind.init()
  }
  return pagefind
}

/** Text as compared: no white space, full-width ASCII folded to half-width, lower case. */
function fold(text) {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase()
}

function termsOf(query) {
  return query.split(/[\s\u3000]+/).map((t) => t.replace(/^["“”]+|["“”]+$/g, '')).filter(Boolean)
}

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c])
}

/** An excerpt around the first match, with every term marked. */
function excerpt(content, terms) {
  const flat = content.replace(/\s+/g, '')
  const folded = fold(flat)
  const first = Math.max(0, folded.indexOf(fold(terms[0])))
  const start = Math.max(0, first - 50)
  const piece = flat.slice(start, start + 160)
  let html = escapeHtml(piece)
  for (const term of terms) {
    const escaped = escapeHtml(term).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    html = html.replace(new RegExp(escaped, 'gi'), (m) => `<mark>${m}</mark>`)
  }
  return (start > 0 ? '…' : '') + html + (start + 160 < flat.length ? '…' : '')
}

let runId = 0
async function run(query) {
  const id = ++runId
  list.replaceChildren()
  const terms = termsOf(query)
  if (terms.length === 0) { statusLine.textContent = ''; return }
  statusLine.textContent = '正在搜索…'
  const pf = await loadPagefind()
  const phrase = `"${terms.join(' ')}"`
  const [loose, quoted] = await Promise.all([pf.search(terms.join(' ')), pf.search(phrase)])
  if (id !== runId) return
  // Phrase matches first, then the rest of the loose matches.
  const seen = new Set()
  const candidates = []
  for (const r of [...(quoted?.results ?? []), ...(loose?.results ?? [])]) {
    if (!seen.has(r.id)) { seen.add(r.id); candidates.push(r) }
  }
  const wanted = terms.map(fold)
  let shown = 0
  let next = 0
  const more = document.createElement('button')
  more.type = 'button'
  more.textContent = '显示更多结果'
  async function fill() {
    more.remove()
    let added = 0
    while (next < candidates.length && added < PAGE_SIZE) {
      const batch = candidates.slice(next, next + PAGE_SIZE)
      next += batch.length
      const data = await Promise.all(batch.map((r) => r.data()))
      if (id !== runId) return
      for (const page of data) {
        const text = fold(page.content)
        if (!wanted.every((t) => text.includes(t))) continue
        added++; shown++
        list.append(resultItem(page, terms))
      }
    }
    const done = next >= candidates.length
    statusLine.textContent = shown === 0 && done
      ? `没有找到包含“${terms.join(' ')}”的文章。`
      : `找到${done ? '' : '至少'} ${shown} 篇包含“${terms.join(' ')}”的文章。`
    if (!done) list.after(more)
  }
  more.addEventListener('click', fill)
  await fill()
}

function resultItem(page, terms) {
  const li = document.createElement('li')
  li.className = 'result'
  const link = document.createElement('a')
  link.href = page.url + (page.url.includes('?') ? '&' : '?') + 'hl=' + encodeURIComponent(terms.join(' '))
  link.textContent = page.meta.title || page.url
  const heading = document.createElement('h2')
  heading.append(link)
  const meta = document.createElement('p')
  meta.className = 'meta'
  meta.textContent = [page.filters?.['刊名']?.[0], page.meta['日期']].filter(Boolean).join(' · ')
  const text = document.createElement('p')
  text.className = 'excerpt'
  text.innerHTML = excerpt(page.content, terms)
  li.append(heading, meta, text)
  return li
}

const initial = new URLSearchParams(location.search).get('q') ?? ''
input.value = initial
if (initial) run(initial)
form.addEventListener('submit', (event) => {
  event.preventDefault()
  const query = input.value.trim()
  const url = new URL(location.href)
  url.searchParams.set('q', query)
  history.pushState(null, '', url)
  run(query)
})
window.addEventListener('popstate', () => {
  const query = new URLSearchParams(location.search).get('q') ?? ''
  input.value = query
  run(query)
})

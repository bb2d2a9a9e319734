/**
 * Splits the article pages into search-index shards: blocks of consecutive dates, newest
 * first, each at most `maxPages` pages. Pagefind's memory grows ~0.7 MB per Chinese page
 * in one index (MEASURED.md), so shards keep each index small, let both cores index at
 * once, let the browser search the newest period first, and let a rebuild reuse every
 * shard whose pages did not change.
 */

export interface ShardPage {
  /** Site-relative URL without the base, e.g. `/articles/x-01/`. */
  url: string
  /** `YYYY-MM-DD`; `0000-00-00` when unknown. */
  sortDate: string
}

export interface ShardPlan {
  /** Folder name under `search-index/`, e.g. `2020`, `2020-2`, `undated`. */
  key: string
  urls: string[]
  firstDate: string | null
  lastDate: string | null
}

const byDateThenUrl = (a: ShardPage, b: ShardPage) =>
  a.sortDate < b.sortDate ? -1 : a.sortDate > b.sortDate ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0

/** Shards by year; a year with more than `maxPages` pages is cut into equal date-ordered blocks. */
export function planShards(pages: readonly ShardPage[], maxPages: number): ShardPlan[] {
  const byYear = new Map<string, ShardPage[]>()
  for (const page of pages) {
    const year = page.sortDate.startsWith('0000') ? 'undated' : page.sortDate.slice(0, 4)
    const list = byYear.get(year) ?? []
    list.push(page)
    byYear.set(year, list)
  }
  const plans: ShardPlan[] = []
  for (const [year, list] of byYear) {
    list.sort(byDateThenUrl)
    const blocks = Math.max(1, Math.ceil(list.length / maxPages))
    const size = Math.ceil(list.length / blocks)
    for (let block = 0; block < blocks; block++) {
      const part = list.slice(block * size, (block + 1) * size)
      if (part.length === 0) continue
      const dated = year !== 'undated'
      plans.push({
        key: blocks === 1 ? year : `${year}-${block + 1}`,
        urls: part.map((p) => p.url),
        firstDate: dated ? part[0]!.sortDate : null,
        lastDate: dated ? part.at(-1)!.sortDate : null
      })
    }
  }
  // Newest first; undated last.
  return plans.sort((a, b) => {
    if (a.lastDate === null) return b.lastDate === null ? (a.key < b.key ? -1 : 1) : 1
    if (b.lastDate === null) return -1
    return a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : a.key < b.key ? 1 : -1
  })
}

/** The `data-pagefind-filter` values of a rendered page: {name: [values]}. */
export function pageFilters(html: string): Map<string, string[]> {
  const filters = new Map<string, string[]>()
  const pattern = /data-pagefind-filter="([^"]+)"[^>]*>([^<]*)</g
  for (const match of html.matchAll(pattern)) {
    const name = unescapeHtml(match[1]!)
    const value = unescapeHtml(match[2]!).trim()
    if (!value) continue
    const list = filters.get(name) ?? []
    if (!list.includes(value)) list.push(value)
    filters.set(name, list)
  }
  return filters
}

function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|#39);/gi, (_, code: string) => {
    const lower = code.toLowerCase()
    if (lower === 'amp') return '&'
    if (lower === 'lt') return '<'
    if (lower === 'gt') return '>'
    if (lower === 'quot') return '"'
    if (lower === 'apos' || lower === '#39') return "'"
    return String.fromCodePoint(lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10))
  })
}

/**
 * What Pagefind reads of a page: the `data-pagefind-body` element (and the page's language).
 * Links around it (related articles, navigation) may change without touching the index.
 */
export function indexedPart(html: string): string {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? ''
  const start = html.indexOf('data-pagefind-body')
  if (start < 0) return lang + html
  const open = html.lastIndexOf('<', start)
  const end = html.indexOf('</article>', start)
  return lang + '\0' + html.slice(open, end < 0 ? undefined : end)
}

/** The smallest document Pagefind indexes the same way: the page's language and its body. */
export function indexedDocument(html: string): string {
  const lang = /<html[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? ''
  const start = html.indexOf('data-pagefind-body')
  const end = html.indexOf('</article>', start)
  if (start < 0 || end < 0) return html
  const open = html.lastIndexOf('<', start)
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${html.slice(open, end)}</article></body></html>`
}

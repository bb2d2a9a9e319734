/**
 * Search records: what the index holds of an article, made from the same page data the
 * article page is rendered from, so the search finds exactly the text a reader sees there
 * (headline, body, captions, credits, with the reading view's full-width punctuation)
 * without reading the HTML back.
 *
 * The text is indexed in `indexForm` (templates/assets/terms.js): every letter and digit a
 * word of its own, in a record of language `und`, so Pagefind neither re-segments it nor
 * stems it, and the search page asks for a term as the phrase of its characters.
 */
import type { ArticleRecord } from '../types.ts'
import type { ArticlePage } from '../render/pages.ts'
import { joinNames } from '../render/filters.ts'
import { fullWidthPunctuation } from '../render/zh-punctuation.ts'
import { indexForm } from '../../templates/assets/terms.js'

/** Pagefind's custom record, as `addCustomRecord` takes it. */
export interface SearchRecord {
  url: string
  content: string
  language: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sort: Record<string, string>
}

/** The parts of an article page a search reads, with the body's text from the record. */
export type SearchablePage = Pick<
  ArticlePage,
  | 'url'
  | 'title'
  | 'kicker'
  | 'subtitle'
  | 'publication'
  | 'date'
  | 'dateLabel'
  | 'issueName'
  | 'sortDate'
  | 'year'
  | 'page'
  | 'datelineMarker'
  | 'reporters'
  | 'correspondents'
  | 'photographers'
  | 'editors'
  | 'sourceUnit'
  | 'sourceNote'
  | 'tags'
  | 'renderKey'
> &
  Pick<ArticleRecord, 'paragraphs' | 'captions'>

/** Each article page with its record's paragraphs and captions (the page holds them as HTML). */
export function searchablePages(pages: readonly ArticlePage[], articles: readonly ArticleRecord[]): SearchablePage[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return pages.map((page) => {
    const { paragraphs, captions } = byId.get(page.id)!
    return { ...page, paragraphs, captions }
  })
}

/** The article's text in reading order, line by line, as its page shows it. */
export function articleText(page: SearchablePage): string {
  const { before, body, after } = textParts(page)
  return [...before, ...body, ...after].join('\n')
}

/** The lines above the body (headline block, page, date, dateline marker), the body, and what follows it. */
function textParts(page: SearchablePage): { before: string[]; body: string[]; after: string[] } {
  const credit = (label: string, names: readonly string[]) => (names.length ? `${label}：${joinNames(names)}` : null)
  const present = (lines: (string | null)[]) => lines.filter((line): line is string => Boolean(line))
  return {
    before: present([
      page.kicker,
      page.title,
      page.subtitle ? `——${page.subtitle}` : null,
      page.page ? `第${page.page}版` : null,
      page.dateLabel,
      page.datelineMarker
    ]),
    body: present(page.paragraphs.map(fullWidthPunctuation)),
    after: present([
      ...page.captions.map(fullWidthPunctuation),
      credit('记者', page.reporters),
      credit('通讯员', page.correspondents),
      credit('摄影', page.photographers),
      credit('责任编辑', page.editors),
      page.sourceUnit ? `供稿单位：${page.sourceUnit}` : null,
      page.sourceNote ? `来源：${page.sourceNote}` : null
    ])
  }
}

/** Characters of the stored text as the search page counts them for excerpts: white space left out. */
const shownLength = (text: string) => indexForm(text).replace(/[\s\u3000]+/g, '').length

/**
 * Where the body lies in the stored text, as `start-end` in characters without white space,
 * so the search page takes its excerpt from the body only, never the headline or dateline.
 */
export function bodySpan(page: SearchablePage): string {
  const { before, body } = textParts(page)
  const start = shownLength(before.join('\n'))
  return `${start}-${start + shownLength(body.join('\n'))}`
}

/** The filters a search can narrow by, named as the search page shows them. */
export function searchFilters(page: SearchablePage): Record<string, string[]> {
  const filters: Record<string, string[]> = {}
  const add = (name: string, values: readonly (string | null)[]) => {
    for (const value of values) {
      if (!value || !value.trim()) continue
      const list = (filters[name] ??= [])
      if (!list.includes(value)) list.push(value)
    }
  }
  add('刊名', [page.publication])
  add('年份', [page.year])
  add('记者', page.reporters)
  for (const group of page.tags)
    if (group.filter)
      add(
        group.filter,
        group.items.map((item) => item.name)
      )
  return filters
}

/**
 * Everything `searchRecord` reads of a page, as one string: equal strings give equal
 * records (with the same code), so shards are compared without making their records.
 * The page's `renderKey` digests all its fields but tags, its text included (the body
 * comes from the source file it keys): the filters from tags are added.
 */
export function recordInputs(page: SearchablePage): string {
  return JSON.stringify([
    page.renderKey,
    page.tags.filter((group) => group.filter).map((group) => [group.filter, group.items.map((item) => item.name)])
  ])
}

export function searchRecord(page: SearchablePage): SearchRecord {
  const meta: Record<string, string> = { title: page.title, 刊物: page.issueName, 日期: page.dateLabel }
  if (page.page) meta['版'] = `第${page.page}版`
  meta['正文'] = bodySpan(page)
  return {
    url: page.url,
    content: indexForm(articleText(page)),
    language: 'und',
    meta,
    filters: searchFilters(page),
    sort: { date: page.sortDate }
  }
}

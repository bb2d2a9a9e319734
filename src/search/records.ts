/**
 * Search records: what the index holds of an article, made from the same page data the
 * article page is rendered from, so the search finds exactly the text a reader sees there
 * (headline, body, captions, credits) without reading the HTML back.
 *
 * The text is indexed in `indexForm` (templates/assets/terms.js): every letter and digit a
 * word of its own, in a record of language `und`, so Pagefind neither re-segments it nor
 * stems it, and the search page asks for a term as the phrase of its characters.
 */
import type { ArticleRecord } from '../types.ts'
import type { ArticlePage } from '../render/pages.ts'
import { chineseDate, joinNames } from '../render/filters.ts'
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
  const credit = (label: string, names: readonly string[]) => (names.length ? `${label}：${joinNames(names)}` : null)
  return [
    page.kicker,
    page.title,
    page.subtitle ? `——${page.subtitle}` : null,
    page.page ? `第${page.page}版` : null,
    dateShown(page),
    page.datelineMarker,
    ...page.paragraphs,
    ...page.captions,
    credit('记者', page.reporters),
    credit('通讯员', page.correspondents),
    credit('摄影', page.photographers),
    credit('责任编辑', page.editors),
    page.sourceUnit ? `供稿单位：${page.sourceUnit}` : null,
    page.sourceNote ? `来源：${page.sourceNote}` : null
  ]
    .filter((line): line is string => Boolean(line))
    .join('\n')
}

function dateShown(page: SearchablePage): string {
  return page.date ? chineseDate(page.date) : page.dateLabel
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
  const date = dateShown(page)
  return {
    url: page.url,
    content: indexForm(articleText(page)),
    language: 'und',
    meta: date ? { title: page.title, 日期: date } : { title: page.title },
    filters: searchFilters(page),
    sort: { date: page.sortDate }
  }
}

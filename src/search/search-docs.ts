/**
 * Search records: what the index holds of an article, made from the same page data the
 * article page is rendered from, so the search finds exactly the text a reader sees there
 * (headline, body, captions, credits, with the reading view's full-width punctuation)
 * without reading the HTML back.
 * The index holds the text's character grams, folded as `fold` (templates/assets/terms.js)
 * folds a query, so any substring a reader types is found.
 */
import type { ArticleRecord } from '../types.ts'
import type { ArticlePage } from '../render/pages.ts'
import type { CreditField, HeadlineField } from '../render/pages/article.ts'
import { joinNames } from '../render/filters.ts'
import { fullWidthPunctuation } from '../render/zh-punctuation.ts'

/** The parts of an article page a search reads, with the body's text from the record. */
export type SearchablePage = Pick<
  ArticlePage,
  | 'url'
  | HeadlineField
  | 'publication'
  | 'date'
  | 'dateLabel'
  | 'issueName'
  | 'sortDate'
  | 'year'
  | 'pageLabel'
  | 'datelineMarker'
  | CreditField
  | 'tags'
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
  return textAndBody(textParts(page)).text
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
      page.pageLabel ? `第${page.pageLabel}版` : null,
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

/**
 * Where the body lies in `articleText`, as [start, end) in characters, so the search page
 * takes its excerpt from the body only, never the headline or dateline.
 */
export function bodySpan(page: SearchablePage): [number, number] {
  return textAndBody(textParts(page)).body
}

/** The text and the body's span in it, from the parts made once. */
function textAndBody({ before, body, after }: ReturnType<typeof textParts>): { text: string; body: [number, number] } {
  const start = before.length ? before.join('\n').length + 1 : 0
  return { text: [...before, ...body, ...after].join('\n'), body: [start, start + body.join('\n').length] }
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

/** What the index holds of an article: its text, headline, result line, date and filters. */
export interface SearchDoc {
  url: string
  title: string
  /** The result's meta line: issue, date, page. */
  meta: string[]
  text: string
  body: [number, number]
  sortDate: string
  filters: Record<string, string[]>
}

export function searchDoc(page: SearchablePage): SearchDoc {
  return {
    url: page.url,
    title: page.title,
    meta: [page.issueName, page.dateLabel, page.pageLabel ? `第${page.pageLabel}版` : ''].filter(Boolean),
    // The parts once: they full-width the punctuation of every paragraph.
    ...textAndBody(textParts(page)),
    sortDate: page.sortDate,
    filters: searchFilters(page)
  }
}

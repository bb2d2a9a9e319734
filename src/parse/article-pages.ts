/**
 * The page (版) each article of a file was printed on, read from the page headers
 * the file prints.
 */
import type { ParsedArticle, ParsedBulletin } from '../types.ts'
import { pageOf } from './furniture.ts'
import { lineRangesOf } from './article-lines.ts'
import { pageNumber } from '../lexicon/pages.ts'

/** An article with the page (版) it was printed on; `page` is not a field of the shared record types yet. */
export type PagedArticle = ParsedArticle & { page: string | null }

/**
 * The page (版) of every article, from the page headers the file prints
 * (`第3版 经济`, `要闻 3`): the last one before the article. Before the first
 * header, the page before it (`第2版` first: page 1, whose header went with the
 * masthead). When a file prints them as footers, below each page's text (its
 * first page marker comes after the first article and names page 1), the first
 * one after the article. Null when no page header names a page.
 */
export function articlePages(bulletin: Pick<ParsedBulletin, 'articles' | 'furniture'>): PagedArticle[] {
  const markers = bulletin.furniture
    .filter((item) => item.kind === 'page-header')
    .map((item) => ({ line: item.line, page: pageOf(item.text) }))
    .filter((item): item is { line: number; page: string } => item.page !== null)
    .sort((a, b) => a.line - b.line)
  const first = bulletin.articles[0]
  const firstNumber = pageNumber(markers[0]?.page)
  const beforeFirst = markers.length > 0 && first !== undefined && first.lines[0] < markers[0]!.line
  const footers = beforeFirst && (firstNumber === null || firstNumber === 1)
  const pageBefore = !footers && firstNumber !== null && firstNumber > 1 ? String(firstNumber - 1) : null
  return bulletin.articles.map((article) => {
    let page: string | null = pageBefore
    if (footers)
      page = (markers.find((marker) => marker.line > lineRangesOf(article)[0]![1]) ?? markers.at(-1))?.page ?? null
    else for (const marker of markers) if (marker.line < article.lines[0]) page = marker.page
    return { ...article, page }
  })
}

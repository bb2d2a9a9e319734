/**
 * The page (版) each article of a file was printed on, read from the page headers
 * the file prints.
 */
import type { ParsedBulletin } from '../types.ts'
import { pageOf } from './furniture.ts'
import { lineRangesOf } from './article-lines.ts'
import { pageNumber } from '../lexicon/pages.ts'

/**
 * The page (版) of every article, in order, from the page headers the file prints
 * (`第3版 经济`, `要闻 3`): the last one before the article. Before the first
 * header, the page before it (`第2版` first: page 1, whose header went with the
 * masthead). When a file prints them as footers, below each page's text (its
 * first page marker comes after the first article and names page 1), the first
 * one after the article. Null when no page header names a page.
 */
export function pagesOf(bulletin: Pick<ParsedBulletin, 'articles' | 'furniture'>): (string | null)[] {
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
    if (!footers) return markers[lastBefore(markers, article.lines[0])]?.page ?? pageBefore
    // The first footer after the article's first piece, or the last one.
    const after = lastBefore(markers, lineRangesOf(article)[0]![1] + 1) + 1
    return (markers[after] ?? markers.at(-1))?.page ?? null
  })
}

/** The index of the last marker printed before `line` (−1 when none): markers are in line order. */
function lastBefore(markers: readonly { line: number }[], line: number): number {
  let low = 0
  let high = markers.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (markers[middle]!.line < line) low = middle + 1
    else high = middle
  }
  return low - 1
}

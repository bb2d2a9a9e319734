/**
 * The source lines an article was read from. A story printed in one piece is one run of
 * lines; a story continued inside its file (`parts`, ./jumps.ts) is one run per piece, and
 * the lines between them belong to other articles.
 */
import type { ArticlePart, LineRange } from '../types.ts'

interface Placed {
  lines: LineRange
  parts?: ArticlePart[] | null | undefined
}

/** The article's runs of source lines, in print order. */
export function lineRangesOf(article: Placed): LineRange[] {
  return article.parts?.map((part) => part.lines) ?? [article.lines]
}

/** Whether the article was read from the line (1-based). */
export function holdsLine(article: Placed, line: number): boolean {
  return lineRangesOf(article).some(([first, last]) => first <= line && line <= last)
}

/** The runs as the pages and the report say them, after 第: `3–9`, `5`, `3–9、17–18`. */
export function lineRangesText(ranges: readonly LineRange[]): string {
  return ranges.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`)).join('、')
}

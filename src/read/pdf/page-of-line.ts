/**
 * Which PDF page a line of the text read from it came from: an article's first line gives
 * the page it was printed on (its page link, `…pdf#page=N`).
 */
import type { PdfLayout } from './types.ts'

/** The page of the nearest evidence at or before `line` (blank lines and form feeds have none). */
export function pageOfLine(layout: Pick<PdfLayout, 'lines'>, line: number): number | null {
  let page: number | null = null
  for (const record of layout.lines) {
    if (record.line > line) break
    page = record.page
  }
  return page ?? layout.lines[0]?.page ?? null
}

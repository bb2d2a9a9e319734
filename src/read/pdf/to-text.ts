/**
 * Ordered printed lines → the text the parser reads, with evidence per text line.
 *
 * One text line per piece (a printed line; a headline printed on several lines is one); a
 * blank line between blocks (a paragraph's first line is indented or follows a short line; a
 * column or a change of type size starts a block); a line on its own holding a form feed
 * between pages. A line in markedly larger type than the page's body text is a markdown
 * heading (`# 标题`), which the parser reads as a headline. Medium-size lines just above or
 * below it (kicker, subtitle) stay plain lines next to it, with no blank line between; so does
 * an in-body subhead (a short line in type a little larger than the body's, between
 * paragraphs) next to the paragraph it heads, wherever that paragraph goes on, as plain-text
 * extractors print it.
 */
import { mostCommon } from './lines.ts'
import { type PageLines, type Piece, pagePieces, pieceText, stacked } from './pieces.ts'
import type { LineEvidence, PrintedLine } from './types.ts'

export type { PageLines } from './pieces.ts'

/** The body type size: the size most characters are set in (rounded to a quarter point). */
export function bodySizeOf(lines: readonly PrintedLine[]): number | null {
  const counts = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.size * 4) / 4
    counts.set(size, (counts.get(size) ?? 0) + [...line.text].length)
  }
  return counts.size === 0 ? null : mostCommon(counts)
}

export function layoutText(pages: readonly PageLines[]): { text: string; evidence: LineEvidence[] } {
  const out: string[] = []
  const evidence: LineEvidence[] = []
  pagePieces(pages).forEach((pieces, index) => {
    const page = pages[index]!
    if (index > 0) {
      if (out.length > 0 && out.at(-1) !== '') out.push('')
      out.push('\f', '')
    }
    pieces.forEach((piece, at) => {
      const previous = pieces[at - 1]
      if (previous && out.at(-1) !== '' && blockBreak(previous, piece, pieces[at - 2])) out.push('')
      const first = piece.lines[0]!
      const text = pieceText(piece)
      out.push(piece.role === 'headline' ? `# ${text}` : text)
      evidence.push({
        line: out.length,
        page: page.page,
        size: first.size,
        bold: first.bold,
        role: piece.role,
        bodySize: page.bodySize,
        printedLines: piece.lines.length,
        x: round(first.x),
        y: round(first.y)
      })
    })
  })
  return { text: out.join('\n') + '\n', evidence }
}

const round = (n: number) => Math.round(n * 100) / 100

/** Body text in the page's body size. */
const isBodyText = (piece: Piece | undefined) =>
  piece?.role === 'body' && Math.abs(piece.lines[0]!.size - piece.bodySize) < 0.5

/** Subheads are short: a line of a few words. */
const MAX_SUBHEAD_CHARS = 16

/**
 * An in-body subhead: one short line in body-role type at least half a point larger than the
 * body's, between paragraphs of body text (so not a byline under a headline).
 */
function isSubhead(piece: Piece, before: Piece | undefined): boolean {
  const line = piece.lines[0]!
  return (
    piece.role === 'body' &&
    piece.lines.length === 1 &&
    line.size - piece.bodySize >= 0.5 &&
    [...line.text.replace(/\s/g, '')].length <= MAX_SUBHEAD_CHARS &&
    isBodyText(before)
  )
}

/** Whether a blank line separates two consecutive text lines of a page (`before` is the line above `a`). */
function blockBreak(a: Piece, b: Piece, before: Piece | undefined): boolean {
  // A kicker or subtitle stays next to its headline.
  if ((a.role === 'headline' && b.role === 'medium') || (a.role === 'medium' && b.role === 'headline')) {
    return !stacked(a.lines.at(-1)!, b.lines[0]!, 1.0)
  }
  // A subhead stays next to the paragraph it heads.
  if (isSubhead(a, before) && isBodyText(b)) return false
  if (a.role !== b.role || a.role === 'headline') return true
  const upper = a.lines.at(-1)!
  const lower = b.lines[0]!
  if (Math.abs(upper.size - lower.size) >= 0.5) return true
  if (!stacked(upper, lower, 0.5)) return true
  const size = Math.max(upper.size, lower.size)
  // The next line starts further right (a paragraph's indent, a right-aligned credit)…
  if (lower.x - upper.x >= 0.8 * size) return true
  // …or this one stops short of the column's right edge: its paragraph ended.
  const right = Math.max(upper.x + upper.width, lower.x + lower.width)
  return upper.x + upper.width < right - 1.5 * size
}

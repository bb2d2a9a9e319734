/**
 * Ordered printed lines → the text the parser reads, with evidence per text line.
 *
 * One text line per printed line; a blank line between blocks (a paragraph's first line is
 * indented or follows a short line; a column or a change of type size starts a block); a
 * line on its own holding a form feed between pages. A line in markedly larger type than the
 * page's body text is a markdown heading (`# 标题`), which the parser reads as a headline; a
 * headline printed on two lines becomes one heading. Medium-size lines just above or below it
 * (kicker, subtitle) stay plain lines next to it, with no blank line between.
 */
import { mostCommon } from './lines.ts'
import type { LineEvidence, PrintedLine, SizeRole } from './types.ts'

/** Type this many times the body size or more is a headline's. */
export const HEADLINE_RATIO = 1.35
/** Type this many times the body size or more (and under a headline's) is a kicker's or subtitle's. */
export const MEDIUM_RATIO = 1.12
/** Type this many times the body size or less is a caption's or a note's. */
export const SMALL_RATIO = 0.9

export function sizeRole(size: number, bodySize: number): SizeRole {
  const ratio = size / bodySize
  if (ratio >= HEADLINE_RATIO) return 'headline'
  if (ratio >= MEDIUM_RATIO) return 'medium'
  if (ratio <= SMALL_RATIO) return 'small'
  return 'body'
}

/** The body type size: the size most characters are set in (rounded to a quarter point). */
export function bodySizeOf(lines: readonly PrintedLine[]): number | null {
  const counts = new Map<number, number>()
  for (const line of lines) {
    const size = Math.round(line.size * 4) / 4
    counts.set(size, (counts.get(size) ?? 0) + [...line.text].length)
  }
  return counts.size === 0 ? null : mostCommon(counts)
}

export interface PageLines {
  page: number
  /** In reading order. */
  lines: PrintedLine[]
  bodySize: number
}

interface Piece {
  lines: PrintedLine[]
  role: SizeRole
  bodySize: number
}

export function layoutText(pages: readonly PageLines[]): { text: string; evidence: LineEvidence[] } {
  const out: string[] = []
  const evidence: LineEvidence[] = []
  pages.forEach((page, index) => {
    if (index > 0) {
      if (out.length > 0 && out.at(-1) !== '') out.push('')
      out.push('\f', '')
    }
    let previous: Piece | null = null
    for (const piece of pieces(page)) {
      if (previous && out.at(-1) !== '' && blockBreak(previous, piece)) out.push('')
      const first = piece.lines[0]!
      const text = piece.lines.map((l) => l.text).join('')
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
      previous = piece
    }
  })
  return { text: out.join('\n') + '\n', evidence }
}

const round = (n: number) => Math.round(n * 100) / 100

/** A page's lines as text lines: each printed line, except a headline printed on several lines, which is one. */
function pieces(page: PageLines): Piece[] {
  const result: Piece[] = []
  for (const line of page.lines) {
    const role = sizeRole(line.size, page.bodySize)
    const last = result.at(-1)
    const lastLine = last?.lines.at(-1)
    if (
      last &&
      lastLine &&
      role === 'headline' &&
      last.role === 'headline' &&
      Math.abs(lastLine.size - line.size) < 0.5 &&
      stacked(lastLine, line, 0.6)
    ) {
      last.lines.push(line)
    } else result.push({ lines: [line], role, bodySize: page.bodySize })
  }
  markMasthead(page.page, result)
  promoteLoneMediumLines(result)
  return result
}

/**
 * The paper's name on the front page is not a headline: among its first lines, in type half
 * as large again as any other line on the page and well over twice the body's (mastheads are
 * set at 2.5–4 times the body size, headlines at up to about 2.3).
 */
const MASTHEAD_RATIO = 1.5
const MASTHEAD_BODY_RATIO = 2.4
const MASTHEAD_WITHIN = 4

function markMasthead(page: number, result: Piece[]): void {
  if (page !== 1 || result.length < 2) return
  const size = (p: Piece) => p.lines[0]!.size
  const largest = result.reduce((a, b) => (size(b) > size(a) ? b : a))
  const others = Math.max(...result.filter((p) => p !== largest).map(size))
  if (
    result.indexOf(largest) < MASTHEAD_WITHIN &&
    size(largest) >= MASTHEAD_BODY_RATIO * largest.bodySize &&
    size(largest) >= MASTHEAD_RATIO * others
  ) {
    largest.role = 'masthead'
  }
}

/** A headline this short in medium type is a section label (导读, 简讯), not a headline. */
const MIN_PROMOTED_CHARS = 6

/**
 * A medium-size line with no headline next to it is a headline of its own (a smaller
 * paper's, a brief's): unless it reads as a subtitle (——…) or a short label.
 */
function promoteLoneMediumLines(result: Piece[]): void {
  result.forEach((piece, index) => {
    if (piece.role !== 'medium' || piece.lines.length !== 1) return
    const line = piece.lines[0]!
    const before = result[index - 1]
    const after = result[index + 1]
    const byHeadline = (other: Piece | undefined, above: boolean) =>
      other?.role === 'headline' &&
      (above ? stacked(other.lines.at(-1)!, line, 1.0) : stacked(line, other.lines[0]!, 1.0))
    if (byHeadline(before, true) || byHeadline(after, false)) return
    if (/^[—–-]/.test(line.text) || [...line.text.replace(/\s/g, '')].length < MIN_PROMOTED_CHARS) return
    piece.role = 'headline'
  })
}

/** `b` is the next line under `a` in the same column: overlapping across, and less than `slack` sizes of extra space between. */
function stacked(a: PrintedLine, b: PrintedLine, slack: number): boolean {
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const space = b.y - 0.88 * b.size - (a.y + 0.12 * a.size)
  const leading = 0.5 * Math.max(a.size, b.size)
  return overlap > 0 && space >= -0.25 * b.size && space <= leading + slack * Math.max(a.size, b.size)
}

/** Whether a blank line separates two consecutive text lines of a page. */
function blockBreak(a: Piece, b: Piece): boolean {
  // A kicker or subtitle stays next to its headline.
  if ((a.role === 'headline' && b.role === 'medium') || (a.role === 'medium' && b.role === 'headline')) {
    return !stacked(a.lines.at(-1)!, b.lines[0]!, 1.0)
  }
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

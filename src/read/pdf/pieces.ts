/**
 * A page's ordered printed lines → pieces, the text lines to be written: each printed line
 * is one, except a headline or kicker printed on several lines (one piece), and each piece gets the
 * role its type size and place give it. Type size alone is refined here: the front page's
 * name is a masthead; a headline-size line too short for a headline is a label (简讯, 导读);
 * a medium line alone is a headline of its own; a column tag over a headline (`【民生关注】`)
 * goes onto the headline's line, even from the foot of the page before it.
 */
import type { PrintedLine, SizeRole } from './types.ts'

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

export interface PageLines {
  page: number
  /** In reading order. */
  lines: PrintedLine[]
  bodySize: number
}

export interface Piece {
  lines: PrintedLine[]
  role: SizeRole
  bodySize: number
  /** A column tag printed over the headline, written before it on its line. */
  tag?: string
  /** Letter-spaced lines (`本 报 记 者 …`), joined with a space. */
  spaced?: boolean
}

export const pieceText = (piece: Piece): string =>
  (piece.tag ?? '') + piece.lines.map((l) => l.text).join(piece.spaced ? ' ' : '')

/** A line set letter by letter, a space after every character: a narrow box's justified text. */
const letterSpaced = (line: PrintedLine) => /^(?:\S )+\S$/.test(line.text)

/** Each page's pieces, in reading order; column tags left at a page's foot join the headline overleaf. */
export function pagePieces(pages: readonly PageLines[]): Piece[][] {
  const all = pages.map(pieces)
  all.forEach((page, index) => {
    const next = all[index + 1]
    if (next) tagOverleaf(page, next)
  })
  return all
}

function pieces(page: PageLines): Piece[] {
  const result: Piece[] = []
  for (const line of page.lines) {
    const role = sizeRole(line.size, page.bodySize)
    const last = result.at(-1)
    const lastLine = last?.lines.at(-1)
    if (
      last &&
      lastLine &&
      (role === 'headline' || role === 'medium') &&
      last.role === role &&
      Math.abs(lastLine.size - line.size) < 0.5 &&
      stacked(lastLine, line, 0.6)
    ) {
      last.lines.push(line)
    } else if (last?.spaced && lastLine && letterSpaced(line) && wrapsOn(lastLine, line)) {
      // Letter-spaced lines of a narrow box are one block, cut anywhere (mid-name): one text line.
      last.lines.push(line)
    } else {
      result.push({ lines: [line], role, bodySize: page.bodySize, ...(letterSpaced(line) ? { spaced: true } : {}) })
    }
  }
  markMasthead(page.page, result)
  markLabels(result)
  promoteLoneMediumLines(result)
  return tagHeadlines(result)
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
/** Nor is one this short in headline type: a box's or a section's name (简讯, 图片新闻). */
const MIN_HEADLINE_CHARS = 5

const charCount = (text: string) => [...text.replace(/\s/g, '')].length

function markLabels(result: Piece[]): void {
  for (const piece of result) {
    if (piece.role === 'headline' && charCount(pieceText(piece)) < MIN_HEADLINE_CHARS) piece.role = 'label'
  }
}

/**
 * A medium-size line with no headline next to it is a headline of its own (a smaller
 * paper's, a brief's): unless it reads as a subtitle (——…) or a short label.
 */
function promoteLoneMediumLines(result: Piece[]): void {
  result.forEach((piece, index) => {
    if (piece.role !== 'medium') return
    const first = piece.lines[0]!
    const last = piece.lines.at(-1)!
    const before = result[index - 1]
    const after = result[index + 1]
    const byHeadline = (other: Piece | undefined, above: boolean) =>
      other?.role === 'headline' &&
      (above ? stacked(other.lines.at(-1)!, first, 1.0) : stacked(last, other.lines[0]!, 1.0))
    if (byHeadline(before, true) || byHeadline(after, false)) return
    if (/^[—–-]/.test(first.text) || charCount(pieceText(piece)) < MIN_PROMOTED_CHARS) return
    piece.role = 'headline'
  })
}

/** A line that is only a column tag in lenticular brackets: `【民生关注】`. */
const columnTag = /^【[^【】]{1,8}】$/
const isTag = (piece: Piece) =>
  piece.role !== 'headline' && piece.lines.length === 1 && columnTag.test(pieceText(piece))

/** A column tag right over a headline in the same column goes onto the headline's line. */
function tagHeadlines(result: Piece[]): Piece[] {
  return result.filter((piece, index) => {
    const next = result[index + 1]
    if (!next || next.role !== 'headline' || !isTag(piece) || !stacked(piece.lines[0]!, next.lines[0]!, 2.0))
      return true
    next.tag = pieceText(piece)
    return false
  })
}

/** The last piece of a page in text type, if it is a column tag, goes onto the next page's first headline. */
function tagOverleaf(page: Piece[], next: Piece[]): void {
  let last = page.length - 1
  while (last >= 0 && page[last]!.role === 'small') last--
  const tag = page[last]
  const headline = next.find((piece) => piece.role !== 'small')
  if (!tag || !isTag(tag) || headline?.role !== 'headline' || headline.tag) return
  headline.tag = pieceText(tag)
  page.splice(last, 1)
}

/** `b` carries on `a`'s block: the same type, the same left edge, right under it. */
const wrapsOn = (a: PrintedLine, b: PrintedLine) =>
  Math.abs(a.size - b.size) < 0.5 && Math.abs(a.x - b.x) < 0.5 * a.size && stacked(a, b, 0.5)

/** `b` is the next line under `a` in the same column: overlapping across, and less than `slack` sizes of extra space between. */
export function stacked(a: PrintedLine, b: PrintedLine, slack: number): boolean {
  const overlap = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const space = b.y - 0.88 * b.size - (a.y + 0.12 * a.size)
  const leading = 0.5 * Math.max(a.size, b.size)
  return overlap > 0 && space >= -0.25 * b.size && space <= leading + slack * Math.max(a.size, b.size)
}

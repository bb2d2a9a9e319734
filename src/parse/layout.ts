/**
 * How a file wraps its text, read once from all its lines: the column it is hard-wrapped
 * at (a printed width, or a count of characters where a plain-text wrapper cut every N),
 * whether paragraphs start with an indent, and whether a blank line ends a paragraph (wraps
 * are single newlines) or is only a wrap. `wraps.ts` rejoins lines by it.
 */
import type { Line } from './model.ts'
import { isHeadlineText } from './headline.ts'
import { displayWidth, endsSentence } from './text.ts'

export interface Layout {
  /** Printed column width when the file is hard-wrapped at a column, else null. */
  column: number | null
  /**
   * The column is a count of characters, not a printed width: a plain-text wrapper cuts
   * every N characters, however narrow its digits (a PDF's line holds more of them).
   */
  countsCharacters: boolean
  /** Paragraphs start with an indent (　　 or spaces). */
  indent: boolean
  /** Wraps are single newlines, so a blank line ends a paragraph. */
  blankBreaks: boolean
}

export function isIndented(line: Line): boolean {
  return line.indent.includes('\u3000') || line.indent.replace(/\t/g, '    ').length >= 2
}

export function detectLayout(lines: Line[]): Layout {
  const body = lines.filter((line) => line.heading === 0 && displayWidth(line.text) >= 6)
  const indented = body.filter(isIndented).length
  const indent = indented >= 2 && indented >= 0.2 * body.length && indented < body.length
  const printed = columnWidth(body, displayWidth)
  const counted = columnWidth(body, characterCount)
  const countsCharacters = counted.lines > printed.lines
  return {
    column: countsCharacters ? counted.column : printed.column,
    countsCharacters,
    indent,
    blankBreaks: blankLinesBreak(lines)
  }
}

function characterCount(text: string): number {
  return [...text].length
}

/** How wide a line is in the file's layout: its printed width, or its characters where the wrapper counted them. */
export function lineWidth(text: string, layout: Layout): number {
  return layout.countsCharacters ? characterCount(text) : displayWidth(text)
}

/** The width most lines share (and how many share it), when at least 40% of them share it. */
function columnWidth(lines: Line[], measure: (text: string) => number): { column: number | null; lines: number } {
  const none = { column: null, lines: 0 }
  if (lines.length < 6) return none
  const widths = lines.map((line) => measure(line.text)).sort((a, b) => a - b)
  let best = 0
  let bestWidth = 0
  let low = 0
  for (let high = 0; high < widths.length; high++) {
    while (widths[high]! - widths[low]! > 2) low++
    if (high - low + 1 >= best) {
      best = high - low + 1
      bestWidth = widths[high]!
    }
  }
  if (best < Math.max(6, 0.4 * lines.length) || bestWidth < 10) return none
  return { column: bestWidth, lines: best }
}

function blankLinesBreak(lines: Line[]): boolean {
  let singles = 0
  let wrapSingles = 0
  let blanks = 0
  let endedBlanks = 0
  for (let index = 1; index < lines.length; index++) {
    const before = lines[index - 1]!
    const line = lines[index]!
    if (line.blankBefore === 0) {
      singles++
      if (!endsSentence(before.text) && !isHeadlineText(before.text)) wrapSingles++
    } else {
      blanks++
      if (endsSentence(before.text) || isHeadlineText(before.text)) endedBlanks++
    }
  }
  return wrapSingles >= 3 && wrapSingles >= 0.3 * singles && blanks >= 2 && endedBlanks >= 0.9 * blanks
}

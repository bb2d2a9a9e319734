/**
 * Text runs → printed lines. Runs on one baseline join into a line unless a gap wider
 * than a character separates them: two columns whose lines share a baseline stay two lines.
 */
import type { PageRuns, PrintedLine, TextRun } from './types.ts'

/** A gap wider than this many type sizes between runs on a baseline is a column's gutter, not a space. */
const GUTTER_SIZES = 1.0
/** Runs whose baselines differ by less than this many type sizes are on one line. */
const BASELINE_SIZES = 0.3

export function printedLines(page: PageRuns): PrintedLine[] {
  const runs = page.runs.filter((run) => run.text.trim() !== '' && run.size > 0)
  runs.sort((a, b) => a.y - b.y || a.x - b.x)
  // Rows of runs sharing a baseline.
  const rows: TextRun[][] = []
  for (const run of runs) {
    const row = rows.at(-1)
    const first = row?.[0]
    if (row && first && Math.abs(run.y - first.y) <= BASELINE_SIZES * Math.max(run.size, first.size)) row.push(run)
    else rows.push([run])
  }
  const lines: PrintedLine[] = []
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x)
    let pieces: TextRun[] = []
    for (const run of row) {
      const last = pieces.at(-1)
      if (last && run.x - (last.x + last.width) > GUTTER_SIZES * Math.max(run.size, last.size)) {
        lines.push(joinRuns(pieces, page.page))
        pieces = []
      }
      pieces.push(run)
    }
    if (pieces.length > 0) lines.push(joinRuns(pieces, page.page))
  }
  return lines
}

const cjk = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/

/** Runs of one line, left to right, as one line: a space only where a visible gap separates two non-CJK characters. */
function joinRuns(runs: TextRun[], page: number): PrintedLine {
  let text = ''
  let right = -Infinity
  const chars = new Map<number, number>()
  let boldChars = 0
  let allChars = 0
  for (const run of runs) {
    const piece = run.text.replace(/\s+/g, ' ')
    const gap = run.x - right
    const before = text.at(-1) ?? ''
    const after = piece.trimStart()[0] ?? ''
    if (text !== '' && gap > 0.2 * run.size && before !== ' ' && !cjk.test(before) && !cjk.test(after)) text += ' '
    text += text === '' ? piece.trimStart() : piece
    right = Math.max(right, run.x + run.width)
    const count = [...piece.trim()].length
    chars.set(run.size, (chars.get(run.size) ?? 0) + count)
    allChars += count
    if (run.bold) boldChars += count
  }
  const first = runs[0]!
  return {
    text: text.trimEnd(),
    page,
    x: first.x,
    y: first.y,
    width: right - first.x,
    size: mostCommon(chars),
    bold: boldChars * 2 > allChars
  }
}

/** The key with the largest count (the smallest such key on a tie, for determinism). */
export function mostCommon(counts: ReadonlyMap<number, number>): number {
  let best = 0
  let bestCount = -1
  for (const [key, count] of counts) {
    if (count > bestCount || (count === bestCount && key < best)) {
      best = key
      bestCount = count
    }
  }
  return best
}

/**
 * Side-by-side columns (`pdftotext -layout`) → one column after another.
 *
 * Why: `-layout` prints the columns of a page next to each other on every
 * line, split by runs of spaces, so reading lines left to right interleaves
 * two articles. Within each run of non-blank lines we look for gutters —
 * display columns (CJK characters are 2 wide) that are blank on most (≥75%)
 * line and lie inside a gap of ≥2 spaces on many lines — and read each column
 * top to bottom before the next. Lines that cross a gutter (headlines) stay
 * where they are. Every piece keeps its true line and string column; nothing
 * is dropped. Files with no such gutter come out unchanged. Linear time.
 */

/** One piece of a printed line, in reading order. */
export interface Piece {
  /** 0-based line index in the file. */
  line: number
  /** 0-based string index where `source` starts in that line. */
  start: number
  /** The piece's text as printed (may have leading/trailing spaces). */
  source: string
  /** Leading spaces relative to its column's left edge (only for column pieces). */
  indent?: string
}

const width = (char: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1

/** Display column of each string index (and the end) in a line. */
function displayColumns(text: string): number[] {
  const at: number[] = []
  let col = 0
  for (let i = 0; i < text.length; i++) {
    at.push(col)
    col += width(text[i]!)
  }
  at.push(col)
  return at
}

const minLines = 6

/** Gutter cut points (display columns) of a run of lines, or none. */
function gutters(run: string[]): number[] {
  let max = 0
  const cols = run.map((text) => {
    const at = displayColumns(text)
    max = Math.max(max, at[at.length - 1]!)
    return at
  })
  const filled = new Array<number>(max + 1).fill(0)
  const interior = new Array<number>(max + 1).fill(0)
  run.forEach((text, index) => {
    const at = cols[index]!
    const first = text.length - text.trimStart().length
    const last = text.trimEnd().length
    let gapStart = -1
    for (let i = 0; i <= text.length; i++) {
      const space = i === text.length || text[i] === ' '
      if (!space) for (let c = at[i]!; c < at[i + 1]!; c++) filled[c]!++
      if (space && gapStart < 0) gapStart = i
      if (!space && gapStart >= 0) {
        if (gapStart > first && i < last + 1 && i - gapStart >= 2)
          for (let c = at[gapStart]!; c < at[i]!; c++) interior[c]!++
        gapStart = -1
      }
    }
  })
  const n = run.length
  const cuts: number[] = []
  let best = -1
  for (let c = 0; c <= max; c++) {
    const ok = filled[c]! <= n * 0.25 && interior[c]! >= n * 0.4
    if (
      ok &&
      (best < 0 || filled[c]! < filled[best]! || (filled[c] === filled[best] && interior[c]! > interior[best]!))
    )
      best = c
    if (!ok && best >= 0) {
      cuts.push(best)
      best = -1
    }
  }
  if (best >= 0) cuts.push(best)
  return cuts
}

/** The file's pieces in reading order. */
export function readingOrder(lines: string[]): Piece[] {
  const pieces: Piece[] = []
  let index = 0
  while (index < lines.length) {
    if (lines[index]!.trim() === '' || lines.length < minLines) {
      pieces.push({ line: index, start: 0, source: lines[index]! })
      index++
      continue
    }
    let end = index
    while (end < lines.length && lines[end]!.trim() !== '') end++
    const run = lines.slice(index, end)
    const cuts = run.length >= minLines && !run.some((text) => text.includes('\t')) ? gutters(run) : []
    if (cuts.length === 0) for (let i = index; i < end; i++) pieces.push({ line: i, start: 0, source: lines[i]! })
    else readRun(lines, index, end, cuts, pieces)
    index = end
  }
  return pieces
}

function readRun(lines: string[], from: number, to: number, cuts: number[], pieces: Piece[]): void {
  let group: Piece[][] = []
  const flush = () => {
    for (let column = 0; column <= cuts.length; column++) {
      const parts = group.map((row) => row[column]!).filter((piece) => piece.source.trim() !== '')
      const edge = Math.min(
        ...parts.map(
          (piece) =>
            displayColumns(piece.source.slice(0, piece.source.length - piece.source.trimStart().length)).at(-1)!
        )
      )
      for (const piece of parts) {
        const lead = displayColumns(piece.source.slice(0, piece.source.length - piece.source.trimStart().length)).at(
          -1
        )!
        pieces.push({ ...piece, indent: ' '.repeat(lead - edge) })
      }
    }
    group = []
  }
  for (let i = from; i < to; i++) {
    const text = lines[i]!
    const at = displayColumns(text)
    const splits: number[] = []
    let open = true
    for (const cut of cuts) {
      let s = 0
      while (s < text.length && at[s + 1]! <= cut) s++
      if (s < text.length && (text[s] !== ' ' || at[s]! > cut)) open = false
      splits.push(Math.min(s, text.length))
    }
    if (!open) {
      flush()
      pieces.push({ line: i, start: 0, source: text })
      continue
    }
    const row: Piece[] = []
    let start = 0
    for (const split of [...splits, text.length]) {
      row.push({ line: i, start, source: text.slice(start, Math.max(start, split)) })
      start = Math.max(start, split)
    }
    group.push(row)
  }
  flush()
}

/**
 * Side-by-side columns (`pdftotext -layout`) → one column after another.
 *
 * Why: `-layout` prints the columns of a page next to each other on every
 * line, split by runs of spaces, so reading lines left to right interleaves
 * two articles. Its positions are approximate: half-width digits push a line's
 * right-hand columns a little, and where the left column of a line is blank
 * the others are moved left (a blank column prints about two thirds as wide).
 * Some pages it lays out one cell a character instead, whatever the character's
 * width; each run is measured both ways and read the way that sets more of its
 * column pieces level (./column-gutters.ts, Measure).
 * So within each run of non-blank lines we find gutters — display columns (CJK
 * characters are 2 wide) blank on most lines that start at the left margin and
 * inside a gap of spaces on many lines — then cut each line into its pieces
 * (runs of text apart by two spaces, or by one space close to a gutter) and
 * give each piece its column: by position on a line that starts at the margin;
 * on an indented line, by position when a piece starts just right of a gutter,
 * else counting from the right (the blank columns are the left ones). A line
 * no gutter can cut (a headline across the columns) stays where it is, and so
 * does an indented single piece above the run's first columned line (a
 * centred headline, subtitle or byline). Every piece keeps its true line and
 * string column; nothing is dropped. Files with no gutter come out unchanged.
 * Linear time.
 */

import {
  edgeSlack,
  gutters,
  headLength,
  inCells,
  type Measure,
  mayHaveGutter,
  minLines,
  onPage,
  type RunLine,
  runLine,
  type Stretch,
  wideGap
} from './column-gutters.ts'

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
    const texts = lines.slice(index, end)
    // Only a run with wide gaps or deep indents can have columns; the rest is passed on as it is.
    const spaced = texts.length >= minLines && !texts.some((text) => text.includes('\t')) && texts.some(mayHaveGutter)
    const { run, head, cuts, measure } = spaced
      ? measureRun(texts, index)
      : { run: [], head: 0, cuts: [], measure: onPage }
    if (!spaced) for (let i = index; i < end; i++) pieces.push(...blocks(i, lines[i]!))
    else if (cuts.length === 0) pieces.push(...offsetColumn(run))
    else {
      for (const line of run.slice(0, head)) pieces.push(...blocks(line.index, line.text))
      readBody(run.slice(head), cuts, pieces, measure)
    }
    index = end
  }
  return pieces
}

interface MeasuredRun {
  run: RunLine[]
  head: number
  cuts: number[]
  measure: Measure
}

/**
 * The run's lines, head and gutters, measured on the page or in cells (see Measure): in cells
 * when that places more of its pieces level with their column's edge (or a paragraph indent
 * from it), on the page otherwise.
 */
function measureRun(texts: string[], index: number): MeasuredRun {
  const read = (measure: Measure): MeasuredRun => {
    const run = texts.map((text, offset) => runLine(index + offset, text, measure))
    const head = headLength(run)
    const body = run.slice(head)
    return { run, head, cuts: body.length >= 3 ? gutters(body) : [], measure }
  }
  const page = read(onPage)
  const cells = read(inCells)
  if (cells.cuts.length === 0 || cells.cuts.length < page.cuts.length) return page
  return levelPieces(cells) > levelPieces(page) ? cells : page
}

/** How many of the run's column pieces start at their column's edge or a paragraph indent from it. */
function levelPieces({ run, head, cuts, measure }: MeasuredRun): number {
  if (cuts.length === 0) return 0
  const lefts = new Map<number, number[]>()
  for (const line of run.slice(head)) {
    for (const { stretch, column, last } of placeLine(line, cuts, measure) ?? []) {
      if (last !== column || stretch.estimated) continue
      lefts.set(column, [...(lefts.get(column) ?? []), stretch.left])
    }
  }
  let level = 0
  for (const column of lefts.values()) {
    const edge = typicalLeft(column)
    level += column.filter((left) => Math.round(left) - edge >= 0 && Math.round(left) - edge <= 2).length
  }
  return level
}

/**
 * A run with no gutter: one column, maybe printed right of the margin (the last column of a
 * page, going on alone under the others' ends). Its lines are indented from the column's own
 * left edge, as a column piece is, so a paragraph's first line stands out from its wraps.
 */
function offsetColumn(run: RunLine[]): Piece[] {
  const margin = Math.min(...run.map((line) => line.text.search(/\S/)))
  const pieces = run.flatMap((line) => blocks(line.index, line.text))
  if (margin <= edgeSlack) return pieces
  return pieces.map((piece) => {
    const lead = piece.source.search(/\S/) - (piece.start === 0 ? margin : 0)
    return { ...piece, indent: ' '.repeat(lead > 0 && lead <= edgeSlack ? lead : 0) }
  })
}

const wideGapRun = new RegExp(`(?<=\\S) {${wideGap},}(?=\\S)`, 'g')

/**
 * A line outside columns, cut where a wide gap parts two blocks of text printed on one line
 * (`第1版 要闻 ⟨gap⟩ 某某报 2023年2月18日`): each block is read as a line of its own, as
 * plain `pdftotext` prints them.
 */
function blocks(line: number, text: string): Piece[] {
  const found: Piece[] = []
  let start = 0
  for (const gap of text.matchAll(wideGapRun)) {
    const end = gap.index! + gap[0].length
    found.push({ line, start, source: text.slice(start, end) })
    start = end
  }
  found.push({ line, start, source: text.slice(start) })
  return found
}

/** Whether text at `left` starts a column: at the margin, or just right of a gutter. */
const startsColumn = (left: number, cuts: number[]) =>
  left <= edgeSlack || cuts.some((c) => left >= c - edgeSlack && left <= c + 2 * edgeSlack)

/**
 * Cuts a column's stretch at the single space nearest a gutter it runs across (digits push a
 * right-hand column against its neighbour); null when there is no such space, or when the
 * stretch does not start a column (a centred line with a space in it spans the columns).
 */
function splitAtGutters(text: string, stretch: Stretch, cuts: number[], measure: Measure): Stretch[] | null {
  const cut = cuts.find((c) => stretch.left < c - edgeSlack && stretch.right > c + edgeSlack)
  if (cut === undefined) return [stretch]
  if (!startsColumn(stretch.left, cuts)) return null
  let best = -1
  let bestPlace = 0
  let place = stretch.left
  for (let i = stretch.from; i < stretch.to; i++) {
    if (text[i] === ' ' && Math.abs(place - cut) <= edgeSlack + 2)
      if (best < 0 || Math.abs(place - cut) < Math.abs(bestPlace - cut)) ((best = i), (bestPlace = place))
    place += measure.char(text[i]!)
  }
  if (best < 0) return null
  const left = { ...stretch, to: best, right: bestPlace }
  const right = { ...stretch, from: best + 1, left: bestPlace + 1 }
  const rest = splitAtGutters(text, right, cuts, measure)
  return rest && [left, ...rest]
}

/** A stretch of a line in its column, or across columns `column`..`last` (a headline over them). */
interface Placed {
  stretch: Stretch
  column: number
  last: number
}

/** The line's stretches in their columns; null when they do not go left to right. */
function placeLine(line: RunLine, cuts: number[], measure: Measure): Placed[] | null {
  const columnAt = (place: number) => cuts.filter((c) => place >= c - edgeSlack).length
  const placed: Placed[] = []
  for (const whole of line.stretches) {
    const parts = splitAtGutters(line.text, whole, cuts, measure) ?? [whole]
    for (const stretch of parts) {
      const column = columnAt(stretch.left)
      const last = Math.max(column, cuts.filter((c) => stretch.right > c + edgeSlack).length)
      const previous = placed.at(-1)
      const sameColumn = previous && previous.column === previous.last && column === previous.column && last === column
      if (previous && column <= previous.last && !sameColumn) return null
      placed.push({ stretch, column, last })
    }
  }
  return placed
}

/**
 * Reads a run's body column by column. A piece across columns a..b (a headline over some of
 * them) closes what is above it in columns up to b, so a story set over two of three columns
 * is read before the story in the third.
 */
function readBody(body: RunLine[], cuts: number[], pieces: Piece[], measure: Measure): void {
  type Pending = Piece & { column: number; left: number; estimated: boolean }
  let pending: Pending[] = []
  const flush = (upTo: number) => {
    for (let column = 0; column <= upTo; column++) {
      const parts = pending.filter((piece) => piece.column === column)
      const edge = typicalLeft(parts.filter((piece) => !piece.estimated).map((piece) => piece.left))
      for (const { column: _column, left, estimated, ...piece } of parts) {
        const indent = Math.round(left - edge)
        const shown = indent > 0 && indent <= (estimated ? edgeSlack : 2 * wideGap) ? indent : 0
        pieces.push({ ...piece, indent: ' '.repeat(shown) })
      }
    }
    pending = pending.filter((piece) => piece.column > upTo)
  }
  for (const line of body) {
    const placed = placeLine(line, cuts, measure)
    if (placed === null) {
      flush(cuts.length)
      pieces.push(...blocks(line.index, line.text))
      continue
    }
    // Stretches in one column are one piece; a piece reaches up to the next piece's start.
    for (let k = 0; k < placed.length; k++) {
      const { stretch, column, last } = placed[k]!
      const single = (at: Placed) => at.column === at.last
      if (k > 0 && single(placed[k]!) && single(placed[k - 1]!) && column === placed[k - 1]!.column) continue
      let next = k + 1
      while (next < placed.length && single(placed[k]!) && single(placed[next]!) && placed[next]!.column === column)
        next++
      const start = k === 0 ? 0 : stretch.from
      const source = line.text.slice(start, next < placed.length ? placed[next]!.stretch.from : line.text.length)
      if (last > column) {
        flush(last)
        pieces.push({ line: line.index, start, source })
      } else pending.push({ line: line.index, start, source, column, left: stretch.left, estimated: stretch.estimated })
    }
  }
  flush(cuts.length)
}

/** The left edge most pieces of a column start at (the smallest, when none repeats). */
function typicalLeft(lefts: number[]): number {
  if (lefts.length === 0) return 0
  const counts = new Map<number, number>()
  for (const left of lefts) counts.set(Math.round(left), (counts.get(Math.round(left)) ?? 0) + 1)
  let best = Infinity
  let bestCount = 0
  for (const [left, count] of counts)
    if (count > bestCount || (count === bestCount && left < best)) ((best = left), (bestCount = count))
  return best
}

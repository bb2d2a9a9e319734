/**
 * Printed lines → reading order, by recursive XY-cut: a region is cut at its widest empty
 * vertical band (a column gutter: left column before right) or at its widest empty horizontal
 * band (top before bottom), whichever is wider, until no cut is left. A headline that spans
 * two columns blocks every vertical cut through it, so it is read before the columns under it,
 * and lines of two columns are never interleaved. A vertical band whose two sides do not
 * overlap from top to bottom is no gutter (a box's centred title over its left-aligned
 * entries, a byline set beside the foot of a headline block): the region is cut across
 * instead. The lines of a headline block in display type (kicker, headline lines, subtitle,
 * stacked in one column) are cut as one box: a narrow gap between them is no place to cut,
 * and the block is read whole. Nor is a band a gutter when a headline on one side stands
 * above everything on the other: the headline is read first.
 */
import { HEADLINE_RATIO } from './pieces.ts'
import type { PrintedLine } from './types.ts'

/** A gutter must be at least this many body type sizes wide to cut columns apart. */
const MIN_GUTTER_SIZES = 0.75

/** Type this many times the body size or more is display type (kickers, headlines, subtitles): medium type and up. */
const DISPLAY_RATIO = 1.12
/** Display lines at most this many of the smaller one's sizes apart, one under the other, are one block. */
const BLOCK_SPACE_SIZES = 1.0

interface Box {
  /** Top to bottom. */
  lines: PrintedLine[]
  left: number
  right: number
  top: number
  bottom: number
}

/** The line's ink box: CJK faces fill about 0.88 of the size above the baseline and 0.12 below. */
const boxOf = (line: PrintedLine): Box => ({
  lines: [line],
  left: line.x,
  right: line.x + line.width,
  top: line.y - 0.88 * line.size,
  bottom: line.y + 0.12 * line.size
})

export function readingOrder(lines: readonly PrintedLine[], bodySize: number): PrintedLine[] {
  const out: PrintedLine[] = []
  cut(headlineBlocks(lines.map(boxOf), bodySize), bodySize, out)
  return out
}

function cut(boxes: Box[], bodySize: number, out: PrintedLine[]): void {
  if (boxes.length <= 1) {
    for (const box of boxes) out.push(...box.lines)
    return
  }
  const vertical = widestGap(boxes, 'left', 'right')
  const horizontal = widestGap(boxes, 'top', 'bottom')
  const left = vertical ? boxes.filter((b) => b.right <= vertical.at) : []
  const right = vertical ? boxes.filter((b) => b.right > vertical.at) : []
  if (
    vertical &&
    vertical.size >= MIN_GUTTER_SIZES * bodySize &&
    (!horizontal ||
      (vertical.size >= horizontal.size &&
        sideBySide(left, right) &&
        !headsOver(left, right, bodySize) &&
        !headsOver(right, left, bodySize)))
  ) {
    cut(left, bodySize, out)
    cut(right, bodySize, out)
  } else if (horizontal) {
    cut(
      boxes.filter((b) => b.bottom <= horizontal.at),
      bodySize,
      out
    )
    cut(
      boxes.filter((b) => b.bottom > horizontal.at),
      bodySize,
      out
    )
  } else {
    // Boxes that overlap both ways (superscripts, overprinted text): top to bottom, left to right.
    for (const box of [...boxes].sort((a, b) => a.top - b.top || a.left - b.left)) out.push(...box.lines)
  }
}

/** The widest empty band between the boxes' projections on one axis: its size and a coordinate inside it. */
function widestGap(
  boxes: readonly Box[],
  start: 'left' | 'top',
  end: 'right' | 'bottom'
): { size: number; at: number } | null {
  const sorted = [...boxes].sort((a, b) => a[start] - b[start])
  let reach = sorted[0]![end]
  let best: { size: number; at: number } | null = null
  for (const box of sorted.slice(1)) {
    const gap = box[start] - reach
    if (gap > 0 && (!best || gap > best.size)) best = { size: gap, at: reach + gap / 2 }
    reach = Math.max(reach, box[end])
  }
  return best
}

/**
 * Whether the first of a group of boxes is a headline block set above everything in the other
 * group (a jump head over the continued text, its `（上接第3版）` in the next column): the
 * headline is read first, across, and what is under it after.
 */
function headsOver(group: readonly Box[], other: readonly Box[], bodySize: number): boolean {
  const first = group.reduce((a, b) => (b.top < a.top ? b : a))
  const headline = first.lines.some((line) => line.size >= HEADLINE_RATIO * bodySize)
  return headline && first.bottom <= Math.min(...other.map((box) => box.top))
}

/** Whether two groups of boxes share some height: columns side by side, not one group above the other. */
function sideBySide(a: readonly Box[], b: readonly Box[]): boolean {
  const top = Math.max(Math.min(...a.map((box) => box.top)), Math.min(...b.map((box) => box.top)))
  const bottom = Math.min(Math.max(...a.map((box) => box.bottom)), Math.max(...b.map((box) => box.bottom)))
  return bottom > top
}

/** Boxes of display-type lines stacked in one column, merged into one box each. */
function headlineBlocks(boxes: Box[], bodySize: number): Box[] {
  const display = (box: Box) => box.lines[0]!.size >= DISPLAY_RATIO * bodySize
  const result: Box[] = []
  for (const box of [...boxes].sort((a, b) => a.top - b.top || a.left - b.left)) {
    const block = display(box) ? result.find((other) => display(other) && joins(other, box, bodySize)) : undefined
    if (!block) {
      result.push({ ...box, lines: [...box.lines] })
      continue
    }
    block.lines.push(...box.lines)
    block.left = Math.min(block.left, box.left)
    block.right = Math.max(block.right, box.right)
    block.bottom = Math.max(block.bottom, box.bottom)
  }
  return result
}

/**
 * `box` (lower) goes on the block above it: overlapping across, with little space between,
 * and in the same type (a headline's or kicker's next line) or one in headline type and the
 * other in medium type (kicker over headline, headline over subtitle). Two headlines in
 * different sizes are two blocks (a headline over the columns, a column's own under it).
 */
function joins(block: Box, box: Box, bodySize: number): boolean {
  const upper = block.lines.at(-1)!.size
  const lower = box.lines[0]!.size
  const headline = (size: number) => size >= HEADLINE_RATIO * bodySize
  if (Math.abs(upper - lower) >= 0.5 && headline(upper) === headline(lower)) return false
  const size = Math.min(upper, lower)
  const space = box.top - block.bottom
  return (
    Math.min(block.right, box.right) > Math.max(block.left, box.left) &&
    space >= -0.25 * size &&
    space <= BLOCK_SPACE_SIZES * size
  )
}

/**
 * Printed lines → reading order, by recursive XY-cut: a region is cut at its widest empty
 * vertical band (a column gutter: left column before right) or at its widest empty horizontal
 * band (top before bottom), whichever is wider, until no cut is left. A headline that spans
 * two columns blocks every vertical cut through it, so it is read before the columns under it,
 * and lines of two columns are never interleaved.
 */
import type { PrintedLine } from './types.ts'

/** A gutter must be at least this many body type sizes wide to cut columns apart. */
const MIN_GUTTER_SIZES = 0.75

interface Box {
  line: PrintedLine
  left: number
  right: number
  top: number
  bottom: number
}

/** The line's ink box: CJK faces fill about 0.88 of the size above the baseline and 0.12 below. */
const boxOf = (line: PrintedLine): Box => ({
  line,
  left: line.x,
  right: line.x + line.width,
  top: line.y - 0.88 * line.size,
  bottom: line.y + 0.12 * line.size
})

export function readingOrder(lines: readonly PrintedLine[], bodySize: number): PrintedLine[] {
  const out: PrintedLine[] = []
  cut(lines.map(boxOf), MIN_GUTTER_SIZES * bodySize, out)
  return out
}

function cut(boxes: Box[], minGutter: number, out: PrintedLine[]): void {
  if (boxes.length <= 1) {
    for (const box of boxes) out.push(box.line)
    return
  }
  const vertical = widestGap(boxes, 'left', 'right')
  const horizontal = widestGap(boxes, 'top', 'bottom')
  const left = vertical ? boxes.filter((b) => b.right <= vertical.at) : []
  const right = vertical ? boxes.filter((b) => b.right > vertical.at) : []
  if (
    vertical &&
    vertical.size >= minGutter &&
    (!horizontal || (vertical.size >= horizontal.size && sideBySide(left, right)))
  ) {
    cut(left, minGutter, out)
    cut(right, minGutter, out)
  } else if (horizontal) {
    cut(
      boxes.filter((b) => b.bottom <= horizontal.at),
      minGutter,
      out
    )
    cut(
      boxes.filter((b) => b.bottom > horizontal.at),
      minGutter,
      out
    )
  } else {
    // Boxes that overlap both ways (superscripts, overprinted text): top to bottom, left to right.
    for (const box of [...boxes].sort((a, b) => a.line.y - b.line.y || a.line.x - b.line.x)) out.push(box.line)
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

/** Whether two groups of boxes share some height: columns side by side, not one group above the other. */
function sideBySide(a: readonly Box[], b: readonly Box[]): boolean {
  const top = Math.max(Math.min(...a.map((box) => box.top)), Math.min(...b.map((box) => box.top)))
  const bottom = Math.min(Math.max(...a.map((box) => box.bottom)), Math.max(...b.map((box) => box.bottom)))
  return bottom > top
}

/**
 * Headline blocks found by their shape. A national daily sets a headline in
 * larger type over the body columns: wrapped at its own, narrower width, in
 * two or three lines that end without a sentence stop (a comma may end one),
 * set apart above (a blank line, a page edge, the previous story's closing
 * note) and followed by the story's byline or its dateline. Body lines are
 * set at the body column, so a run of narrower lines over a byline is the
 * headline, however many commas it holds.
 */
import { readCreditBlock, readSourceNoteBlock } from '../note-blocks.ts'
import { startsLikeDateline, startsWithMarkerOrDate } from '../dateline.ts'
import type { LineRole } from '../model.ts'
import type { LineFeatures } from './features.ts'
import { bylineLabel } from './lexicon.ts'
import { letterSpaced } from './letters.ts'
import { phrasesSideBySide } from '../text.ts'

/** Marks a headline never holds: a full stop, a semicolon. */
const stops = /[\u3002\uff1b;]/

export interface HeadlineBlocks {
  /** Index of each headline block's first line → its line count. */
  blocks: Map<number, number>
  /** The width wrapped headlines share (their first lines), when three or more show it. */
  width: number | null
}

/**
 * Headline blocks, and the headline width: a block over several lines is kept only
 * when its first line is at the width most such blocks share (a headline wraps at its
 * own column; a short headline over a short section head does not wrap at all).
 */
export function headlineBlocks(
  features: LineFeatures[],
  column: number | null,
  roles: ReadonlyArray<LineRole | undefined>
): HeadlineBlocks {
  const found = candidateBlocks(features, column, roles)
  const strongAnchor = (start: number, count: number) => {
    const next = features[start + count]
    if (next === undefined) return false
    return (
      roles[start + count] === 'headline-end' ||
      roles[start + count] === 'byline-part' ||
      readCreditBlock(next.line.text) !== null ||
      readSourceNoteBlock(next.line.text) !== null
    )
  }
  const widths = new Map<number, number>()
  for (const [start, count] of found)
    if (count > 1) {
      const width = Math.round(features[start]!.width)
      widths.set(width, (widths.get(width) ?? 0) + 1)
    }
  let width: number | null = null
  let best = 0
  for (const [candidate, count] of widths) {
    const near = count + (widths.get(candidate - 1) ?? 0) + (widths.get(candidate + 1) ?? 0)
    if (near > best || (near === best && width !== null && candidate < width)) {
      width = candidate
      best = near
    }
  }
  if (best < 3) width = splitFirstLineWidth(found, features, roles)
  if (width !== null) joinSplitFirstLines(found, features, roles, width)
  const blocks = new Map<number, number>()
  for (const [start, count] of found) {
    const near = (measured: number) => width !== null && Math.abs(measured - width) <= 1.5
    const atWidth = near(features[start]!.width) || near(setWidth(features[start]!))
    // Without a shared width, a long wrapped first line over a byline or a source line is still a headline's
    // (set tight: no blank line inside; two phrases side by side over a line as wide were a kicker, not taken).
    const first = features[start]!
    const long = column !== null && first.width >= 0.5 * column
    let tight = true
    for (let index = start + 1; index < start + count; index++) if (features[index]!.line.blankBefore > 0) tight = false
    if (count === 1 || atWidth || (long && tight && strongAnchor(start, count))) blocks.set(start, count)
  }
  return { blocks, width }
}

type Roles = ReadonlyArray<LineRole | undefined>

function candidateBlocks(features: LineFeatures[], column: number | null, roles: Roles): Map<number, number> {
  const blocks = new Map<number, number>()
  if (column === null) return blocks
  for (let start = 0; start < features.length; start++) {
    if (!opensCandidate(features, roles, start, column)) continue
    const count = candidateLines(features, roles, start, column)
    if (count === null) continue
    blocks.set(start, count)
    start += count - 1
  }
  return blocks
}

/** Set apart above: the file's first line, a blank line, a page edge, a closing note, a running or page line. */
function setApart(features: LineFeatures[], roles: Roles, index: number): boolean {
  const feature = features[index]!
  const before = roles[index - 1]
  return (
    index === 0 ||
    feature.line.blankBefore > 0 ||
    feature.pageBreakBefore ||
    before === 'closing-note' ||
    before === 'running' ||
    before === 'page-line'
  )
}

/** A byline label alone, letter-spaced or not. */
const isBylineLabel = (feature: LineFeatures) => bylineLabel.test(feature.line.text.replace(/[\s\u3000]+/g, ''))

/** What stands under a headline block: a byline (or its label), a source note, a dateline, a headline-end line. */
function isAnchor(features: LineFeatures[], roles: Roles, index: number): boolean {
  const feature = features[index]!
  const text = feature.line.text
  return (
    isBylineLabel(feature) ||
    readCreditBlock(text) !== null ||
    readSourceNoteBlock(text) !== null ||
    startsWithMarkerOrDate(text) ||
    startsLikeDateline(text) ||
    roles[index] === 'headline-end'
  )
}

/** A line that may be a headline block's first: unplaced, set apart, narrower than the column, no stop, no anchor. */
function opensCandidate(features: LineFeatures[], roles: Roles, start: number, column: number): boolean {
  const first = features[start]!
  if (roles[start] !== undefined || !setApart(features, roles, start) || letterSpaced.test(first.line.text))
    return false
  return !(
    first.endsStop ||
    first.width >= column - 3 ||
    first.cjkRatio < 0.6 ||
    isAnchor(features, roles, start) ||
    stops.test(first.line.text)
  )
}

/** Up to three lines at one width (the last may be shorter), then the byline or the dateline: their count, or null. */
function candidateLines(features: LineFeatures[], roles: Roles, start: number, column: number): number | null {
  const first = features[start]!
  for (let count = 1; count <= 3 && start + count < features.length; count++) {
    const last = features[start + count - 1]!
    // Extractors may set a blank line between a headline's lines; a dash opens a subtitle, not more headline.
    if (count > 1 && (roles[start + count - 1] !== undefined || /^[\u2014\u2015\u2500-]/.test(last.line.text))) break
    if (last.endsStop || stops.test(last.line.text) || last.width > first.width + 1 || isBylineLabel(last)) break
    if (count > 1 && isAnchor(features, roles, start + count - 1)) break
    if (count > 1 && (first.width < 0.5 * column || (last.line.blankBefore > 0 && first.width < column * 0.6))) break
    // Two phrases side by side over a line as wide, a whole headline: a kicker over its headline, not a wrap.
    if (count === 2 && phrasesSideBySide(first.line.text) && last.width >= 0.8 * first.width) break
    const next = features[start + count]!
    if (count > 1 && Math.abs(features[start + count - 2]!.width - first.width) > 1) break
    const anchored = isAnchor(features, roles, start + count)
    const signed = readCreditBlock(next.line.text) !== null || readSourceNoteBlock(next.line.text) !== null
    if (anchored && (count > 1 || signed || isBylineLabel(next))) return count
  }
  return null
}

/** Curly quotes, dashes and ellipses: a full em in Chinese type, though the width measure counts them half. */
const halfCounted = /[\u2018\u2019\u201c\u201d\u2014\u2026]/g

/** A line's width as set in Chinese type. */
function setWidth(feature: LineFeatures): number {
  return feature.width + 0.5 * (feature.line.text.match(halfCounted) ?? []).length
}

/**
 * An extractor that sets a blank line between a headline's lines leaves its first line out of
 * the block (`从“有没有”到“好不好”——河阳镇老` / `旧小区改造十年发展观察`). A one-line block under a
 * headline-like line set at the file's headline width, no wider than it, is that headline's
 * second line: the block starts a line earlier.
 */
function joinSplitFirstLines(
  found: Map<number, number>,
  features: LineFeatures[],
  roles: ReadonlyArray<LineRole | undefined>,
  width: number
): void {
  for (const start of splitFirstLines(found, features, roles)) {
    if (Math.abs(setWidth(features[start - 1]!) - width) > 1) continue
    found.delete(start)
    found.set(start - 1, 2)
  }
}

/** One-line blocks with a headline-like line set apart over them, no narrower: maybe a split headline's second line. */
function splitFirstLines(
  found: Map<number, number>,
  features: LineFeatures[],
  roles: ReadonlyArray<LineRole | undefined>
): number[] {
  const starts: number[] = []
  for (const [start, count] of found) {
    const above = features[start - 1]
    if (count !== 1 || above === undefined || roles[start - 1] !== undefined || found.has(start - 1)) continue
    if (features[start]!.line.blankBefore === 0 || above.endsStop || stops.test(above.line.text)) continue
    if (above.clauseMarks || above.cjkRatio < 0.6 || letterSpaced.test(above.line.text)) continue
    // A subtitle (`——…`) under a headline is no second line of it.
    if (/^[\u2014\u2015\u2500-]/.test(features[start]!.line.text)) continue
    // Two phrases side by side are a kicker's (`坚持问题导向 狠抓工作落实`), not a headline cut at its measure.
    if (setWidth(features[start]!) > setWidth(above) || phrasesSideBySide(above.line.text)) continue
    starts.push(start)
  }
  return starts
}

/**
 * Where too few blocks show the width whole, the first lines of wrapped blocks and the lines over
 * one-line blocks (a headline whose first line an extractor set apart) together: three or more
 * sharing a width are cut at the headline type's measure. Kickers over one-line headlines are as
 * long as their words, and rarely share one.
 */
function splitFirstLineWidth(
  found: Map<number, number>,
  features: LineFeatures[],
  roles: ReadonlyArray<LineRole | undefined>
): number | null {
  const widths = new Map<number, number>()
  const firstLines = [...found].filter(([, count]) => count > 1).map(([start]) => start)
  for (const start of splitFirstLines(found, features, roles)) firstLines.push(start - 1)
  for (const first of firstLines) {
    const width = Math.round(setWidth(features[first]!))
    widths.set(width, (widths.get(width) ?? 0) + 1)
  }
  for (const [width, count] of widths) {
    if (count + (widths.get(width - 1) ?? 0) + (widths.get(width + 1) ?? 0) >= 3) return width
  }
  return null
}

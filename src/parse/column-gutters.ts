/**
 * Measuring a run of `pdftotext -layout` lines for ./columns.ts: each line's runs of text at
 * their estimated places on the page (CJK characters two columns wide, a wide gap of spaces
 * widened to what it stood for), the centred lines above the run's body, and the gutters
 * between its columns.
 */

import { readCreditBlock } from './note-blocks.ts'

export const width = (char: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1

export const minLines = 6
/** A run of this many spaces or more is printed narrower than the blank it stands for. */
export const wideGap = 10
/** How much wider than printed such a run was on the page (measured: 1.5–1.75). */
export const wideGapScale = 1.7
/** A piece starting up to this far left of a gutter starts that gutter's column. */
export const edgeSlack = 4

/**
 * How `-layout` placed a line's text: on the page, each character as wide as it prints (CJK
 * two columns) and a wide gap of spaces narrower than the blank it stands for; or in cells, one
 * a character whatever its width, as it lays out some pages (a column then starts at the same
 * string index on every line, the column left of it blank or not).
 */
export interface Measure {
  char: (char: string) => number
  gap: (spaces: number) => number
  /** Whether a wide gap's place is an estimate. */
  estimates: boolean
}

export const onPage: Measure = {
  char: width,
  gap: (spaces) => (spaces >= wideGap ? spaces * wideGapScale : spaces),
  estimates: true
}
export const inCells: Measure = { char: () => 1, gap: (spaces) => spaces, estimates: false }

/** A run of text in a line: string indices [from, to) and its estimated place on the page [left, right). */
export interface Stretch {
  from: number
  to: number
  left: number
  right: number
  /** Some gap before it was widened (its place is an estimate). */
  estimated: boolean
}

/** A printed line and its runs of text. */
export interface RunLine {
  index: number
  text: string
  stretches: Stretch[]
}

/**
 * The line's runs of text apart by two or more spaces, each at its estimated place on the
 * page: characters count their display width, a wide gap of spaces its widened width.
 */
export function runLine(index: number, text: string, measure: Measure = onPage): RunLine {
  const stretches: Stretch[] = []
  let place = 0
  let estimated = false
  let i = 0
  while (i < text.length) {
    const gapFrom = i
    while (i < text.length && text[i] === ' ') i++
    if (i === text.length) break
    const gap = i - gapFrom
    if (gap >= wideGap && measure.estimates) estimated = true
    place += measure.gap(gap)
    const from = i
    const left = place
    while (i < text.length && !(text[i] === ' ' && (i + 1 === text.length || text[i + 1] === ' '))) {
      place += measure.char(text[i]!)
      i++
    }
    let to = i
    let right = place
    while (to > from && text[to - 1] === ' ') (to--, right--)
    stretches.push({ from, to, left, right, estimated })
  }
  return { index, text, stretches }
}

export const mayHaveGutter = (text: string) => /\S {2}|^ {5}/.test(text)

/** The lines above the run's body: centred single pieces (headline, subtitle, byline across the columns). */
export function headLength(run: RunLine[]): number {
  let head = 0
  while (head < run.length && acrossColumns(run[head]!)) head++
  return head
}

/**
 * A line set across the columns, indented from the margin: one piece, or a byline letter-spaced
 * so wide its name parts stand apart (`本 报 记 者    江 松    汤 海 海   通 讯 员   姚 新 海`).
 */
function acrossColumns(line: RunLine): boolean {
  if (line.stretches[0]!.left < edgeSlack) return false
  return line.stretches.length === 1 || readCreditBlock(line.text) !== null
}

/** Gutter cut points (estimated page columns) of a run's body lines, or none. */
export function gutters(body: RunLine[]): number[] {
  const max = Math.ceil(Math.max(...body.flatMap((line) => line.stretches.map((stretch) => stretch.right))))
  const filled = new Array<number>(max + 1).fill(0)
  const between = new Array<number>(max + 1).fill(0)
  for (const { stretches } of body) {
    for (const stretch of stretches) for (let c = Math.floor(stretch.left); c < stretch.right; c++) filled[c]!++
    // A gap between two runs of text, or a blank left part, is evidence of a gutter.
    let gapFrom = stretches[0]!.left > edgeSlack ? edgeSlack + 1 : Infinity
    for (const stretch of stretches) {
      for (let c = Math.ceil(gapFrom); c < stretch.left; c++) between[c]!++
      gapFrom = stretch.right
    }
  }
  const n = body.length
  const cuts: number[] = []
  let best = -1
  for (let c = 0; c <= max; c++) {
    const ok = filled[c]! <= n * 0.25 && between[c]! >= n * 0.4
    if (ok && (best < 0 || filled[c]! < filled[best]! || (filled[c] === filled[best] && between[c]! > between[best]!)))
      best = c
    if (!ok && best >= 0) {
      cuts.push(best)
      best = -1
    }
  }
  if (best >= 0) cuts.push(best)
  return cuts
}

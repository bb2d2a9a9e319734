/**
 * Measuring a run of `pdftotext -layout` lines for ./columns.ts: each line's runs of text at
 * their estimated places on the page (CJK characters two columns wide, a wide gap of spaces
 * widened to what it stood for), the centred lines above the run's body, and the gutters
 * between its columns.
 */

export const width = (char: string) =>
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(char) ? 2 : 1

export const minLines = 6
/** A run of this many spaces or more is printed narrower than the blank it stands for. */
export const wideGap = 10
/** How much wider than printed such a run was on the page (measured: 1.5–1.75). */
export const wideGapScale = 1.7
/** A piece starting up to this far left of a gutter starts that gutter's column. */
export const edgeSlack = 4

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
export function runLine(index: number, text: string): RunLine {
  const stretches: Stretch[] = []
  let place = 0
  let estimated = false
  let i = 0
  while (i < text.length) {
    const gapFrom = i
    while (i < text.length && text[i] === ' ') i++
    if (i === text.length) break
    const gap = i - gapFrom
    if (gap >= wideGap) estimated = true
    place += gap >= wideGap ? gap * wideGapScale : gap
    const from = i
    const left = place
    while (i < text.length && !(text[i] === ' ' && (i + 1 === text.length || text[i + 1] === ' '))) {
      place += width(text[i]!)
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
  while (head < run.length && run[head]!.stretches.length === 1 && run[head]!.stretches[0]!.left >= edgeSlack) head++
  return head
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

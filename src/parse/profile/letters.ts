/**
 * Bylines split letter by letter: a PDF extractor that spaces a name's
 * characters apart prints `本报记者` / `程` / `龙` / `潘俊强`, each on a line of
 * its own. A byline label alone on its line, followed by single characters
 * (and short names), is one byline: the run is marked, and the wraps step joins it.
 */
import { bylineLabel } from './lexicon.ts'
import type { LineFeatures } from './features.ts'

const single = /^\p{Script=Han}$/u
/** A name or label printed letter-spaced: `袁 晨`, `通 讯 员`. */
const spaced = /^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){1,4}$/u
const name = /^\p{Script=Han}{2,4}$/u
const squash = (text: string) => text.replace(/[\s\u3000]+/g, '')

/** Index runs [label, …names] of letter-split bylines. */
export function letterSplitBylines(features: LineFeatures[]): number[][] {
  const runs: number[][] = []
  for (let index = 0; index < features.length; index++) {
    if (!bylineLabel.test(squash(features[index]!.line.text))) continue
    const run = [index]
    let singles = 0
    let next = index + 1
    while (next < features.length) {
      const text = features[next]!.line.text
      if (single.test(text) || spaced.test(text)) singles++
      else if (bylineLabel.test(squash(text))) singles += 0
      else if (!name.test(text) || singles === 0) break
      run.push(next)
      next++
    }
    // Trailing whole names only after at least one split one; a run must hold a split name.
    if (singles > 0) {
      runs.push(run)
      index = next - 1
    }
  }
  return runs
}

/** Single characters set one space apart, however many: `讯 员 张 鑫 东`, `鑫 桂`. */
const spacedLetters = /^\p{Script=Han}(?: \p{Script=Han})*$/u
const shortName = /^\p{Script=Han}{1,3}$/u

/**
 * Bylines set in a narrow box break anywhere, a name or a label cut at the box's edge:
 * `本 报 记 者 陈 婷 通` / `讯 员 张 鑫 东`, `通讯员戴伟宁郑` / `鑫桂`. A line right under
 * a byline line (no blank line between) that holds only the same letter-spaced single
 * characters, or one to three characters unspaced, and is no byline of its own, is the
 * rest of that byline. Indexes of those tails.
 */
export function brokenBylineTails(features: LineFeatures[], isCredit: (text: string) => boolean): number[] {
  const tails: number[] = []
  for (let index = 1; index < features.length; index++) {
    const line = features[index]!.line
    if (line.blankBefore > 0 || line.pageStart === true || line.formFeed === true) continue
    const before = features[index - 1]!.line.text
    const text = line.text
    const spaced = spacedLetters.test(text) && spacedLetters.test(before) && before.includes(' ')
    const short = shortName.test(text) && !/\s/.test(before)
    if (!spaced && !short) continue
    if (isCredit(text) || !isCredit(before)) continue
    tails.push(index)
  }
  return tails
}

/**
 * Bylines split letter by letter: a PDF extractor that spaces a name's
 * characters apart prints `本报记者` / `程` / `龙` / `潘俊强`, each on a line of
 * its own. A byline label alone on its line, followed by single characters
 * (and short names), is one byline: the run is marked, and the wraps step joins it.
 */
import { withoutSpaces } from '../text.ts'
import { bylineLabel, bylineLabelInside, bylineLabelStart } from './lexicon.ts'
import type { LineFeatures } from './features.ts'
import { hanScript } from '../../lexicon/han.ts'

const single = new RegExp(`^${hanScript}$`, 'u')
/** A name or label printed letter-spaced: `袁 晨`, `通 讯 员`. */
export const letterSpaced = new RegExp(String.raw`^${hanScript}(?:[ \u3000]+${hanScript}){1,4}$`, 'u')
const name = new RegExp(`^${hanScript}{2,4}$`, 'u')

/** Index runs [label, …names] of letter-split bylines. */
export function letterSplitBylines(features: LineFeatures[]): number[][] {
  const runs: number[][] = []
  for (let index = 0; index < features.length; index++) {
    if (!bylineLabel.test(withoutSpaces(features[index]!.line.text))) continue
    const run = [index]
    // A box's names may come before its next label (`朱 兰 诚` / `通 讯 员` / `沈 涛`, or two names before
    // it): they are the byline's too.
    const previous = runs.at(-1)?.at(-1) ?? -1
    for (let before = index - 1; before > previous && before >= index - 3; before--) {
      if (
        !letterSpaced.test(features[before]!.line.text) ||
        bylineLabel.test(withoutSpaces(features[before]!.line.text))
      )
        break
      run.unshift(before)
    }
    let singles = 0
    let next = index + 1
    while (next < features.length) {
      const text = features[next]!.line.text
      if (single.test(text) || letterSpaced.test(text)) singles++
      else if (bylineLabel.test(withoutSpaces(text))) singles += 0
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
const spacedLetters = new RegExp(`^${hanScript}(?: ${hanScript})*$`, 'u')
const shortName = new RegExp(`^${hanScript}{1,3}$`, 'u')
const unspaced = new RegExp(`^${hanScript}{1,12}$`, 'u')

/** The roles a byline line names (reporters, correspondents…), counted; null when it is no byline. */
type CreditRoles = (text: string) => number | null

/**
 * Bylines set in a narrow box break anywhere, a name or a label cut at the box's edge:
 * `本 报 记 者 陈 婷 通` / `讯 员 张 鑫 东`, `通讯员戴伟宁郑` / `鑫桂`, `本报记者袁雪通` /
 * `讯员宋敏新卢志`. A line right under a byline line (no blank line between) is the rest of
 * that byline when it holds only the same letter-spaced single characters, or one to three
 * characters, or characters that, read on from the line above, complete a label (the
 * byline then names a role more). Indexes of those tails.
 */
export function brokenBylineTails(features: LineFeatures[], creditRoles: CreditRoles): number[] {
  const tails: number[] = []
  /** The byline read so far, across the tails already found. */
  let byline = ''
  for (let index = 1; index < features.length; index++) {
    const line = features[index]!.line
    const before = features[index - 1]!.line.text
    if (tails.at(-1) !== index - 1) byline = before
    if (line.blankBefore > 0 || line.pageStart === true || line.formFeed === true) continue
    const text = line.text
    // A byline already read on over a cut may end in a cut name (`…通讯员苏` / `永`): it is a byline still.
    const inChain = tails.at(-1) === index - 1
    const roles = inChain ? 1 : creditRoles(byline)
    if (roles === null || creditRoles(text) !== null) continue
    const spaced = spacedLetters.test(text) && spacedLetters.test(before) && before.includes(' ')
    const plain = !/\s/.test(byline) && unspaced.test(text)
    // The rest of a name, then the next label and the start of its name (`金燕丽通讯员苏`).
    const labelled = !bylineLabelStart.test(text) && bylineLabelInside.test(text.slice(1))
    const completes = plain && (shortName.test(text) || labelled || (creditRoles(byline + text) ?? 0) > roles)
    if (!spaced && !completes) continue
    tails.push(index)
    byline = spaced ? `${byline} ${text}` : byline + text
  }
  return tails
}

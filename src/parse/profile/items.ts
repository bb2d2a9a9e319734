/**
 * Numbered items: a 简报 prints its stories as `一、标题` / `二、标题` / …, each
 * set apart, over its body. Inside a story the same numbering marks subheads;
 * the difference is what stands before the first one: a story's opening (a
 * dateline, a `本报讯`) above it makes them subheads, none makes them the
 * file's item headlines.
 */
import { startsLikeDateline, startsWithMarkerOrDate } from '../dateline.ts'
import { isHeadlineText } from '../headline.ts'
import type { LineRole } from '../model.ts'
import { chineseNumber } from '../../lexicon/numerals.ts'
import type { LineFeatures } from './features.ts'
import { numberedItem } from './lexicon.ts'

/** Indices of item headline lines, when the file numbers three or more items in order. */
export function numberedItems(features: LineFeatures[], roles: ReadonlyArray<LineRole | undefined>): number[] {
  const items: number[] = []
  let expected = 1
  for (let index = 0; index < features.length; index++) {
    const feature = features[index]!
    if (roles[index] !== undefined || feature.endsStop || feature.width > 45) continue
    const match = numberedItem.exec(feature.line.text)
    if (!match || chineseNumber(match[1]!) !== expected) continue
    // Set apart, or standing after the previous item's finished last sentence.
    const apart =
      index === 0 || feature.line.blankBefore > 0 || feature.pageBreakBefore || features[index - 1]!.endsStop
    if (!apart) continue
    items.push(index)
    expected++
  }
  if (items.length < 3) return []
  // What stands before the first item: back to the nearest headline-like line.
  for (let index = items[0]! - 1; index >= 0; index--) {
    const text = features[index]!.line.text
    // A story's opening is prose (a masthead's date line is not).
    if (features[index]!.clauseMarks && (startsWithMarkerOrDate(text) || startsLikeDateline(text))) return []
    if (isHeadlineText(text)) break
  }
  return items
}

/**
 * A leading contents list: numbered lines near the top of the file whose item
 * texts recur later as headlines (on one line, or wrapped over two or three,
 * or after a column tag). When most of them recur, the list is the file's own
 * statement of where its articles start, and the headlines are aligned to it.
 */
import { withoutSpaces } from '../text.ts'
import type { LineFeatures } from './features.ts'
import { anyWidthDigits } from '../../lexicon/width.ts'

export interface Contents {
  /** Indices of the contents list's lines. */
  items: number[]
  /** For each later line that prints a listed headline: the index of the headline's first line → its line count. */
  headlines: Map<number, number>
}

const numbered = new RegExp(String.raw`^[${anyWidthDigits}]{1,3}\s*[.\u3001\uff0e\uff09)]\s*(\S.*)$`)
/** A column tag in lenticular brackets before a headline, or an item number. */
const prefix = new RegExp(
  String.raw`^(?:\u3010[^\u3010\u3011]{1,8}\u3011|[${anyWidthDigits}]{1,3}\s*[.\u3001\uff0e]\s*)`
)

/** The headline text a line prints, without an item number or a column tag. */
export function headlineKey(text: string): string {
  return withoutSpaces(text.replace(prefix, ''))
}

export function findContents(features: LineFeatures[]): Contents | null {
  // The list: the first run of three or more numbered short lines, in the file's first third.
  const limit = Math.max(12, Math.floor(features.length / 3))
  let items: number[] = []
  for (let index = 0; index < Math.min(limit, features.length); index++) {
    const feature = features[index]!
    const item = feature.line.heading === 0 && feature.width <= 50 && numbered.test(feature.line.text)
    if (item) items.push(index)
    else if (items.length >= 3) break
    else items = []
  }
  if (items.length < 3) return null
  const wanted = new Map<string, number>()
  for (const index of items) wanted.set(headlineKey(numbered.exec(features[index]!.line.text)![1]!), index)
  // The list's own heading (`目 录`, `导读`): a short line without punctuation right above it.
  const heading = features[items[0]! - 1]
  if (heading !== undefined && heading.width <= 8 && !heading.clauseMarks && heading.cjkRatio >= 0.5)
    items.unshift(items[0]! - 1)
  const headlines = new Map<number, number>()
  const found = new Set<string>()
  const after = items.at(-1)! + 1
  if (wanted.size < 3) return null
  for (let index = after; index < features.length; index++) {
    let key = ''
    for (let count = 1; count <= 3 && index + count <= features.length; count++) {
      const line = features[index + count - 1]!.line
      if (count > 1 && line.heading > 0) break
      key += count === 1 ? headlineKey(line.text) : withoutSpaces(line.text)
      if (wanted.has(key) && !found.has(key)) {
        found.add(key)
        headlines.set(index, count)
        index += count - 1
        break
      }
    }
  }
  if (found.size * 2 < items.length) return null
  return { items, headlines }
}

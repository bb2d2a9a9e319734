/**
 * Headlines. A headline is a short printed line without clause marks that is
 * not a byline, a dateline or an in-body subhead (一、…). Two or three such
 * lines in a row are a 引题 (kicker) over the headline, a headline wrapped
 * over two lines, or a headline over a `——副题` (subtitle). Some layouts run
 * the headline into the body on one line (`标题　去年以来，…`, `标题 1月 23日，…`).
 */
import type {Block} from './model.ts'
import {readCaptionBlock, readCreditBlock, readSourceNoteBlock, readUnitBlock} from './credits.ts'
import {startsLikeDateline} from './dateline.ts'
import {collapseLetterSpacing, countCjk, displayWidth, hasClauseMarks, normaliseInnerSpace} from './text.ts'

const enumerator = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．]|第[一二三四五六七八九十]+[，、,])/
const subtitleDash = /^(?:——|—|──|－－|--|―)\s*/

export function isHeadlineText(text: string): boolean {
  const trimmed = text.trim()
  const width = displayWidth(trimmed)
  if (width < 2 || width > 45 || countCjk(trimmed) < 2) return false
  if (hasClauseMarks(trimmed) || /[、：:（(“‘《—\-]$/.test(trimmed)) return false
  if (enumerator.test(trimmed) || subtitleDash.test(trimmed)) return false
  if (startsLikeDateline(trimmed) || readCreditBlock(trimmed) || readUnitBlock(trimmed)) return false
  if (readSourceNoteBlock(trimmed) || readCaptionBlock(trimmed)) return false
  return !/^[（(【\[]/.test(trimmed) && !startsWithInlineHeadline(trimmed)
}

export function isSubtitleText(text: string): boolean {
  const trimmed = text.trim()
  return subtitleDash.test(trimmed) && countCjk(trimmed) >= 2 && displayWidth(trimmed) <= 50 && !/[。！？]$/.test(trimmed)
}

/** Headline as printed, on one line: letter spacing collapsed, inner spacing normalised. */
export function cleanTitle(text: string): string {
  return normaliseInnerSpace(collapseLetterSpacing(text))
}

export interface HeadlineParts {
  title: string
  kicker: string | null
  subtitle: string | null
}

/** Kicker, title and subtitle from consecutive headline blocks. */
export function readHeadlineGroup(blocks: Block[]): HeadlineParts {
  const lines = blocks.map((block) => block.text.trim())
  let subtitle: string | null = null
  const dashed = lines.findIndex((line, index) => index > 0 && isSubtitleText(line))
  const titles = dashed === -1 ? lines : lines.slice(0, dashed)
  if (dashed !== -1) subtitle = normaliseInnerSpace(lines.slice(dashed).map((line) => line.replace(subtitleDash, '')).join(' '))
  const depths = blocks.map((block) => block.heading)
  // A short last line under a longer one is the headline's wrapped end.
  while (titles.length >= 2) {
    const last = titles[titles.length - 1]!
    const previous = titles[titles.length - 2]!
    const sameHeading = depths[titles.length - 1] === depths[titles.length - 2]
    if (!sameHeading || displayWidth(last) > 0.6 * displayWidth(previous)) break
    titles.splice(titles.length - 2, 2, previous + last)
  }
  if (titles.length === 1) return {title: cleanTitle(titles[0]!), kicker: null, subtitle}
  // Two headline lines of similar width: the first is the 引题 (kicker).
  const kicker = cleanTitle(titles[0]!)
  return {title: cleanTitle(titles.slice(1).join(' ')), kicker, subtitle}
}

/**
 * `标题 1月 23日，…` or `标题　去年以来，…`: the headline printed on the
 * same line as the start of the body.
 */
export function splitInlineHeadline(text: string): {title: string; body: string} | null {
  const scan = text.slice(0, 80)
  const clause = scan.search(/[，,。；;！？!?]/)
  const limit = clause === -1 ? scan.length : clause
  const spaces = /[ \t\u3000]+/g
  for (let match = spaces.exec(scan); match && match.index < limit; match = spaces.exec(scan)) {
    const prefix = text.slice(0, match.index)
    const body = text.slice(match.index + match[0].length)
    if (countCjk(prefix) < 4 || displayWidth(prefix) > 45 || /[、：:]$/.test(prefix)) continue
    if (startsLikeDateline(prefix) || !hasClauseMarks(body)) continue
    const wideGap = match[0].includes('\u3000') || match[0].length >= 2
    if (startsLikeDateline(body) || (wideGap && !/[\dA-Za-z]/.test(body[0] ?? ''))) return {title: prefix, body}
  }
  return null
}

/** `【标题】正文…` (简讯 items). */
export function splitBracketItem(text: string): {title: string; body: string} | null {
  const match = /^【([^【】]{2,40})】[\s\u3000]*/.exec(text)
  if (!match) return null
  return {title: match[1] ?? '', body: text.slice(match[0].length)}
}

/** Line that may start a body paragraph as a whole-line headline with body on the same line. */
export function startsWithInlineHeadline(text: string): boolean {
  const scan = text.slice(0, 80)
  const clause = scan.search(/[，,。；;！？!?]/)
  const limit = clause === -1 ? scan.length : clause
  const spaces = /[ \t\u3000]+/g
  for (let match = spaces.exec(scan); match && match.index < limit; match = spaces.exec(scan)) {
    const prefix = text.slice(0, match.index)
    const body = text.slice(match.index + match[0].length)
    if (countCjk(prefix) < 4 || displayWidth(prefix) > 45 || startsLikeDateline(prefix)) continue
    if (startsLikeDateline(body)) return true
  }
  return false
}

/**
 * Headlines may hold a comma (`稳字当头，进中求好`): a short line with one or
 * two commas and no stop counts as a headline when the next line opens a
 * body with 本报讯 or a date.
 */
export function isCommaHeadlineText(text: string): boolean {
  const trimmed = text.trim()
  const commas = (trimmed.match(/[，,]/g) ?? []).length
  if (commas === 0 || commas > 2 || /[。；;！？!?、]/.test(trimmed) || /[，,]$/.test(trimmed)) return false
  return isHeadlineText(trimmed.replace(/[，,]/g, ' '))
}

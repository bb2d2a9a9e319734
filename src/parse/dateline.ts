/**
 * Datelines: the date at the start of an article's first paragraph
 * (`3月19日`, `3月19日下午`, `1月 23日`, `29日`), read into `YYYY-MM-DD`
 * when the issue's year is known and `--MM-DD` otherwise. Vague openings
 * (近日, 日前, 元旦以来…) give no date.
 */
import { toReadableNumbers } from './text.ts'
import { unifiedIdeographs } from '../lexicon/han.ts'
import { datelineBullets } from '../lexicon/bullets.ts'
import { datelineSources, ownDatelineMarkers } from '../lexicon/markers.ts'
import { chineseZeros, oneToTen } from '../lexicon/numerals.ts'
import { anyWidthDigits } from '../lexicon/width.ts'

export interface Dateline {
  date: string | null
  dateText: string
}

/** Year and month of the issue, from the masthead or the corpus manifest (even partial). */
export interface IssueDate {
  year: number | null
  month: number | null
}

const fullDate =
  /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|早|夜))?/
const dayOnly = /^(\d{1,2})\s*日(?:\s*(上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|早|夜))?(?=[\s,，、]|$)/

/** A dateline in Chinese numerals, as printed: `三月十九日下午`, `二〇二〇年三月十九日`. */
const chineseDateline = new RegExp(
  String.raw`^(?:[${chineseZeros}一二三四五六七八九]{4}\s*年\s*)?[${oneToTen}]{1,3}\s*月\s*[${oneToTen}]{1,3}\s*日(?:\s*(?:上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|早|夜))?`
)

/**
 * Dateline markers of national papers and agencies, which carry the place and
 * date: `本报北京10月19日电`, `新华社北京10月19日电`, `中新社香港10月19日电`.
 */
export const agencyMarker = new RegExp(
  String.raw`^(?:[${datelineBullets}]\s*)?((?:${datelineSources})[${unifiedIdeographs}]{0,10}?[${anyWidthDigits}]{1,2}\s*月\s*[${anyWidthDigits}]{1,2}\s*日\s*(?:电|讯|消息|报道))`
)

export function readDateline(paragraph: string, issue: IssueDate): Dateline | null {
  const text = toReadableNumbers(paragraph)
  const printed = chineseDateline.exec(paragraph.trimStart())?.[0].replace(/\s+/g, '') ?? null
  const dated = readDatelineText(text, issue)
  if (dated && printed) dated.dateText = printed
  return dated
}

function readDatelineText(text: string, issue: IssueDate): Dateline | null {
  const full = fullDate.exec(text)
  if (full) {
    const month0 = Number(full[2])
    // A December dateline in a January issue is from the year before.
    const rollback = issue.year !== null && issue.month !== null && month0 - issue.month > 6 ? 1 : 0
    const year = full[1] ? Number(full[1]) : issue.year === null ? null : issue.year - rollback
    const month = Number(full[2])
    const day = Number(full[3])
    if (!validDay(month, day)) return null
    // A date the year does not have (`2月29日` in 2021) is kept as printed, without an ISO date.
    const date = validDay(month, day, year) ? isoDate(year, month, day) : null
    return { date, dateText: full[0].replace(/\s+/g, '') }
  }
  const day = dayOnly.exec(text)
  if (day && issue.month !== null) {
    const dayNumber = Number(day[1])
    if (!validDay(issue.month, dayNumber)) return null
    const date = validDay(issue.month, dayNumber, issue.year) ? isoDate(issue.year, issue.month, dayNumber) : null
    return { date, dateText: day[0].replace(/\s+/g, '') }
  }
  if (day) return { date: null, dateText: day[0].replace(/\s+/g, '') }
  return null
}

/** `2020-02-29`, `2022`, `2022-03` → year and month. */
export function issueDateParts(date: string | null | undefined): IssueDate {
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(date ?? '')
  if (!match) return { year: null, month: null }
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null }
}

/** A day that month has: 31 at most, 30 in April, June, September and November, 29 in February (28 when the year is known not to be leap). */
function validDay(month: number, day: number, year: number | null = null): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const leap = year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31
  return day <= days
}

function isoDate(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0')
  const dd = String(day).padStart(2, '0')
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`
}

/** A time phrase of a few words before a comma: `元旦以来，`, `春节前夕，`. */
const timePhraseOpening = new RegExp(String.raw`^[${unifiedIdeographs}\d]{0,6}(?:以来|期间|前夕|之际)[，,]`)

/** Starts like a dateline: a marker, a date, or a time phrase such as 近日 / 元旦以来. */
export function startsLikeDateline(text: string): boolean {
  const half = toReadableNumbers(text.trimStart())
  if (markerStart.test(half) || agencyMarker.test(half)) return true
  if (/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}(?:\s*日)?)?/.test(half)) return true
  if (/^\d{1,2}\s*日[\s,，上下中晚早凌傍夜]/.test(half)) return true
  if (/^(?:近日|日前|近期|连日来|近年来|目前|当前|今年|去年|昨天|今天|前不久)[，,]/.test(half)) return true
  return timePhraseOpening.test(half)
}

/** A 本报讯-type marker or a month-day date: a strong sign that a body starts here. */
export function startsWithMarkerOrDate(text: string): boolean {
  const half = toReadableNumbers(text.trimStart())
  return (
    markerStart.test(half) || agencyMarker.test(half) || /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/.test(half)
  )
}

const markerStart = new RegExp(String.raw`^(?:[${datelineBullets}]\s*)?(?:${ownDatelineMarkers})`)

/** A 本报讯-type or agency marker (`本报北京3月5日电`): the first words of a story, never of a paragraph inside one. */
export function startsWithMarker(text: string): boolean {
  const half = toReadableNumbers(text.trimStart())
  return markerStart.test(half) || agencyMarker.test(half)
}

/**
 * Datelines: the date at the start of an article's first paragraph
 * (`3月19日`, `3月19日下午`, `1月 23日`, `29日`), read into `YYYY-MM-DD`
 * when the issue's year is known and `--MM-DD` otherwise. Vague openings
 * (近日, 日前, 元旦以来…) give no date.
 */
import {toHalfWidth} from './text.ts'

export interface Dateline {
  date: string | null
  dateText: string
}

/** Year and month of the issue, from the masthead or the corpus manifest (even partial). */
export interface IssueDate {
  year: number | null
  month: number | null
}

const fullDate = /^(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|早|夜))?/
const dayOnly = /^(\d{1,2})\s*日(?:\s*(上午|下午|中午|晚上|晚间|早上|凌晨|傍晚|夜间|晚|早|夜))?(?=[\s,，、]|$)/

export function readDateline(paragraph: string, issue: IssueDate): Dateline | null {
  const text = toHalfWidth(paragraph)
  const full = fullDate.exec(text)
  if (full) {
    const month0 = Number(full[2])
    // A December dateline in a January issue is from the year before.
    const rollback = issue.year !== null && issue.month !== null && month0 - issue.month > 6 ? 1 : 0
    const year = full[1] ? Number(full[1]) : issue.year === null ? null : issue.year - rollback
    const month = Number(full[2])
    const day = Number(full[3])
    if (!validDay(month, day)) return null
    return {date: isoDate(year, month, day), dateText: full[0].replace(/\s+/g, '')}
  }
  const day = dayOnly.exec(text)
  if (day && issue.month !== null) {
    const dayNumber = Number(day[1])
    if (!validDay(issue.month, dayNumber)) return null
    return {date: isoDate(issue.year, issue.month, dayNumber), dateText: day[0].replace(/\s+/g, '')}
  }
  if (day) return {date: null, dateText: day[0].replace(/\s+/g, '')}
  return null
}

/** `2020-02-29`, `2022`, `2022-03` → year and month. */
export function issueDateParts(date: string | null | undefined): IssueDate {
  const match = /^(\d{4})(?:-(\d{1,2}))?/.exec(date ?? '')
  if (!match) return {year: null, month: null}
  return {year: Number(match[1]), month: match[2] ? Number(match[2]) : null}
}

function validDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

function isoDate(year: number | null, month: number, day: number): string {
  const mm = String(month).padStart(2, '0')
  const dd = String(day).padStart(2, '0')
  return year === null ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`
}

/** Starts like a dateline: a marker, a date, or a time phrase such as 近日 / 元旦以来. */
export function startsLikeDateline(text: string): boolean {
  const half = toHalfWidth(text.trimStart())
  if (/^(?:[■●▲◆]\s*)?(?:本报讯|本刊讯|本网讯|本报消息)/.test(half)) return true
  if (/^(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}(?:\s*日)?)?/.test(half)) return true
  if (/^\d{1,2}\s*日[\s,，上下中晚早凌傍夜]/.test(half)) return true
  if (/^(?:近日|日前|近期|连日来|近年来|目前|当前|今年|去年|昨天|今天|前不久)[，,]/.test(half)) return true
  return /^[\u4e00-\u9fff\d]{0,6}(?:以来|期间|前夕|之际)[，,]/.test(half)
}

/** A 本报讯-type marker or a month-day date: a strong sign that a body starts here. */
export function startsWithMarkerOrDate(text: string): boolean {
  const half = toHalfWidth(text.trimStart())
  return /^(?:[■●▲◆]\s*)?(?:本报讯|本刊讯|本网讯|本报消息)/.test(half) || /^(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日/.test(half)
}

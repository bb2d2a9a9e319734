/**
 * Small string helpers shared by the parse steps: what ends a sentence, what is a
 * clause mark, how wide a line is on the page, dates and issue numbers in Chinese
 * numerals made readable. Character classes, numerals and width folding are the
 * lexicon's (src/lexicon/).
 */
import { chineseDigits, chineseNumber, chineseNumberChars } from '../lexicon/numerals.ts'
import { foldFullWidthAlphanumerics } from '../lexicon/width.ts'

/** Marks that end a sentence. */
const stops = new Set(['。', '！', '？', '!', '?', '…'])
/** Closing quotes and brackets end a sentence only right after a stop (`…。”`). */
const closers = new Set(['”', '」', '』', '’', '"', '）', ')', '】'])

/** Marks that never appear in a headline but often in prose. */
const clauseMarks = /[，,。；;！？!?]/

/** Printed width: full-width characters count 1, half-width (ASCII) ½. */
export function displayWidth(text: string): number {
  let width = 0
  for (const char of text) {
    if (/\s/.test(char)) {
      if (char === '\u3000') width += 1
      else width += 0.5
    } else width += (char.codePointAt(0) ?? 0) < 0x2e80 ? 0.5 : 1
  }
  return width
}

export function lastChar(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.slice(-1)
}

export function endsSentence(text: string): boolean {
  const chars = [...text.trimEnd()]
  let end = chars.length - 1
  while (end > 0 && closers.has(chars[end]!)) end--
  const last = chars[end] ?? ''
  if (stops.has(last)) return true
  // An ASCII full stop ends a sentence after CJK text, not inside a number.
  return last === '.' && end > 0 && !/[\dA-Za-z]/.test(chars[end - 1] ?? '')
}

/** The line opens with a clause mark or a closing quote or bracket, which print never sets at a line's start (避头). */
export function startsWithCloser(text: string): boolean {
  return /^[，,。、；;：:）)」』”’】〕]/.test(text)
}

export function hasClauseMarks(text: string): boolean {
  return clauseMarks.test(text)
}

const asciiWord = /[A-Za-z0-9]/

/**
 * Drop whitespace that extraction put between characters (`主体 9层`,
 * `1月 23日`); keep one space between Latin words and numbers (`COVID 19`).
 */
export function removeExtractionSpaces(text: string): string {
  return text.replace(/[ \t\u3000\u00a0]+/g, (space, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? ''
    const after = whole[offset + space.length] ?? ''
    if (before === '' || after === '') return ''
    return asciiWord.test(before) && asciiWord.test(after) ? ' ' : ''
  })
}

/** One space for every run of whitespace, none at the ends. */
export function normaliseInnerSpace(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim()
}

/** Two phrases set side by side on the line, a space apart (`坚持问题导向 狠抓工作落实`): a kicker's shape. */
export function phrasesSideBySide(text: string): boolean {
  return /\S[\s\u3000]+\S/.test(text.trim())
}

/** The text with every space taken out (ASCII, ideographic, line breaks): for comparing what was printed. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '')
}

/** `区 委 常 委 会` (one character, one space, repeated) → `区委常委会`. */
export function collapseLetterSpacing(text: string): string {
  const parts = text.trim().split(/[ \u3000]+/)
  if (parts.length >= 4 && parts.every((part) => [...part].length === 1)) return parts.join('')
  return text
}

/** Non-whitespace characters of `text`, counted. */
export function characterCounts(text: string, into = new Map<string, number>(), sign = 1): Map<string, number> {
  for (const char of text) {
    if (/\s/.test(char)) continue
    into.set(char, (into.get(char) ?? 0) + sign)
  }
  return into
}

/** What is left of `raw` after taking out the characters of `kept` (a multiset difference). */
export function residue(raw: string, kept: readonly string[]): string {
  const counts = characterCounts(raw)
  for (const value of kept) characterCounts(value, counts, -1)
  let rest = ''
  for (const char of raw) {
    const count = counts.get(char) ?? 0
    if (count > 0 && !/\s/.test(char)) {
      rest += char
      counts.set(char, count - 1)
    }
  }
  return rest
}

const cn = `[${chineseDigits}十]`
const chineseDate = new RegExp(
  `(?:(${cn}{4})\\s*年\\s*)?(${cn}{1,3})\\s*月\\s*(${cn}{1,3})\\s*日|(${cn}{4})\\s*年\\s*(${cn}{1,3})\\s*月`,
  'g'
)
const chineseIssue = new RegExp(`(总)?第\\s*([${chineseNumberChars}]+)\\s*期`, 'g')

/**
 * Full-width digits to ASCII, and dates and issue numbers written in Chinese
 * numerals to Arabic (`二〇二〇年三月十九日` → `2020年3月19日`, `第七期` →
 * `第7期`), for reading dates and numbers. The result is for reading only:
 * what is printed is kept elsewhere.
 */
export function toReadableNumbers(text: string): string {
  return foldFullWidthAlphanumerics(text)
    .replace(chineseDate, (whole, year?: string, month?: string, day?: string, year2?: string, month2?: string) => {
      if (year2 !== undefined) return `${chineseNumber(year2)}年${chineseNumber(month2 ?? '')}月`
      const parts = [
        year ? `${chineseNumber(year)}年` : '',
        `${chineseNumber(month ?? '')}月`,
        `${chineseNumber(day ?? '')}日`
      ]
      return parts.some((part) => part.includes('null')) ? whole : parts.join('')
    })
    .replace(chineseIssue, (whole, total?: string, number?: string) => {
      const value = chineseNumber(number ?? '')
      return value === null ? whole : `${total ?? ''}第${value}期`
    })
}

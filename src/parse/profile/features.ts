/**
 * Features of every printed line, computed once in one pass and handed on as
 * data: display width, sentence stop at the end, bracket balance, CJK ratio,
 * indent, blank lines before, markdown heading depth, a page break before it,
 * and two templates (digits, dates and URLs abstracted): of the whole line and
 * of its start.
 */
import type { Line } from '../model.ts'
import { endsSentence, hasClauseMarks } from '../text.ts'
import { anyWidthDigits } from '../../lexicon/width.ts'
import { isIdeographCode } from '../../lexicon/han.ts'

export interface LineFeatures {
  line: Line
  width: number
  endsStop: boolean
  clauseMarks: boolean
  /** Opening minus closing brackets and quotes on the line. */
  balance: number
  cjkRatio: number
  indented: boolean
  /** A form feed stands before the line (pdftotext ends each page with one). */
  pageBreakBefore: boolean
  /** The whole line with digits, URLs and spacing abstracted. */
  template: string
  /** The line's first four characters of that template. */
  start: string
}

const url = /(?:https?:\/\/|www\.)\S+/g
const digits = new RegExp(`[${anyWidthDigits}]+`, 'g')
const space = /[\s\u3000]+/g
const openers = new Set([...'（(《“‘【〔「『['].map((char) => char.codePointAt(0)!))
const closers = new Set([...'）)》”’】〕」』]'].map((char) => char.codePointAt(0)!))

/** A line's shape with what changes from one printing to the next taken out. */
export function templateOf(text: string): string {
  return text.replace(url, '<url>').replace(digits, '0').replace(space, ' ').trim()
}

/** Whitespace as `\s` reads it, for the code points a line may hold. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000 || code === 0xfeff
}

/** Width, CJK count, characters and bracket balance of a line, in one loop (width as `displayWidth` measures it). */
function measure(text: string): { width: number; cjk: number; chars: number; balance: number } {
  let width = 0
  let cjk = 0
  let chars = 0
  let balance = 0
  for (let index = 0; index < text.length; index++) {
    let code = text.charCodeAt(index)
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      code = text.codePointAt(index)!
      index++
    }
    chars++
    if (isSpace(code)) width += code === 0x3000 ? 1 : 0.5
    else width += code < 0x2e80 ? 0.5 : 1
    if (isIdeographCode(code)) cjk++
    if (openers.has(code)) balance++
    else if (closers.has(code)) balance--
  }
  return { width, cjk, chars, balance }
}

/** The line's end, as `endsSentence` reads it, looking at its last few characters only. */
function endsStopAt(text: string): boolean {
  return endsSentence(text.slice(-16))
}

export function featuresOf(line: Line): LineFeatures {
  const text = line.text
  const { width, cjk, chars, balance } = measure(text)
  const template = templateOf(text)
  return {
    line,
    width,
    endsStop: endsStopAt(text),
    clauseMarks: hasClauseMarks(text),
    balance,
    cjkRatio: chars === 0 ? 0 : cjk / chars,
    indented: line.indent.includes('\u3000') || line.indent.replace(/\t/g, '    ').length >= 2,
    pageBreakBefore: line.formFeed === true,
    template,
    start: template.slice(0, 4)
  }
}

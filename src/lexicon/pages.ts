/**
 * Page (版) numbers as bulletins print them: `第二版`, `二版`, `第12版`, `12页`, `２`. The
 * parser (joining a story continued inside one file) and the continuation links between
 * files read them with the one `pageNumber` here.
 */
import { chineseNumber } from './numerals.ts'
import { anyWidthDigits, foldFullWidthAlphanumerics } from './width.ts'
import { hanScript } from './han.ts'

/** A page number in Chinese is one digit or tens and ones (`十二`, `二十`): nothing longer names a page. */
const CHINESE_PAGE = /^(?:[〇零一二两三四五六七八九]|[一二两三四五六七八九]?十[〇零一二两三四五六七八九]?)$/u

/** A page's number as printed: digits of either width, or Chinese numerals (an alternation). */
const printedPageNumber = `[${anyWidthDigits}]+|[〇零一二两三四五六七八九十]+`
/** `第二版`, `12页`: the number captured. */
const pageLabel = new RegExp(String.raw`^\s*第?\s*(${printedPageNumber})\s*(?:版|页|面)?`, 'u')
/**
 * The page label inside a page header, its number captured: `2020年3月1日 第2版 要闻`,
 * `二版 要闻`. Without 第 the number starts a word and 版 ends one: `编辑：张三 版式` names no page.
 */
export const pageInHeader = new RegExp(
  String.raw`(?:第\s*|(?<!${hanScript}))(${printedPageNumber})\s*版(?![式权本面])`,
  'u'
)
const digitsOnly = new RegExp(`^[${anyWidthDigits}]+$`)

/** `二版`, `第一版`, `第12版`, `十二版`, `2` → the page number; anything else → null. */
export function pageNumber(text: string | null | undefined): number | null {
  if (!text) return null
  const match = pageLabel.exec(text)
  if (!match) return null
  const value = match[1]!
  if (digitsOnly.test(value)) return Number(foldFullWidthAlphanumerics(value))
  if (!CHINESE_PAGE.test(value)) return null
  return chineseNumber(value)
}

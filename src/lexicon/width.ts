/**
 * Full-width forms folded to ASCII. Bulletins print digits and Latin letters full-width
 * (`２０２０年`, `ＣＯＶＩＤ`), and a full-width form is its ASCII character moved by one
 * offset (U+FF01 `！` … U+FF5E `～` are U+0021 … U+007E). Three foldings use it and they
 * fold different sets on purpose, so each is named here:
 *
 * - `foldFullWidthAlphanumerics`: digits and letters, for reading dates, numbers and page
 *   headers (punctuation is kept: the parser's patterns name `：` and `，` as printed).
 * - `foldFullWidthIdDigits`: digits and the ID number's check letter `Ｘ`/`ｘ`, for finding
 *   personal data (one UTF-16 unit each, so a finding's index stays where it was printed).
 * - `anyWidthDigits`: a digit in either width, for patterns read before any folding.
 * - `foldForSearch`: every full-width ASCII form, white space dropped, lower case: how the
 *   search index and the search page compare text. The page cannot import this module;
 *   `templates/assets/terms.js` (`fold`) is its copy for the browser, and
 *   tests/lexicon/width.test.ts holds the two equal on every code point.
 */

/** A digit as bulletins print it, ASCII or full-width (`3`, `３`), for patterns that read numbers before folding (class body). */
export const anyWidthDigits = '\\d\\uff10-\\uff19'

/** A UTF-16 code unit of `anyWidthDigits`. */
export function isAnyWidthDigitCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)
}

/** A full-width form's distance from its ASCII character (U+FF01 − U+0021). */
export const FULL_WIDTH_OFFSET = 0xfee0

/** The ASCII character of one full-width form (one UTF-16 unit). */
const toAscii = (char: string) => String.fromCharCode(char.charCodeAt(0) - FULL_WIDTH_OFFSET)

/** Full-width digits and letters to ASCII: `２０２０年３月` → `2020年3月`. */
export function foldFullWidthAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, toAscii)
}

/** Full-width digits and `Ｘ`/`ｘ` to ASCII: what an ID, mobile or card number may be printed in. */
export function foldFullWidthIdDigits(text: string): string {
  return text.replace(/[０-９Ｘｘ]/g, toAscii)
}

/** Every full-width ASCII form (U+FF01–U+FF5E) to ASCII. */
export function foldFullWidthAscii(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, toAscii)
}

/** Text as the search compares it: full-width ASCII folded, no white space, lower case. */
export function foldForSearch(text: string): string {
  return foldFullWidthAscii(text)
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase()
}

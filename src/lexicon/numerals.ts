/**
 * Chinese numerals as bulletins print them: item numbers (`一、`), pages (`二版`), dates
 * (`二〇二〇年三月十九日`) and issue numbers (`第七期`). The parser, the profile and the
 * continuation links read them with the one `chineseNumber` here.
 */

/** The numerals one to ten, `一` … `十`: item and section numbers, months and days (class body). */
export const oneToTen = '一二三四五六七八九十'

/** The four ways bulletins print zero in a Chinese number: 〇, 零, the circle ○ and the full-width letter Ｏ (class body). */
export const chineseZeros = '〇零○Ｏ'

/** The digits zero to nine in Chinese, `两` with them (class body). */
export const chineseDigits = `${chineseZeros}一二两三四五六七八九`

/** Every character `chineseNumber` reads: the digits, and the units (class body). */
export const chineseNumberChars = `${chineseDigits}十百千`

const digitValues: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9
}

const wholeChineseNumber = new RegExp(`^[${chineseNumberChars}]+$`)

/**
 * A number written in Chinese numerals: `十九` → 19, `二十` → 20, `六百三十四`
 * → 634, and digit by digit for years (`二〇二〇` → 2020). Null when the text
 * is anything else.
 */
export function chineseNumber(text: string): number | null {
  if (text === '' || !wholeChineseNumber.test(text)) return null
  if (!/[十百千]/.test(text)) {
    let value = 0
    for (const char of text) value = value * 10 + (digitValues[char] ?? 0)
    return value
  }
  let total = 0
  let digit = 0
  for (const char of text) {
    const unit = char === '十' ? 10 : char === '百' ? 100 : char === '千' ? 1000 : 0
    if (unit === 0) {
      digit = digitValues[char] ?? 0
      continue
    }
    total += (digit === 0 ? 1 : digit) * unit
    digit = 0
  }
  return total + digit
}

/**
 * What the code means by "a Chinese character". Four answers are in use and they are not
 * the same set, so each is named here once rather than spelled as a range where it is
 * needed; changing one changes every stage that relies on it, and only that one.
 *
 * - `unifiedIdeographs`: the CJK Unified Ideographs block, U+4E00–U+9FFF, the characters
 *   of running text (headlines, section names, datelines, quoted terms in the tag stage).
 * - `ideographsWithExtA`: those and Extension A (U+3400–U+4DBF): the tag stage's names,
 *   words and spacing. The Yijing hexagram block between them (U+4DC0–U+4DFF) is not in it.
 * - `ideographsFromExtA`: U+3400–U+9FFF in one range, the parser's names and credits;
 *   unlike `ideographsWithExtA` it holds the hexagram block.
 * - `isIdeograph`: every ideograph block up to Extension H, with the compatibility
 *   ideographs: what the parser counts as Chinese when it measures a line.
 * - `hanScript`: the Unicode Han script (ideographs, radicals, 〇, 々…): slugs, the pinyin
 *   index's letters, bylines spelt letter by letter.
 *
 * Class bodies are regular-expression source, to be set inside `[…]`.
 */

/** CJK Unified Ideographs, U+4E00–U+9FFF (class body). */
export const unifiedIdeographs = '\\u4e00-\\u9fff'

/** Extension A and the Unified Ideographs, without the hexagram block between them (class body). */
export const ideographsWithExtA = '\\u3400-\\u4dbf\\u4e00-\\u9fff'

/** U+3400–U+9FFF in one range: Extension A, the hexagram block and the Unified Ideographs (class body). */
export const ideographsFromExtA = '\\u3400-\\u9fff'

/** The Unicode Han script, for patterns with the `u` flag (class body or on its own). */
export const hanScript = '\\p{Script=Han}'

/** A UTF-16 code unit of `unifiedIdeographs`. */
export function isUnifiedIdeographCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff
}

/** A UTF-16 code unit of `ideographsWithExtA`. */
export function isIdeographWithExtACode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)
}

/** A UTF-16 code unit of `ideographsFromExtA`. */
export function isIdeographFromExtACode(code: number): boolean {
  return code >= 0x3400 && code <= 0x9fff
}

/** A code point of an ideograph of any block (Extension A to H, the Unified and the compatibility ideographs). */
export function isIdeographCode(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3134f)
  )
}

/** An ideograph of any block (`isIdeographCode` of the first code point). */
export function isIdeograph(char: string): boolean {
  return isIdeographCode(char.codePointAt(0) ?? 0)
}

/** How many characters of `text` are ideographs (`isIdeograph`). */
export function countIdeographs(text: string): number {
  let count = 0
  for (const char of text) if (isIdeograph(char)) count++
  return count
}

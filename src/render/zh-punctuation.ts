/**
 * Full-width punctuation in Chinese running text, for the reading view: OCR and PDF
 * extraction often give `2月28日,区委书记` where print has `2月28日，区委书记`. A half-width
 * `, ; : ? !` or parenthesis becomes full-width where it touches Chinese text; between two
 * digits or two Latin letters (`1,000`, `10:30`, `COVID-19 (Delta)`) it stays. The records and
 * the source view keep the text as printed.
 */
import { hanScript, isUnifiedIdeographCode } from '../lexicon/han.ts'

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }

/** Han characters and CJK punctuation (、。“”《》（）…). */
const CHINESE = new RegExp(String.raw`[${hanScript}\u3000-\u303f\uff00-\uffef“”‘’…—]`, 'u')

/** Any character `FULL` could change: most paragraphs have none, and are returned as they are. */
const HALF_WIDTH = /[,;:?!()]/

/** The code point that ends at `at` (a surrogate pair read whole). */
function codePointEndingAt(text: string, at: number): number {
  const unit = text.charCodeAt(at)
  if (unit >= 0xdc00 && unit <= 0xdfff && at > 0) {
    const high = text.charCodeAt(at - 1)
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 1)!
  }
  return unit
}

/** `CHINESE` for a code point (-1: none), without a string for the common cases. */
function isChineseCode(code: number): boolean {
  if (code < 0x80) return false
  if (isUnifiedIdeographCode(code) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef))
    return true
  return CHINESE.test(String.fromCodePoint(code))
}

const SPACE = 0x20
/** `FULL` by code unit (0: not one of them). */
const FULL_CODE = new Uint16Array(128)
for (const [half, full] of Object.entries(FULL)) FULL_CODE[half.charCodeAt(0)] = full.charCodeAt(0)
const OPEN = 0x28
const CLOSE = 0x29

/**
 * Runs over UTF-16 code units, not an array of code points: every paragraph of every
 * article passes here on each build. Spaces are one unit, so looking past them is the same
 * either way; a neighbour that is a surrogate pair is read whole.
 */
export function fullWidthPunctuation(text: string): string {
  if (!HALF_WIDTH.test(text)) return text
  const n = text.length
  /** The text as it is being changed: a replaced mark, or a dropped space (`removed`). */
  let units: Uint16Array | null = null
  let removed: Uint8Array | null = null
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    const full = code < 128 ? FULL_CODE[code]! : 0
    if (full === 0) continue
    // Look past spaces to the neighbouring characters; a dropped space stops the look (it is no space now).
    let b = i - 1
    while (b >= 0 && removed?.[b] !== 1 && (units === null ? text.charCodeAt(b) : units[b]) === SPACE) b--
    let a = i + 1
    while (a < n && text.charCodeAt(a) === SPACE) a++
    const before =
      b < 0 || removed?.[b] === 1
        ? -1
        : units !== null && units[b] !== text.charCodeAt(b)
          ? units[b]!
          : codePointEndingAt(text, b)
    const after = a < n ? text.codePointAt(a)! : -1
    const chineseSide =
      code === OPEN || code === CLOSE ? isChineseCode(after) || isChineseCode(before) : isChineseCode(before)
    if (!chineseSide) continue
    if (units === null) {
      units = new Uint16Array(n)
      for (let k = 0; k < n; k++) units[k] = text.charCodeAt(k)
      removed = new Uint8Array(n)
    }
    units[i] = full
    // Full-width punctuation carries its own space: the spaces around it go.
    for (let k = b + 1; k < i; k++) removed![k] = 1
    for (let k = i + 1; k < a; k++) removed![k] = 1
  }
  return units === null ? text : joined(text, units, removed!)
}

/** The text with its changes: runs of unchanged text sliced whole. */
function joined(text: string, units: Uint16Array, removed: Uint8Array): string {
  const kept: string[] = []
  let from = 0
  for (let k = 0; k < units.length; k++) {
    if (removed[k] === 0 && units[k] === text.charCodeAt(k)) continue
    kept.push(text.slice(from, k))
    if (removed[k] === 0) kept.push(String.fromCharCode(units[k]!))
    from = k + 1
  }
  kept.push(text.slice(from))
  return kept.join('')
}

/**
 * Full-width punctuation in Chinese running text, for the reading view: OCR and PDF
 * extraction often give `2月28日,区委书记` where print has `2月28日，区委书记`. A half-width
 * `, ; : ? !` or parenthesis becomes full-width where it touches Chinese text; between two
 * digits or two Latin letters (`1,000`, `10:30`, `COVID-19 (Delta)`) it stays. The records and
 * the source view keep the text as printed.
 */

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }

/** Han characters and CJK punctuation (、。“”《》（）…). */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u

const isChinese = (ch: string | undefined) => ch !== undefined && CHINESE.test(ch)

export function fullWidthPunctuation(text: string): string {
  const chars = Array.from(text)
  let changed = false
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    const full = FULL[ch]
    if (!full) continue
    // Look past spaces to the neighbouring characters.
    let b = i - 1
    while (b >= 0 && chars[b] === ' ') b--
    let a = i + 1
    while (a < chars.length && chars[a] === ' ') a++
    const before = chars[b]
    const after = chars[a]
    const chineseSide =
      ch === '('
        ? isChinese(after) || isChinese(before)
        : ch === ')'
          ? isChinese(before) || isChinese(after)
          : isChinese(before)
    if (!chineseSide) continue
    chars[i] = full
    // Full-width punctuation carries its own space: the spaces around it go.
    for (let k = b + 1; k < i; k++) chars[k] = ''
    for (let k = i + 1; k < a; k++) chars[k] = ''
    changed = true
  }
  return changed ? chars.join('') : text
}

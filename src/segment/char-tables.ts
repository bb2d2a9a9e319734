/**
 * Look-up tables for the scans (which code units are CJK is the lexicon's, src/lexicon/han.ts): tables
 * over UTF-16 code units (cheaper than Sets of one-character strings in hot
 * loops), and word lists grouped by their first or last character.
 */
import { isIdeographWithExtACode } from '../lexicon/han.ts'

/** The code unit at `i`, or -1 outside the text (reading past the end would cost a deoptimisation). */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1
}
/** A table over UTF-16 code units, 1 for each of `chars`: cheaper than a Set of one-character strings in hot loops. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536)
  for (const ch of chars) table[ch.charCodeAt(0)] = 1
  return table
}
function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
/** A regular-expression alternation of `words`, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
}

/** Words grouped by the code of their first or last character, longest first. */
export function byCharCode(words: readonly string[], at: 'first' | 'last'): Map<number, string[]> {
  const grouped = new Map<number, string[]>()
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const code = word.charCodeAt(at === 'first' ? 0 : word.length - 1)
    const group = grouped.get(code)
    if (group === undefined) grouped.set(code, [word])
    else group.push(word)
  }
  return grouped
}
export const byLastChar = (words: readonly string[]): Map<number, string[]> => byCharCode(words, 'last')

export function isAllCJK(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isIdeographWithExtACode(text.charCodeAt(i))) return false
  return text.length > 0
}

/** The longest of `words` (grouped by last character) that ends at `last`, or undefined. */
export function wordEndingAt(text: string, last: number, byLast: Map<number, string[]>): string | undefined {
  const options = byLast.get(text.charCodeAt(last))
  if (options === undefined) return undefined
  for (const word of options) if (text.startsWith(word, last + 1 - word.length)) return word
  return undefined
}

/**
 * Words common in all Chinese text, from jieba's own dictionary frequencies: a two-character
 * word used that often (企业, 场所, 员工, 进展, 国际…) says little about what one article is
 * about, so it is no topic unless the dictionary or the corpus makes it a term. A rule from how
 * the words behave in the language at large, not a list of words.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** jieba's dictionary counts a word this often or more: common in any text. */
export const COMMON_WORD_FREQUENCY = 1000

let common: Set<string> | null = null

export function isCommonWord(word: string): boolean {
  if (word.length !== 2) return false
  common ??= readCommonWords()
  return common.has(word)
}

function readCommonWords(): Set<string> {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('nodejieba/package.json'))
  const text = readFileSync(join(root, 'submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8')
  const words = new Set<string>()
  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    // `word frequency tag`: only two-character words are looked at.
    if (text.charCodeAt(start + 2) === 32) {
      const space = text.indexOf(' ', start + 3)
      if (Number(text.slice(start + 3, space)) >= COMMON_WORD_FREQUENCY) words.add(text.slice(start, start + 2))
    }
    start = end + 1
  }
  return words
}

/**
 * Pinyin order for the index pages of people, places, organisations and topics, without a
 * pinyin table: ICU (in every Node build with full ICU, the default) collates Chinese by
 * pinyin, so a word's initial letter is the last letter whose first character sorts at or
 * before the word's first character.
 */

import { byCodeUnits } from '../lexicon/order.ts'
import { hanScript } from '../lexicon/han.ts'

export const pinyinCollator = new Intl.Collator('zh-Hans-CN-u-co-pinyin')

/** By pinyin, then by code units (lexicon/order.ts), so equal-sounding words keep one order. */
export function byPinyin(a: string, b: string): number {
  return pinyinCollator.compare(a, b) || byCodeUnits(a, b)
}

const letters = 'ABCDEFGHJKLMNOPQRSTWXYZ'
/** The character each letter's words begin after, in ICU's pinyin order (I, U and V start no syllable). */
const firsts = [...'吖丷嚓咑妸发旮哈丌咔垃妈拏喔妑七呥仨他屲夕丫帀']

/**
 * Surnames whose reading as a surname differs from the character's usual one, which is
 * the one ICU sorts by (曾 is céng in 曾经, Zēng as a name).
 */
const surnameInitials: Readonly<Record<string, string>> = {
  曾: 'Z',
  单: 'S',
  解: 'X',
  查: 'Z',
  仇: 'Q',
  覃: 'Q',
  尉: 'Y',
  区: 'O',
  朴: 'P',
  盖: 'G',
  缪: 'M',
  乐: 'Y',
  种: 'C',
  秘: 'B',
  员: 'Y'
}

const oneHan = new RegExp(`^${hanScript}$`, 'u')

/** `A`–`Z` for a word starting with a Han character or a Latin letter; `#` for anything else. */
export function pinyinInitial(word: string, options: { person?: boolean } = {}): string {
  const first = [...word][0] ?? ''
  if (/^[a-z]$/i.test(first)) return first.toUpperCase()
  if (!oneHan.test(first)) return '#'
  if (options.person && surnameInitials[first]) return surnameInitials[first]!
  let found = '#'
  for (let i = 0; i < firsts.length; i++) if (pinyinCollator.compare(firsts[i]!, first) <= 0) found = letters[i]!
  return found
}

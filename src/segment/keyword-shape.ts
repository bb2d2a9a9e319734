/**
 * Whether a token can be a keyword at all, judged once per distinct token:
 * long enough, no number, no title, not on the stoplist, not a word common in
 * any Chinese text, and tagged by jieba as a noun-like word.
 */
import { tagText } from './jieba.ts'
import { isCommonWord } from './common-words.ts'
import { KEYWORD_STOPLIST, KEYWORD_TAGS } from './rules.ts'
import { ideographsWithExtA } from '../lexicon/han.ts'
import { anyWidthDigits } from '../lexicon/width.ts'

const HAS_WORD_CHAR = new RegExp(`[${ideographsWithExtA}]|[A-Za-z]{2,}`, 'u')
const NUMBERISH = new RegExp(`^[${anyWidthDigits}.．,，%％第]+$`, 'u')
const DIGIT = new RegExp(`[${anyWidthDigits}]`, 'u')
/** Titles say who, not what: 区委书记, 副区长… are never keywords. */
const TITLE_TAIL = /(?:书记|区长|市长|镇长|县长|主任|常委|委员|局长|部长|经理|负责人|主席|院长|校长)$/u
/** Adverbs (jieba's d, ad) say how something is done: a word opening with one (充分利用, 严格落实) is a manner phrase, no topic. */
const ADVERB_TAG = /^(?:d|ad)$/u

const keywordVerdicts = new Map<string, boolean>()

export function keywordShaped(token: string): boolean {
  let verdict = keywordVerdicts.get(token)
  if (verdict === undefined) {
    if (
      token.length < 2 ||
      KEYWORD_STOPLIST.has(token) ||
      TITLE_TAIL.test(token) ||
      NUMBERISH.test(token) ||
      !HAS_WORD_CHAR.test(token) ||
      DIGIT.test(token) ||
      isCommonWord(token)
    )
      verdict = false
    else {
      const tags = tagText(token)
      verdict = (tags.length !== 1 || KEYWORD_TAGS.test(tags[0]?.tag ?? '')) && !mannerPhrase(token)
    }
    keywordVerdicts.set(token, verdict)
  }
  return verdict
}

function mannerPhrase(token: string): boolean {
  if (token.length < 4) return false
  const head = tagText(token.slice(0, 2))
  return head.length === 1 && ADVERB_TAG.test(head[0]?.tag ?? '')
}

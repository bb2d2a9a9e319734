/**
 * Learn the corpus's own words before cutting, one article at a time: names
 * from titles and leader lists (scan-names.ts), places and organisations from
 * their suffixes (scan-places.ts), officialese terms from quotation marks.
 * Pure string scanning plus a few memoised jieba look-ups on short
 * candidates; every text is scanned once, in one pass.
 */
import { TITLE_WORDS, LIST_INTRODUCERS, SUBJECT_VERBS, PLACE_SUFFIXES, ORG_SUFFIXES } from './rules.ts'
import { byLastChar, codeAt, wordEndingAt } from './char-tables.ts'
import { onComrade, onHeadline, onListIntroducer, onSubjectVerb, onTitle, type NameHit } from './scan-names.ts'
import { onOrgSuffix, onPlaceSuffix, type PlaceHit } from './scan-places.ts'
import { isUnifiedIdeographCode } from '../lexicon/han.ts'

export interface ArticleScan {
  names: NameHit[]
  /** Names from weaker contexts (X强调, 宋洁实地督导…, X同志): kept only when confirmed. */
  weakNames: string[]
  /** Names after 同志 or in a headline: one sighting is enough once jieba agrees it is no common word. */
  honorificNames: string[]
  places: PlaceHit[]
  orgs: string[]
  quoted: string[]
}

const TITLE_BY_LAST = byLastChar(TITLE_WORDS)
const PLACE_BY_LAST = byLastChar(PLACE_SUFFIXES)
const ORG_BY_LAST = byLastChar(ORG_SUFFIXES)
const SUBJECT_BY_LAST = byLastChar(SUBJECT_VERBS)
const INTRO_BY_LAST = byLastChar(LIST_INTRODUCERS)

/** Scan one article (title, then body) for candidate names, places, organisations and terms. */
export function scanText(title: string, body: string): ArticleScan {
  const scan: ArticleScan = { names: [], weakNames: [], honorificNames: [], places: [], orgs: [], quoted: [] }
  scanOne(title, true, scan)
  scanOne(body, body === title, scan)
  onHeadline(title, scan.weakNames)
  return scan
}

/**
 * What a position can trigger, as bit flags per UTF-16 code unit. Every scanner
 * is keyed on where its words end (or an opening quote): a one-character word by
 * its character, a longer word by its last two characters. One pass over the
 * text with two table look-ups per character replaces a regex pass per scanner,
 * and keeps common characters (工作, 人民) from waking the scanners.
 */
const T_TITLE = 1
const T_PLACE = 2
const T_ORG = 4
const T_SUBJECT = 8
const T_INTRO = 16
const T_COMRADE = 32
const T_QUOTE = 64
/** Flags of scanners with a one-character word equal to the character. */
const ENDS_ONE = new Uint8Array(65536)
/** Flags of scanners with a longer word ending in the character… */
const ENDS_LONG = new Uint8Array(65536)
/** …and with a longer word whose second-to-last character is this one. */
const BEFORE_END = new Uint8Array(65536)
function markWordEnds(words: Iterable<string>, flag: number): void {
  for (const word of words) {
    const last = word.charCodeAt(word.length - 1)
    if (word.length === 1) ENDS_ONE[last] = (ENDS_ONE[last] as number) | flag
    else {
      ENDS_LONG[last] = (ENDS_LONG[last] as number) | flag
      const before = word.charCodeAt(word.length - 2)
      BEFORE_END[before] = (BEFORE_END[before] as number) | flag
    }
  }
}
markWordEnds(TITLE_WORDS, T_TITLE)
markWordEnds(PLACE_SUFFIXES, T_PLACE)
markWordEnds(ORG_SUFFIXES, T_ORG)
markWordEnds(SUBJECT_VERBS, T_SUBJECT)
markWordEnds(LIST_INTRODUCERS, T_INTRO)
markWordEnds(['同志'], T_COMRADE)
markWordEnds(['“', '"'], T_QUOTE)
const ENDS_ANY = ENDS_ONE.map((one, code) => one | (ENDS_LONG[code] as number))

function scanOne(text: string, isTitle: boolean, scan: ArticleScan): void {
  // Names after a list introducer go after the names after titles, as two separate passes would give.
  const introNames: NameHit[] = []
  let quoteFrom = 0
  let before = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const previous = before
    before = code
    if (ENDS_ANY[code] === 0) continue // most characters end no word
    // A scanner may have a word ending here: worth a look-up.
    const flags = (ENDS_ONE[code] as number) | ((ENDS_LONG[code] as number) & (BEFORE_END[previous] as number))
    if (flags === 0) continue
    if ((flags & T_TITLE) !== 0 && wordEndingAt(text, i, TITLE_BY_LAST) !== undefined) onTitle(text, i + 1, scan.names)
    if ((flags & T_INTRO) !== 0 && wordEndingAt(text, i, INTRO_BY_LAST) !== undefined)
      onListIntroducer(text, i + 1, introNames)
    if ((flags & T_SUBJECT) !== 0) {
      const verb = wordEndingAt(text, i, SUBJECT_BY_LAST)
      if (verb !== undefined) onSubjectVerb(text, i + 1 - verb.length, scan.weakNames)
    }
    if ((flags & T_COMRADE) !== 0 && text[i - 1] === '同') onComrade(text, i - 1, scan.honorificNames)
    if ((flags & T_PLACE) !== 0) {
      const suffix = wordEndingAt(text, i, PLACE_BY_LAST)
      if (suffix !== undefined) onPlaceSuffix(text, i + 1 - suffix.length, suffix, scan.places, isTitle)
    }
    if ((flags & T_ORG) !== 0) {
      const suffix = wordEndingAt(text, i, ORG_BY_LAST)
      if (suffix !== undefined) onOrgSuffix(text, i + 1 - suffix.length, suffix, scan.orgs)
    }
    if ((flags & T_QUOTE) !== 0 && i >= quoteFrom) {
      const close = quotedEnd(text, i)
      if (close > 0) {
        scan.quoted.push(text.slice(i + 1, close))
        quoteFrom = close + 1
      }
    }
  }
  for (const hit of introNames) scan.names.push(hit)
}

/** “复工复产”: 2–8 CJK characters between quotes; returns the closing quote's index, or -1. */
function quotedEnd(text: string, open: number): number {
  let j = open + 1
  while (j < text.length && j - open <= 9) {
    const code = text.charCodeAt(j)
    if (!isUnifiedIdeographCode(code)) break
    j++
  }
  const length = j - open - 1
  const close = codeAt(text, j)
  return length >= 2 && length <= 8 && (close === 0x201d || close === 0x22) ? j : -1 // ” or "
}

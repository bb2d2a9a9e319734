/**
 * Reading places and organisations from their suffixes: at a suffix (街道,
 * 社区, 区…; 公司, 中心, 局…) read the name part to its left, up to a stop
 * character or word, a date, another suffix, or the scan limit.
 */
import {
  PLACE_SUFFIXES,
  WEAK_PLACE_SUFFIXES,
  PLACE_BAD_NEXT,
  PLACE_ADMIN_FOLLOW,
  PLACE_LOCATIVE_BEFORE,
  ORG_SUFFIXES,
  LEFT_STOP_CHARS,
  LEFT_STOP_WORDS
} from './rules.ts'
import { charTable, codeAt } from './char-tables.ts'
import { isIdeographWithExtACode } from '../lexicon/han.ts'
import { isAnyWidthDigitCode } from '../lexicon/width.ts'

export interface PlaceHit {
  /** Text before the suffix (at most the scan limit), trimmed on the left. */
  window: string
  suffix: string
  /** The reading with a clean left boundary, or null when the scan hit its limit. */
  clean: string | null
  admin: boolean
  locative: boolean
  listy: boolean
  /** Right after a larger place (蜜蜂张街道西工房社区) or at the start of a headline. */
  chained: boolean
}

const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES)
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES)
const LEFT_STOP_WORD_SET = new Set(LEFT_STOP_WORDS)
const LEFT_STOP = charTable(LEFT_STOP_CHARS)
const STOP_WORD_LAST = charTable(LEFT_STOP_WORDS.map((word) => word[word.length - 1] ?? ''))
const SUFFIX_LAST = charTable([...PLACE_SUFFIXES, ...ORG_SUFFIXES].map((word) => word[word.length - 1] ?? ''))
const DATE_UNITS = charTable('年月日号')
/** How far left of a suffix a name part may reach: single-character place suffixes need a shorter one. */
const WEAK_PLACE_REACH = 5
const PLACE_REACH = 7
const ORG_REACH = 10
const ENUMERATION_COMMA = 0x3001 // 、

interface LeftBoundary {
  from: number
  clean: boolean
  chained: boolean
}

/** Scan left from `start` over at most `max` characters; returns the start of the name part. */
function scanLeft(text: string, start: number, max: number, suffixes: ReadonlySet<string>): LeftBoundary {
  let j = start
  while (start - j < max) {
    const code = codeAt(text, j - 1)
    if (!isIdeographWithExtACode(code) || LEFT_STOP[code] === 1) {
      // 2月26日中央政治局: a date is no part of a name.
      while (j < start && isAnyWidthDigitCode(code) && DATE_UNITS[text.charCodeAt(j)] === 1) j++
      return { from: j, clean: true, chained: false }
    }
    if (STOP_WORD_LAST[code] === 1 && j - 2 >= 0 && LEFT_STOP_WORD_SET.has(text.slice(j - 2, j)))
      return { from: j, clean: true, chained: false }
    if (SUFFIX_LAST[code] === 1) {
      for (let k = 1; k <= 3 && j - k >= 0; k++)
        if (suffixes.has(text.slice(j - k, j))) return { from: j, clean: true, chained: k >= 2 }
    }
    j--
  }
  return { from: j, clean: j === 0, chained: false }
}

/** Whether the character before a suffix at `at` can end a name part. */
function nameCanEndBefore(text: string, at: number): boolean {
  return at !== 0 && LEFT_STOP[text.charCodeAt(at - 1)] !== 1 && isIdeographWithExtACode(text.charCodeAt(at - 1))
}

/** A place suffix at `at`: read the name part to its left. */
export function onPlaceSuffix(text: string, at: number, suffix: string, out: PlaceHit[], isTitle: boolean): void {
  const end = at + suffix.length
  if (!nameCanEndBefore(text, at)) return
  const bad = PLACE_BAD_NEXT[suffix]
  if (bad !== undefined && (end >= text.length || bad.includes(text.charAt(end)))) return // also at the very end
  const reach = WEAK_PLACE_SUFFIXES.has(suffix) ? WEAK_PLACE_REACH : PLACE_REACH
  const { from, clean, chained } = scanLeft(text, at, reach, PLACE_SUFFIX_SET)
  if (at - from < 1) return
  const window = text.slice(from, at)
  out.push({
    window,
    suffix,
    clean: clean ? window + suffix : null,
    admin: PLACE_ADMIN_FOLLOW.test(text.slice(end, end + 4)),
    locative: PLACE_LOCATIVE_BEFORE.test(text.slice(Math.max(0, from - 3), from)),
    listy: codeAt(text, from - 1) === ENUMERATION_COMMA || codeAt(text, end) === ENUMERATION_COMMA,
    chained: chained || (isTitle && from === 0)
  })
}

/** An organisation suffix at `at`: read the name part to its left (a clean boundary only). */
export function onOrgSuffix(text: string, at: number, suffix: string, out: string[]): void {
  if (!nameCanEndBefore(text, at)) return
  const { from, clean } = scanLeft(text, at, ORG_REACH, ORG_SUFFIX_SET)
  if (!clean || at - from < 1) return
  out.push(text.slice(from, at + suffix.length))
}

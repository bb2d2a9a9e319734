/**
 * Reading names: a surname and a given name of one or two characters, after a
 * title (区委书记宋洁), in a list (区领导宋洁、耿勇军), before a verb (宋洁强调),
 * before 同志, and at the start of a headline (耿勇军督导…).
 */
import {
  SURNAMES_ALL,
  SURNAMES_SAFE,
  COMPOUND_SURNAMES,
  GIVEN_FORBIDDEN,
  TITLE_WORDS,
  NAME_FOLLOWERS,
  TITLE_SUBJECT_VERBS
} from './rules.ts'
import { alternation, byCharCode, charTable, codeAt, isAllCJK } from './char-tables.ts'
import { ideographsWithExtA, isIdeographWithExtACode, unifiedIdeographs } from '../lexicon/han.ts'
import { anyWidthDigits } from '../lexicon/width.ts'

/** A name read after a title or in a list. `alt` is the other reading when the length was ambiguous. */
export interface NameHit {
  name: string
  alt: string | null
  /** Titles printed before the name, e.g. ['区委常委', '副区长']. */
  roles: string[]
  /** True when the end of the name was fixed by punctuation or a list comma. */
  exact: boolean
}

const TITLE_END_RE = new RegExp(`(?:${alternation(TITLE_WORDS)})$`, 'u')
const FOLLOWERS_BY_FIRST = byCharCode(NAME_FOLLOWERS, 'first')
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((word) => word.length === 1))
const TITLE_SUBJECT_RE = new RegExp(`^([${unifiedIdeographs}]{2,3})(?=${alternation(TITLE_SUBJECT_VERBS)})`, 'u')
const ROLE_LEAD_RE = new RegExp(
  `^(?:本报讯)?[${anyWidthDigits}]*年?[${anyWidthDigits}]*月?[${anyWidthDigits}]*日?(?:上午|下午|晚上|晚间|当晚|当天|近日|日前|近期|随后|同时|会上|会后|期间|其间|今年以来|去年以来)?(?:在|由|经|与|和|同|及|并|请|邀请|陪同|随同)?`,
  'u'
)
const ALL_CJK = new RegExp(`^[${ideographsWithExtA}]+$`, 'u')
const HARD_DELIMITERS = charTable('，,。．；;：:！!？?（）()“”"《》〈〉【】\n\r\t 　')

/** A word that commonly follows a name (指出, 参加…) starts at `pos`. */
function followerAt(text: string, pos: number): boolean {
  const words = FOLLOWERS_BY_FIRST.get(codeAt(text, pos))
  if (words !== undefined) for (const word of words) if (text.startsWith(word, pos)) return true
  return false
}

const SAFE_SURNAMES = charTable(SURNAMES_SAFE)
const ALL_SURNAMES = charTable(SURNAMES_ALL)
const FORBIDDEN_IN_GIVEN = charTable(GIVEN_FORBIDDEN)
const COMPOUND_FIRST = charTable(COMPOUND_SURNAMES.map((surname) => surname[0] ?? ''))

/** Surname (one of `surnames`, or a compound one) and a given name of 1–2 characters. */
function validName(candidate: string, surnames: Uint8Array): boolean {
  if (!isAllCJK(candidate)) return false
  const givenFrom =
    candidate.length >= 3 &&
    COMPOUND_FIRST[candidate.charCodeAt(0)] === 1 &&
    COMPOUND_SURNAMES.includes(candidate.slice(0, 2))
      ? 2
      : 1
  if (givenFrom === 1 && surnames[candidate.charCodeAt(0)] !== 1) return false
  const givenLength = candidate.length - givenFrom
  if (givenLength < 1 || givenLength > 2) return false
  for (let i = givenFrom; i < candidate.length; i++) if (FORBIDDEN_IN_GIVEN[candidate.charCodeAt(i)] === 1) return false
  return true
}

interface NameOption {
  name: string
  end: number
  exact: boolean
}

const NO_OPTIONS: readonly NameOption[] = []
const NAME_LENGTHS = [3, 2]
const COMPOUND_NAME_LENGTHS = [4, 3]

function nameOptions(text: string, pos: number, surnames: Uint8Array): readonly NameOption[] {
  const first = codeAt(text, pos)
  if (first < 0 || (surnames[first] !== 1 && COMPOUND_FIRST[first] !== 1)) return NO_OPTIONS
  const out: NameOption[] = []
  const compound = COMPOUND_FIRST[first] === 1 && COMPOUND_SURNAMES.includes(text.slice(pos, pos + 2))
  for (const len of compound ? COMPOUND_NAME_LENGTHS : NAME_LENGTHS) {
    const end = pos + len
    if (end > text.length) continue
    const name = text.slice(pos, end)
    if (!validName(name, surnames)) continue
    const exact = end >= text.length || !isIdeographWithExtACode(text.charCodeAt(end))
    if (exact || followerAt(text, end)) out.push({ name, end, exact })
  }
  return out
}

/** Read `名、名、名` starting at `pos`. */
function readNameList(text: string, pos: number, surnames: Uint8Array, roles: string[], out: NameHit[]): void {
  for (let guard = 0; guard < 40; guard++) {
    const options = nameOptions(text, pos, surnames)
    if (options.length === 0) return
    const exact = options.find((option) => option.exact)
    let chosen: NameOption
    let alt: string | null = null
    if (exact !== undefined) chosen = exact
    else if (options.length === 1) chosen = options[0] as NameOption
    else {
      const long = options[0] as NameOption
      const short = options[1] as NameOption
      const preferShort = SINGLE_FOLLOWERS.has(long.name[long.name.length - 1] ?? '')
      chosen = preferShort ? short : long
      alt = preferShort ? long.name : short.name
    }
    out.push({ name: chosen.name, alt, roles, exact: chosen.exact })
    if (codeAt(text, chosen.end) !== 0x3001) return // 、
    pos = chosen.end + 1
  }
}

/** Titles printed before position `end`: `区委常委、副区长` gives ['区委常委', '副区长']. */
function roleChain(text: string, end: number): string[] {
  let i = end - 1
  while (i >= 0 && end - i <= 48 && HARD_DELIMITERS[text.charCodeAt(i)] !== 1) i--
  const pieces = text.slice(i + 1, end).split('、')
  const roles: string[] = []
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = (pieces[k] ?? '').replace(ROLE_LEAD_RE, '')
    if (piece.length < 2 || piece.length > 16 || !ALL_CJK.test(piece) || !TITLE_END_RE.test(piece)) break
    roles.unshift(piece)
  }
  return roles
}

/** 区领导宋洁、耿勇军…: the names after a list introducer ending at `end`, with no titles. */
export function onListIntroducer(text: string, end: number, out: NameHit[]): void {
  if (isIdeographWithExtACode(codeAt(text, end))) readNameList(text, end, ALL_SURNAMES, [], out)
}

/** 区委书记宋洁、…: the names after a title, each with the chain of titles before it. */
export function onTitle(text: string, end: number, out: NameHit[]): void {
  if (!isIdeographWithExtACode(codeAt(text, end))) return
  const before: NameHit[] = []
  readNameList(text, end, ALL_SURNAMES, [], before)
  if (before.length === 0) return
  const roles = roleChain(text, end)
  for (const hit of before) out.push({ ...hit, roles })
}

/** X强调: X is 2–3 characters after a punctuation mark or the start. */
export function onSubjectVerb(text: string, verbAt: number, out: string[]): void {
  for (let length = 3; length >= 2; length--) {
    const from = verbAt - length
    if (from < 0 || isIdeographWithExtACode(codeAt(text, from - 1))) continue
    const name = text.slice(from, verbAt)
    if (isAllCJK(name)) {
      if (validName(name, SAFE_SURNAMES)) out.push(name)
      break
    }
  }
}

/** X同志 / X等同志 at `at` (the position of 同志). */
export function onComrade(text: string, at: number, out: string[]): void {
  const nameEnd = codeAt(text, at - 1) === 0x7b49 ? at - 1 : at // 等
  const three = text.slice(Math.max(0, nameEnd - 3), nameEnd)
  const two = text.slice(Math.max(0, nameEnd - 2), nameEnd)
  if (three.length === 3 && validName(three, SAFE_SURNAMES)) out.push(three)
  else if (two.length === 2 && validName(two, SAFE_SURNAMES)) out.push(two)
}

/** 耿勇军督导…: a name opening a headline, before one of its verbs. */
export function onHeadline(title: string, out: string[]): void {
  const headline = TITLE_SUBJECT_RE.exec(title)
  if (headline !== null && validName(headline[1] ?? '', SAFE_SURNAMES)) out.push(headline[1] ?? '')
}

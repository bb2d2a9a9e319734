/**
 * Learn the corpus's own words before cutting: names from titles and leader
 * lists, places and organisations from their suffixes, officialese terms from
 * quotation marks. Pure string scanning plus a few memoised jieba look-ups on
 * short candidates; every text is scanned once.
 */
import { tagText, cutText } from './jieba.ts'
import {
  SURNAMES_ALL,
  SURNAMES_SAFE,
  COMPOUND_SURNAMES,
  GIVEN_FORBIDDEN,
  TITLE_WORDS,
  LIST_INTRODUCERS,
  NAME_FOLLOWERS,
  SUBJECT_VERBS,
  TITLE_SUBJECT_VERBS,
  PLACE_SUFFIXES,
  WEAK_PLACE_SUFFIXES,
  PLACE_BAD_NEXT,
  PLACE_ADMIN_FOLLOW,
  PLACE_LOCATIVE_BEFORE,
  GENERIC_PLACES,
  ORG_SUFFIXES,
  GENERIC_ORGS,
  LEFT_STOP_CHARS,
  LEFT_STOP_WORDS
} from './rules.ts'

/** A name read after a title or in a list. `alt` is the other reading when the length was ambiguous. */
export interface NameHit {
  name: string
  alt: string | null
  /** Titles printed before the name, e.g. ['区委常委', '副区长']. */
  roles: string[]
  /** True when the end of the name was fixed by punctuation or a list comma. */
  exact: boolean
}

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

function isCJK(ch: string | undefined): boolean {
  return ch !== undefined && isCJKCode(ch.charCodeAt(0))
}
/** The code unit at `i`, or -1 outside the text (reading past the end would cost a deoptimisation). */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1
}
function isCJKCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}
/** A table over UTF-16 code units, 1 for each of `chars`: cheaper than a Set of one-character strings in hot loops. */
function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(65536)
  for (const ch of chars) table[ch.charCodeAt(0)] = 1
  return table
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
}

/** Words grouped by the code of their first or last character, longest first. */
function byCharCode(words: readonly string[], at: 'first' | 'last'): Map<number, string[]> {
  const grouped = new Map<number, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const c = w.charCodeAt(at === 'first' ? 0 : w.length - 1)
    const l = grouped.get(c)
    if (l === undefined) grouped.set(c, [w])
    else l.push(w)
  }
  return grouped
}
const byLastChar = (words: readonly string[]): Map<number, string[]> => byCharCode(words, 'last')
const TITLE_BY_LAST = byLastChar(TITLE_WORDS)
const PLACE_BY_LAST = byLastChar(PLACE_SUFFIXES)
const ORG_BY_LAST = byLastChar(ORG_SUFFIXES)
const SUBJECT_BY_LAST = byLastChar(SUBJECT_VERBS)
const INTRO_BY_LAST = byLastChar(LIST_INTRODUCERS)
const TITLE_END_RE = new RegExp(`(?:${alternation(TITLE_WORDS)})$`, 'u')
const FOLLOWERS_BY_FIRST = byCharCode(NAME_FOLLOWERS, 'first')
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((w) => w.length === 1))
const TITLE_SUBJECT_RE = new RegExp(`^([\\u4e00-\\u9fff]{2,3})(?=${alternation(TITLE_SUBJECT_VERBS)})`, 'u')
const ROLE_LEAD_RE =
  /^(?:本报讯)?[\d０-９]*年?[\d０-９]*月?[\d０-９]*日?(?:上午|下午|晚上|晚间|当晚|当天|近日|日前|近期|随后|同时|会上|会后|期间|其间|今年以来|去年以来)?(?:在|由|经|与|和|同|及|并|请|邀请|陪同|随同)?/u
const ALL_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u
const HARD_DELIMITERS = charTable('，,。．；;：:！!？?（）()“”"《》〈〉【】\n\r\t 　')
const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES)
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES)
const LEFT_STOP_WORD_SET = new Set(LEFT_STOP_WORDS)
/** POS tags that cannot be inside a place or organisation name: verbs, prepositions, adverbs… */
const NON_NAME_POS = /^(?:v|vd|vi|vq|p|c|u|ud|uj|ul|uv|uz|r|rr|rz)$/u

/** A word that commonly follows a name (指出, 参加…) starts at `pos`. */
function followerAt(text: string, pos: number): boolean {
  const words = FOLLOWERS_BY_FIRST.get(codeAt(text, pos))
  if (words !== undefined) for (const w of words) if (text.startsWith(w, pos)) return true
  return false
}

function isAllCJK(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isCJKCode(s.charCodeAt(i))) return false
  return s.length > 0
}

const SAFE_SURNAMES = charTable(SURNAMES_SAFE)
const ALL_SURNAMES = charTable(SURNAMES_ALL)
const FORBIDDEN_IN_GIVEN = charTable(GIVEN_FORBIDDEN)
const COMPOUND_FIRST = charTable(COMPOUND_SURNAMES.map((c) => c[0] ?? ''))

/** Surname (one of `surnames`, or a compound one) and a given name of 1–2 characters. */
function validName(s: string, surnames: Uint8Array): boolean {
  if (!isAllCJK(s)) return false
  const givenFrom =
    s.length >= 3 && COMPOUND_FIRST[s.charCodeAt(0)] === 1 && COMPOUND_SURNAMES.includes(s.slice(0, 2)) ? 2 : 1
  if (givenFrom === 1 && surnames[s.charCodeAt(0)] !== 1) return false
  const givenLength = s.length - givenFrom
  if (givenLength < 1 || givenLength > 2) return false
  for (let i = givenFrom; i < s.length; i++) if (FORBIDDEN_IN_GIVEN[s.charCodeAt(i)] === 1) return false
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
    const s = text.slice(pos, end)
    if (!validName(s, surnames)) continue
    const exact = end >= text.length || !isCJKCode(text.charCodeAt(end))
    if (exact || followerAt(text, end)) out.push({ name: s, end, exact })
  }
  return out
}

/** Read `名、名、名` starting at `pos`. */
function readNameList(text: string, pos: number, surnames: Uint8Array, roles: string[], out: NameHit[]): void {
  for (let guard = 0; guard < 40; guard++) {
    const options = nameOptions(text, pos, surnames)
    if (options.length === 0) return
    const exact = options.find((o) => o.exact)
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

/** Scan one article (title, then body) for candidate names, places, organisations and terms. */
export function scanText(title: string, body: string): ArticleScan {
  const scan: ArticleScan = { names: [], weakNames: [], honorificNames: [], places: [], orgs: [], quoted: [] }
  scanOne(title, true, scan)
  scanOne(body, body === title, scan)
  const headline = TITLE_SUBJECT_RE.exec(title)
  if (headline !== null && validName(headline[1] ?? '', SAFE_SURNAMES)) scan.weakNames.push(headline[1] ?? '')
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
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1)
    if (w.length === 1) ENDS_ONE[last] = (ENDS_ONE[last] as number) | flag
    else {
      ENDS_LONG[last] = (ENDS_LONG[last] as number) | flag
      const before = w.charCodeAt(w.length - 2)
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
const ENDS_ANY = ENDS_ONE.map((one, c) => one | (ENDS_LONG[c] as number))

/** The longest of `words` (grouped by last character) that ends at `last`, or undefined. */
function wordEndingAt(text: string, last: number, byLast: Map<number, string[]>): string | undefined {
  const options = byLast.get(text.charCodeAt(last))
  if (options === undefined) return undefined
  for (const w of options) if (text.startsWith(w, last + 1 - w.length)) return w
  return undefined
}

function scanOne(text: string, isTitle: boolean, scan: ArticleScan): void {
  // Names after a list introducer go after the names after titles, as two separate passes would give.
  const introNames: NameHit[] = []
  let quoteFrom = 0
  let before = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const b = before
    before = c
    if (ENDS_ANY[c] === 0) continue // most characters end no word
    // A scanner may have a word ending here: worth a look-up.
    const t = (ENDS_ONE[c] as number) | ((ENDS_LONG[c] as number) & (BEFORE_END[b] as number))
    if (t === 0) continue
    if ((t & T_TITLE) !== 0 && wordEndingAt(text, i, TITLE_BY_LAST) !== undefined) onTitle(text, i + 1, scan.names)
    if ((t & T_INTRO) !== 0 && wordEndingAt(text, i, INTRO_BY_LAST) !== undefined && isCJKCode(codeAt(text, i + 1))) {
      readNameList(text, i + 1, ALL_SURNAMES, [], introNames)
    }
    if ((t & T_SUBJECT) !== 0) {
      const w = wordEndingAt(text, i, SUBJECT_BY_LAST)
      if (w !== undefined) onSubjectVerb(text, i + 1 - w.length, scan.weakNames)
    }
    if ((t & T_COMRADE) !== 0 && text[i - 1] === '同') onComrade(text, i - 1, scan.honorificNames)
    if ((t & T_PLACE) !== 0) {
      const w = wordEndingAt(text, i, PLACE_BY_LAST)
      if (w !== undefined) onPlaceSuffix(text, i + 1 - w.length, w, scan.places, isTitle)
    }
    if ((t & T_ORG) !== 0) {
      const w = wordEndingAt(text, i, ORG_BY_LAST)
      if (w !== undefined) onOrgSuffix(text, i + 1 - w.length, w, scan.orgs)
    }
    if ((t & T_QUOTE) !== 0 && i >= quoteFrom) {
      const close = quotedEnd(text, i)
      if (close > 0) {
        scan.quoted.push(text.slice(i + 1, close))
        quoteFrom = close + 1
      }
    }
  }
  for (const hit of introNames) scan.names.push(hit)
}

/** 区委书记宋洁、…: the names after a title, each with the chain of titles before it. */
function onTitle(text: string, end: number, out: NameHit[]): void {
  if (!isCJKCode(codeAt(text, end))) return
  const before: NameHit[] = []
  readNameList(text, end, ALL_SURNAMES, [], before)
  if (before.length === 0) return
  const roles = roleChain(text, end)
  for (const hit of before) out.push({ ...hit, roles })
}

/** X强调: X is 2–3 characters after a punctuation mark or the start. */
function onSubjectVerb(text: string, v: number, out: string[]): void {
  for (let len = 3; len >= 2; len--) {
    const from = v - len
    if (from < 0 || isCJKCode(codeAt(text, from - 1))) continue
    const s = text.slice(from, v)
    if (isAllCJK(s)) {
      if (validName(s, SAFE_SURNAMES)) out.push(s)
      break
    }
  }
}

/** X同志 / X等同志 at `at` (the position of 同志). */
function onComrade(text: string, at: number, out: string[]): void {
  const p = codeAt(text, at - 1) === 0x7b49 ? at - 1 : at // 等
  const three = text.slice(Math.max(0, p - 3), p)
  const two = text.slice(Math.max(0, p - 2), p)
  if (three.length === 3 && validName(three, SAFE_SURNAMES)) out.push(three)
  else if (two.length === 2 && validName(two, SAFE_SURNAMES)) out.push(two)
}

/** “复工复产”: 2–8 CJK characters between quotes; returns the closing quote's index, or -1. */
function quotedEnd(text: string, open: number): number {
  let j = open + 1
  while (j < text.length && j - open <= 9) {
    const c = text.charCodeAt(j)
    if (c < 0x4e00 || c > 0x9fff) break
    j++
  }
  const n = j - open - 1
  const close = codeAt(text, j)
  return n >= 2 && n <= 8 && (close === 0x201d || close === 0x22) ? j : -1 // ” or "
}

/** Scan left from `start` over at most `max` characters; returns the start of the name part. */
function scanLeft(
  text: string,
  start: number,
  max: number,
  suffixes: ReadonlySet<string>
): { from: number; clean: boolean; chained: boolean } {
  let j = start
  while (start - j < max) {
    const c = codeAt(text, j - 1)
    if (!isCJKCode(c) || LEFT_STOP[c] === 1) {
      // 2月26日中央政治局: a date is no part of a name.
      while (j < start && isDigitCode(c) && DATE_UNITS[text.charCodeAt(j)] === 1) j++
      return { from: j, clean: true, chained: false }
    }
    if (STOP_WORD_LAST[c] === 1 && j - 2 >= 0 && LEFT_STOP_WORD_SET.has(text.slice(j - 2, j)))
      return { from: j, clean: true, chained: false }
    if (SUFFIX_LAST[c] === 1) {
      for (let k = 1; k <= 3 && j - k >= 0; k++)
        if (suffixes.has(text.slice(j - k, j))) return { from: j, clean: true, chained: k >= 2 }
    }
    j--
  }
  return { from: j, clean: j === 0, chained: false }
}
function isDigitCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19)
}
const LEFT_STOP = charTable(LEFT_STOP_CHARS)
const STOP_WORD_LAST = charTable(LEFT_STOP_WORDS.map((w) => w[w.length - 1] ?? ''))
const SUFFIX_LAST = charTable([...PLACE_SUFFIXES, ...ORG_SUFFIXES].map((w) => w[w.length - 1] ?? ''))
const DATE_UNITS = charTable('年月日号')

/** A place suffix at `s`: read the name part to its left. */
function onPlaceSuffix(text: string, s: number, suffix: string, out: PlaceHit[], isTitle: boolean): void {
  const e = s + suffix.length
  if (s === 0 || LEFT_STOP[text.charCodeAt(s - 1)] === 1 || !isCJKCode(text.charCodeAt(s - 1))) return
  const bad = PLACE_BAD_NEXT[suffix]
  if (bad !== undefined && (e >= text.length || bad.includes(text.charAt(e)))) return // also at the very end
  const max = WEAK_PLACE_SUFFIXES.has(suffix) ? 5 : 7
  const { from, clean, chained } = scanLeft(text, s, max, PLACE_SUFFIX_SET)
  if (s - from < 1) return
  const window = text.slice(from, s)
  out.push({
    window,
    suffix,
    clean: clean ? window + suffix : null,
    admin: PLACE_ADMIN_FOLLOW.test(text.slice(e, e + 4)),
    locative: PLACE_LOCATIVE_BEFORE.test(text.slice(Math.max(0, from - 3), from)),
    listy: codeAt(text, from - 1) === 0x3001 || codeAt(text, e) === 0x3001,
    chained: chained || (isTitle && from === 0)
  })
}

/** An organisation suffix at `s`: read the name part to its left (a clean boundary only). */
function onOrgSuffix(text: string, s: number, suffix: string, out: string[]): void {
  if (s === 0 || LEFT_STOP[text.charCodeAt(s - 1)] === 1 || !isCJKCode(text.charCodeAt(s - 1))) return
  const { from, clean } = scanLeft(text, s, 10, ORG_SUFFIX_SET)
  if (!clean || s - from < 1) return
  out.push(text.slice(from, s + suffix.length))
}

// ---------------------------------------------------------------------------
// Corpus-level decisions, memoised per distinct candidate.

const nameVerdicts = new Map<string, boolean>()
/** False when jieba's dictionary knows the string as an ordinary word (全体, 关于…), not a name. */
export function looksLikeName(s: string): boolean {
  let v = nameVerdicts.get(s)
  if (v === undefined) {
    const tags = tagText(s)
    v = !(tags.length === 1 && !/^(?:nr|nrt|nrfg|x)$/u.test(tags[0]?.tag ?? ''))
    nameVerdicts.set(s, v)
  }
  return v
}

const trimCache = new Map<string, string>()
/** While set, every trim looked up, so a cache can keep them for the next build. */
let trimsRecorded: Map<string, string> | null = null

/**
 * Trims known from an earlier build (scan-cache.ts), then record the trims looked up until
 * `stopRecordingTrims`. Only while jieba holds no inserted words: trims depend on them.
 */
export function recordTrims(known: ReadonlyMap<string, string>): Map<string, string> {
  for (const [part, trimmed] of known) if (!trimCache.has(part)) trimCache.set(part, trimmed)
  trimsRecorded = new Map()
  return trimsRecorded
}

export function stopRecordingTrims(): void {
  trimsRecorded = null
}
/**
 * Drop leading words of a name part that cannot be in a name (verbs, prepositions…):
 * `培育峡窝` gives `峡窝`, `收听收看` gives ``.
 */
export function trimNamePart(x: string): string {
  let v = trimCache.get(x)
  if (v === undefined) {
    const tags = tagText(x)
    let keepFrom = 0
    for (let i = 0; i < tags.length; i++) {
      const t = tags[i]
      if (t !== undefined && t.word.length > 1 && NON_NAME_POS.test(t.tag)) keepFrom = i + 1
    }
    v = tags
      .slice(keepFrom)
      .map((t) => t.word)
      .join('')
    trimCache.set(x, v)
  }
  trimsRecorded?.set(x, v)
  return v
}

const structureCache = new Map<string, boolean>()
/** The suffix must stand as its own word (not 格局, 超市, 市场), unless jieba knows the whole as a place or organisation. */
export function suffixStandsAlone(candidate: string, suffix: string): boolean {
  let v = structureCache.get(candidate)
  if (v === undefined) {
    const tokens = cutText(candidate)
    const last = tokens[tokens.length - 1] ?? ''
    if (last === suffix || (last.length > suffix.length && last.endsWith(suffix) && suffix.length >= 2)) v = true
    else if (last.endsWith(suffix)) {
      const tags = tagText(last)
      v = tags.length === 1 && /^(?:ns|nt|nz|nr|x)$/u.test(tags[0]?.tag ?? '')
    } else v = false
    structureCache.set(candidate, v)
  }
  return v
}

export function isGenericPlace(p: string): boolean {
  return GENERIC_PLACES.has(p) || (p.length > 1 && (p[0] === '区' || p[0] === '市') && GENERIC_PLACES.has(p.slice(1)))
}
export function isGenericOrg(o: string): boolean {
  return GENERIC_ORGS.has(o) || (o.length > 1 && /^[区市县省镇]/u.test(o) && GENERIC_ORGS.has(o.slice(1)))
}
export { isCJK }

const orgTailCache = new Map<string, boolean>()
/** The last word of an organisation name must not be an ordinary word (格局, 大局, 布局…). */
export function orgTailOk(candidate: string, suffix: string): boolean {
  let v = orgTailCache.get(candidate)
  if (v === undefined) {
    const tokens = cutText(candidate)
    const last = tokens[tokens.length - 1] ?? ''
    v = !(last.length > suffix.length && GENERIC_ORGS.has(last))
    orgTailCache.set(candidate, v)
  }
  return v
}

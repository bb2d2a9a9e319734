/**
 * Learn the corpus's own words before cutting: names from titles and leader
 * lists, places and organisations from their suffixes, officialese terms from
 * quotation marks. Pure string scanning plus a few memoised jieba look-ups on
 * short candidates; every text is scanned once.
 */
import { tagText, cutText } from './jieba.ts'
import {
  SURNAMES_ALL, SURNAMES_SAFE, COMPOUND_SURNAMES, GIVEN_FORBIDDEN, TITLE_WORDS, LIST_INTRODUCERS, NAME_FOLLOWERS,
  SUBJECT_VERBS, TITLE_SUBJECT_VERBS, PLACE_SUFFIXES, WEAK_PLACE_SUFFIXES, PLACE_BAD_NEXT, PLACE_ADMIN_FOLLOW,
  PLACE_LOCATIVE_BEFORE, GENERIC_PLACES, ORG_SUFFIXES, GENERIC_ORGS, LEFT_STOP_CHARS, LEFT_STOP_WORDS
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
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
}
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|')
}

/**
 * Find words by their last character: one character class is much faster to scan
 * for than a long alternation. `onMatch(start, word)` gets the longest word ending there.
 */
interface SuffixFinder { re: RegExp; byLast: Map<string, string[]> }
function suffixFinder(words: readonly string[]): SuffixFinder {
  const byLast = new Map<string, string[]>()
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const last = w[w.length - 1] ?? ''
    const l = byLast.get(last)
    if (l === undefined) byLast.set(last, [w])
    else l.push(w)
  }
  return { re: new RegExp(`[${[...byLast.keys()].join('')}]`, 'gu'), byLast }
}
function findWords(text: string, finder: SuffixFinder, onMatch: (start: number, word: string) => void): void {
  const re = finder.re
  re.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text)) !== null) {
    const end = m.index + 1
    for (const w of finder.byLast.get(m[0]) ?? []) {
      if (text.startsWith(w, end - w.length)) { onMatch(end - w.length, w); break }
    }
  }
}
const TITLE_FINDER = suffixFinder(TITLE_WORDS)
const PLACE_FINDER = suffixFinder(PLACE_SUFFIXES)
const ORG_FINDER = suffixFinder(ORG_SUFFIXES)
const SUBJECT_VERB_RE = new RegExp(`(?:${alternation(SUBJECT_VERBS)})`, 'gu')
const TITLE_END_RE = new RegExp(`(?:${alternation(TITLE_WORDS)})$`, 'u')
const INTRO_RE = new RegExp(`(?:${alternation(LIST_INTRODUCERS)})`, 'gu')
const FOLLOWERS = [...NAME_FOLLOWERS].sort((a, b) => b.length - a.length)
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((w) => w.length === 1))
const TITLE_SUBJECT_RE = new RegExp(`^([\\u4e00-\\u9fff]{2,3})(?=${alternation(TITLE_SUBJECT_VERBS)})`, 'u')
const QUOTED_RE = /[“"]([\u4e00-\u9fff]{2,8})[”"]/gu
const ROLE_LEAD_RE = /^(?:本报讯)?[\d０-９]*年?[\d０-９]*月?[\d０-９]*日?(?:上午|下午|晚上|晚间|当晚|当天|近日|日前|近期|随后|同时|会上|会后|期间|其间|今年以来|去年以来)?(?:在|由|经|与|和|同|及|并|请|邀请|陪同|随同)?/u
const ALL_CJK = /^[\u3400-\u4dbf\u4e00-\u9fff]+$/u
const HARD_DELIMITERS = new Set('，,。．；;：:！!？?（）()“”"《》〈〉【】\n\r\t 　')
const PLACE_SUFFIX_SET = new Set(PLACE_SUFFIXES)
const ORG_SUFFIX_SET = new Set(ORG_SUFFIXES)
const LEFT_STOP_WORD_SET = new Set(LEFT_STOP_WORDS)
/** POS tags that cannot be inside a place or organisation name: verbs, prepositions, adverbs… */
const NON_NAME_POS = /^(?:v|vd|vi|vq|p|c|u|ud|uj|ul|uv|uz|r|rr|rz)$/u

function startsWithAny(text: string, pos: number, words: readonly string[]): boolean {
  for (const w of words) if (text.startsWith(w, pos)) return true
  return false
}

function isAllCJK(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isCJK(s[i])) return false
  return s.length > 0
}

function validName(s: string, surnames: ReadonlySet<string>): boolean {
  if (!isAllCJK(s)) return false
  let given: string
  if (s.length >= 3 && COMPOUND_SURNAMES.includes(s.slice(0, 2))) given = s.slice(2)
  else {
    if (!surnames.has(s[0] ?? '')) return false
    given = s.slice(1)
  }
  if (given.length < 1 || given.length > 2) return false
  for (const ch of given) if (GIVEN_FORBIDDEN.has(ch)) return false
  return true
}

const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((c) => c[0] ?? ''))
interface NameOption { name: string; end: number; exact: boolean }

function nameOptions(text: string, pos: number, surnames: ReadonlySet<string>): NameOption[] {
  const out: NameOption[] = []
  if (!surnames.has(text[pos] ?? '') && !COMPOUND_FIRST.has(text[pos] ?? '')) return out
  const lengths = COMPOUND_SURNAMES.includes(text.slice(pos, pos + 2)) ? [4, 3] : [3, 2]
  for (const len of lengths) {
    const end = pos + len
    if (end > text.length) continue
    const s = text.slice(pos, end)
    if (!validName(s, surnames)) continue
    const exact = end >= text.length || !isCJK(text[end])
    if (exact || startsWithAny(text, end, FOLLOWERS)) out.push({ name: s, end, exact })
  }
  return out
}

/** Read `名、名、名` starting at `pos`. */
function readNameList(text: string, pos: number, surnames: ReadonlySet<string>, roles: string[], out: NameHit[]): void {
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
    if (text[chosen.end] !== '、') return
    pos = chosen.end + 1
  }
}

/** Titles printed before position `end`: `区委常委、副区长` gives ['区委常委', '副区长']. */
function roleChain(text: string, end: number): string[] {
  let i = end - 1
  while (i >= 0 && end - i <= 48 && !HARD_DELIMITERS.has(text[i] ?? '')) i--
  const pieces = text.slice(i + 1, end).split('、')
  const roles: string[] = []
  for (let k = pieces.length - 1; k >= 0; k--) {
    const piece = (pieces[k] ?? '').replace(ROLE_LEAD_RE, '')
    if (piece.length < 2 || piece.length > 16 || !ALL_CJK.test(piece) || !TITLE_END_RE.test(piece)) break
    roles.unshift(piece)
  }
  return roles
}

/** Scan one text (title + body) for candidate names, places, organisations and terms. */
export function scanText(title: string, body: string): ArticleScan {
  const scan: ArticleScan = { names: [], weakNames: [], honorificNames: [], places: [], orgs: [], quoted: [] }
  for (const text of [title, body]) {
    findWords(text, TITLE_FINDER, (start, word) => {
      const end = start + word.length
      if (!isCJK(text[end])) return
      const before: NameHit[] = []
      readNameList(text, end, SURNAMES_ALL, [], before)
      if (before.length === 0) return
      const roles = roleChain(text, end)
      for (const hit of before) scan.names.push({ ...hit, roles })
    })
    for (const m of text.matchAll(INTRO_RE)) {
      const end = (m.index ?? 0) + m[0].length
      if (isCJK(text[end])) readNameList(text, end, SURNAMES_ALL, [], scan.names)
    }
    SUBJECT_VERB_RE.lastIndex = 0
    let verb: RegExpExecArray | null
    while ((verb = SUBJECT_VERB_RE.exec(text)) !== null) {
      // X强调: X is 2–3 characters after a punctuation mark or the start.
      const v = verb.index
      for (const len of [3, 2]) {
        const from = v - len
        if (from < 0 || isCJK(text[from - 1])) continue
        const s = text.slice(from, v)
        if (isAllCJK(s)) { if (validName(s, SURNAMES_SAFE)) scan.weakNames.push(s); break }
      }
    }
    let at = text.indexOf('同志')
    while (at >= 0) {
      const p = text[at - 1] === '等' ? at - 1 : at
      const three = text.slice(Math.max(0, p - 3), p)
      const two = text.slice(Math.max(0, p - 2), p)
      if (three.length === 3 && validName(three, SURNAMES_SAFE)) scan.honorificNames.push(three)
      else if (two.length === 2 && validName(two, SURNAMES_SAFE)) scan.honorificNames.push(two)
      at = text.indexOf('同志', at + 2)
    }
    scanPlaces(text, scan.places, text === title)
    scanOrgs(text, scan.orgs)
    for (const m of text.matchAll(QUOTED_RE)) scan.quoted.push(m[1] ?? '')
  }
  const headline = TITLE_SUBJECT_RE.exec(title)
  if (headline !== null && validName(headline[1] ?? '', SURNAMES_SAFE)) scan.weakNames.push(headline[1] ?? '')
  return scan
}

/** Scan left from `start` over at most `max` characters; returns the start of the name part. */
function scanLeft(text: string, start: number, max: number, suffixes: ReadonlySet<string>): { from: number; clean: boolean; chained: boolean } {
  let j = start
  while (start - j < max) {
    const ch = text[j - 1]
    if (!isCJK(ch) || LEFT_STOP_CHARS.has(ch ?? '')) {
      // 2月26日中央政治局: a date is no part of a name.
      while (j < start && DIGIT_RE.test(ch ?? '') && DATE_UNITS.has(text[j] ?? '')) j++
      return { from: j, clean: true, chained: false }
    }
    if (STOP_WORD_LAST.has(ch ?? '') && j - 2 >= 0 && LEFT_STOP_WORD_SET.has(text.slice(j - 2, j))) return { from: j, clean: true, chained: false }
    if (SUFFIX_LAST.has(ch ?? '')) {
      for (let k = 1; k <= 3 && j - k >= 0; k++) if (suffixes.has(text.slice(j - k, j))) return { from: j, clean: true, chained: k >= 2 }
    }
    j--
  }
  return { from: j, clean: j === 0, chained: false }
}
const DIGIT_RE = /[\d０-９]/u
const STOP_WORD_LAST = new Set(LEFT_STOP_WORDS.map((w) => w[w.length - 1] ?? ''))
const SUFFIX_LAST = new Set([...PLACE_SUFFIXES, ...ORG_SUFFIXES].map((w) => w[w.length - 1] ?? ''))
const DATE_UNITS = new Set('年月日号')

function scanPlaces(text: string, out: PlaceHit[], isTitle: boolean): void {
  findWords(text, PLACE_FINDER, (s, suffix) => {
    const e = s + suffix.length
    if (s === 0 || LEFT_STOP_CHARS.has(text[s - 1] ?? '') || !isCJK(text[s - 1])) return
    const bad = PLACE_BAD_NEXT[suffix]
    if (bad !== undefined && bad.includes(text[e] ?? '')) return
    const max = WEAK_PLACE_SUFFIXES.has(suffix) ? 5 : 7
    const { from, clean, chained } = scanLeft(text, s, max, PLACE_SUFFIX_SET)
    if (s - from < 1) return
    const window = text.slice(from, s)
    out.push({
      window, suffix, clean: clean ? window + suffix : null,
      admin: PLACE_ADMIN_FOLLOW.test(text.slice(e, e + 4)),
      locative: PLACE_LOCATIVE_BEFORE.test(text.slice(Math.max(0, from - 3), from)),
      listy: text[from - 1] === '、' || text[e] === '、',
      chained: chained || (isTitle && from === 0)
    })
  })
}

function scanOrgs(text: string, out: string[]): void {
  findWords(text, ORG_FINDER, (s, suffix) => {
    if (s === 0 || LEFT_STOP_CHARS.has(text[s - 1] ?? '') || !isCJK(text[s - 1])) return
    const { from, clean } = scanLeft(text, s, 10, ORG_SUFFIX_SET)
    if (!clean || s - from < 1) return
    out.push(text.slice(from, s + suffix.length))
  })
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
    v = tags.slice(keepFrom).map((t) => t.word).join('')
    trimCache.set(x, v)
  }
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

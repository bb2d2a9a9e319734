/**
 * Segmentation and tagging stage (issue #4).
 *
 * What is this? `tagCorpus` reads every article once, learns the corpus's own
 * names, places, organisations and terms (from titles such as 区委书记宋洁, leader
 * lists such as 区领导宋洁、耿勇军…参加, bylines, place and organisation suffixes,
 * quoted slogans, and `corpus/dictionary.txt`), inserts them into nodejieba,
 * cuts each text once and derives from the tokens: keywords (TF-IDF with IDF over
 * this corpus), people, places, organisations, a people index with titles and
 * dates, and related articles (inverted index over shared tags).
 *
 * Use:
 *   const { tags, people, related, messages } = tagCorpus(articles, { dictionaryText })
 *
 * Output is deterministic for a given input. nodejieba's dictionary is
 * process-wide: words learned by one call stay inserted for later calls.
 *
 * Cost: the stage should stay within 1.4× of bare `nodejieba.cut` over the same
 * text (scripts/bench-tagging.ts). Hence: one character-driven scan per text
 * (learn.ts), digested as it goes; one native cut per article (title and body
 * joined by a newline); one hash-table look-up per token, giving a keyword id or
 * an entity class; typed arrays and integer ids for counts, related articles and
 * co-mentions. Stages are the functions below, in the order tagCorpus calls them.
 */
import type { Tags } from '../types.ts'
import { cutText, insertWord, insertedWords, tagText } from './jieba.ts'
import { textKey, type TokenCache } from './token-cache.ts'
import type { ScanCache } from './scan-cache.ts'
import { parseDictionary, type DictionaryEntry } from './dictionary.ts'
import {
  scanText,
  looksLikeName,
  trimNamePart,
  recordTrims,
  stopRecordingTrims,
  suffixStandsAlone,
  orgTailOk,
  isGenericPlace,
  isGenericOrg,
  type ArticleScan,
  type NameHit
} from './learn.ts'
import { isCommonWord } from './common-words.ts'
import { KEYWORD_STOPLIST, KEYWORD_TAGS, PLACE_LOCATIVE_BEFORE, ORG_SUFFIXES } from './rules.ts'

export { parseDictionary } from './dictionary.ts'
export { TokenCache } from './token-cache.ts'
export { ScanCache } from './scan-cache.ts'
export { jiebaVersion } from './jieba.ts'
export type { DictionaryEntry, EntryKind, ParsedDictionary } from './dictionary.ts'

/** What the tagger needs from an article record. */
export interface TaggableArticle {
  id: string
  title: string
  paragraphs: string[]
  reporters: string[]
  correspondents: string[]
  photographers: string[]
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  date: string | null
  /** ISO date of the issue. */
  issueDate: string | null
  /** Corpus-relative source file and lines, when known: messages about the article name them. */
  file?: string
  lines?: [number, number]
}

export interface TagOptions {
  /** Contents of `corpus/dictionary.txt`, when the corpus has one. */
  dictionaryText?: string
  /** How messages name the dictionary file (default `corpus/dictionary.txt`). */
  dictionaryPath?: string
  /** How messages name the corpus folder, ending in `/` (default `corpus/`). */
  corpusPath?: string
  /** Cuts of earlier builds (token-cache.ts): unchanged articles are not cut again. */
  tokenCache?: TokenCache
  /** Learning scans of earlier builds (scan-cache.ts): unchanged articles are not scanned again. */
  scanCache?: ScanCache
}

export interface PersonRole {
  /** Title as printed before the name, e.g. `区委书记`. */
  role: string
  /** Date of the first and last article showing this title (null when no article date is known). */
  first: string | null
  last: string | null
}

export interface PersonEntry {
  name: string
  /** Articles tagged with this person, in corpus order. */
  articleIds: string[]
  /** Titles seen before the name, by first date. */
  roles: PersonRole[]
  /** People tagged in the same articles, most frequent first (at most 10). */
  coMentioned: { name: string; count: number }[]
}

export interface TagResult {
  /** Tags per article id. */
  tags: Map<string, Tags>
  /** People index, most-mentioned first. */
  people: PersonEntry[]
  /** Up to 5 related article ids per article id, weighted by shared tags. */
  related: Map<string, string[]>
  /** Warnings (dictionary lines that could not be read, duplicate ids…). */
  messages: string[]
}

/** Token classes; keyword candidates get ids ≥ 0 instead of WORD. */
const SKIP = -1
const WORD = -2
const PERSON = -3
const PLACE = -4
const ORG = -5
const MAX_KEYWORDS = 8
const CUT_BATCH = 16
const MAX_RELATED = 5
/** For tags shared by many articles, only this many neighbours on each side (corpus order) are compared. */
const RELATED_WINDOW = 10
const SPACE_BETWEEN_CJK = /([\u3400-\u4dbf\u4e00-\u9fff])[ \t\u3000]+(?=[\u3400-\u4dbf\u4e00-\u9fff])/gu
const NAME_SHAPE = /^[\u3400-\u4dbf\u4e00-\u9fff]{2,4}$/u
const HAS_WORD_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff]|[A-Za-z]{2,}/u
const NUMBERISH = /^[\d０-９.．,，%％第]+$/u
const DIGIT = /[\d０-９]/u
/** Titles say who, not what: 区委书记, 副区长… are never keywords. */
const TITLE_TAIL = /(?:书记|区长|市长|镇长|县长|主任|常委|委员|局长|部长|经理|负责人|主席|院长|校长)$/u
const DISTRICT_HINT = /我区|区委|区政府|区领导|区长|区人大|全区/u
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u
const MONTH_DAY = /^--(\d{2})-(\d{2})$/u

const ANY_SPACE = /[ \t\u3000]/u
function normalise(s: string): string {
  // Most bodies have no spaces at all: a plain search is much cheaper than the replace.
  return ANY_SPACE.test(s) ? s.replace(SPACE_BETWEEN_CJK, '$1') : s
}

/**
 * An article's body as scanned and cut. Built again where needed rather than
 * kept: a corpus of bodies held across stages is copied by every young-generation
 * garbage collection until promoted, which costs more than joining twice.
 */
function bodyOf(a: TaggableArticle | undefined): string {
  return a === undefined ? '' : normalise(a.paragraphs.join('\n'))
}

/** Title and body joined by a newline, in one string (one join, no concatenation to flatten). */
function cutInput(title: string, a: TaggableArticle | undefined): string {
  if (a === undefined || a.paragraphs.length === 0) return title + '\n'
  return a.paragraphs.some((p) => ANY_SPACE.test(p)) ? title + '\n' + bodyOf(a) : [title, ...a.paragraphs].join('\n')
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The article's date as `YYYY-MM-DD` when it can be known, else null. */
export function articleDate(a: Pick<TaggableArticle, 'date' | 'issueDate'>): string | null {
  if (a.date !== null && FULL_DATE.test(a.date)) return a.date
  const issue = a.issueDate !== null && FULL_DATE.test(a.issueDate) ? a.issueDate : null
  const md = a.date === null ? null : MONTH_DAY.exec(a.date)
  if (md !== null && issue !== null) {
    let year = Number(issue.slice(0, 4))
    if (Number(md[1]) > Number(issue.slice(5, 7)) + 1) year -= 1
    return `${year}-${md[1]}-${md[2]}`
  }
  return issue
}

const keywordVerdicts = new Map<string, boolean>()
function keywordShaped(tok: string): boolean {
  let v = keywordVerdicts.get(tok)
  if (v === undefined) {
    if (
      tok.length < 2 ||
      KEYWORD_STOPLIST.has(tok) ||
      TITLE_TAIL.test(tok) ||
      NUMBERISH.test(tok) ||
      !HAS_WORD_CHAR.test(tok) ||
      DIGIT.test(tok) ||
      isCommonWord(tok)
    )
      v = false
    else {
      const tags = tagText(tok)
      v = (tags.length !== 1 || KEYWORD_TAGS.test(tags[0]?.tag ?? '')) && !mannerPhrase(tok)
    }
    keywordVerdicts.set(tok, v)
  }
  return v
}

/** Adverbs (jieba's d, ad) say how something is done: a word opening with one (充分利用, 严格落实) is a manner phrase, no topic. */
const ADVERB_TAG = /^(?:d|ad)$/u
function mannerPhrase(tok: string): boolean {
  if (tok.length < 4) return false
  const head = tagText(tok.slice(0, 2))
  return head.length === 1 && ADVERB_TAG.test(head[0]?.tag ?? '')
}

interface PlaceStats {
  suffix: string
  clean: number
  admin: boolean
  locative: boolean
  listy: boolean
  chained: boolean
}

/**
 * What the scans saw, digested as each article is scanned: corpus-wide counts,
 * and per article only the sightings needed later. The scan's own hit objects
 * die young, which keeps garbage collection cheap on large corpora.
 */
interface Sightings {
  /** Per article: names read after titles and in lists (with their titles), and after 同志. */
  names: NameHit[][]
  honorificNames: string[][]
  weakCounts: Map<string, number>
  placeStats: Map<string, PlaceStats>
  /** Per article: place candidates with a clean left boundary… */
  placeHits: string[][]
  /** …and windows left of a place suffix that hit the scan limit: their tails may still be known places. */
  placeWindows: string[][]
  /** Per article: organisation candidates that passed the checks not needing the learned sets. */
  orgHits: { cand: string; suffix: string }[][]
  quotedCounts: Map<string, number>
}

function scanAll(
  articles: TaggableArticle[],
  titles: string[],
  stop: Set<string>,
  cache: ScanCache | undefined,
  keys: string[] | null
): Sightings {
  const seen: Sightings = {
    names: [],
    honorificNames: [],
    weakCounts: new Map(),
    placeStats: new Map(),
    placeHits: [],
    placeWindows: [],
    orgHits: [],
    quotedCounts: new Map()
  }
  // Scans look words up in jieba: cached ones hold only while nothing was inserted before them.
  const usable = cache !== undefined && keys !== null && insertedWords().size === 0 ? cache : undefined
  const trims = usable ? recordTrims(usable.trims) : null
  for (let i = 0; i < titles.length; i++) {
    const title = titles[i] ?? ''
    const body = bodyOf(articles[i])
    let scan = usable?.lookup(keys![i]!)
    if (scan === undefined) {
      scan = scanText(title, body)
      usable?.store(keys![i]!, scan)
    }
    digestScan(scan, stop, seen)
  }
  if (usable && trims) {
    stopRecordingTrims()
    usable.keepTrims(trims)
  }
  return seen
}

function digestScan(s: ArticleScan, stop: Set<string>, seen: Sightings): void {
  seen.names.push(s.names)
  seen.honorificNames.push(s.honorificNames)
  for (const name of s.weakNames) seen.weakCounts.set(name, (seen.weakCounts.get(name) ?? 0) + 1)
  for (const q of s.quoted) seen.quotedCounts.set(q, (seen.quotedCounts.get(q) ?? 0) + 1)

  const placeHits: string[] = []
  const placeWindows: string[] = []
  for (const h of s.places) {
    const x = trimNamePart(h.window)
    const trimmed = x.length < h.window.length
    if (x.length < 2 || (h.clean === null && !trimmed)) {
      placeWindows.push(h.window + h.suffix)
      continue
    }
    const cand = x + h.suffix
    placeHits.push(cand)
    let st = seen.placeStats.get(cand)
    if (st === undefined) {
      st = { suffix: h.suffix, clean: 0, admin: false, locative: false, listy: false, chained: false }
      seen.placeStats.set(cand, st)
    }
    st.clean++
    st.admin ||= h.admin
    st.locative ||= trimmed ? PLACE_LOCATIVE_BEFORE.test(h.window.slice(0, h.window.length - x.length)) : h.locative
    st.listy ||= h.listy
    st.chained ||= h.chained
  }
  seen.placeHits.push(placeHits)
  seen.placeWindows.push(placeWindows)

  const orgHits: { cand: string; suffix: string }[] = []
  for (const raw of s.orgs) {
    const suffix = ORG_SUFFIXES.find((suf) => raw.endsWith(suf)) ?? ''
    const x = trimNamePart(raw.slice(0, raw.length - suffix.length))
    const cand = x + suffix
    if (x.length >= 2 && !isGenericOrg(cand) && !stop.has(cand)) orgHits.push({ cand, suffix })
  }
  seen.orgHits.push(orgHits)
}

/** Names, places, organisations and terms learned from the whole corpus, with each article's own sightings. */
interface Learned {
  people: Set<string>
  places: Set<string>
  /** Districts seen in administrative prose (二七区委…): candidates for 我区 / 区委. */
  adminPlaces: Set<string>
  orgs: Set<string>
  terms: Set<string>
  stop: Set<string>
  /** A name read with two possible lengths becomes the reading seen elsewhere without doubt. */
  resolve: (name: string, alt: string | null) => string
  seen: Sightings
  /** Per article: organisations found by the scan. */
  orgHits: string[][]
  /** The longest known place (3–9 characters) ending a window, memoised per window. */
  knownTail: (window: string) => string | null
}

/** Token positions, keyword counts and entity sightings of every article, from one cut per article. */
interface CutCounts {
  tagsByIndex: Tags[]
  /** Keyword candidates by id. */
  vocab: string[]
  /** Articles each keyword candidate occurs in. */
  df: Int32Array
  /**
   * Article i's keyword candidates (counted twice or more, or a term) are
   * docWords[docStart[i] .. docStart[i + 1]), with their counts in docCounts.
   */
  docStart: Int32Array
  docWords: Int32Array
  docCounts: Float64Array
  /** 1 for a candidate that is only ever cut out of one longer name (万象 of 华润万象城). */
  fragment: Uint8Array
}

export function tagCorpus(articles: TaggableArticle[], options: TagOptions = {}): TagResult {
  const messages: string[] = []
  const dict =
    options.dictionaryText === undefined
      ? { entries: [] as DictionaryEntry[], messages: [] }
      : parseDictionary(options.dictionaryText, options.dictionaryPath)
  for (const m of dict.messages) messages.push(m)
  const seenIds = new Set<string>()
  for (const a of articles) {
    if (seenIds.has(a.id)) {
      const place = a.file === undefined ? '' : `${options.corpusPath ?? 'corpus/'}${a.file}:${a.lines?.[0] ?? 1}:1: `
      messages.push(
        `${place}Unexpected duplicate article id \`${a.id}\`, expected unique ids; tags of the later article win`
      )
    }
    seenIds.add(a.id)
  }
  const stop = new Set<string>()
  for (const e of dict.entries) if (e.kind === 'stop') stop.add(e.word)
  // In a headline a space separates its parts (迅速部署 从实从细 高新区召开…): keep it.
  const titles = articles.map((a) => a.title.replace(/\s+/gu, ' ').trim())

  // One key per article for both caches: the cut input, which is title and body joined by a newline.
  const keys =
    options.tokenCache || options.scanCache ? titles.map((title, i) => textKey(cutInput(title, articles[i]))) : null
  const learned = learnWords(articles, scanAll(articles, titles, stop, options.scanCache, keys), dict.entries, stop)
  insertLearned(learned)
  options.tokenCache?.useDictionary(insertedWords())
  const cut = cutAndCount(articles, titles, learned, options.tokenCache, keys)
  addIssueDistrict(articles, titles, cut.tagsByIndex, learned.adminPlaces)
  chooseKeywords(cut, learned.terms)

  const tags = new Map<string, Tags>()
  articles.forEach((a, i) => {
    const t = cut.tagsByIndex[i]
    if (t !== undefined) tags.set(a.id, t)
  })
  return {
    tags,
    people: peopleIndex(articles, cut.tagsByIndex, learned),
    related: relatedArticles(articles, cut.tagsByIndex),
    messages
  }
}

function learnWords(
  articles: TaggableArticle[],
  seen: Sightings,
  entries: DictionaryEntry[],
  stop: Set<string>
): Learned {
  // --- People -------------------------------------------------------------
  const exactNames = new Set<string>()
  for (const names of seen.names) for (const h of names) if (h.alt === null) exactNames.add(h.name)
  const resolve = (name: string, alt: string | null): string =>
    alt !== null && !exactNames.has(name) && exactNames.has(alt) ? alt : name
  const people = new Set<string>()
  const okName = (s: string): boolean => !stop.has(s) && looksLikeName(s)
  for (const names of seen.names)
    for (const h of names) {
      const name = resolve(h.name, h.alt)
      if (okName(name)) people.add(name)
    }
  for (const names of seen.honorificNames) for (const name of names) if (okName(name)) people.add(name)
  for (const [name, count] of seen.weakCounts) if (count >= 2 && okName(name)) people.add(name)
  for (const a of articles) {
    for (const list of [a.reporters, a.correspondents, a.photographers]) {
      for (const raw of list) {
        const name = raw.replace(/\s+/gu, '')
        if (NAME_SHAPE.test(name) && !stop.has(name)) people.add(name)
      }
    }
  }

  // --- Places -------------------------------------------------------------
  const places = new Set<string>()
  const adminPlaces = new Set<string>()
  for (const [cand, st] of seen.placeStats) {
    if (isGenericPlace(cand) || stop.has(cand) || people.has(cand)) continue
    const districtLike = st.suffix === '区' || st.suffix === '市' || st.suffix === '县' || st.suffix === '省'
    const ok = districtLike
      ? st.admin || st.locative
      : st.admin || st.locative || st.listy || st.chained || st.clean >= 2
    if (!ok || !suffixStandsAlone(cand, st.suffix)) continue
    places.add(cand)
    if (districtLike && st.admin) adminPlaces.add(cand)
  }

  // --- Organisations --------------------------------------------------------
  const orgs = new Set<string>()
  const orgHits = seen.orgHits.map((hits) => {
    const found: string[] = []
    for (const { cand, suffix } of hits) {
      if (places.has(cand) || people.has(cand) || !orgTailOk(cand, suffix)) continue
      orgs.add(cand)
      found.push(cand)
    }
    return found
  })

  // --- Terms ---------------------------------------------------------------
  const terms = new Set<string>()
  for (const [q, c] of seen.quotedCounts)
    if (c >= 2 && !stop.has(q) && !people.has(q) && !places.has(q) && !KEYWORD_STOPLIST.has(q)) terms.add(q)

  // --- Dictionary file wins over what was learned ----------------------------
  for (const e of entries) {
    for (const set of [people, places, orgs, terms]) set.delete(e.word)
    if (e.kind !== 'stop') (({ person: people, place: places, org: orgs, term: terms }) as const)[e.kind].add(e.word)
  }
  const tails = new Map<string, string | null>()
  const knownTail = (w: string): string | null => {
    let tail = tails.get(w)
    if (tail === undefined) {
      tail = null
      for (let k = Math.min(w.length, 9); k >= 3 && tail === null; k--) {
        const t = w.slice(w.length - k)
        if (places.has(t)) tail = t
      }
      tails.set(w, tail)
    }
    return tail
  }
  return { people, places, adminPlaces, orgs, terms, stop, resolve, seen, orgHits, knownTail }
}

/** Insert what was learned into jieba's dictionary, in a fixed order so that output is deterministic. */
function insertLearned(l: Learned): void {
  for (const w of [...l.people].sort(byCodePoint)) insertWord(w, 'nr')
  for (const w of [...l.places].sort(byCodePoint)) insertWord(w, 'ns')
  for (const w of [...l.orgs].sort(byCodePoint)) insertWord(w, 'nt')
  for (const w of [...l.terms].sort(byCodePoint)) insertWord(w, 'nz')
}

/**
 * Cut each article once (title and body in one call: jieba never joins words
 * across a newline) and read everything from the tokens: one Map look-up per
 * token gives either a keyword id (counted in a typed array) or an entity class.
 */
function cutAndCount(
  articles: TaggableArticle[],
  titles: string[],
  l: Learned,
  cache: TokenCache | undefined,
  keys: string[] | null
): CutCounts {
  const n = titles.length
  const counter = new KeywordCounter(n, l)
  const tagsByIndex: Tags[] = []
  // Cut a few articles back to back, then read their tokens: jieba's dictionary stays warm in the CPU caches.
  const batch: string[][] = []
  for (let i = 0; i < n; i++) {
    if (i % CUT_BATCH === 0) {
      batch.length = 0
      for (let j = i; j < Math.min(n, i + CUT_BATCH); j++) {
        const input = cutInput(titles[j] ?? '', articles[j])
        let tokens = cache && keys ? cache.lookup(input, keys[j]) : undefined
        if (tokens === undefined) {
          tokens = cutText(input)
          if (cache && keys) cache.store(input, tokens, keys[j])
        }
        batch.push(tokens)
      }
    }
    // An article names few entities: arrays with includes() beat Sets here.
    const ppl: string[] = []
    const plc: string[] = []
    const org: string[] = []
    counter.add(batch[i % CUT_BATCH] as string[], ppl, plc, org)
    addScannedEntities(i, l, ppl, plc, org)
    tagsByIndex.push({ keywords: [], people: ppl, places: plc, organizations: org })
  }
  return {
    tagsByIndex,
    vocab: counter.vocab,
    df: counter.df,
    docStart: counter.docStart,
    docWords: counter.docWords,
    docCounts: counter.docCounts,
    fragment: counter.fragments()
  }
}

/**
 * Keyword counts, one article at a time, and the article's entities among its
 * tokens. The per-token loop lives in a method of a module-level class so that
 * its optimised code survives from one tagCorpus call to the next.
 */
class KeywordCounter {
  readonly vocab: string[] = []
  df = new Int32Array(4096)
  readonly docStart: Int32Array
  docWords: Int32Array
  docCounts: Float64Array
  private used = 0
  private article = 0
  private counts = new Float64Array(4096)
  private isTerm = new Int32Array(4096)
  private readonly classOf = new TokenClasses()
  private readonly touched: number[] = []

  constructor(
    n: number,
    private readonly l: Learned
  ) {
    this.docStart = new Int32Array(n + 1)
    this.docWords = new Int32Array(n * 32)
    this.docCounts = new Float64Array(n * 32)
  }

  /** Count an article's tokens (title words three times, up to the newline token); entities go to the lists. */
  add(tokens: string[], ppl: string[], plc: string[], org: string[]): void {
    const touched = this.touched
    touched.length = 0
    let weight = 3
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k] as string
      if (tok.length < 2) {
        if (tok.charCodeAt(0) === 10) weight = 1
        continue
      } // \n
      let c = this.classOf.get(tok)
      if (c === UNKNOWN) c = this.learn(tok)
      if (c >= 0) {
        const counts = this.counts
        if (counts[c] === 0) touched.push(c)
        counts[c] = (counts[c] as number) + weight
        this.neighbours(c, tokens[k - 1], tokens[k + 1])
      } else if (c === PERSON) addOnce(ppl, tok)
      else if (c === PLACE) addOnce(plc, tok)
      else if (c === ORG) addOnce(org, tok)
    }
    this.flush()
  }

  /**
   * The tokens next to each occurrence of candidate `c`, over the corpus: a side keeps its
   * token while every occurrence has the same Chinese word there, and becomes MIXED at the first
   * other one (or punctuation, or a function character).
   */
  private neighbours(c: number, before: string | undefined, after: string | undefined): void {
    this.seen[c] = (this.seen[c] ?? 0) + 1
    const l = this.leftOf[c]
    if (l !== MIXED) this.leftOf[c] = gluedWord(before) && (l === undefined || l === before) ? before! : MIXED
    const r = this.rightOf[c]
    if (r !== MIXED) this.rightOf[c] = gluedWord(after) && (r === undefined || r === after) ? after! : MIXED
  }

  /**
   * Candidates seen twice or more, always beside the same word on one side: pieces of a
   * longer name jieba cut apart (华润 | 万象 | 城), never topics of their own.
   */
  fragments(): Uint8Array {
    const out = new Uint8Array(this.vocab.length)
    for (let c = 0; c < this.vocab.length; c++) {
      if ((this.seen[c] ?? 0) < 2) continue
      if (this.leftOf[c] !== MIXED || this.rightOf[c] !== MIXED) out[c] = 1
    }
    return out
  }

  private readonly seen: number[] = []
  private readonly leftOf: (string | undefined)[] = []
  private readonly rightOf: (string | undefined)[] = []

  /** Classify a token seen for the first time; keyword candidates get the next id. */
  private learn(tok: string): number {
    const { people, places, orgs, stop, terms } = this.l
    let c = people.has(tok)
      ? PERSON
      : places.has(tok)
        ? PLACE
        : orgs.has(tok)
          ? ORG
          : stop.has(tok)
            ? SKIP
            : terms.has(tok) || keywordShaped(tok)
              ? WORD
              : SKIP
    if (c === WORD) {
      c = this.vocab.length
      this.vocab.push(tok)
      if (c >= this.counts.length) {
        this.counts = grow(this.counts, c)
        this.df = grow(this.df, c)
        this.isTerm = grow(this.isTerm, c)
      }
      this.isTerm[c] = terms.has(tok) ? 1 : 0
    }
    this.classOf.set(tok, c)
    return c
  }

  /** Move the article's counts out (resetting them) and count document frequencies. */
  private flush(): void {
    const { touched, counts, df, isTerm } = this
    if (this.used + touched.length > this.docWords.length) {
      this.docWords = grow(this.docWords, this.used + touched.length)
      this.docCounts = grow(this.docCounts, this.used + touched.length)
    }
    const { docWords, docCounts } = this
    let used = this.used
    for (const c of touched) {
      const count = counts[c] as number
      counts[c] = 0
      df[c] = (df[c] as number) + 1
      // Words seen once are no keyword (unless a term): only their document frequency counts.
      if (count >= 2 || isTerm[c] === 1) {
        docWords[used] = c
        docCounts[used++] = count
      }
    }
    this.used = used
    this.docStart[++this.article] = used
  }
}

/** A side of a candidate that is no neighbour in common. */
const MIXED = '\u0000'
/** Characters that join any words: being next to one says nothing about a name. */
const FUNCTION_CHARS = new Set('的和与及在是了对等将把被为向从以并或就也都而且中上下')

/** A Chinese word that could be the rest of a longer name. */
function gluedWord(tok: string | undefined): boolean {
  if (tok === undefined) return false
  const code = tok.charCodeAt(0)
  if (code < 0x3400 || code > 0x9fff) return false
  return !(tok.length === 1 && FUNCTION_CHARS.has(tok))
}

function addOnce(list: string[], x: string): void {
  if (!list.includes(x)) list.push(x)
}

/**
 * Token text → class or keyword id. jieba returns fresh strings, which a Map
 * hashes again on every look-up; hashing their few char codes here, in
 * JIT-compiled code, costs about half as much per token.
 */
const UNKNOWN = -100
class TokenClasses {
  private keys: (string | null)[] = new Array<string | null>(4096).fill(null)
  private values = new Int32Array(4096)
  private count = 0

  get(tok: string): number {
    const mask = this.keys.length - 1
    for (let s = hashToken(tok) & mask; ; s = (s + 1) & mask) {
      const key = this.keys[s]
      if (key === null || key === undefined) return UNKNOWN
      if (key === tok) return this.values[s] as number
    }
  }

  set(tok: string, value: number): void {
    if (2 * (this.count + 1) > this.keys.length) this.rehash()
    const mask = this.keys.length - 1
    let s = hashToken(tok) & mask
    while (this.keys[s] !== null && this.keys[s] !== tok) s = (s + 1) & mask
    if (this.keys[s] === null) this.count++
    this.keys[s] = tok
    this.values[s] = value
  }

  private rehash(): void {
    const keys = this.keys
    const values = this.values
    this.keys = new Array<string | null>(keys.length * 2).fill(null)
    this.values = new Int32Array(keys.length * 2)
    this.count = 0
    keys.forEach((k, s) => {
      if (k !== null) this.set(k, values[s] as number)
    })
  }
}

function hashToken(tok: string): number {
  let h = tok.length
  for (let i = 0; i < tok.length; i++) h = Math.imul(h ^ tok.charCodeAt(i), 0x9e3779b1)
  return h ^ (h >>> 15)
}

/** Entities the scan saw in the article that the tokens may not show (a name cut short, a place inside a longer word). */
function addScannedEntities(i: number, l: Learned, ppl: string[], plc: string[], org: string[]): void {
  for (const h of l.seen.names[i] ?? []) {
    const name = l.resolve(h.name, h.alt)
    if (l.people.has(name)) addOnce(ppl, name)
  }
  for (const name of l.seen.honorificNames[i] ?? []) if (l.people.has(name)) addOnce(ppl, name)
  for (const cand of l.seen.placeHits[i] ?? []) if (l.places.has(cand)) addOnce(plc, cand)
  for (const w of l.seen.placeWindows[i] ?? []) {
    const tail = l.knownTail(w)
    if (tail !== null) addOnce(plc, tail)
  }
  for (const o of l.orgHits[i] ?? []) if (l.orgs.has(o)) addOnce(org, o)
}

function grow<T extends Float64Array | Int32Array>(a: T, needed: number): T {
  let size = a.length * 2
  while (size <= needed) size *= 2
  const bigger = new (a.constructor as new (size: number) => T)(size)
  bigger.set(a)
  return bigger
}

/** 我区 / 区委 in an issue that names its district elsewhere: the issue's one administrative district. */
function addIssueDistrict(
  articles: TaggableArticle[],
  titles: string[],
  tagsByIndex: Tags[],
  adminPlaces: Set<string>
): void {
  const byIssue = new Map<string, number[]>()
  articles.forEach((a, i) => {
    if (a.issueDate !== null) {
      const l = byIssue.get(a.issueDate) ?? []
      l.push(i)
      byIssue.set(a.issueDate, l)
    }
  })
  const isDistrict = (p: string): boolean => adminPlaces.has(p) && p.endsWith('区')
  for (const members of byIssue.values()) {
    const votes = new Map<string, number>()
    for (const i of members)
      for (const p of tagsByIndex[i]?.places ?? []) if (isDistrict(p)) votes.set(p, (votes.get(p) ?? 0) + 1)
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    const top = ranked[0]
    if (top === undefined || (ranked[1] !== undefined && ranked[1][1] === top[1])) continue
    for (const i of members) {
      const t = tagsByIndex[i]
      if (t === undefined || t.places.some(isDistrict)) continue
      if (mentionsDistrict(titles[i] ?? '', articles[i])) t.places.push(top[0])
    }
  }
}

/** DISTRICT_HINT in title + body, without building the concatenation. */
function mentionsDistrict(title: string, a: TaggableArticle | undefined): boolean {
  if (DISTRICT_HINT.test(title)) return true
  const body = bodyOf(a)
  return DISTRICT_HINT.test(body) || DISTRICT_HINT.test(title.slice(-2) + body.slice(0, 2))
}

/** TF-IDF with IDF over this corpus; a keyword contained in a better one is skipped. */
function chooseKeywords(cut: CutCounts, terms: Set<string>): void {
  const { vocab, df, docStart, docWords, docCounts, tagsByIndex, fragment } = cut
  const n = tagsByIndex.length
  const idf = new Float64Array(vocab.length)
  const isTerm = new Uint8Array(vocab.length)
  for (let id = 0; id < vocab.length; id++) {
    idf[id] = Math.log((n + 1) / ((df[id] as number) + 0.5)) + 0.1
    isTerm[id] = terms.has(vocab[id] as string) ? 1 : 0
  }
  const score = new Float64Array(vocab.length)
  const candidates: number[] = []
  const byScore = (a: number, b: number): number =>
    (score[b] as number) - (score[a] as number) || byCodePoint(vocab[a] as string, vocab[b] as string)
  for (let i = 0; i < n; i++) {
    candidates.length = 0
    for (let k = docStart[i] as number; k < (docStart[i + 1] as number); k++) {
      const id = docWords[k] as number
      const c = docCounts[k] as number
      if (c < 2 && isTerm[id] === 0) continue
      if (fragment[id] === 1 && isTerm[id] === 0) continue
      score[id] = c * (idf[id] as number) * (isTerm[id] === 1 ? 1.5 : 1)
      candidates.push(id)
    }
    candidates.sort(byScore)
    const chosen: string[] = []
    for (const id of candidates) {
      if (chosen.length >= MAX_KEYWORDS) break
      const t = vocab[id] as string
      if (chosen.some((c) => c.includes(t))) continue
      chosen.push(t)
    }
    const tags = tagsByIndex[i]
    if (tags !== undefined) tags.keywords = chosen
  }
}

/**
 * Up to 5 related articles each, weighted by shared tags, through an inverted
 * index over integer tag ids (one id space per kind: a person and a keyword
 * spelled alike are different tags).
 */
function relatedArticles(articles: TaggableArticle[], tagsByIndex: Tags[]): Map<string, string[]> {
  const n = articles.length
  const ids = articles.map((a) => a.id)
  // Articles sharing an id (a duplicate in the input) never relate to each other: compare small integers.
  const firstWithId = new Map<string, number>()
  const idKey = Int32Array.from(ids, (id, i) => {
    const k = firstWithId.get(id)
    if (k !== undefined) return k
    firstWithId.set(id, i)
    return i
  })
  // Each article's tag ids in the order people, places, organisations, keywords.
  const kinds: { weight: number; ids: Map<string, number>; of: (t: Tags) => string[] }[] = [
    { weight: 1.5, ids: new Map(), of: (t) => t.people },
    { weight: 0.8, ids: new Map(), of: (t) => t.places },
    { weight: 1, ids: new Map(), of: (t) => t.organizations },
    { weight: 1, ids: new Map(), of: (t) => t.keywords }
  ]
  const tagWeight: number[] = []
  const articleStart = new Int32Array(n + 1)
  const articleTags: number[] = []
  for (let i = 0; i < n; i++) {
    const t = tagsByIndex[i] as Tags
    for (const kind of kinds) {
      for (const x of kind.of(t)) {
        let id = kind.ids.get(x)
        if (id === undefined) {
          id = tagWeight.length
          kind.ids.set(x, id)
          tagWeight.push(kind.weight)
        }
        articleTags.push(id)
      }
    }
    articleStart[i + 1] = articleTags.length
  }
  // Postings in corpus order, laid out flat: tag t's articles are postings[postStart[t] .. postStart[t + 1]).
  const tagCount = tagWeight.length
  const postStart = new Int32Array(tagCount + 1)
  for (const id of articleTags) postStart[id + 1] = (postStart[id + 1] as number) + 1
  for (let t = 0; t < tagCount; t++) postStart[t + 1] = (postStart[t + 1] as number) + (postStart[t] as number)
  const fill = postStart.slice(0, tagCount)
  const postings = new Int32Array(articleTags.length)
  /** Where article i sits in the postings of its k-th tag. */
  const selfAt = new Int32Array(articleTags.length)
  for (let i = 0; i < n; i++) {
    for (let k = articleStart[i] as number; k < (articleStart[i + 1] as number); k++) {
      const id = articleTags[k] as number
      selfAt[k] = fill[id] as number
      postings[fill[id] as number] = i
      fill[id] = (fill[id] as number) + 1
    }
  }
  const weight = new Float64Array(tagCount)
  for (let t = 0; t < tagCount; t++)
    weight[t] = (tagWeight[t] as number) * Math.log(1 + n / ((postStart[t + 1] as number) - (postStart[t] as number)))

  const scores = new Float64Array(n)
  const touched: number[] = []
  const KEEP = MAX_RELATED + 2
  const best = new Int32Array(KEEP)
  // Score desc, then id, then position: a total order, so the top few do not depend on visiting order.
  const better = (a: number, b: number): boolean => {
    const sa = scores[a] as number
    const sb = scores[b] as number
    if (sa !== sb) return sa > sb
    const ia = ids[a] as string
    const ib = ids[b] as string
    return ia !== ib ? ia < ib : a < b
  }
  const related = new Map<string, string[]>()
  for (let i = 0; i < n; i++) {
    touched.length = 0
    for (let k = articleStart[i] as number; k < (articleStart[i + 1] as number); k++) {
      const t = articleTags[k] as number
      let lo = postStart[t] as number
      let hi = postStart[t + 1] as number
      if (hi - lo < 2) continue
      const w = weight[t] as number
      if (hi - lo > 2 * RELATED_WINDOW + 1) {
        // Tags shared by many articles: only the nearest neighbours in corpus order.
        const at = selfAt[k] as number
        hi = Math.min(hi, at + RELATED_WINDOW + 1)
        lo = Math.max(lo, at - RELATED_WINDOW)
      }
      for (let j = lo; j < hi; j++) {
        const other = postings[j] as number
        if (other === i) continue
        if (scores[other] === 0) touched.push(other)
        scores[other] = (scores[other] as number) + w
      }
    }
    // Keep the best few by a linear pass (insertion into a short sorted array; the worst falls off).
    let kept = 0
    const self = idKey[i]
    for (const j of touched) {
      if (idKey[j] === self) continue
      if (kept === KEEP && !better(j, best[KEEP - 1] as number)) continue
      let k = kept < KEEP ? kept++ : KEEP - 1
      while (k > 0 && better(j, best[k - 1] as number)) {
        best[k] = best[k - 1] as number
        k--
      }
      best[k] = j
    }
    for (const j of touched) scores[j] = 0
    const out: string[] = []
    for (let b = 0; b < kept; b++) {
      const id = ids[best[b] as number] as string
      if (!out.includes(id)) out.push(id)
      if (out.length >= MAX_RELATED) break
    }
    related.set(ids[i] ?? '', out)
  }
  return related
}

interface RoleSpan {
  first: string | null
  last: string | null
  order: number
}

/** People index, most-mentioned first: articles, titles by first date, and who else is named alongside. */
function peopleIndex(articles: TaggableArticle[], tagsByIndex: Tags[], l: Learned): PersonEntry[] {
  // People as integer ids, each with its articles in corpus order.
  const personId = new Map<string, number>()
  const names: string[] = []
  const articlesOf: number[][] = []
  // Article i's people are peopleOf[peopleStart[i] .. peopleStart[i + 1]).
  const peopleStart = new Int32Array(tagsByIndex.length + 1)
  const peopleOf: number[] = []
  tagsByIndex.forEach((t, i) => {
    for (const p of t.people) {
      let id = personId.get(p)
      if (id === undefined) {
        id = names.length
        personId.set(p, id)
        names.push(p)
        articlesOf.push([])
      }
      articlesOf[id]?.push(i)
      peopleOf.push(id)
    }
    peopleStart[i + 1] = peopleOf.length
  })

  const roleSpans = new Map<string, Map<string, RoleSpan>>()
  let roleOrder = 0
  l.seen.names.forEach((names, i) => {
    const date = articleDate(articles[i] ?? { date: null, issueDate: null })
    for (const h of names) {
      const name = l.resolve(h.name, h.alt)
      if (!l.people.has(name)) continue
      for (const role of h.roles) {
        let byRole = roleSpans.get(name)
        if (byRole === undefined) {
          byRole = new Map()
          roleSpans.set(name, byRole)
        }
        let span = byRole.get(role)
        if (span === undefined) {
          span = { first: null, last: null, order: roleOrder++ }
          byRole.set(role, span)
        }
        if (date !== null) {
          if (span.first === null || date < span.first) span.first = date
          if (span.last === null || date > span.last) span.last = date
        }
      }
    }
  })

  const coCount = new Int32Array(names.length)
  const coTouched: number[] = []
  const index: PersonEntry[] = []
  for (let id = 0; id < names.length; id++) {
    const name = names[id] as string
    const idx = articlesOf[id] as number[]
    coTouched.length = 0
    for (const i of idx) {
      for (let k = peopleStart[i] as number; k < (peopleStart[i + 1] as number); k++) {
        const other = peopleOf[k] as number
        if (other === id) continue
        if (coCount[other] === 0) coTouched.push(other)
        coCount[other] = (coCount[other] as number) + 1
      }
    }
    const co = coTouched.map((o) => ({ name: names[o] as string, count: coCount[o] as number }))
    for (const o of coTouched) coCount[o] = 0
    co.sort((a, b) => b.count - a.count || byCodePoint(a.name, b.name))
    if (co.length > 10) co.length = 10
    const roles = [...(roleSpans.get(name) ?? new Map<string, RoleSpan>())]
      .sort((a, b) => byCodePoint(a[1].first ?? '9999', b[1].first ?? '9999') || a[1].order - b[1].order)
      .map(([role, s]) => ({ role, first: s.first, last: s.last }))
    index.push({ name, articleIds: idx.map((i) => articles[i]?.id ?? ''), roles, coMentioned: co })
  }
  index.sort((a, b) => b.articleIds.length - a.articleIds.length || byCodePoint(a.name, b.name))
  return index
}

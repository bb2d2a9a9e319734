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
 */
import type { Tags } from '../types.ts'
import { cutText, insertWord, tagText } from './jieba.ts'
import { parseDictionary, type DictionaryEntry } from './dictionary.ts'
import {
  scanText, looksLikeName, trimNamePart, suffixStandsAlone, orgTailOk, isGenericPlace, isGenericOrg, type ArticleScan
} from './learn.ts'
import { KEYWORD_STOPLIST, KEYWORD_TAGS, PLACE_LOCATIVE_BEFORE, WEAK_PLACE_SUFFIXES, ORG_SUFFIXES } from './rules.ts'

export { parseDictionary } from './dictionary.ts'
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
}

export interface TagOptions {
  /** Contents of `corpus/dictionary.txt`, when the corpus has one. */
  dictionaryText?: string
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

function normalise(s: string): string {
  return s.replace(SPACE_BETWEEN_CJK, '$1')
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
    if (tok.length < 2 || KEYWORD_STOPLIST.has(tok) || TITLE_TAIL.test(tok) || NUMBERISH.test(tok) || !HAS_WORD_CHAR.test(tok) || DIGIT.test(tok)) v = false
    else {
      const tags = tagText(tok)
      v = tags.length !== 1 || KEYWORD_TAGS.test(tags[0]?.tag ?? '')
    }
    keywordVerdicts.set(tok, v)
  }
  return v
}

interface PlaceStats { suffix: string; clean: number; admin: boolean; locative: boolean; listy: boolean; chained: boolean }

export function tagCorpus(articles: TaggableArticle[], options: TagOptions = {}): TagResult {
  const messages: string[] = []
  const dict = options.dictionaryText === undefined ? { entries: [] as DictionaryEntry[], messages: [] } : parseDictionary(options.dictionaryText)
  messages.push(...dict.messages)
  const stop = new Set<string>()
  for (const e of dict.entries) if (e.kind === 'stop') stop.add(e.word)

  const n = articles.length
  const seenIds = new Set<string>()
  for (const a of articles) {
    if (seenIds.has(a.id)) messages.push(`Unexpected duplicate article id \`${a.id}\`, expected unique ids; tags of the later article win`)
    seenIds.add(a.id)
  }
  // In a headline a space separates its parts (迅速部署 从实从细 高新区召开…): keep it.
  const titles = articles.map((a) => a.title.replace(/\s+/gu, ' ').trim())
  const bodies = articles.map((a) => normalise(a.paragraphs.join('\n')))
  const scans: ArticleScan[] = articles.map((_, i) => scanText(titles[i] ?? '', bodies[i] ?? ''))

  // --- People -------------------------------------------------------------
  const exactNames = new Set<string>()
  for (const s of scans) for (const h of s.names) if (h.alt === null) exactNames.add(h.name)
  const resolve = (name: string, alt: string | null): string =>
    alt !== null && !exactNames.has(name) && exactNames.has(alt) ? alt : name
  const people = new Set<string>()
  const okName = (s: string): boolean => !stop.has(s) && looksLikeName(s)
  for (const s of scans) for (const h of s.names) { const name = resolve(h.name, h.alt); if (okName(name)) people.add(name) }
  for (const s of scans) for (const name of s.honorificNames) if (okName(name)) people.add(name)
  const weakCounts = new Map<string, number>()
  for (const s of scans) for (const name of s.weakNames) weakCounts.set(name, (weakCounts.get(name) ?? 0) + 1)
  for (const [name, count] of weakCounts) if (count >= 2 && okName(name)) people.add(name)
  for (const a of articles) {
    for (const list of [a.reporters, a.correspondents, a.photographers]) {
      for (const raw of list) { const name = raw.replace(/\s+/gu, ''); if (NAME_SHAPE.test(name) && !stop.has(name)) people.add(name) }
    }
  }

  // --- Places -------------------------------------------------------------
  const placeStats = new Map<string, PlaceStats>()
  const articlePlaceHits: string[][] = scans.map(() => [])
  const articlePlaceWindows: string[][] = scans.map(() => [])
  scans.forEach((s, i) => {
    for (const h of s.places) {
      const x = trimNamePart(h.window)
      const trimmed = x.length < h.window.length
      if (x.length < 2 || (h.clean === null && !trimmed)) {
        articlePlaceWindows[i]?.push(h.window + h.suffix)
        continue
      }
      const cand = x + h.suffix
      articlePlaceHits[i]?.push(cand)
      const st = placeStats.get(cand) ?? { suffix: h.suffix, clean: 0, admin: false, locative: false, listy: false, chained: false }
      st.clean++
      st.admin ||= h.admin
      st.locative ||= trimmed ? PLACE_LOCATIVE_BEFORE.test(h.window.slice(0, h.window.length - x.length)) : h.locative
      st.listy ||= h.listy
      st.chained ||= h.chained
      placeStats.set(cand, st)
    }
  })
  const places = new Set<string>()
  const adminPlaces = new Set<string>()
  for (const [cand, st] of placeStats) {
    if (isGenericPlace(cand) || stop.has(cand) || people.has(cand)) continue
    const weak = WEAK_PLACE_SUFFIXES.has(st.suffix)
    const districtLike = st.suffix === '区' || st.suffix === '市' || st.suffix === '县' || st.suffix === '省'
    const ok = districtLike ? st.admin || st.locative
      : weak ? st.admin || st.locative || st.listy || st.chained || st.clean >= 2
        : st.admin || st.locative || st.listy || st.chained || st.clean >= 2
    if (!ok || !suffixStandsAlone(cand, st.suffix)) continue
    places.add(cand)
    if (districtLike && st.admin) adminPlaces.add(cand)
  }

  // --- Organisations --------------------------------------------------------
  const orgs = new Set<string>()
  const articleOrgHits: string[][] = scans.map(() => [])
  scans.forEach((s, i) => {
    for (const raw of s.orgs) {
      const suffix = ORG_SUFFIXES.find((suf) => raw.endsWith(suf)) ?? ''
      const x = trimNamePart(raw.slice(0, raw.length - suffix.length))
      const cand = x + suffix
      if (x.length < 2 || isGenericOrg(cand) || stop.has(cand) || places.has(cand) || people.has(cand)) continue
      if (!orgTailOk(cand, suffix)) continue
      orgs.add(cand)
      articleOrgHits[i]?.push(cand)
    }
  })

  // --- Terms ---------------------------------------------------------------
  const quotedCounts = new Map<string, number>()
  for (const s of scans) for (const q of s.quoted) quotedCounts.set(q, (quotedCounts.get(q) ?? 0) + 1)
  const terms = new Set<string>()
  for (const [q, c] of quotedCounts) if (c >= 2 && !stop.has(q) && !people.has(q) && !places.has(q) && !KEYWORD_STOPLIST.has(q)) terms.add(q)

  // --- Dictionary file wins over what was learned ----------------------------
  for (const e of dict.entries) {
    if (e.kind === 'stop') { people.delete(e.word); places.delete(e.word); orgs.delete(e.word); terms.delete(e.word); continue }
    for (const set of [people, places, orgs, terms]) set.delete(e.word)
    ;({ person: people, place: places, org: orgs, term: terms } as const)[e.kind].add(e.word)
  }

  // --- Insert, in a fixed order ------------------------------------------------
  for (const w of [...people].sort(byCodePoint)) insertWord(w, 'nr')
  for (const w of [...places].sort(byCodePoint)) insertWord(w, 'ns')
  for (const w of [...orgs].sort(byCodePoint)) insertWord(w, 'nt')
  for (const w of [...terms].sort(byCodePoint)) insertWord(w, 'nz')

  // --- Cut once, collect entities and keyword counts ---------------------------
  const tagsByIndex: Tags[] = []
  /** Keyword candidates get ids; entities and rejected tokens get negative classes. */
  const vocab: string[] = []
  const classOf = new Map<string, number>()
  let counts = new Float64Array(4096)
  let df = new Int32Array(4096)
  const docWords: Int32Array[] = []
  const docCounts: Float64Array[] = []
  const classify = (tok: string): number =>
    people.has(tok) ? PERSON : places.has(tok) ? PLACE : orgs.has(tok) ? ORG
      : stop.has(tok) ? SKIP : terms.has(tok) || keywordShaped(tok) ? WORD : SKIP
  for (let i = 0; i < n; i++) {
    const ppl = new Set<string>()
    const plc = new Set<string>()
    const org = new Set<string>()
    const touched: number[] = []
    for (let pass = 0; pass < 2; pass++) {
      const tokens = cutText((pass === 0 ? titles[i] : bodies[i]) ?? '')
      const weight = pass === 0 ? 3 : 1
      for (let k = 0; k < tokens.length; k++) {
        const tok = tokens[k] as string
        if (tok.length < 2) continue
        let c = classOf.get(tok)
        if (c === undefined) {
          c = classify(tok)
          if (c === WORD) {
            c = vocab.length
            vocab.push(tok)
            if (c >= counts.length) {
              const bigger = new Float64Array(counts.length * 2); bigger.set(counts); counts = bigger
              const biggerDf = new Int32Array(df.length * 2); biggerDf.set(df); df = biggerDf
            }
          }
          classOf.set(tok, c)
        }
        if (c >= 0) {
          if (counts[c] === 0) touched.push(c)
          counts[c] = (counts[c] as number) + weight
        } else if (c === PERSON) ppl.add(tok)
        else if (c === PLACE) plc.add(tok)
        else if (c === ORG) org.add(tok)
      }
    }
    const words = Int32Array.from(touched)
    const wordCounts = new Float64Array(words.length)
    for (let k = 0; k < words.length; k++) {
      const c = words[k] as number
      wordCounts[k] = counts[c] as number
      counts[c] = 0
      df[c] = (df[c] as number) + 1
    }
    docWords.push(words)
    docCounts.push(wordCounts)
    const scan = scans[i]
    if (scan !== undefined) {
      for (const h of scan.names) { const name = resolve(h.name, h.alt); if (people.has(name)) ppl.add(name) }
      for (const name of scan.honorificNames) if (people.has(name)) ppl.add(name)
    }
    for (const cand of articlePlaceHits[i] ?? []) if (places.has(cand)) plc.add(cand)
    for (const w of articlePlaceWindows[i] ?? []) {
      for (let k = Math.min(w.length, 9); k >= 3; k--) { const tail = w.slice(w.length - k); if (places.has(tail)) { plc.add(tail); break } }
    }
    for (const o of articleOrgHits[i] ?? []) if (orgs.has(o)) org.add(o)
    tagsByIndex.push({ keywords: [], people: [...ppl], places: [...plc], organizations: [...org] })
  }

  // --- 我区 / 区委 in an issue that names its district elsewhere -----------------
  const byIssue = new Map<string, number[]>()
  articles.forEach((a, i) => { if (a.issueDate !== null) { const l = byIssue.get(a.issueDate) ?? []; l.push(i); byIssue.set(a.issueDate, l) } })
  for (const members of byIssue.values()) {
    const votes = new Map<string, number>()
    for (const i of members) for (const p of tagsByIndex[i]?.places ?? []) if (adminPlaces.has(p) && p.endsWith('区')) votes.set(p, (votes.get(p) ?? 0) + 1)
    const ranked = [...votes].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    const top = ranked[0]
    if (top === undefined || (ranked[1] !== undefined && ranked[1][1] === top[1])) continue
    for (const i of members) {
      const t = tagsByIndex[i]
      if (t === undefined || t.places.some((p) => adminPlaces.has(p) && p.endsWith('区'))) continue
      if (DISTRICT_HINT.test((titles[i] ?? '') + (bodies[i] ?? ''))) t.places.push(top[0])
    }
  }

  // --- Keywords: TF-IDF over this corpus ------------------------------------------
  for (let i = 0; i < n; i++) {
    const words = docWords[i] ?? new Int32Array(0)
    const wc = docCounts[i] ?? new Float64Array(0)
    const scored: [string, number][] = []
    for (let k = 0; k < words.length; k++) {
      const id = words[k] as number
      const c = wc[k] as number
      const t = vocab[id] as string
      const isTerm = terms.has(t)
      if (c < 2 && !isTerm) continue
      const idf = Math.log((n + 1) / ((df[id] as number) + 0.5)) + 0.1
      scored.push([t, c * idf * (isTerm ? 1.5 : 1)])
    }
    scored.sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))
    const chosen: string[] = []
    for (const [t] of scored) {
      if (chosen.length >= MAX_KEYWORDS) break
      if (chosen.some((c) => c.includes(t))) continue
      chosen.push(t)
    }
    const tags = tagsByIndex[i]
    if (tags !== undefined) tags.keywords = chosen
  }

  // --- Related articles through an inverted index ---------------------------------
  const postings = new Map<string, number[]>()
  const kindWeight: Record<string, number> = { p: 1.5, l: 0.8, o: 1, k: 1 }
  const keysOf = (t: Tags): string[] => [
    ...t.people.map((x) => 'p' + x), ...t.places.map((x) => 'l' + x), ...t.organizations.map((x) => 'o' + x), ...t.keywords.map((x) => 'k' + x)
  ]
  const articleKeys = tagsByIndex.map(keysOf)
  articleKeys.forEach((keys, i) => { for (const k of keys) { const l = postings.get(k); if (l === undefined) postings.set(k, [i]); else l.push(i) } })
  const scores = new Float64Array(n)
  const related = new Map<string, string[]>()
  for (let i = 0; i < n; i++) {
    const touched: number[] = []
    for (const k of articleKeys[i] ?? []) {
      const list = postings.get(k)
      if (list === undefined || list.length < 2) continue
      const w = (kindWeight[k[0] ?? 'k'] ?? 1) * Math.log(1 + n / list.length)
      let lo = 0
      let hi = list.length
      if (list.length > 2 * RELATED_WINDOW + 1) {
        const at = lowerBound(list, i)
        lo = Math.max(0, at - RELATED_WINDOW)
        hi = Math.min(list.length, at + RELATED_WINDOW + 1)
      }
      for (let j = lo; j < hi; j++) {
        const other = list[j] as number
        if (other === i) continue
        if (scores[other] === 0) touched.push(other)
        scores[other] = (scores[other] ?? 0) + w
      }
    }
    // Keep the best few by a linear pass: score desc, then id, then position.
    const best: number[] = []
    const better = (a: number, b: number): boolean => {
      const sa = scores[a] ?? 0
      const sb = scores[b] ?? 0
      if (sa !== sb) return sa > sb
      const ia = articles[a]?.id ?? ''
      const ib = articles[b]?.id ?? ''
      return ia !== ib ? ia < ib : a < b
    }
    const selfId = articles[i]?.id
    for (const j of touched) {
      if (articles[j]?.id === selfId) continue
      if (best.length === MAX_RELATED + 2 && !better(j, best[best.length - 1] as number)) continue
      let k = best.length
      while (k > 0 && better(j, best[k - 1] as number)) k--
      best.splice(k, 0, j)
      if (best.length > MAX_RELATED + 2) best.pop()
    }
    for (const j of touched) scores[j] = 0
    const ids: string[] = []
    for (const j of best) {
      const id = articles[j]?.id
      if (id !== undefined && !ids.includes(id)) ids.push(id)
      if (ids.length >= MAX_RELATED) break
    }
    related.set(articles[i]?.id ?? '', ids)
  }

  // --- People index -------------------------------------------------------------
  const personArticles = new Map<string, number[]>()
  tagsByIndex.forEach((t, i) => { for (const p of t.people) { const l = personArticles.get(p); if (l === undefined) personArticles.set(p, [i]); else l.push(i) } })
  const roleSpans = new Map<string, Map<string, { first: string | null; last: string | null; order: number }>>()
  let roleOrder = 0
  scans.forEach((s, i) => {
    const date = articleDate(articles[i] ?? { date: null, issueDate: null })
    for (const h of s.names) {
      const name = resolve(h.name, h.alt)
      if (!people.has(name)) continue
      for (const role of h.roles) {
        const byRole = roleSpans.get(name) ?? new Map<string, { first: string | null; last: string | null; order: number }>()
        roleSpans.set(name, byRole)
        const span = byRole.get(role) ?? { first: null, last: null, order: roleOrder++ }
        if (date !== null) {
          if (span.first === null || date < span.first) span.first = date
          if (span.last === null || date > span.last) span.last = date
        }
        byRole.set(role, span)
      }
    }
  })
  const peopleIndex: PersonEntry[] = []
  for (const [name, idx] of personArticles) {
    const co = new Map<string, number>()
    for (const i of idx) for (const other of tagsByIndex[i]?.people ?? []) if (other !== name) co.set(other, (co.get(other) ?? 0) + 1)
    const roles = [...(roleSpans.get(name) ?? new Map<string, { first: string | null; last: string | null; order: number }>())]
      .sort((a, b) => byCodePoint(a[1].first ?? '9999', b[1].first ?? '9999') || a[1].order - b[1].order)
      .map(([role, s]) => ({ role, first: s.first, last: s.last }))
    peopleIndex.push({
      name,
      articleIds: idx.map((i) => articles[i]?.id ?? ''),
      roles,
      coMentioned: [...co].sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])).slice(0, 10).map(([nm, count]) => ({ name: nm, count }))
    })
  }
  peopleIndex.sort((a, b) => b.articleIds.length - a.articleIds.length || byCodePoint(a.name, b.name))

  const tags = new Map<string, Tags>()
  articles.forEach((a, i) => { const t = tagsByIndex[i]; if (t !== undefined) tags.set(a.id, t) })
  return { tags, people: peopleIndex, related, messages }
}

function lowerBound(list: number[], value: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

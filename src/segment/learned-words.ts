/**
 * Corpus-wide decisions on what the scans saw: which candidates become
 * people, places, organisations and terms (the dictionary file winning over
 * all of them), and their insertion into jieba before the cut.
 */
import { insertWord } from './jieba.ts'
import type { DictionaryEntry } from './dictionary.ts'
import { isGenericPlace, looksLikeName, orgTailOk, suffixStandsAlone } from './candidate-checks.ts'
import { KEYWORD_STOPLIST } from './rules.ts'
import { byCodeUnits } from '../lexicon/order.ts'
import type { Sightings } from './sightings.ts'
import type { TaggableArticle } from './tagger-types.ts'
import { ideographsWithExtA } from '../lexicon/han.ts'

const NAME_SHAPE = new RegExp(`^[${ideographsWithExtA}]{2,4}$`, 'u')
/** The longest known place a scan window may end in, and the shortest. */
const LONGEST_PLACE_TAIL = 9
const SHORTEST_PLACE_TAIL = 3

/** Names, places, organisations and terms learned from the whole corpus, with each article's own sightings. */
export interface Learned {
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

export function learnWords(
  articles: TaggableArticle[],
  seen: Sightings,
  entries: DictionaryEntry[],
  stop: Set<string>
): Learned {
  const resolve = nameResolver(seen)
  const people = learnPeople(articles, seen, stop, resolve)
  const { places, adminPlaces } = learnPlaces(seen, stop, people)
  const orgs = new Set<string>()
  const orgHits = seen.orgHits.map((hits) => {
    const found: string[] = []
    for (const { candidate, suffix } of hits) {
      if (places.has(candidate) || people.has(candidate) || !orgTailOk(candidate, suffix)) continue
      orgs.add(candidate)
      found.push(candidate)
    }
    return found
  })
  const terms = new Set<string>()
  for (const [quoted, count] of seen.quotedCounts)
    if (count >= 2 && !stop.has(quoted) && !people.has(quoted) && !places.has(quoted) && !KEYWORD_STOPLIST.has(quoted))
      terms.add(quoted)
  // The dictionary file wins over what was learned.
  for (const entry of entries) {
    for (const set of [people, places, orgs, terms]) set.delete(entry.word)
    if (entry.kind !== 'stop')
      (({ person: people, place: places, org: orgs, term: terms }) as const)[entry.kind].add(entry.word)
  }
  const knownTail = knownPlaceTail(places)
  return { people, places, adminPlaces, orgs, terms, stop, resolve, seen, orgHits, knownTail }
}

function nameResolver(seen: Sightings): (name: string, alt: string | null) => string {
  const exactNames = new Set<string>()
  for (const names of seen.names) for (const hit of names) if (hit.alt === null) exactNames.add(hit.name)
  return (name, alt) => (alt !== null && !exactNames.has(name) && exactNames.has(alt) ? alt : name)
}

function learnPeople(
  articles: TaggableArticle[],
  seen: Sightings,
  stop: Set<string>,
  resolve: Learned['resolve']
): Set<string> {
  const people = new Set<string>()
  const okName = (name: string): boolean => !stop.has(name) && looksLikeName(name)
  for (const names of seen.names)
    for (const hit of names) {
      const name = resolve(hit.name, hit.alt)
      if (okName(name)) people.add(name)
    }
  for (const names of seen.honorificNames) for (const name of names) if (okName(name)) people.add(name)
  for (const [name, count] of seen.weakCounts) if (count >= 2 && okName(name)) people.add(name)
  for (const article of articles) {
    for (const credits of [article.reporters, article.correspondents, article.photographers]) {
      for (const raw of credits) {
        const name = raw.replace(/\s+/gu, '')
        if (NAME_SHAPE.test(name) && !stop.has(name)) people.add(name)
      }
    }
  }
  return people
}

function learnPlaces(
  seen: Sightings,
  stop: Set<string>,
  people: Set<string>
): { places: Set<string>; adminPlaces: Set<string> } {
  const places = new Set<string>()
  const adminPlaces = new Set<string>()
  for (const [candidate, stats] of seen.placeStats) {
    if (isGenericPlace(candidate) || stop.has(candidate) || people.has(candidate)) continue
    const districtLike =
      stats.suffix === '区' || stats.suffix === '市' || stats.suffix === '县' || stats.suffix === '省'
    const ok = districtLike
      ? stats.admin || stats.locative
      : stats.admin || stats.locative || stats.listy || stats.chained || stats.clean >= 2
    if (!ok || !suffixStandsAlone(candidate, stats.suffix)) continue
    places.add(candidate)
    if (districtLike && stats.admin) adminPlaces.add(candidate)
  }
  return { places, adminPlaces }
}

function knownPlaceTail(places: Set<string>): (window: string) => string | null {
  const tails = new Map<string, string | null>()
  return (window) => {
    let tail = tails.get(window)
    if (tail === undefined) {
      tail = null
      for (let k = Math.min(window.length, LONGEST_PLACE_TAIL); k >= SHORTEST_PLACE_TAIL && tail === null; k--) {
        const end = window.slice(window.length - k)
        if (places.has(end)) tail = end
      }
      tails.set(window, tail)
    }
    return tail
  }
}

/** Insert what was learned into jieba's dictionary, in a fixed order so that output is deterministic. */
export function insertLearned(learned: Learned): void {
  for (const word of [...learned.people].sort(byCodeUnits)) insertWord(word, 'nr')
  for (const word of [...learned.places].sort(byCodeUnits)) insertWord(word, 'ns')
  for (const word of [...learned.orgs].sort(byCodeUnits)) insertWord(word, 'nt')
  for (const word of [...learned.terms].sort(byCodeUnits)) insertWord(word, 'nz')
}

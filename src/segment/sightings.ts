/**
 * Scan every article once (or take its scan from the cache) and digest it as
 * it goes: corpus-wide counts, and per article only the sightings needed
 * later. The scan's own hit objects die young, which keeps garbage collection
 * cheap on large corpora.
 */
import { insertedWords } from './jieba.ts'
import type { ScanCache } from './scan-cache.ts'
import { scanText, type ArticleScan } from './scan-article.ts'
import type { NameHit } from './scan-names.ts'
import type { PlaceHit } from './scan-places.ts'
import { isGenericOrg, recordTrims, stopRecordingTrims, trimNamePart } from './candidate-checks.ts'
import { ORG_SUFFIXES, PLACE_LOCATIVE_BEFORE } from './rules.ts'
import { bodyOf } from './article-text.ts'
import type { TaggableArticle } from './tagger-types.ts'

/** How a place candidate was seen across the corpus. */
export interface PlaceStats {
  suffix: string
  clean: number
  admin: boolean
  locative: boolean
  listy: boolean
  chained: boolean
}

export interface OrgHit {
  candidate: string
  suffix: string
}

/** What the scans saw. */
export interface Sightings {
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
  orgHits: OrgHit[][]
  quotedCounts: Map<string, number>
}

export function scanAll(
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

function digestScan(scan: ArticleScan, stop: Set<string>, seen: Sightings): void {
  seen.names.push(scan.names)
  seen.honorificNames.push(scan.honorificNames)
  for (const name of scan.weakNames) seen.weakCounts.set(name, (seen.weakCounts.get(name) ?? 0) + 1)
  for (const quoted of scan.quoted) seen.quotedCounts.set(quoted, (seen.quotedCounts.get(quoted) ?? 0) + 1)
  digestPlaces(scan.places, seen)
  seen.orgHits.push(orgCandidates(scan.orgs, stop))
}

function digestPlaces(hits: PlaceHit[], seen: Sightings): void {
  const placeHits: string[] = []
  const placeWindows: string[] = []
  for (const hit of hits) {
    const namePart = trimNamePart(hit.window)
    const trimmed = namePart.length < hit.window.length
    if (namePart.length < 2 || (hit.clean === null && !trimmed)) {
      placeWindows.push(hit.window + hit.suffix)
      continue
    }
    const candidate = namePart + hit.suffix
    placeHits.push(candidate)
    let stats = seen.placeStats.get(candidate)
    if (stats === undefined) {
      stats = { suffix: hit.suffix, clean: 0, admin: false, locative: false, listy: false, chained: false }
      seen.placeStats.set(candidate, stats)
    }
    stats.clean++
    stats.admin ||= hit.admin
    stats.locative ||= trimmed
      ? PLACE_LOCATIVE_BEFORE.test(hit.window.slice(0, hit.window.length - namePart.length))
      : hit.locative
    stats.listy ||= hit.listy
    stats.chained ||= hit.chained
  }
  seen.placeHits.push(placeHits)
  seen.placeWindows.push(placeWindows)
}

function orgCandidates(scanned: string[], stop: Set<string>): OrgHit[] {
  const hits: OrgHit[] = []
  for (const raw of scanned) {
    const suffix = ORG_SUFFIXES.find((s) => raw.endsWith(s)) ?? ''
    const namePart = trimNamePart(raw.slice(0, raw.length - suffix.length))
    const candidate = namePart + suffix
    if (namePart.length >= 2 && !isGenericOrg(candidate) && !stop.has(candidate)) hits.push({ candidate, suffix })
  }
  return hits
}

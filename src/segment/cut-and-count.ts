/**
 * Cut each article once (title and body in one call: jieba never joins words
 * across a newline) and read everything from the tokens: one look-up per
 * token gives either a keyword id (counted in a typed array) or an entity class.
 */
import type { Tags } from '../types.ts'
import { cutText } from './jieba.ts'
import type { TokenCache } from './token-cache.ts'
import { cutInput } from './article-text.ts'
import { addOnce, KeywordCounter } from './keyword-counter.ts'
import type { Learned } from './learned-words.ts'
import type { TaggableArticle } from './tagger-types.ts'

/** Cut this many articles back to back, then read their tokens: jieba's dictionary stays warm in the CPU caches. */
const CUT_BATCH = 16

/** Token positions, keyword counts and entity sightings of every article, from one cut per article. */
export interface CutCounts {
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

export function cutAndCount(
  articles: TaggableArticle[],
  titles: string[],
  learned: Learned,
  cache: TokenCache | undefined,
  keys: string[] | null
): CutCounts {
  const articleCount = titles.length
  const counter = new KeywordCounter(articleCount, learned)
  const tagsByIndex: Tags[] = []
  const batch: string[][] = []
  for (let i = 0; i < articleCount; i++) {
    if (i % CUT_BATCH === 0) {
      batch.length = 0
      for (let j = i; j < Math.min(articleCount, i + CUT_BATCH); j++)
        batch.push(cutArticle(cutInput(titles[j] ?? '', articles[j]), cache, keys?.[j]))
    }
    const people: string[] = []
    const places: string[] = []
    const orgs: string[] = []
    counter.add(batch[i % CUT_BATCH] as string[], people, places, orgs)
    addScannedEntities(i, learned, people, places, orgs)
    tagsByIndex.push({ keywords: [], people, places, organizations: orgs })
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

/** The article's tokens, from the cache when an earlier build cut the same text. */
function cutArticle(input: string, cache: TokenCache | undefined, key: string | undefined): string[] {
  const cached = cache && key !== undefined ? cache.lookup(input, key) : undefined
  if (cached !== undefined) return cached
  const tokens = cutText(input)
  if (cache && key !== undefined) cache.store(input, tokens, key)
  return tokens
}

/** Entities the scan saw in the article that the tokens may not show (a name cut short, a place inside a longer word). */
function addScannedEntities(i: number, learned: Learned, people: string[], places: string[], orgs: string[]): void {
  const { seen } = learned
  for (const hit of seen.names[i] ?? []) {
    const name = learned.resolve(hit.name, hit.alt)
    if (learned.people.has(name)) addOnce(people, name)
  }
  for (const name of seen.honorificNames[i] ?? []) if (learned.people.has(name)) addOnce(people, name)
  for (const candidate of seen.placeHits[i] ?? []) if (learned.places.has(candidate)) addOnce(places, candidate)
  for (const window of seen.placeWindows[i] ?? []) {
    const tail = learned.knownTail(window)
    if (tail !== null) addOnce(places, tail)
  }
  for (const org of learned.orgHits[i] ?? []) if (learned.orgs.has(org)) addOnce(orgs, org)
}

/**
 * Keyword counts, one article at a time, and the article's entities among its
 * tokens. The per-token loop lives in a method of a module-level class so that
 * its optimised code survives from one tagCorpus call to the next.
 */
import { keywordShaped } from './keyword-shape.ts'
import { TokenClasses } from './token-classes.ts'
import type { Learned } from './learned-words.ts'
import { isIdeographFromExtACode } from '../lexicon/han.ts'

// Token classes, local to this module: the per-token loop compares against them (an imported
// constant is loaded from its module on every use). Keyword candidates get ids ≥ 0 instead of WORD.
const SKIP = -1
const WORD = -2
const PERSON = -3
const PLACE = -4
const ORG = -5
/** A token not classified yet. */
const UNKNOWN = -100

/** A side of a candidate that is no neighbour in common. */
const MIXED = '\u0000'
/** Characters that join any words: being next to one says nothing about a name. */
const FUNCTION_CHARS = new Set('的和与及在是了对等将把被为向从以并或就也都而且中上下')
/** Title words count this many times, body words once. */
const TITLE_WEIGHT = 3

/** A Chinese word that could be the rest of a longer name. */
function gluedWord(token: string | undefined): boolean {
  if (token === undefined) return false
  const code = token.charCodeAt(0)
  if (!isIdeographFromExtACode(code)) return false
  return !(token.length === 1 && FUNCTION_CHARS.has(token))
}

/** Push `item` unless the list has it (an article names few entities: arrays beat Sets here). */
export function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item)
}

/** A typed array at least twice as long, holding `array`'s values. */
export function grow<T extends Float64Array | Int32Array>(array: T, needed: number): T {
  let size = array.length * 2
  while (size <= needed) size *= 2
  const bigger = new (array.constructor as new (size: number) => T)(size)
  bigger.set(array)
  return bigger
}

export class KeywordCounter {
  readonly vocab: string[] = []
  df = new Int32Array(4096)
  readonly docStart: Int32Array
  docWords: Int32Array
  docCounts: Float64Array
  private used = 0
  private article = 0
  private counts = new Float64Array(4096)
  private isTerm = new Int32Array(4096)
  private readonly classOf = new TokenClasses(UNKNOWN)
  private readonly touched: number[] = []
  private readonly seen: number[] = []
  private readonly leftOf: (string | undefined)[] = []
  private readonly rightOf: (string | undefined)[] = []

  constructor(
    articleCount: number,
    private readonly learned: Learned
  ) {
    this.docStart = new Int32Array(articleCount + 1)
    this.docWords = new Int32Array(articleCount * 32)
    this.docCounts = new Float64Array(articleCount * 32)
  }

  /** Count an article's tokens (title words three times, up to the newline token); entities go to the lists. */
  add(tokens: string[], people: string[], places: string[], orgs: string[]): void {
    const touched = this.touched
    touched.length = 0
    let weight = TITLE_WEIGHT
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k] as string
      if (token.length < 2) {
        if (token.charCodeAt(0) === 10) weight = 1 // \n
        continue
      }
      let id = this.classOf.get(token)
      if (id === UNKNOWN) id = this.classify(token)
      if (id >= 0) {
        const counts = this.counts
        if (counts[id] === 0) touched.push(id)
        counts[id] = (counts[id] as number) + weight
        this.neighbours(id, tokens[k - 1], tokens[k + 1])
      } else if (id === PERSON) addOnce(people, token)
      else if (id === PLACE) addOnce(places, token)
      else if (id === ORG) addOnce(orgs, token)
    }
    this.flush()
  }

  /**
   * The tokens next to each occurrence of candidate `id`, over the corpus: a side keeps its
   * token while every occurrence has the same Chinese word there, and becomes MIXED at the first
   * other one (or punctuation, or a function character).
   */
  private neighbours(id: number, before: string | undefined, after: string | undefined): void {
    this.seen[id] = (this.seen[id] ?? 0) + 1
    const left = this.leftOf[id]
    if (left !== MIXED) this.leftOf[id] = gluedWord(before) && (left === undefined || left === before) ? before! : MIXED
    const right = this.rightOf[id]
    if (right !== MIXED)
      this.rightOf[id] = gluedWord(after) && (right === undefined || right === after) ? after! : MIXED
  }

  /**
   * Candidates seen twice or more, always beside the same word on one side: pieces of a
   * longer name jieba cut apart (华润 | 万象 | 城), never topics of their own.
   */
  fragments(): Uint8Array {
    const out = new Uint8Array(this.vocab.length)
    for (let id = 0; id < this.vocab.length; id++) {
      if ((this.seen[id] ?? 0) < 2) continue
      if (this.leftOf[id] !== MIXED || this.rightOf[id] !== MIXED) out[id] = 1
    }
    return out
  }

  /** Classify a token seen for the first time; keyword candidates get the next id. */
  private classify(token: string): number {
    const { people, places, orgs, stop, terms } = this.learned
    let id = people.has(token)
      ? PERSON
      : places.has(token)
        ? PLACE
        : orgs.has(token)
          ? ORG
          : stop.has(token)
            ? SKIP
            : terms.has(token) || keywordShaped(token)
              ? WORD
              : SKIP
    if (id === WORD) {
      id = this.vocab.length
      this.vocab.push(token)
      if (id >= this.counts.length) {
        this.counts = grow(this.counts, id)
        this.df = grow(this.df, id)
        this.isTerm = grow(this.isTerm, id)
      }
      this.isTerm[id] = terms.has(token) ? 1 : 0
    }
    this.classOf.set(token, id)
    return id
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
    for (const id of touched) {
      const count = counts[id] as number
      counts[id] = 0
      df[id] = (df[id] as number) + 1
      // Words seen once are no keyword (unless a term): only their document frequency counts.
      if (count >= 2 || isTerm[id] === 1) {
        docWords[used] = id
        docCounts[used++] = count
      }
    }
    this.used = used
    this.docStart[++this.article] = used
  }
}

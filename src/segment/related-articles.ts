/**
 * Up to 5 related articles each, weighted by shared tags, through an inverted
 * index over integer tag ids (one id space per kind: a person and a keyword
 * spelled alike are different tags).
 */
import type { Tags } from '../types.ts'
import type { TaggableArticle } from './tagger-types.ts'

const MAX_RELATED = 5
/** Candidates kept while scoring: a few more than shown, as articles sharing an id are dropped after. */
const KEEP = MAX_RELATED + 2
/** For tags shared by many articles, only this many neighbours on each side (corpus order) are compared. */
const RELATED_WINDOW = 10

/** How much sharing a tag of each kind counts, in the order each article's tag ids are listed. */
const TAG_KINDS: { weight: number; of: (tags: Tags) => string[] }[] = [
  { weight: 1.5, of: (tags) => tags.people },
  { weight: 0.8, of: (tags) => tags.places },
  { weight: 1, of: (tags) => tags.organizations },
  { weight: 1, of: (tags) => tags.keywords }
]

export function relatedArticles(articles: TaggableArticle[], tagsByIndex: Tags[]): Map<string, string[]> {
  const scorer = new RelatedScorer(
    articles.map((article) => article.id),
    tagsByIndex
  )
  const related = new Map<string, string[]>()
  for (let i = 0; i < articles.length; i++) related.set(scorer.ids[i] ?? '', scorer.relatedTo(i))
  return related
}

/** Article i's tags are articleTags[articleStart[i] .. articleStart[i + 1]), as integer ids with their weights. */
function numberTags(tagsByIndex: Tags[]): { tagWeight: number[]; articleStart: Int32Array; articleTags: number[] } {
  const idsByKind = TAG_KINDS.map(() => new Map<string, number>())
  const tagWeight: number[] = []
  const articleStart = new Int32Array(tagsByIndex.length + 1)
  const articleTags: number[] = []
  for (let i = 0; i < tagsByIndex.length; i++) {
    const tags = tagsByIndex[i] as Tags
    TAG_KINDS.forEach((kind, k) => {
      const ids = idsByKind[k] as Map<string, number>
      for (const tag of kind.of(tags)) {
        let id = ids.get(tag)
        if (id === undefined) {
          id = tagWeight.length
          ids.set(tag, id)
          tagWeight.push(kind.weight)
        }
        articleTags.push(id)
      }
    })
    articleStart[i + 1] = articleTags.length
  }
  return { tagWeight, articleStart, articleTags }
}

/** For each article, its position in the first with the same id: articles sharing an id never relate. */
function firstIndexById(ids: string[]): Int32Array {
  const firstWithId = new Map<string, number>()
  return Int32Array.from(ids, (id, i) => {
    const first = firstWithId.get(id)
    if (first !== undefined) return first
    firstWithId.set(id, i)
    return i
  })
}

class RelatedScorer {
  private readonly idKey: Int32Array
  private readonly articleStart: Int32Array
  private readonly articleTags: number[]
  /** Postings in corpus order, laid out flat: tag t's articles are postings[postStart[t] .. postStart[t + 1]). */
  private readonly postStart: Int32Array
  private readonly postings: Int32Array
  /** Where article i sits in the postings of its k-th tag. */
  private readonly selfAt: Int32Array
  private readonly weight: Float64Array
  private readonly scores: Float64Array
  private readonly touched: number[] = []
  private readonly best = new Int32Array(KEEP)

  constructor(
    readonly ids: string[],
    tagsByIndex: Tags[]
  ) {
    const articleCount = ids.length
    const { tagWeight, articleStart, articleTags } = numberTags(tagsByIndex)
    this.idKey = firstIndexById(ids)
    this.articleStart = articleStart
    this.articleTags = articleTags
    const tagCount = tagWeight.length
    this.postStart = new Int32Array(tagCount + 1)
    this.postings = new Int32Array(articleTags.length)
    this.selfAt = new Int32Array(articleTags.length)
    this.fillPostings(tagCount, articleCount)
    const postStart = this.postStart
    this.weight = new Float64Array(tagCount)
    for (let tag = 0; tag < tagCount; tag++) {
      const postingCount = (postStart[tag + 1] as number) - (postStart[tag] as number)
      this.weight[tag] = (tagWeight[tag] as number) * Math.log(1 + articleCount / postingCount)
    }
    this.scores = new Float64Array(articleCount)
  }

  private fillPostings(tagCount: number, articleCount: number): void {
    const { postStart, postings, selfAt, articleStart, articleTags } = this
    for (const id of articleTags) postStart[id + 1] = (postStart[id + 1] as number) + 1
    for (let tag = 0; tag < tagCount; tag++)
      postStart[tag + 1] = (postStart[tag + 1] as number) + (postStart[tag] as number)
    const fill = postStart.slice(0, tagCount)
    for (let i = 0; i < articleCount; i++) {
      for (let k = articleStart[i] as number; k < (articleStart[i + 1] as number); k++) {
        const id = articleTags[k] as number
        selfAt[k] = fill[id] as number
        postings[fill[id] as number] = i
        fill[id] = (fill[id] as number) + 1
      }
    }
  }

  /** Article i's related article ids, best first. */
  relatedTo(i: number): string[] {
    this.scoreNeighbours(i)
    const kept = this.keepBest(i)
    for (const j of this.touched) this.scores[j] = 0
    const out: string[] = []
    for (let rank = 0; rank < kept; rank++) {
      const id = this.ids[this.best[rank] as number] as string
      if (!out.includes(id)) out.push(id)
      if (out.length >= MAX_RELATED) break
    }
    return out
  }

  /** Add each shared tag's weight to the score of every other article with it. */
  private scoreNeighbours(i: number): void {
    const { articleStart, articleTags, postStart, postings, selfAt, weight, scores, touched } = this
    touched.length = 0
    for (let k = articleStart[i] as number; k < (articleStart[i + 1] as number); k++) {
      const tag = articleTags[k] as number
      let lo = postStart[tag] as number
      let hi = postStart[tag + 1] as number
      if (hi - lo < 2) continue
      const tagWeight = weight[tag] as number
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
        scores[other] = (scores[other] as number) + tagWeight
      }
    }
  }

  /** Keep the best few by a linear pass (insertion into a short sorted array; the worst falls off). */
  private keepBest(i: number): number {
    const { best, idKey } = this
    let kept = 0
    const self = idKey[i]
    for (const j of this.touched) {
      if (idKey[j] === self) continue
      if (kept === KEEP && !this.better(j, best[KEEP - 1] as number)) continue
      let k = kept < KEEP ? kept++ : KEEP - 1
      while (k > 0 && this.better(j, best[k - 1] as number)) {
        best[k] = best[k - 1] as number
        k--
      }
      best[k] = j
    }
    return kept
  }

  /** Score desc, then id, then position: a total order, so the top few do not depend on visiting order. */
  private better(a: number, b: number): boolean {
    const scoreA = this.scores[a] as number
    const scoreB = this.scores[b] as number
    if (scoreA !== scoreB) return scoreA > scoreB
    const idA = this.ids[a] as string
    const idB = this.ids[b] as string
    return idA !== idB ? idA < idB : a < b
  }
}

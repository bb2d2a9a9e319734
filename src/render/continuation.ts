/**
 * Continuations across pages (下转 / 上接): an article whose `continuedTo` names a page
 * (`二版`) is linked to the article on that page whose `continuedFrom` points back, in
 * the same issue file or in another file of the same printed issue (same publication or
 * region, same date: corpora with one file per page).
 *
 * An article's page is its record's `page`: the one rule for it is the parser's
 * (src/parse/article-pages.ts), with the manifest's page and the masthead after it.
 */
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { pageNumber } from '../lexicon/pages.ts'
import { titleSimilarity } from '../util/title-similarity.ts'

/** The page number of each article (its record's `page`, src/pipeline/assemble-issue.ts), by id. */
export function articlePageNumbers(articles: readonly ArticleRecord[]): Map<string, number | null> {
  return new Map(articles.map((article) => [article.id, pageNumber(article.page)]))
}

export interface ContinuationLink {
  url: string
  title: string
  /** The page as printed in the marker, e.g. `二版`. */
  page: string
}

/** The continuation links of a corpus: `to` on the article that goes on, `from` on its other part. */
export function continuationLinks(
  issues: readonly IssueRecord[],
  articlesById: ReadonlyMap<string, ArticleRecord>
): Map<string, { to?: ContinuationLink; from?: ContinuationLink }> {
  const links = new Map<string, { to?: ContinuationLink; from?: ContinuationLink }>()
  // Printed issue = same publication (or region) and date; undated files stand alone.
  const groups = new Map<string, { article: ArticleRecord; page: number | null }[]>()
  for (const issue of issues) {
    const own = issue.articleIds.map((id) => articlesById.get(id)).filter((a): a is ArticleRecord => a !== undefined)
    if (!own.some((a) => a.continuedTo || a.continuedFrom)) continue
    const key = issue.date ? `${issue.publication ?? issue.region ?? ''}|${issue.date}` : `file|${issue.id}`
    const pages = articlePageNumbers(own)
    const group = groups.get(key) ?? []
    for (const article of own) group.push({ article, page: pages.get(article.id) ?? null })
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    const claimed = new Set<string>()
    group.forEach((source, sourceIndex) => {
      if (!source.article.continuedTo) return
      const target = pageNumber(source.article.continuedTo)
      let best: { score: number; index: number } | null = null
      group.forEach((candidate, index) => {
        const b = candidate.article
        if (index === sourceIndex || !b.continuedFrom || claimed.has(b.id)) return
        if (target !== null && candidate.page !== null && candidate.page !== target) return
        const back = pageNumber(b.continuedFrom)
        if (back !== null && source.page !== null && back !== source.page) return
        // A known matching page counts most, then a similar title, then coming later.
        let score = titleSimilarity(source.article.title, b.title)
        if (target !== null && candidate.page === target) score += 2
        if (back !== null && source.page === back) score += 1
        if (index > sourceIndex) score += 0.5
        if (!best || score > best.score) best = { score, index }
      })
      if (!best) return
      const other = group[(best as { index: number }).index]!.article
      claimed.add(other.id)
      const a = source.article
      links.set(a.id, { ...links.get(a.id), to: { url: other.url, title: other.title, page: a.continuedTo! } })
      links.set(other.id, { ...links.get(other.id), from: { url: a.url, title: a.title, page: other.continuedFrom! } })
    })
  }
  return links
}

/**
 * The home page: the publications, the latest issues, articles per month, and the most
 * frequent topics, people and places.
 */
import type { IssueRecord } from '../../types.ts'
import { chartOf } from '../chart.ts'
import type { TagKind } from '../slug.ts'
import type { CorpusFacts } from './corpus.ts'
import { pathShape, pageKind } from './kind.ts'
import { issueCounts, issueSortKey } from './links.ts'
import type { TagFacts } from './tag-facts.ts'
import { byCodeUnits } from '../../lexicon/order.ts'

/** Newest first by what is known of them: dated issues, then those known by year, then the undated. */
function latestIssues(issues: readonly IssueRecord[], count: number): IssueRecord[] {
  return [...issues]
    .sort((a, b) => {
      const ka = issueSortKey(a)
      const kb = issueSortKey(b)
      const ua = ka === '9999'
      const ub = kb === '9999'
      if (ua !== ub) return ua ? 1 : -1
      return byCodeUnits(kb, ka) || byCodeUnits(a.id, b.id)
    })
    .slice(0, count)
}

function homeBase(corpus: CorpusFacts) {
  return {
    publications: corpus.groups.map((group) => ({
      name: group.name,
      kind: group.kind,
      url: group.url,
      ...issueCounts(group.issues)
    })),
    latestIssues: latestIssues(corpus.input.issues, 8).map(corpus.issueLink),
    ...chartOf(
      corpus.input.articles.map((a) => corpus.sortDates.get(a.id)!),
      'chart-home',
      '各月文章数'
    )
  }
}

function withTopTags(tags: TagFacts, base: ReturnType<typeof homeBase>) {
  const top = (kind: TagKind, count: number) =>
    tags.indexes.find((index) => index.kindPage.kind === kind)!.kindPage.tags.slice(0, count)
  return { ...base, topKeywords: top('keywords', 24), topPeople: top('people', 16), topPlaces: top('places', 12) }
}

export const homeKind = pageKind('index.njk', pathShape('/'), {
  data: { key: 'home', base: homeBase, tagged: withTopTags }
})

/**
 * Browse by publication: a page per publication (or region) with its issues and what is
 * known of the run (span, publishers, missing numbers), the index of them all, and the
 * list of every issue under its publication.
 */
import type { IssueRecord } from '../../types.ts'
import { missingNumbers } from '../calendar.ts'
import { chineseDate } from '../filters.ts'
import { UNKNOWN_DATE } from '../issue-name.ts'
import { hashSlug, slugFor, slugPattern } from '../slug.ts'
import type { CorpusFacts } from './corpus.ts'
import { pathShape, pageKind } from './kind.ts'
import { articleCount, issueSortKey } from './links.ts'
import { byCodeUnits } from '../../lexicon/order.ts'

export const publicationUrl = pathShape('/publications/<slug>/', { slug: slugPattern })

/** The group an issue is browsed under: its publication, else its region, else 未署名. */
export function publicationGroup(issue: IssueRecord): {
  key: string
  name: string
  kind: 'publication' | 'region' | 'unnamed'
} {
  if (issue.publication) return { key: `p|${issue.publication}`, name: issue.publication, kind: 'publication' }
  if (issue.region) return { key: `r|${issue.region}`, name: issue.region, kind: 'region' }
  return { key: 'u', name: '未署名', kind: 'unnamed' }
}

/** A publication (or region) with its issues, oldest first. */
export interface PublicationGroup extends ReturnType<typeof publicationGroup> {
  url: string
  issues: IssueRecord[]
}

/**
 * Publications (or regions) and their issues, oldest first; the groups listed publications
 * first, then regions, then 未署名, each by how many articles they hold. A name whose slug
 * another group has taken gets a hashed one.
 */
export function publicationGroups(issues: readonly IssueRecord[]) {
  const usedSlugs = new Set<string>()
  const byKey = new Map<string, PublicationGroup>()
  for (const issue of issues) {
    const group = publicationGroup(issue)
    if (!byKey.has(group.key)) {
      let slug = slugFor(group.name)
      if (usedSlugs.has(slug)) slug = hashSlug(group.key)
      usedSlugs.add(slug)
      byKey.set(group.key, { ...group, url: publicationUrl.make({ slug }), issues: [] })
    }
    byKey.get(group.key)!.issues.push(issue)
  }
  for (const group of byKey.values()) {
    group.issues.sort((a, b) => byCodeUnits(issueSortKey(a), issueSortKey(b)))
  }
  const kindOrder = { publication: 0, region: 1, unnamed: 2 }
  const groups = [...byKey.values()].sort((a, b) =>
    a.kind === b.kind ? articleCount(b.issues) - articleCount(a.issues) : kindOrder[a.kind] - kindOrder[b.kind]
  )
  return { groups, groupOf: (issue: IssueRecord) => byKey.get(publicationGroup(issue).key)! }
}

function publicationPage(corpus: CorpusFacts, group: PublicationGroup) {
  const numbers = group.issues.map((i) => i.issueNumber).filter((n): n is number => n !== null)
  const dates = group.issues
    .map((i) => i.date ?? (i.year ? String(i.year) : null))
    .filter((d): d is string => d !== null)
    .sort()
  return {
    key: group.key,
    name: group.name,
    kind: group.kind,
    url: group.url,
    pageTitle: group.kind === 'region' ? `${group.name}（未署名刊名）` : group.name,
    issueCount: group.issues.length,
    articleCount: articleCount(group.issues),
    span:
      (dates.length
        ? dates[0] === dates.at(-1)
          ? chineseDate(dates[0])
          : `${chineseDate(dates[0])}至${chineseDate(dates.at(-1))}`
        : '') + undatedNote(group.issues, dates.length > 0),
    publishers: [...new Set(group.issues.map((i) => i.publisher).filter((p): p is string => p !== null))],
    missing: missingNumbers(numbers),
    issues: group.issues.map((i) => ({ ...corpus.issueLink(i), total: i.totalIssueNumber }))
  }
}

/** `；另有 2 期日期不详` after a span, `2 期日期不详` alone; '' when every issue is dated. */
function undatedNote(issues: readonly IssueRecord[], afterSpan: boolean): string {
  const n = issues.filter((i) => !i.date && !i.year).length
  if (!n) return ''
  return afterSpan ? `；另有 ${n} 期${UNKNOWN_DATE}` : `${n} 期${UNKNOWN_DATE}`
}

const publicationPages = (corpus: CorpusFacts) => corpus.groups.map((group) => publicationPage(corpus, group))

export const publicationKind = pageKind('publication.njk', publicationUrl, {
  each: { key: 'publicationPages', base: publicationPages }
})

/** The publications with their counts and spans (from `publicationPages`). */
export const publicationsKind = pageKind('publications.njk', pathShape('/publications/'))

/** Every issue, under its publication (from `publicationPages`). */
export const issuesKind = pageKind('issues.njk', pathShape('/issues/'), { sitemap: false })

/**
 * What every kind of page reads of the corpus, worked out once: labels, sort dates, the
 * article links shared by every list, the publication groups and the years. The kinds'
 * data builders (their own modules) only pick from here; nothing here needs tags.
 */
import type { ArticleRecord, IssueRecord } from '../../types.ts'
import { continuationLinks } from '../continuation.ts'
import { articleDateLabel, distinctLabels, issueLabel, issueShortName } from '../issue-name.ts'
import type { SiteInput } from '../site-input.ts'
import { issueSortKey, shownTitle, type ArticleLink, type IssueLink } from './links.ts'
import { publicationGroups } from './publication.ts'
import { byCodeUnits } from '../../lexicon/order.ts'

/** The date an article sorts by: its dateline, else its issue's date, else its issue's year. */
export function sortDateOf(article: ArticleRecord, issue: IssueRecord): string {
  if (article.date && /^\d{4}/.test(article.date)) return article.date
  return issue.date ?? (issue.year ? `${issue.year}-00-00` : '0000-00-00')
}

export type CorpusFacts = ReturnType<typeof corpusFacts>

export function corpusFacts(input: SiteInput) {
  const { issues, articles } = input
  const byId = new Map(articles.map((a) => [a.id, a]))
  const issueById = new Map(issues.map((i) => [i.id, i]))
  const articlesOf = (issue: IssueRecord) =>
    issue.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleRecord => a !== undefined)
  const labels = distinctLabels(
    issues,
    (i) => issueLabel(i, articlesOf(i)),
    (i) => articlesOf(i)[0]?.title ?? ''
  )
  const sortDates = new Map<string, string>()
  for (const article of articles) {
    const issue = issueById.get(article.issueId)
    sortDates.set(article.id, issue ? sortDateOf(article, issue) : (article.date ?? '0000-00-00'))
  }
  const newestFirst = (a: ArticleRecord, b: ArticleRecord) => {
    const da = sortDates.get(a.id)!
    const db = sortDates.get(b.id)!
    return byCodeUnits(db, da) || byCodeUnits(a.issueId, b.issueId) || a.order - b.order
  }
  /** Every article, newest first: lists filled in this order need no sorting. */
  const newestArticles = [...articles].sort(newestFirst)
  const { groups, groupOf } = publicationGroups(issues)
  return {
    input,
    byId,
    issueById,
    articlesOf,
    labels,
    continuations: continuationLinks(issues, byId),
    sortDates,
    newestFirst,
    newestArticles,
    rank: new Map(newestArticles.map((a, i) => [a.id, i])),
    linkOf: articleLinks(issueById, labels),
    issueLink: (issue: IssueRecord): IssueLink => ({
      url: issue.url,
      label: labels.get(issue.id)!,
      count: issue.articleIds.length
    }),
    /** Publications (or regions), as their index lists them. */
    groups,
    groupOf,
    years: issuesByYear(issues)
  }
}

/** One link object per article, shared by every list that shows it. */
function articleLinks(issueById: ReadonlyMap<string, IssueRecord>, labels: ReadonlyMap<string, string>) {
  const links = new Map<string, ArticleLink>()
  return (a: ArticleRecord): ArticleLink => {
    let link = links.get(a.id)
    if (!link) {
      const issue = issueById.get(a.issueId)
      link = {
        url: a.url,
        title: shownTitle(a.title),
        date: articleDateLabel(a, issue),
        issueLabel: labels.get(a.issueId) ?? '',
        issueName: issue ? issueShortName(issue) : ''
      }
      links.set(a.id, link)
    }
    return link
  }
}

/** Issues by the year of their date, else their own year; years in order, issues by date. */
function issuesByYear(issues: readonly IssueRecord[]): { year: number; issues: IssueRecord[] }[] {
  const years = new Map<number, IssueRecord[]>()
  for (const issue of issues) {
    const year = issue.date ? Number(issue.date.slice(0, 4)) : issue.year
    if (year === null) continue
    const list = years.get(year) ?? []
    list.push(issue)
    years.set(year, list)
  }
  return [...years.keys()]
    .sort((a, b) => a - b)
    .map((year) => ({ year, issues: years.get(year)!.sort((a, b) => byCodeUnits(issueSortKey(a), issueSortKey(b))) }))
}

/**
 * A page per issue: its masthead facts, its articles in print order (with their page and
 * first line, and where a 下转/上接 continues), and the issues before and after it in
 * the same publication. The URL is the record's (`/issues/<id>/`, src/pipeline/ids.ts).
 */
import type { IssueRecord } from '../../types.ts'
import { articlePageNumbers } from '../continuation.ts'
import { truncate } from '../filters.ts'
import { fullWidthPunctuation } from '../zh-punctuation.ts'
import type { CorpusFacts } from './corpus.ts'
import { monthShape } from './dates.ts'
import { pathShape, pageKind } from './kind.ts'
import { neighbours, shownTitle, type Link } from './links.ts'

export const issueUrl = pathShape('/issues/<id>/')

/** Each issue's neighbours in its publication, by date. */
function issueNeighbours(corpus: CorpusFacts): Map<string, { prev: Link | null; next: Link | null }> {
  const result = new Map<string, { prev: Link | null; next: Link | null }>()
  const link = (issue: IssueRecord) => ({ url: issue.url, title: corpus.labels.get(issue.id)! })
  for (const group of corpus.groups)
    group.issues.forEach((issue, i) => result.set(issue.id, neighbours(group.issues, i, link)))
  return result
}

function issuePage(corpus: CorpusFacts, issue: IssueRecord, around: { prev: Link | null; next: Link | null }) {
  const label = corpus.labels.get(issue.id)!
  const own = corpus.articlesOf(issue)
  const pages = articlePageNumbers(own)
  const group = corpus.groupOf(issue)
  return {
    id: issue.id,
    url: issue.url,
    file: issue.file,
    pageTitle: label,
    label,
    publication: issue.publication,
    groupName: group.name,
    groupUrl: group.url,
    date: issue.date,
    monthUrl: issue.date ? monthShape.make({ year: issue.date.slice(0, 4), month: issue.date.slice(5, 7) }) : null,
    year: issue.year,
    region: issue.region,
    page: issue.page,
    issueNumber: issue.issueNumber,
    totalIssueNumber: issue.totalIssueNumber,
    publisher: issue.publisher,
    dateText: issue.masthead?.dateText ?? null,
    lunarDate: issue.masthead?.lunarDate ?? null,
    registration: issue.masthead?.registration ?? null,
    notes: issue.masthead?.notes ?? [],
    unassigned: issue.unassigned,
    pdf: issue.pdf ?? null,
    pdfPages: issue.pdfPages ?? null,
    prev: around.prev,
    next: around.next,
    /** Show each article's page only when the file holds more than one. */
    showPages: new Set([...pages.values()].filter((p) => p !== null)).size > 1,
    articles: own.map((a) => ({
      url: a.url,
      title: shownTitle(a.title),
      kicker: a.kicker,
      page: pages.get(a.id) ?? null,
      firstLine: truncate(fullWidthPunctuation(a.paragraphs[0] ?? ''), 80),
      continuedTo: a.continuedTo,
      continuedFrom: a.continuedFrom,
      to: corpus.continuations.get(a.id)?.to ?? null,
      from: corpus.continuations.get(a.id)?.from ?? null
    }))
  }
}

function issuePages(corpus: CorpusFacts) {
  const around = issueNeighbours(corpus)
  return corpus.input.issues.map((issue) => issuePage(corpus, issue, around.get(issue.id)!))
}

export const issueKind = pageKind('issue.njk', issueUrl, { each: { key: 'issuePages', base: issuePages } })

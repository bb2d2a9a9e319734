/**
 * Browse by date: the index of years, a page per year (its months, and the articles of
 * issues known only by their year, by the month of their own dateline), and a calendar
 * page per month that has issues.
 */
import type { ArticleRecord, IssueRecord } from '../../types.ts'
import { monthWeeks, weekdayNames, type CalendarIssue } from '../calendar.ts'
import { UNKNOWN_DATE } from '../issue-name.ts'
import type { CorpusFacts } from './corpus.ts'
import { pathShape, pageKind } from './kind.ts'
import { articleCount, issueCounts, neighbours, type ArticleLink, type IssueLink, type Link } from './links.ts'

export const yearUrl = pathShape('/dates/<year>/')
export const monthShape = pathShape('/dates/<year>/<month>/')
export const monthUrl = (year: number | string, month: number | string) =>
  monthShape.make({ year, month: String(month).padStart(2, '0') })

export interface YearPage {
  year: number
  url: string
  pageTitle: string
  issues: number
  articles: number
  months: {
    month: number
    label: string
    url: string | null
    issues: number
    articles: number
    /** Articles dated to this month in issues known only by their year, and where they are listed. */
    looseArticles: number
    looseUrl: string | null
  }[]
  yearOnly: IssueLink[]
  /** Those articles, by month: an issue known by its year still dates its articles. */
  looseMonths: { id: string; label: string; articles: ArticleLink[] }[]
  prev: Link | null
  next: Link | null
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1)

/** A year's issues by month, January first. */
const issuesByMonth = (year: number, issues: readonly IssueRecord[]) =>
  MONTHS.map((month) => issues.filter((i) => i.date?.startsWith(`${year}-${String(month).padStart(2, '0')}`)))

/** Articles of issues known only by their year, by the month of their own dateline. */
function looseArticles(corpus: CorpusFacts, year: number, issues: readonly IssueRecord[]) {
  const loose = new Map<number, ArticleRecord[]>()
  for (const issue of issues) {
    if (issue.date) continue
    for (const article of corpus.articlesOf(issue)) {
      const date = article.date
      if (!date || !date.startsWith(`${year}-`) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue
      const m = Number(date.slice(5, 7))
      loose.set(m, [...(loose.get(m) ?? []), article])
    }
  }
  return loose
}

function yearPage(corpus: CorpusFacts, year: number, issues: readonly IssueRecord[]): Omit<YearPage, 'prev' | 'next'> {
  const url = yearUrl.make({ year })
  const loose = looseArticles(corpus, year, issues)
  return {
    year,
    url,
    pageTitle: `${year}年`,
    ...issueCounts(issues),
    months: issuesByMonth(year, issues).map((inMonth, i) => {
      const month = i + 1
      const looseHere = loose.get(month)?.length ?? 0
      return {
        month,
        label: `${month}月`,
        url: inMonth.length ? monthUrl(year, month) : null,
        ...issueCounts(inMonth),
        looseArticles: looseHere,
        looseUrl: looseHere ? `${url}#m${month}` : null
      }
    }),
    yearOnly: issues.filter((i) => !i.date).map(corpus.issueLink),
    looseMonths: [...loose.keys()]
      .sort((a, b) => a - b)
      .map((m) => ({
        id: `m${m}`,
        label: `${year}年${m}月`,
        articles: [...loose.get(m)!].sort(corpus.newestFirst).map(corpus.linkOf)
      }))
  }
}

function yearPages(corpus: CorpusFacts): YearPage[] {
  const pages = corpus.years.map(({ year, issues }) => yearPage(corpus, year, issues))
  return pages.map((page, i) => ({ ...page, ...neighbours(pages, i, (y) => ({ url: y.url, title: `${y.year}年` })) }))
}

/** The issues of each day, as a calendar cell shows them. */
function calendarIssues(corpus: CorpusFacts): Map<string, CalendarIssue[]> {
  const byDate = new Map<string, CalendarIssue[]>()
  for (const issue of corpus.input.issues) {
    if (!issue.date) continue
    const list = byDate.get(issue.date) ?? []
    const short = issue.issueNumber ? `第${issue.issueNumber}期` : (issue.publication ?? issue.region ?? '一期')
    list.push({ url: issue.url, label: corpus.labels.get(issue.id)!, short })
    byDate.set(issue.date, list)
  }
  return byDate
}

function monthPages(corpus: CorpusFacts) {
  const byDate = calendarIssues(corpus)
  const pages = corpus.years.flatMap(({ year, issues }) =>
    issuesByMonth(year, issues).flatMap((inMonth, i) => {
      const month = i + 1
      if (!inMonth.length) return []
      const label = `${year}年${month}月`
      return [
        {
          url: monthUrl(year, month),
          pageTitle: label,
          label,
          year,
          month,
          yearUrl: yearUrl.make({ year }),
          weekdays: weekdayNames,
          weeks: monthWeeks(year, month, byDate),
          issueDays: new Set(inMonth.map((i) => i.date)).size,
          issues: inMonth.map(corpus.issueLink)
        }
      ]
    })
  )
  return pages.map((page, i) => ({ ...page, ...neighbours(pages, i, (m) => ({ url: m.url, title: m.label })) }))
}

function dateIndex(corpus: CorpusFacts) {
  const undated = corpus.input.issues.filter((i) => !i.date && !i.year)
  return {
    years: corpus.years.map(({ year, issues }) => ({
      year,
      url: yearUrl.make({ year }),
      ...issueCounts(issues),
      months: issuesByMonth(year, issues).filter((inMonth) => inMonth.length).length
    })),
    undated: undated.map(corpus.issueLink),
    undatedLabel: UNKNOWN_DATE,
    undatedArticles: articleCount(undated)
  }
}

export const yearKind = pageKind('year.njk', yearUrl, { each: { key: 'yearPages', base: yearPages } })

export const monthKind = pageKind('month.njk', monthShape, { each: { key: 'monthPages', base: monthPages } })

export const datesKind = pageKind('dates.njk', pathShape('/dates/'), { data: { key: 'dateIndex', base: dateIndex } })

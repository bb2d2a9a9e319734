/**
 * The small pieces the kinds of page share: links to articles and issues, counts, the
 * order issues are listed in, and the links to the pages before and after one.
 */
import type { IssueRecord } from '../../types.ts'
import { fullWidthPunctuation } from '../zh-punctuation.ts'

/** Headlines and first lines as the reading view sets them (full-width punctuation). */
export const shownTitle = fullWidthPunctuation

export interface Link {
  url: string
  title: string
}

export interface ArticleLink extends Link {
  date: string
  issueLabel: string
  /** The issue without its date, for lists that show the article's own date: 上街时讯 · 第7期. */
  issueName: string
}

/** An issue in a list: its label and how many articles it holds. */
export interface IssueLink {
  url: string
  label: string
  count: number
}

/** Issues in date order: dated ones by date, then those known by year, then the undated. */
export const issueSortKey = (issue: IssueRecord) => issue.date ?? (issue.year ? `${issue.year}-99-99` : '9999')

export const articleCount = (list: readonly IssueRecord[]) => list.reduce((n, i) => n + i.articleIds.length, 0)

/** How many issues and articles a list holds. */
export const issueCounts = (list: readonly IssueRecord[]) => ({ issues: list.length, articles: articleCount(list) })

/** The pages before and after `index` in `list`. */
export function neighbours<T>(
  list: readonly T[],
  index: number,
  link: (item: T) => Link
): { prev: Link | null; next: Link | null } {
  const prev = list[index - 1]
  const next = list[index + 1]
  return { prev: prev === undefined ? null : link(prev), next: next === undefined ? null : link(next) }
}

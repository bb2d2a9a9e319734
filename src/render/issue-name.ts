/**
 * Names and dates as a reader would say them. A bulletin without a masthead is still named
 * from what is known of it (publication or region, year, issue number, its articles'
 * datelines), never from its file name; a date whose year is unknown says so in words.
 */
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { chineseDate } from './filters.ts'

/** Said wherever a date, or its year, is not known. */
export const UNKNOWN_DATE = '日期不详'
export const UNKNOWN_YEAR = '年份不详'

const FULL = /^\d{4}-\d{2}-\d{2}$/
const NO_YEAR = /^--\d{2}-\d{2}$/

/** `--01-05` → 1月5日（年份不详）; a full date as 2020年2月29日. */
function datelineLabel(date: string): string {
  return NO_YEAR.test(date) ? `${chineseDate(date)}（${UNKNOWN_YEAR}）` : chineseDate(date)
}

/** The first dateline of an issue's articles, in reading order, or null. */
function firstDateline(articles: readonly ArticleRecord[], year: number | null): string | null {
  for (const article of articles) {
    const date = article.date
    if (!date) continue
    if (FULL.test(date) && (year === null || date.startsWith(String(year)))) return date
    if (NO_YEAR.test(date) && year === null) return date
  }
  return null
}

/** What an issue is called by: its publication, else its region's 简报. */
export function issueName(issue: IssueRecord): string {
  return issue.publication ?? (issue.region ? `${issue.region}简报` : '简报')
}

/**
 * When an issue appeared, as far as it is known: its date; else its first article's dateline
 * (with the issue's year when only that is known); else its year; else 日期不详.
 */
export function issueWhen(issue: IssueRecord, articles: readonly ArticleRecord[]): string {
  if (issue.date) return chineseDate(issue.date)
  const dateline = firstDateline(articles, issue.year)
  if (dateline) return datelineLabel(dateline)
  if (issue.year) return `${issue.year}年`
  return UNKNOWN_DATE
}

/** How an issue is named in lists and headings: 上街时讯 · 2020年2月29日 · 第7期; 二七区简报 · 2022年3月19日. */
export function issueLabel(issue: IssueRecord, articles: readonly ArticleRecord[] = []): string {
  const parts = [issueName(issue), issueWhen(issue, articles)]
  if (issue.issueNumber) parts.push(`第${issue.issueNumber}期`)
  return parts.join(' · ')
}

/** An issue without its date, beside an article's own date: 上街时讯 · 第7期, 二七区简报. */
export function issueShortName(issue: IssueRecord): string {
  return issue.issueNumber ? `${issueName(issue)} · 第${issue.issueNumber}期` : issueName(issue)
}

/**
 * Gives issues that would share a label a distinguishing tail from their first headline
 * (`…（区委书记宋洁对疫情防控…）`), in the order given; labels that are unique stay as they are.
 */
export function distinctLabels(
  issues: readonly IssueRecord[],
  label: (issue: IssueRecord) => string,
  firstTitle: (issue: IssueRecord) => string
): Map<string, string> {
  const labels = new Map(issues.map((i) => [i.id, label(i)]))
  const count = new Map<string, number>()
  for (const l of labels.values()) count.set(l, (count.get(l) ?? 0) + 1)
  const seen = new Map<string, number>()
  for (const issue of issues) {
    const l = labels.get(issue.id)!
    if (count.get(l)! < 2) continue
    const n = (seen.get(l) ?? 0) + 1
    seen.set(l, n)
    const title = Array.from(firstTitle(issue))
    const tail = title.length ? (title.length > 12 ? title.slice(0, 12).join('') + '…' : title.join('')) : `其${n}`
    labels.set(issue.id, `${l}（${tail}）`)
  }
  return labels
}

/**
 * An article's date as a reader is told it: its dateline with the year (2022年3月19日); a
 * dateline without a known year as 1月5日（年份不详）; without a dateline, its issue's date or
 * year; else 日期不详.
 */
export function articleDateLabel(article: ArticleRecord, issue: IssueRecord | undefined): string {
  if (article.date) return datelineLabel(article.date)
  if (issue?.date) return chineseDate(issue.date)
  if (issue?.year) return `${issue.year}年`
  return UNKNOWN_DATE
}

/** How the report writes a record's credits and an issue's name in Chinese (the page, the outline, report.json). */
import type { ArticleRecord, IssueRecord } from '../types.ts'
import type { IssueSummary } from './report-types.ts'

export function issueSummary(issue: IssueRecord): IssueSummary {
  return {
    id: issue.id,
    url: issue.url,
    publication: issue.publication,
    date: issue.date,
    year: issue.year,
    issueNumber: issue.issueNumber,
    totalIssueNumber: issue.totalIssueNumber
  }
}

/** `记者 景静；通讯员 张三`. */
export function creditsText(a: ArticleRecord): string {
  const parts: string[] = []
  if (a.reporters.length) parts.push(`记者 ${a.reporters.join('、')}`)
  if (a.correspondents.length) parts.push(`通讯员 ${a.correspondents.join('、')}`)
  if (a.photographers.length) parts.push(`摄影 ${a.photographers.join('、')}`)
  if (a.editors.length) parts.push(`编辑 ${a.editors.join('、')}`)
  if (a.sourceUnit) parts.push(`（${a.sourceUnit}）`)
  return parts.join('；')
}

/** `上街时讯 2020年2月29日 第7期（总第634期）`, or what of it is known. */
export function issueText(issue: IssueSummary | null): string {
  if (issue === null) return '—'
  const parts: string[] = []
  if (issue.publication) parts.push(issue.publication)
  if (issue.date) {
    const [y, m, d] = issue.date.split('-')
    parts.push(`${y}年${Number(m)}月${Number(d)}日`)
  } else if (issue.year !== null) parts.push(`${issue.year}年`)
  if (issue.issueNumber !== null)
    parts.push(
      `第${issue.issueNumber}期${issue.totalIssueNumber !== null ? `（总第${issue.totalIssueNumber}期）` : ''}`
    )
  else if (issue.totalIssueNumber !== null) parts.push(`总第${issue.totalIssueNumber}期`)
  return parts.length ? parts.join(' ') : '（未知刊名与日期）'
}

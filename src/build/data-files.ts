/**
 * The open data of SCHEMA.md: data/articles.json, data/issues.json, data/articles.csv.
 */
import type { ArticleRecord, IssueRecord } from '../types.ts'

const csvColumns = [
  'id', 'url', 'file', 'lines', 'publication', 'issueDate', 'title', 'kicker', 'subtitle', 'date', 'dateText',
  'paragraphs', 'reporters', 'correspondents', 'photographers', 'sourceUnit', 'continuedTo', 'continuedFrom',
  'captions', 'keywords', 'people', 'places', 'organizations'
] as const

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  // Quote every cell that could break the row; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}

function csvRow(article: ArticleRecord): string {
  const field = (name: (typeof csvColumns)[number]): unknown => {
    switch (name) {
      case 'lines': return article.lines.join('-')
      case 'paragraphs': return article.paragraphs.join('\n')
      case 'keywords': case 'people': case 'places': case 'organizations': return article.tags[name].join(';')
      default: {
        const value = article[name]
        return Array.isArray(value) ? value.join(';') : value
      }
    }
  }
  return csvColumns.map((name) => csvCell(field(name))).join(',')
}

export function articlesCsv(articles: ArticleRecord[]): string {
  return '\uFEFF' + [csvColumns.join(','), ...articles.map(csvRow)].join('\r\n') + '\r\n'
}

export function articlesJson(articles: ArticleRecord[]): string {
  return JSON.stringify({ articles }, null, 1) + '\n'
}

export function issuesJson(issues: IssueRecord[]): string {
  return JSON.stringify({ issues }, null, 1) + '\n'
}

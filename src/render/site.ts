/**
 * The render stage: records → page data → Eleventy (templates/) → HTML files.
 *
 * Eleventy gets the records as global data and renders one paginated template per
 * kind of page (MEASURED.md: far faster and leaner than a template file per article).
 */
import { fileURLToPath } from 'node:url'
import Eleventy from '@11ty/eleventy'
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { chineseDate, joinNames, truncate, withBase } from './filters.ts'
import { renderBody } from './body.ts'

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url))

export interface SiteOptions {
  outDir: string
  /** URL path the site is served under, `/` or `/archive/`. */
  base: string
  name: string
}

export interface IssuePage extends IssueRecord {
  label: string
  articles: { url: string; title: string; firstLine: string }[]
}

export interface ArticlePage extends ArticleRecord {
  bodyHtml: string
  issueUrl: string
  issueLabel: string
  year: string | null
  sortDate: string
  prev: { url: string; title: string } | null
  next: { url: string; title: string } | null
}

/** How an issue is named in lists and headings: 上街时讯 2020年2月29日 第7期. */
export function issueLabel(issue: IssueRecord): string {
  const parts: string[] = []
  parts.push(issue.publication ?? (issue.region ? `${issue.region}简报` : '简报'))
  if (issue.date) parts.push(chineseDate(issue.date))
  else if (issue.year) parts.push(`${issue.year}年`)
  if (issue.issueNumber) parts.push(`第${issue.issueNumber}期`)
  if (!issue.date && !issue.issueNumber) parts.push(`（${issue.file}）`)
  return parts.join(' ')
}

/** The date an article sorts by: its dateline, else its issue's date. */
function sortDateOf(article: ArticleRecord, issue: IssueRecord): string {
  if (article.date && /^\d{4}/.test(article.date)) return article.date
  return issue.date ?? (issue.year ? `${issue.year}-00-00` : '0000-00-00')
}

export function pageData(issues: IssueRecord[], articles: ArticleRecord[]) {
  const byId = new Map(articles.map((a) => [a.id, a]))
  const issuePages: IssuePage[] = []
  const articlePages: ArticlePage[] = []
  for (const issue of issues) {
    const label = issueLabel(issue)
    const own = issue.articleIds.map((id) => byId.get(id)!).filter(Boolean)
    issuePages.push({
      ...issue,
      label,
      articles: own.map((a) => ({ url: a.url, title: a.title, firstLine: truncate(a.paragraphs[0] ?? '', 80) }))
    })
    own.forEach((article, index) => {
      const prev = own[index - 1]
      const next = own[index + 1]
      const sortDate = sortDateOf(article, issue)
      articlePages.push({
        ...article,
        bodyHtml: renderBody(article),
        issueUrl: issue.url,
        issueLabel: label,
        year: /^\d{4}/.test(sortDate) && !sortDate.startsWith('0000') ? sortDate.slice(0, 4) : null,
        sortDate,
        prev: prev ? { url: prev.url, title: prev.title } : null,
        next: next ? { url: next.url, title: next.title } : null
      })
    })
  }
  return { issuePages, articlePages }
}

export interface SiteStats {
  issues: number
  articles: number
  firstDate: string | null
  lastDate: string | null
}

export async function renderSite(
  options: SiteOptions,
  issues: IssueRecord[],
  articles: ArticleRecord[],
  stats: SiteStats
): Promise<{ pages: number }> {
  const { issuePages, articlePages } = pageData(issues, articles)
  const base = options.base
  const elev = new Eleventy(templatesDir, options.outDir, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig) {
      eleventyConfig.setQuietMode(true)
      eleventyConfig.addGlobalData('site', { name: options.name, base })
      eleventyConfig.addGlobalData('stats', stats)
      eleventyConfig.addGlobalData('issues', issuePages)
      eleventyConfig.addGlobalData('articlePages', articlePages)
      eleventyConfig.addFilter('base', (url: string) => withBase(url, base))
      eleventyConfig.addFilter('zhDate', chineseDate)
      eleventyConfig.addFilter('names', joinNames)
      eleventyConfig.addPassthroughCopy({ [`${templatesDir}assets`]: 'assets' })
      eleventyConfig.setTemplateFormats(['njk'])
    }
  })
  await elev.write()
  return { pages: issuePages.length + articlePages.length + 4 }
}

/**
 * Turns what the parser read (ParsedBulletin) plus the manifest into the published
 * records of docs/SCHEMA.md: ids, urls, publication, issue dates. The article record's
 * fields are declared in ./article-fields.ts.
 */
import type { ArticleRecord, IssueRecord, ManifestEntry, ParsedBulletin } from '../types.ts'
import { issueUrl, pdfUrl } from './ids.ts'
import { makeArticleRecord, type IssueFacts } from './article-fields.ts'
import { pagesOf } from '../parse/article-pages.ts'

/** Full ISO date only: partial manifest dates (`2022`) give a year, not an issue date. */
function fullDate(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
}

function issueFacts(issueId: string, bulletin: ParsedBulletin, manifest: ManifestEntry | undefined): IssueFacts {
  const masthead = bulletin.masthead
  const date = fullDate(masthead?.date) ?? fullDate(manifest?.date)
  const yearText = date ?? masthead?.date ?? manifest?.date ?? null
  const year = yearText ? Number(yearText.slice(0, 4)) : null
  return {
    issueId,
    publication: masthead?.publication ?? manifest?.publication ?? null,
    date,
    year: year !== null && Number.isFinite(year) ? year : null,
    region: manifest?.region ?? null,
    pdf: bulletin.pdf ?? null
  }
}

export function assembleIssue(
  issueId: string,
  bulletin: ParsedBulletin,
  manifest: ManifestEntry | undefined
): { issue: IssueRecord; articles: ArticleRecord[] } {
  const facts = issueFacts(issueId, bulletin, manifest)
  // Without a page header, the manifest's page of the file; a masthead is printed on the front page.
  const fallback = manifest?.page ?? (bulletin.masthead ? '1' : null)
  const pages = pagesOf(bulletin)
  const articles = bulletin.articles.map((parsed, index) =>
    makeArticleRecord({ parsed, page: pages[index] ?? fallback, order: index + 1, file: bulletin.file, facts })
  )
  return { issue: issueRecord(bulletin, manifest, facts, articles), articles }
}

function issueRecord(
  bulletin: ParsedBulletin,
  manifest: ManifestEntry | undefined,
  { issueId, publication, date, year, region, pdf }: IssueFacts,
  articles: readonly ArticleRecord[]
): IssueRecord {
  const masthead = bulletin.masthead
  return {
    id: issueId,
    url: issueUrl(issueId),
    file: bulletin.file,
    publication,
    date,
    year,
    page: manifest?.page ?? null,
    region,
    encoding: bulletin.encoding,
    issueNumber: masthead?.issueNumber ?? null,
    totalIssueNumber: masthead?.totalIssueNumber ?? null,
    publisher: masthead?.publisher ?? null,
    masthead,
    articleIds: articles.map((a) => a.id),
    furniture: bulletin.furniture,
    unassigned: bulletin.unassigned.map((u) => u.text),
    confidence: bulletin.confidence ?? null,
    pdf: pdf ? pdfUrl(issueId) : null,
    pdfPages: pdf?.pages ?? null,
    source: pdf ? 'pdf' : 'text'
  }
}

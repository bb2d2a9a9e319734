/**
 * Turns what the parser read (ParsedBulletin) plus the manifest into the published
 * records of docs/SCHEMA.md: ids, urls, publication, issue dates.
 */
import type { ArticleRecord, IssueRecord, ManifestEntry, ParsedBulletin, Tags } from '../types.ts'
import { articleIdFor, articleUrl, issueUrl, pdfUrl } from './ids.ts'
import { pageOfLine } from '../read/pdf/page-of-line.ts'

const emptyTags = (): Tags => ({ keywords: [], people: [], places: [], organizations: [] })

/** Full ISO date only: partial manifest dates (`2022`) give a year, not an issue date. */
function fullDate(date: string | null | undefined): string | null {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null
}

export function assembleIssue(
  issueId: string,
  bulletin: ParsedBulletin,
  manifest: ManifestEntry | undefined
): { issue: IssueRecord; articles: ArticleRecord[] } {
  const masthead = bulletin.masthead
  // Metadata in the text wins over the manifest.
  const publication = masthead?.publication ?? manifest?.publication ?? null
  const date = fullDate(masthead?.date) ?? fullDate(manifest?.date)
  const yearText = date ?? masthead?.date ?? manifest?.date ?? null
  const year = yearText ? Number(yearText.slice(0, 4)) : null
  const region = manifest?.region ?? null
  const pdf = bulletin.pdf ?? null
  const articles: ArticleRecord[] = bulletin.articles.map((parsed, index) => {
    const id = articleIdFor(issueId, index + 1)
    return {
      id,
      url: articleUrl(id),
      file: bulletin.file,
      lines: parsed.lines,
      publication,
      issueDate: date,
      issueId,
      order: index + 1,
      title: parsed.title,
      kicker: parsed.kicker,
      subtitle: parsed.subtitle,
      date: parsed.date,
      dateText: parsed.dateText,
      datelineMarker: parsed.datelineMarker,
      paragraphs: parsed.paragraphs,
      reporters: parsed.reporters,
      correspondents: parsed.correspondents,
      photographers: parsed.photographers,
      editors: parsed.editors,
      sourceUnit: parsed.sourceUnit,
      sourceNote: parsed.sourceNote,
      continuedTo: parsed.continuedTo,
      continuedFrom: parsed.continuedFrom,
      captions: parsed.captions,
      column: parsed.column ?? null,
      confidence: parsed.confidence ?? null,
      evidence: parsed.evidence ?? [],
      tags: emptyTags(),
      region,
      printedPage: pdf ? pageOfLine(pdf, parsed.lines[0]) : null,
      source: pdf ? 'pdf' : 'text'
    }
  })
  const issue: IssueRecord = {
    id: issueId,
    url: issueUrl(issueId),
    file: bulletin.file,
    publication,
    date,
    year: year !== null && Number.isFinite(year) ? year : null,
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
  return { issue, articles }
}

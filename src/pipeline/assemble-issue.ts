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

/** What every record of an issue shares; metadata in the text wins over the manifest. */
interface IssueFacts {
  issueId: string
  publication: string | null
  date: string | null
  year: number | null
  region: string | null
  pdf: ParsedBulletin['pdf'] | null
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
  const articles = bulletin.articles.map((parsed, index) => articleRecord(parsed, index + 1, bulletin.file, facts))
  return { issue: issueRecord(bulletin, manifest, facts, articles), articles }
}

function articleRecord(
  parsed: ParsedBulletin['articles'][number],
  order: number,
  file: string,
  { issueId, publication, date, region, pdf }: IssueFacts
): ArticleRecord {
  const id = articleIdFor(issueId, order)
  return {
    id,
    url: articleUrl(id),
    file,
    lines: parsed.lines,
    publication,
    issueDate: date,
    issueId,
    order,
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

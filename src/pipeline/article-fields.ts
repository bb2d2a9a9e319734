/**
 * The published article record's fields, declared once: in the order data/articles.json
 * gives them (docs/SCHEMA.md), each with how it is made from what the parser read and the
 * issue's facts, and the column(s) it gives data/articles.csv. The records are made from
 * this table (./assemble-issue.ts) and the CSV's header and cells read off it
 * (./data-files.ts); the table's type makes a field added to ArticleRecord without an
 * entry here a compile error.
 */
import type { ArticleRecord, ParsedArticle, ParsedBulletin, Tags } from '../types.ts'
import { articleIdFor, articleUrl } from './ids.ts'
import { pageOfLine } from '../read/pdf/page-of-line.ts'

/** What every record of an issue shares; metadata in the text wins over the manifest. */
export interface IssueFacts {
  issueId: string
  publication: string | null
  date: string | null
  year: number | null
  region: string | null
  pdf: ParsedBulletin['pdf'] | null
}

/** What an article record is made of: the parsed article, its place in the issue, and the issue. */
export interface ArticleSource {
  parsed: ParsedArticle
  /** The page (版) it was printed on (./assemble-issue.ts), or null when nothing says. */
  page: string | null
  order: number
  file: string
  facts: IssueFacts
}

/** The tag kinds, in the order a record's `tags` and the CSV's tag columns give them. */
export const tagKinds = ['keywords', 'people', 'places', 'organizations'] as const satisfies readonly (keyof Tags)[]

/**
 * How a field goes into the CSV: `cell` as it is (a list joined by `;`), `lines` as
 * `first-last`, `parts` as each piece's `first-last` joined by `;` (empty for a story in one
 * piece), `paragraphs` one to a line, `tags` as one column per tag kind; absent when the CSV
 * leaves it out.
 */
type CsvForm = 'cell' | 'lines' | 'parts' | 'paragraphs' | 'tags'

interface Field<K extends keyof ArticleRecord> {
  make: (source: ArticleSource) => ArticleRecord[K]
  csv?: CsvForm
}

type ArticleFields = { [K in keyof Required<ArticleRecord>]: Field<K> }

const id = (s: ArticleSource) => articleIdFor(s.facts.issueId, s.order)

/** In articles.json order. */
export const articleFields: ArticleFields = {
  id: { make: id, csv: 'cell' },
  url: { make: (s) => articleUrl(id(s)), csv: 'cell' },
  file: { make: (s) => s.file, csv: 'cell' },
  lines: { make: (s) => s.parsed.lines, csv: 'lines' },
  parts: { make: (s) => s.parsed.parts ?? null, csv: 'parts' },
  page: { make: (s) => s.page, csv: 'cell' },
  publication: { make: (s) => s.facts.publication, csv: 'cell' },
  issueDate: { make: (s) => s.facts.date, csv: 'cell' },
  issueId: { make: (s) => s.facts.issueId },
  order: { make: (s) => s.order },
  title: { make: (s) => s.parsed.title, csv: 'cell' },
  kicker: { make: (s) => s.parsed.kicker, csv: 'cell' },
  subtitle: { make: (s) => s.parsed.subtitle, csv: 'cell' },
  date: { make: (s) => s.parsed.date, csv: 'cell' },
  dateText: { make: (s) => s.parsed.dateText, csv: 'cell' },
  datelineMarker: { make: (s) => s.parsed.datelineMarker },
  paragraphs: { make: (s) => s.parsed.paragraphs, csv: 'paragraphs' },
  reporters: { make: (s) => s.parsed.reporters, csv: 'cell' },
  correspondents: { make: (s) => s.parsed.correspondents, csv: 'cell' },
  photographers: { make: (s) => s.parsed.photographers, csv: 'cell' },
  editors: { make: (s) => s.parsed.editors },
  sourceUnit: { make: (s) => s.parsed.sourceUnit, csv: 'cell' },
  sourceNote: { make: (s) => s.parsed.sourceNote },
  continuedTo: { make: (s) => s.parsed.continuedTo, csv: 'cell' },
  continuedFrom: { make: (s) => s.parsed.continuedFrom, csv: 'cell' },
  captions: { make: (s) => s.parsed.captions, csv: 'cell' },
  column: { make: (s) => s.parsed.column ?? null },
  confidence: { make: (s) => s.parsed.confidence ?? null },
  evidence: { make: (s) => s.parsed.evidence ?? [] },
  // Given by the tag stage once every record is made.
  tags: { make: () => emptyTags(), csv: 'tags' },
  region: { make: (s) => s.facts.region },
  printedPage: { make: (s) => (s.facts.pdf ? pageOfLine(s.facts.pdf, s.parsed.lines[0]) : null) },
  source: { make: (s) => (s.facts.pdf ? 'pdf' : 'text') }
}

const fieldEntries = Object.entries(articleFields) as Array<[keyof ArticleRecord, Field<keyof ArticleRecord>]>

/** No tags yet: a list per tag kind. */
export const emptyTags = (): Tags => Object.fromEntries(tagKinds.map((kind) => [kind, []])) as unknown as Tags

/** The record of one article, its fields in the table's order. */
export function makeArticleRecord(source: ArticleSource): ArticleRecord {
  const record: Partial<Record<keyof ArticleRecord, unknown>> = {}
  for (const [name, field] of fieldEntries) record[name] = field.make(source)
  return record as ArticleRecord
}

/** The fields the CSV gives, in order, with the form of each. */
export const csvFields: ReadonlyArray<{ name: keyof ArticleRecord; csv: CsvForm }> = fieldEntries.flatMap(
  ([name, field]) => (field.csv === undefined ? [] : [{ name, csv: field.csv }])
)

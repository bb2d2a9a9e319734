/**
 * The build report's shape (`build-report/report.json`) and what the build hands
 * to ./model.ts to make it.
 */
import type { ArticleRecord, IssueRecord, ParsedBulletin } from '../types.ts'
import type { CharacterCount, ReasonCode } from './confidence.ts'
import type { Diagnostic } from './diagnostic.ts'

export interface ReportFileInput {
  /** Corpus-relative path. */
  path: string
  kind: 'parsed' | 'skipped' | 'failed'
  bulletin: ParsedBulletin | null
  issue: IssueRecord | null
  articles: ArticleRecord[]
}

/** Findings the later checks add (personal data, repeated articles, corrections): already in Chinese. */
export interface ReportExtras {
  personalData?: PersonalDataEntry[]
  duplicates?: DuplicateEntry[]
  corrections?: CorrectionEntry[]
  redacted?: boolean
}

export interface ReportInput extends ReportExtras {
  command: 'build' | 'check'
  /** The corpus folder as messages name it (`corpus`). */
  corpusDisplay: string
  /** The output folder as given, or null for `check`. */
  outDisplay: string | null
  files: ReportFileInput[]
  diagnostics: readonly Diagnostic[]
  /** The text of a file named as diagnostics name it (`corpus/a.txt`), or null when there is none to show. */
  textOf: (file: string) => string | null
  /** Applied to every line of source text the report quotes (masks personal data). */
  maskLine?: (file: string, line: number, text: string) => string
}

export interface WarningEntry {
  /** `corpus/a.txt:12:3`. */
  place: string
  file: string
  line: number | null
  column: number | null
  rule: string
  message: string
  /** The stage's own words, for developers. */
  english: string
  /** The line the message is about, as printed (trimmed, at most 200 characters). */
  quote: string | null
  /** The row of corrections.csv that would fix it, when one can. */
  fix: { when: string; row: string } | null
}

export interface IssueSummary {
  id: string
  url: string
  publication: string | null
  date: string | null
  year: number | null
  issueNumber: number | null
  totalIssueNumber: number | null
}

export interface FileEntry {
  file: string
  path: string
  status: 'parsed' | 'skipped' | 'failed'
  encoding: string | null
  issue: IssueSummary | null
  articles: number
  characters: CharacterCount | null
  warnings: number
  doubtfulArticles: number
  confidence: number
}

export interface SourceLine {
  line: number
  text: string
}

export interface DoubtfulArticle {
  id: string
  url: string
  file: string
  place: string
  lines: [number, number]
  /** The runs of source lines it was read from: one, or one per piece of a story continued in its file. */
  pieces: [number, number][]
  title: string
  date: string | null
  credits: string
  confidence: number
  reasons: { code: ReasonCode; why: string; todo: string }[]
  evidence: string[]
  /** The record as the site will show it: first paragraphs, shortened. */
  record: { kicker: string | null; subtitle: string | null; dateText: string | null; paragraphs: string[] }
  source: SourceLine[]
  /** Source lines left out after the first ones. */
  sourceOmitted: number
}

export interface SkippedEntry {
  file: string
  place: string
  rule: string
  why: string
}

export interface PersonalDataEntry {
  kind: 'id-number' | 'mobile' | 'bank-card'
  kindText: string
  place: string
  file: string
  line: number
  column: number
  /** The number with its middle masked: the report never shows it whole. */
  masked: string
  /** The line, with the number masked. */
  quote: string
}

export interface DuplicateEntry {
  title: string
  characters: number
  places: { id: string; url: string; file: string; place: string; title: string }[]
}

export interface CorrectionEntry {
  /** `corpus/corrections.csv:3`. */
  place: string
  target: string
  action: string
  status: 'applied' | 'unmatched' | 'invalid'
  message: string
}

export interface Report {
  format: 1
  command: 'build' | 'check'
  corpus: string
  out: string | null
  redacted: boolean
  summary: {
    files: number
    parsed: number
    skipped: number
    issues: number
    articles: number
    doubtfulArticles: number
    warnings: number
    personalData: number
    duplicates: number
    corrections: { applied: number; unmatched: number }
  }
  files: FileEntry[]
  doubtfulArticles: DoubtfulArticle[]
  warnings: WarningEntry[]
  skipped: SkippedEntry[]
  manifest: WarningEntry[]
  personalData: PersonalDataEntry[]
  duplicates: DuplicateEntry[]
  corrections: CorrectionEntry[]
}

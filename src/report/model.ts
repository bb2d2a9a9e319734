/**
 * The build report as data (`build-report/report.json`), made from the build's records and
 * diagnostics: per file what was read and how sure the build is of it (worst first), the
 * doubtful articles with their source lines, every warning in Chinese with its place and
 * the line it is about, skipped files, manifest rows wrong or unused, and the checks before
 * publication. ./html.ts shows the same content as a page. Pure: the text of a file comes
 * from `textOf`, which the caller provides.
 */
import type { ArticleRecord, IssueRecord, ParsedBulletin } from '../types.ts'
import { adviceFor, evidenceText } from './advice-zh.ts'
import {
  articleConfidence,
  messagesOf,
  reasonLine,
  characterCount,
  fileConfidence,
  LOW_CONFIDENCE,
  type CharacterCount,
  type ReasonCode
} from './confidence.ts'
import { placeText, type Diagnostic } from './diagnostic.ts'
import { chineseReason } from './messages-zh.ts'

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

/** Source lines shown beside a doubtful article, at most. */
const SOURCE_LINES = 40
const QUOTE_CHARS = 200

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

export function buildReport(input: ReportInput): Report {
  const lineCache = new Map<string, string[] | null>()
  const linesOf = (file: string) => {
    if (!lineCache.has(file)) lineCache.set(file, input.textOf(file)?.split('\n') ?? null)
    return lineCache.get(file)!
  }
  const mask = input.maskLine ?? ((_file: string, _line: number, text: string) => text)
  const sourceLine = (file: string, line: number): string | null => {
    const text = linesOf(file)?.[line - 1]
    return text === undefined ? null : mask(file, line, text)
  }

  const warnings: WarningEntry[] = input.diagnostics.map((d) => {
    const raw = d.line === null || d.file === '' ? null : sourceLine(d.file, d.line)
    const quote = raw === null ? null : raw.trim().slice(0, QUOTE_CHARS)
    return {
      place: placeText(d),
      file: d.file,
      line: d.line,
      column: d.column,
      rule: d.rule,
      message: chineseReason(d),
      english: d.reason,
      quote: quote === '' ? null : quote,
      fix: fixFor(d)
    }
  })

  const byFile = new Map<string, Diagnostic[]>()
  for (const d of input.diagnostics) {
    if (d.corpusPath === null) continue
    const list = byFile.get(d.corpusPath) ?? []
    list.push(d)
    byFile.set(d.corpusPath, list)
  }

  const files: FileEntry[] = []
  const doubtful: DoubtfulArticle[] = []
  const skipped: SkippedEntry[] = []
  for (const f of input.files) {
    const file = `${input.corpusDisplay}/${f.path}`
    const messages = byFile.get(f.path) ?? []
    if (f.kind !== 'parsed' || f.bulletin === null) {
      const first = messages[0]
      skipped.push({
        file,
        place: first ? placeText(first) : `${file}:1:1`,
        rule: first?.rule ?? 'build:other',
        why: first ? chineseReason(first) : '没有读出文字'
      })
      files.push({
        file,
        path: f.path,
        status: f.kind,
        encoding: null,
        issue: null,
        articles: 0,
        characters: null,
        warnings: messages.length,
        doubtfulArticles: 0,
        confidence: 0
      })
      continue
    }
    const confidences = f.articles.map((article) => ({ article, ...articleConfidence(article, messages) }))
    let doubtfulHere = 0
    for (const c of confidences) {
      if (c.confidence >= LOW_CONFIDENCE) continue
      doubtfulHere++
      const [first, last] = c.article.lines
      const source: SourceLine[] = []
      for (let line = first; line <= last && source.length < SOURCE_LINES; line++) {
        const text = sourceLine(file, line)
        if (text !== null) source.push({ line, text })
      }
      const a = c.article
      doubtful.push({
        id: a.id,
        url: a.url,
        file,
        place: `${file}:${first}`,
        lines: [first, last],
        title: a.title,
        date: a.date,
        credits: creditsText(a),
        confidence: c.confidence,
        reasons: c.reasons.map((code) => ({
          code,
          ...adviceFor(code, f.path, a.lines, reasonLine(code, messagesOf(a, messages)))
        })),
        evidence: c.evidence.map(evidenceText),
        record: {
          kicker: a.kicker,
          subtitle: a.subtitle,
          dateText: a.dateText,
          paragraphs: a.paragraphs.slice(0, 3).map((p) => (p.length > 160 ? p.slice(0, 160) + '…' : p))
        },
        source,
        sourceOmitted: Math.max(0, last - first + 1 - source.length)
      })
    }
    const characters = characterCount(f.bulletin)
    files.push({
      file,
      path: f.path,
      status: 'parsed',
      encoding: f.bulletin.encoding,
      issue: f.issue === null ? null : issueSummary(f.issue),
      articles: f.articles.length,
      characters,
      warnings: messages.length,
      doubtfulArticles: doubtfulHere,
      confidence: fileConfidence(
        confidences.map((c) => c.confidence),
        characters,
        messages
      )
    })
  }
  files.sort((a, b) => a.confidence - b.confidence || b.warnings - a.warnings || byCode(a.path, b.path))
  doubtful.sort((a, b) => a.confidence - b.confidence || byCode(a.file, b.file) || a.lines[0] - b.lines[0])

  const corrections = input.corrections ?? []
  const personalData = input.personalData ?? []
  const duplicates = input.duplicates ?? []
  return {
    format: 1,
    command: input.command,
    corpus: input.corpusDisplay,
    out: input.outDisplay,
    redacted: input.redacted ?? false,
    summary: {
      files: input.files.length,
      parsed: input.files.filter((f) => f.kind === 'parsed').length,
      skipped: skipped.length,
      issues: input.files.filter((f) => f.issue !== null).length,
      articles: input.files.reduce((n, f) => n + f.articles.length, 0),
      doubtfulArticles: doubtful.length,
      warnings: warnings.length,
      personalData: personalData.length,
      duplicates: duplicates.length,
      corrections: {
        applied: corrections.filter((c) => c.status === 'applied').length,
        unmatched: corrections.filter((c) => c.status !== 'applied').length
      }
    },
    files,
    doubtfulArticles: doubtful,
    warnings,
    skipped,
    manifest: warnings.filter((w) => w.rule.startsWith('manifest:')),
    personalData,
    duplicates,
    corrections
  }
}

/** The corrections.csv row (`file,line,action`) that would fix a parser message, with when to use it. */
function fixFor(d: Diagnostic): WarningEntry['fix'] {
  if (d.corpusPath === null || d.line === null) return null
  const fix = (when: string, action: string) => ({ when, row: `${d.corpusPath},${d.line},${action}` })
  switch (d.rule) {
    case 'bulletin-parse:orphan-continuation':
      return fix('若这段文字是另一篇文章（有标题则把 start 换成 headline）', 'start')
    case 'bulletin-parse:continued-without-headline':
      return fix('若它接在上一篇文章后面', 'join')
    case 'bulletin-parse:text-before-headline':
      return fix('若这一行是一篇文章的标题', 'headline')
    default:
      return null
  }
}

function issueSummary(issue: IssueRecord): IssueSummary {
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

/**
 * The build report as data (`build-report/report.json`), made from the build's records and
 * diagnostics: per file what was read and how sure the build is of it (worst first), the
 * doubtful articles with their source lines, every warning in Chinese with its place and
 * the line it is about, skipped files, manifest rows wrong or unused, and the checks before
 * publication. ./html.ts shows the same content as a page; ./report-types.ts declares its
 * shape. Pure: the text of a file comes from `textOf`, which the caller provides.
 */
import { lineRangesOf } from '../parse/article-lines.ts'
import type { ArticleRecord } from '../types.ts'
import { adviceFor, evidenceText } from './advice-zh.ts'
import {
  articleConfidence,
  messagesOf,
  reasonLine,
  characterCount,
  fileConfidence,
  LOW_CONFIDENCE
} from './confidence.ts'
import { placeText, type Diagnostic } from './diagnostic.ts'
import { byCodeUnits } from '../lexicon/order.ts'
import { chineseReason } from './messages-zh.ts'
import { creditsText, issueSummary } from './record-text.ts'
import type {
  DoubtfulArticle,
  FileEntry,
  Report,
  ReportFileInput,
  ReportInput,
  SkippedEntry,
  SourceLine,
  WarningEntry
} from './report-types.ts'

// The build imports the input's type from here, beside buildReport.
export type { ReportFileInput } from './report-types.ts'

/** Source lines shown beside a doubtful article, at most. */
const SOURCE_LINES = 40
const QUOTE_CHARS = 200
/** A doubtful article's record shows this many paragraphs, each cut to PARAGRAPH_CHARS. */
const RECORD_PARAGRAPHS = 3
const PARAGRAPH_CHARS = 160

/** A source line as the report may quote it (masked), or null when the file has no such line. */
type SourceLineOf = (file: string, line: number) => string | null

export function buildReport(input: ReportInput): Report {
  const sourceLine = sourceLineReader(input)
  const warnings = input.diagnostics.map((d) => warningEntry(d, sourceLine))
  const byFile = diagnosticsByFile(input.diagnostics)
  const files: FileEntry[] = []
  const doubtful: DoubtfulArticle[] = []
  const skipped: SkippedEntry[] = []
  for (const f of input.files) {
    const file = `${input.corpusDisplay}/${f.path}`
    const messages = byFile.get(f.path) ?? []
    if (f.kind !== 'parsed' || f.bulletin === null) {
      skipped.push(skippedEntry(file, messages))
      files.push(unreadFileEntry(file, f, messages))
      continue
    }
    const confidences = f.articles.map((article) => ({ article, ...articleConfidence(article, messages) }))
    let doubtfulHere = 0
    for (const c of confidences) {
      if (c.confidence >= LOW_CONFIDENCE) continue
      doubtfulHere++
      doubtful.push(doubtfulArticle(file, f.path, c, messages, sourceLine))
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
  files.sort((a, b) => a.confidence - b.confidence || b.warnings - a.warnings || byCodeUnits(a.path, b.path))
  doubtful.sort((a, b) => a.confidence - b.confidence || byCodeUnits(a.file, b.file) || a.lines[0] - b.lines[0])
  return assembleReport(input, { files, doubtful, warnings, skipped })
}

/** Each file's lines read once, on first use, and masked as they are quoted. */
function sourceLineReader(input: ReportInput): SourceLineOf {
  const lineCache = new Map<string, string[] | null>()
  const linesOf = (file: string) => {
    if (!lineCache.has(file)) lineCache.set(file, input.textOf(file)?.split('\n') ?? null)
    return lineCache.get(file)!
  }
  const mask = input.maskLine ?? ((_file: string, _line: number, text: string) => text)
  return (file, line) => {
    const text = linesOf(file)?.[line - 1]
    return text === undefined ? null : mask(file, line, text)
  }
}

function warningEntry(d: Diagnostic, sourceLine: SourceLineOf): WarningEntry {
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
}

function diagnosticsByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    if (d.corpusPath === null) continue
    const list = byFile.get(d.corpusPath) ?? []
    list.push(d)
    byFile.set(d.corpusPath, list)
  }
  return byFile
}

function skippedEntry(file: string, messages: Diagnostic[]): SkippedEntry {
  const first = messages[0]
  return {
    file,
    place: first ? placeText(first) : `${file}:1:1`,
    rule: first?.rule ?? 'build:other',
    why: first ? chineseReason(first) : '没有读出文字'
  }
}

function unreadFileEntry(file: string, f: ReportFileInput, messages: Diagnostic[]): FileEntry {
  return {
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
  }
}

/** An article with how sure the build is of it. */
type ArticleJudgement = { article: ArticleRecord } & ReturnType<typeof articleConfidence>

function doubtfulArticle(
  file: string,
  path: string,
  judged: ArticleJudgement,
  messages: Diagnostic[],
  sourceLine: SourceLineOf
): DoubtfulArticle {
  const a = judged.article
  const [first, last] = a.lines
  const source: SourceLine[] = []
  // A story in pieces: each piece's lines, not the other articles' between them.
  for (const [from, to] of lineRangesOf(a))
    for (let line = from; line <= to && source.length < SOURCE_LINES; line++) {
      const text = sourceLine(file, line)
      if (text !== null) source.push({ line, text })
    }
  return {
    id: a.id,
    url: a.url,
    file,
    place: `${file}:${first}`,
    lines: [first, last],
    pieces: lineRangesOf(a),
    title: a.title,
    date: a.date,
    credits: creditsText(a),
    confidence: judged.confidence,
    reasons: judged.reasons.map((code) => ({
      code,
      ...adviceFor(code, path, a.lines, reasonLine(code, messagesOf(a, messages)))
    })),
    evidence: judged.evidence.map(evidenceText),
    record: {
      kicker: a.kicker,
      subtitle: a.subtitle,
      dateText: a.dateText,
      paragraphs: a.paragraphs
        .slice(0, RECORD_PARAGRAPHS)
        .map((p) => (p.length > PARAGRAPH_CHARS ? p.slice(0, PARAGRAPH_CHARS) + '…' : p))
    },
    source,
    sourceOmitted: Math.max(0, last - first + 1 - source.length)
  }
}

function assembleReport(
  input: ReportInput,
  made: Pick<Report, 'files' | 'warnings' | 'skipped'> & { doubtful: DoubtfulArticle[] }
): Report {
  const { files, doubtful, warnings, skipped } = made
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

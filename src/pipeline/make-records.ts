/**
 * From parsed bulletins to the archive's records: the office's corrections applied,
 * credits resolved across the corpus, stable ids given (a.txt and a.md: `a`, `a-2`), and
 * the checks before publication (personal data, masked with --redact; articles printed
 * twice) made before anything is tagged, rendered, indexed or written.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord, IssueRecord, ManifestEntry } from '../types.ts'
import { correctCorpus } from '../corrections/correct-corpus.ts'
import { checkPersonalData } from '../privacy/check-files.ts'
import { findDuplicates } from '../report/duplicates.ts'
import type { CollectedFiles } from './collect-files.ts'
import type { PdfCopy } from './copy-pdfs.ts'
import { issueIdFor } from './ids.ts'
import { assembleIssue } from './assemble-issue.ts'
import type { StageTimer } from './stage-timer.ts'

export interface Records {
  issues: IssueRecord[]
  articles: ArticleRecord[]
  /** The PDFs the site gets a copy of (./copy-pdfs.ts). */
  pdfCopies: PdfCopy[]
}

/** The office's corrections (corrections.csv), applied to the parsed bulletins before records are made. */
export function applyCorrections(corpusDir: string, display: string, files: CollectedFiles, paths: readonly string[]) {
  const correctionsPath = join(corpusDir, 'corrections.csv')
  if (!existsSync(correctionsPath)) return []
  return correctCorpus(
    readFileSync(correctionsPath, 'utf8'),
    new Map(files.bulletins.map((b) => [b.path.normalize('NFC'), b.bulletin])),
    files.sources,
    display,
    new Set(paths.map((p) => p.normalize('NFC')))
  )
}

/** Records with stable ids; each file's report entry gets its issue and articles. */
export function makeRecords(files: CollectedFiles, manifest: ReadonlyMap<string, ManifestEntry>): Records {
  const usedIds = new Set<string>()
  const records: Records = { issues: [], articles: [], pdfCopies: [] }
  const reportFileOf = new Map(files.reportFiles.map((f) => [f.path, f]))
  for (const { path, issueDate, key, bulletin } of files.bulletins) {
    let id = issueIdFor(path)
    for (let n = 2; usedIds.has(id); n++) id = `${issueIdFor(path)}-${n}`
    usedIds.add(id)
    const assembled = assembleIssue(id, bulletin, manifest.get(path.normalize('NFC')))
    records.issues.push(assembled.issue)
    if (assembled.issue.pdf) records.pdfCopies.push({ path, issueDate, key, url: assembled.issue.pdf })
    records.articles.push(...assembled.articles)
    const reportFile = reportFileOf.get(path)!
    reportFile.issue = assembled.issue
    reportFile.articles = assembled.articles
  }
  return records
}

/**
 * Where personal data is printed, masked in the records and source texts when `redact`;
 * and the groups of articles printed twice.
 */
export function checkBeforePublication(
  files: CollectedFiles,
  articles: readonly ArticleRecord[],
  display: string,
  redact: boolean,
  timer: StageTimer
) {
  const personalData = timer.timeSync('check', () =>
    checkPersonalData(files.reportFiles, files.sources, display, redact)
  )
  const duplicates = timer.timeSync('check', () => findDuplicates(articles))
  return { personalData, duplicates }
}

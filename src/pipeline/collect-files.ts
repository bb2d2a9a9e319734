/**
 * What the parsed files give the rest of the build: the bulletins to make records of, each
 * file's entry in the report, the source texts the article pages quote, and the parse
 * cache's new entries. A text file superseded by the PDF of the same issue gives nothing
 * but its line in the report.
 */
import { join, relative } from 'node:path'
import type { ParsedBulletin } from '../types.ts'
import { decodeBulletin } from '../read/decode.ts'
import type { SourceFile } from '../render/site.ts'
import type { ReportFileInput } from '../report/model.ts'
import { BuildError } from './build-error.ts'
import type { Diagnostics } from './diagnostics.ts'
import { type ParseCache, parseKey } from './parse-cache.ts'
import type { ParseOutcome } from './parse-file.ts'
import type { FileResult } from './parse-files.ts'
import { readCorpusFile } from '../corpus/read-corpus.ts'
import { supersededByPdf, supersededMessage } from './supersede.ts'

export interface ParsedFile {
  path: string
  issueDate: string | null
  key: string
  bulletin: ParsedBulletin
}

export interface CollectedFiles {
  bulletins: ParsedFile[]
  /** Every corpus file in path order, for the report. */
  reportFiles: ReportFileInput[]
  /** The corpus files by corpus-relative path: article pages show their source lines. */
  sources: Map<string, SourceFile>
  skipped: number
}

export function collectFiles(
  results: readonly FileResult[],
  corpusDir: string,
  cache: ParseCache,
  diagnostics: Diagnostics
): CollectedFiles {
  const collected: CollectedFiles = { bulletins: [], reportFiles: [], sources: new Map(), skipped: 0 }
  /** Into the cache in file order, before anything (resolveCredits) changes the bulletin. */
  const remember = (key: string, outcome: Extract<ParseOutcome, { kind: 'parsed' }>, entry: FileResult['entry']) => {
    if (entry === 'encode') cache.set(key, outcome.bulletin, outcome.messages)
    else if (entry !== 'cached') cache.setEncoded(key, entry)
  }
  const superseded = supersededByPdf(results)
  for (const { path, issueDate, key, outcome, entry } of results) {
    const pdf = superseded.get(path)
    if (pdf !== undefined) {
      // The PDF of the same issue is built instead: the report names this file, and nothing else of it.
      diagnostics.add([supersededMessage(path, pdf)])
      collected.reportFiles.push({ path, kind: 'skipped', bulletin: null, issue: null, articles: [] })
      collected.skipped++
      if (outcome.kind === 'parsed') remember(key, outcome, entry)
      continue
    }
    diagnostics.add(outcome.messages)
    const bulletin = outcome.kind === 'parsed' ? outcome.bulletin : null
    collected.reportFiles.push({ path, kind: outcome.kind, bulletin, issue: null, articles: [] })
    if (outcome.kind === 'parsed') {
      remember(key, outcome, entry)
      collected.bulletins.push({ path, issueDate, key, bulletin: outcome.bulletin })
      const pdfText = outcome.bulletin.pdf?.text
      collected.sources.set(
        outcome.bulletin.file,
        pdfText === undefined
          ? corpusSource(corpusDir, path, issueDate, key, cache.version)
          : { key: `${cache.version}/${key}`, text: () => pdfText }
      )
    } else collected.skipped++ // skipped or failed: its messages (above) say why
  }
  return collected
}

/**
 * A corpus file for the pages, read again when a page of it is rendered (a rebuild renders
 * few), so the build does not hold the whole corpus's text. A file edited while the build
 * ran is refused: its pages would not match its records.
 */
function corpusSource(
  corpusDir: string,
  path: string,
  issueDate: string | null,
  key: string,
  parserVersion: string
): SourceFile {
  // Holds no reference to the parse cache: the cache's entries can go once it is saved.
  return {
    key: `${parserVersion}/${key}`,
    text() {
      const bytes = readCorpusFile(corpusDir, path)
      const decoded = parseKey(bytes, path, issueDate) === key ? decodeBulletin(bytes, path) : null
      if (decoded?.kind !== 'text') {
        throw new BuildError(
          `${relative(process.cwd(), join(corpusDir, path))} changed while the site was being built: build again`
        )
      }
      return decoded.text
    }
  }
}

/**
 * The corpus manifest (`corpus/manifest.csv`): what the text itself does not say.
 *
 *   file,publication,date,page,region
 *   002_a91af3f4be450be0.txt,上街时讯,2020-02-29,,上街区
 *
 * `date` may be partial (`2022`, `2022-03`). Metadata in the text (a masthead) wins.
 * A value that cannot be right (an impossible date, a column nobody reads, a second row for
 * one file) is reported with its line and column and not used.
 */
import type { VFileMessage } from 'vfile-message'
import type { ManifestEntry } from '../types.ts'
import { fileMessage } from '../util/file-message.ts'
import { manifestDate } from './manifest-date.ts'

/** The columns the build reads; any other is reported, so a misspelt header does not go unnoticed. */
export const MANIFEST_COLUMNS = ['file', 'publication', 'date', 'page', 'region'] as const

/** The manifest's name in the corpus folder: its messages are on this file. */
export const MANIFEST_FILE = 'manifest.csv'

/** The stage its messages name in their rule (`manifest:bad-date`). */
const source = 'manifest'

/** Splits one CSV line, honouring double quotes ("a, b" and "" escapes). */
export function splitCsvLine(line: string): string[] {
  const cells: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      cells.push(cell)
      cell = ''
    } else cell += ch
  }
  cells.push(cell)
  return cells
}

/** 1-based column where cell `at` of a CSV line starts. */
function cellColumn(line: string, cells: readonly string[], at: number): number {
  // Cells were split at commas outside quotes; count the raw characters up to cell `at`.
  let column = 1
  let index = 0
  let quoted = false
  for (let i = 0; i < line.length && index < at; i++) {
    const ch = line[i]
    if (ch === '"') quoted = !quoted
    else if (ch === ',' && !quoted) index++
    column = i + 2
  }
  return cells.length > at ? column : line.length + 1
}

export interface ParsedManifest {
  entries: Map<string, ManifestEntry>
  /** The manifest line (1-based) each entry was read from, by the entries' keys. */
  lines: Map<string, number>
  /** What is wrong with it, each a message at its line and column. */
  problems: VFileMessage[]
}

export function parseManifest(text: string): ParsedManifest {
  const entries = new Map<string, ManifestEntry>()
  const rows = new Map<string, number>()
  const problems: VFileMessage[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const headerCells = splitCsvLine(lines[0] ?? '')
  const header = headerCells.map((h) => h.trim().toLowerCase())
  const column = (name: string) => header.indexOf(name)
  problems.push(...unknownColumns(lines[0] ?? '', headerCells, header))
  if (column('file') < 0) {
    problems.push(
      fileMessage(
        MANIFEST_FILE,
        'Unexpected manifest header, expected a `file` column (file,publication,date,page,region)',
        {
          place: { line: 1, column: 1 },
          source,
          ruleId: 'bad-header'
        }
      )
    )
    return { entries, lines: rows, problems }
  }
  for (let index = 1; index < lines.length; index++) {
    const raw = lines[index]!
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const entry = readRow(raw, index + 1, column, rows, problems)
    if (entry === null) continue
    const key = entry.file.normalize('NFC')
    rows.set(key, index + 1)
    entries.set(key, entry)
  }
  return { entries, lines: rows, problems }
}

/** A problem for each header cell that names no manifest column. */
function unknownColumns(line: string, headerCells: string[], header: string[]): VFileMessage[] {
  const problems: VFileMessage[] = []
  header.forEach((name, at) => {
    if (name === '' && at === header.length - 1) return // a trailing comma
    if (!(MANIFEST_COLUMNS as readonly string[]).includes(name)) {
      problems.push(
        fileMessage(
          MANIFEST_FILE,
          `Unexpected manifest column \`${headerCells[at]!.trim()}\`, expected one of ${MANIFEST_COLUMNS.join(', ')}; its values are not used`,
          // No rule of its own yet: the office reads it as a manifest problem, in the stage's words.
          { place: { line: 1, column: cellColumn(line, headerCells, at) }, source, ruleId: 'other' }
        )
      )
    }
  })
  return problems
}

/** Row `lineNo` as an entry, or null when it is not used (with why in `problems`). */
function readRow(
  raw: string,
  lineNo: number,
  column: (name: string) => number,
  rows: ReadonlyMap<string, number>,
  problems: VFileMessage[]
): ManifestEntry | null {
  const cells = splitCsvLine(raw)
  const get = (name: string): string | null => {
    const at = column(name)
    const value = at < 0 ? '' : (cells[at] ?? '').trim()
    return value === '' ? null : value
  }
  const file = get('file')
  if (!file) {
    problems.push(
      fileMessage(MANIFEST_FILE, 'Unexpected empty `file` cell, expected a corpus-relative path', {
        place: { line: lineNo, column: 1 },
        source,
        ruleId: 'empty-file-cell'
      })
    )
    return null
  }
  const key = file.normalize('NFC')
  if (rows.has(key)) {
    problems.push(
      fileMessage(
        MANIFEST_FILE,
        `Unexpected second row for \`${file}\` (the first is line ${rows.get(key)}); this row is not used`,
        { place: { line: lineNo, column: cellColumn(raw, cells, column('file')) }, source, ruleId: 'other' }
      )
    )
    return null
  }
  let date = get('date')
  if (date) {
    const checked = manifestDate(date)
    if (checked.ok) date = checked.date
    else {
      problems.push(
        fileMessage(MANIFEST_FILE, `Unexpected date \`${date}\`: ${checked.reason}; the date is not used`, {
          place: { line: lineNo, column: cellColumn(raw, cells, column('date')) },
          source,
          ruleId: 'bad-date'
        })
      )
      date = null
    }
  }
  return { file, publication: get('publication'), date, page: get('page'), region: get('region') }
}

/** A row naming a file the corpus folder does not hold: the row is not used. */
export function unknownFileMessage(path: string, line: number): VFileMessage {
  return fileMessage(
    MANIFEST_FILE,
    `The manifest names \`${path}\`, which is not in the corpus folder; the row is not used`,
    { place: { line, column: 1 }, source, ruleId: 'unknown-file' }
  )
}

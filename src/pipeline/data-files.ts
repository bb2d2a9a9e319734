/**
 * The open data of docs/SCHEMA.md: data/articles.json, data/issues.json, data/articles.csv.
 *
 * Each file is made as a sequence of pieces, one per record, and written as it is made:
 * at 100,000 articles articles.json is ~0.6 GB, too much to hold as one string.
 */
import { readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { csvFields, tagKinds } from './article-fields.ts'

/** The CSV's columns: the fields article-fields.ts gives it, in its order, a column per tag kind. */
const csvColumns: readonly string[] = csvFields.flatMap(({ name, csv }) => (csv === 'tags' ? tagKinds : [name]))

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value)
  // Quote every cell that could break the row; neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One field's cells: a field of the `tags` form gives one per tag kind. */
function csvCells(
  article: ArticleRecord,
  name: keyof ArticleRecord,
  form: (typeof csvFields)[number]['csv']
): unknown[] {
  if (form === 'lines') return [article.lines.join('-')]
  if (form === 'parts') return [(article.parts ?? []).map((part) => part.lines.join('-')).join(';')]
  if (form === 'paragraphs') return [article.paragraphs.join('\n')]
  if (form === 'tags') return tagKinds.map((kind) => article.tags[kind].join(';'))
  const value = article[name]
  return [Array.isArray(value) ? value.join(';') : value]
}

function csvRow(article: ArticleRecord): string {
  return csvFields.flatMap(({ name, csv }) => csvCells(article, name, csv).map(csvCell)).join(',')
}

export function* articlesCsvPieces(articles: readonly ArticleRecord[]): Generator<string> {
  yield '\uFEFF' + csvColumns.join(',') + '\r\n'
  for (const article of articles) yield csvRow(article) + '\r\n'
}

/**
 * `JSON.stringify({ [name]: records }, null, 1) + '\n'`, a record at a time. A record sits
 * two levels deep, so its own lines are indented by two more spaces (JSON text has no raw
 * line breaks inside strings, so every \n is one of the layout's).
 */
function* jsonListPieces(name: string, records: readonly unknown[]): Generator<string> {
  if (records.length === 0) {
    yield JSON.stringify({ [name]: [] }, null, 1) + '\n'
    return
  }
  yield `{\n ${JSON.stringify(name)}: [\n`
  for (let i = 0; i < records.length; i++) {
    yield '  ' + JSON.stringify(records[i], null, 1).replace(/\n/g, '\n  ') + (i < records.length - 1 ? ',\n' : '\n')
  }
  yield ' ]\n}\n'
}

export const articlesJsonPieces = (articles: readonly ArticleRecord[]) => jsonListPieces('articles', articles)
export const issuesJsonPieces = (issues: readonly IssueRecord[]) => jsonListPieces('issues', issues)

export const articlesCsv = (articles: readonly ArticleRecord[]) => [...articlesCsvPieces(articles)].join('')
export const articlesJson = (articles: readonly ArticleRecord[]) => [...articlesJsonPieces(articles)].join('')
export const issuesJson = (issues: readonly IssueRecord[]) => [...issuesJsonPieces(issues)].join('')

/** Writes the pieces to `path`, a few megabytes at a time. */
export async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const file = await open(path, 'w')
  try {
    let buffered = ''
    for (const piece of pieces) {
      buffered += piece
      if (buffered.length >= 1 << 21) {
        await file.write(buffered)
        buffered = ''
      }
    }
    if (buffered) await file.write(buffered)
  } finally {
    await file.close()
  }
}

/**
 * The records of a file `jsonListPieces` wrote, read a record at a time: at 100,000
 * articles articles.json is longer than the longest string V8 makes, so
 * `JSON.parse(readFileSync(…, 'utf8'))` cannot read it. A record starts at a line `  {`
 * and ends at a line `  }` or `  },` (JSON text has no raw line breaks inside strings).
 */
export function readJsonList<T>(path: string): T[] {
  const bytes = readFileSync(path)
  const records: T[] = []
  let start = -1
  for (let at = 0; at < bytes.length; ) {
    let end = bytes.indexOf(0x0a, at)
    if (end === -1) end = bytes.length
    const line = bytes.toString('latin1', at, Math.min(end, at + 4))
    if (end - at === 3 && line === '  {') start = at
    else if (start !== -1 && (line === '  }' || line === '  },') && end - at <= 4) {
      records.push(JSON.parse(bytes.toString('utf8', start, at + 3)) as T)
      start = -1
    }
    at = end + 1
  }
  return records
}

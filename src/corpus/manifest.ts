/**
 * The corpus manifest (`corpus/manifest.csv`): what the text itself does not say.
 *
 *   file,publication,date,page,region
 *   002_a91af3f4be450be0.txt,上街时讯,2020-02-29,,上街区
 *
 * `date` may be partial (`2022`, `2022-03`). Metadata in the text (a masthead) wins.
 */
import type { ManifestEntry } from '../types.ts'

export interface ManifestProblem {
  line: number
  column: number
  reason: string
}

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

const partialDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

export function parseManifest(text: string): { entries: Map<string, ManifestEntry>; problems: ManifestProblem[] } {
  const entries = new Map<string, ManifestEntry>()
  const problems: ManifestProblem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase())
  const column = (name: string) => header.indexOf(name)
  if (column('file') < 0) {
    problems.push({
      line: 1,
      column: 1,
      reason: 'Unexpected manifest header, expected a `file` column (file,publication,date,page,region)'
    })
    return { entries, problems }
  }
  for (let index = 1; index < lines.length; index++) {
    const raw = lines[index]!
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const cells = splitCsvLine(raw)
    const get = (name: string): string | null => {
      const at = column(name)
      const value = at < 0 ? '' : (cells[at] ?? '').trim()
      return value === '' ? null : value
    }
    const file = get('file')
    if (!file) {
      problems.push({
        line: index + 1,
        column: 1,
        reason: 'Unexpected empty `file` cell, expected a corpus-relative path'
      })
      continue
    }
    let date = get('date')
    if (date && !partialDate.test(date)) {
      problems.push({
        line: index + 1,
        column: raw.indexOf(date) + 1,
        reason: `Unexpected date \`${date}\`, expected YYYY-MM-DD, YYYY-MM or YYYY`
      })
      date = null
    }
    entries.set(file.normalize('NFC'), {
      file,
      publication: get('publication'),
      date,
      page: get('page'),
      region: get('region')
    })
  }
  return { entries, problems }
}

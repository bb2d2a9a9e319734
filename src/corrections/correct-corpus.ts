/**
 * The corrections of a whole corpus: reads `corrections.csv`, applies each file's rows to
 * its parsed bulletin (./apply.ts) and says for every row, in Chinese, whether it was
 * applied, no longer matches, or cannot be used. A corrected file's source key changes with
 * its rows, so a rebuild renders its pages again.
 */
import { createHash } from 'node:crypto'
import type { ParsedBulletin } from '../types.ts'
import type { SourceFile } from '../render/pages.ts'
import type { CorrectionEntry } from '../report/report-types.ts'
import { applyCorrections } from './apply.ts'
import { actionText, readCorrections, type Correction } from './read.ts'

export function correctCorpus(
  csv: string,
  bulletins: ReadonlyMap<string, ParsedBulletin>,
  sources: Map<string, SourceFile>,
  corpusDisplay: string,
  corpusPaths: ReadonlySet<string>
): CorrectionEntry[] {
  const { corrections, problems } = readCorrections(csv)
  const place = (row: number) => `${corpusDisplay}/corrections.csv:${row}`
  const entries: CorrectionEntry[] = problems.map((p) => ({
    place: place(p.row),
    target: p.raw,
    action: '—',
    status: 'invalid',
    message: p.message
  }))
  const byFile = new Map<string, Correction[]>()
  for (const c of corrections) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c])
  const entry = (c: Correction, status: CorrectionEntry['status'], message: string): CorrectionEntry => ({
    place: place(c.row),
    target: `${corpusDisplay}/${c.file}${c.line === null ? '' : `:${c.line}`}`,
    action: actionText[c.action],
    status,
    message
  })
  for (const [file, rows] of byFile) {
    const bulletin = bulletins.get(file)
    const source = sources.get(file)
    if (!bulletin || !source) {
      const why = corpusPaths.has(file) ? '这个文件被跳过了，没有可更正的文章' : '语料文件夹里没有这个文件'
      for (const c of rows) entries.push(entry(c, 'unmatched', why))
      continue
    }
    for (const outcome of applyCorrections(bulletin, source.text(), rows)) {
      entries.push(entry(outcome.correction, outcome.applied ? 'applied' : 'unmatched', outcome.message))
    }
    const digest = createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 16)
    sources.set(file, { key: `${source.key}:corrected:${digest}`, text: () => source.text() })
  }
  return entries.sort((a, b) => rowOf(a.place) - rowOf(b.place))
}

const rowOf = (place: string) => Number(place.slice(place.lastIndexOf(':') + 1))

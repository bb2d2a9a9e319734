/**
 * The before-publication check over a whole build: where each file prints personal data
 * (read from its source text, for file:line:column), and with `--redact` the records and
 * source texts masked before anything is tagged, rendered, indexed or written.
 */
import type { ReportFileInput, PersonalDataEntry } from '../report/report-types.ts'
import type { SourceFile } from '../render/pages.ts'
import { findPersonalData, kindText, maskNumber } from './personal-data.ts'
import { personalDataPlaces, recordsHoldPersonalData, redactArticle, redactIssue, redactSourceText } from './redact.ts'

export function checkPersonalData(
  files: readonly ReportFileInput[],
  sources: Map<string, SourceFile>,
  corpusDisplay: string,
  redact: boolean
): PersonalDataEntry[] {
  const entries: PersonalDataEntry[] = []
  for (const f of files) {
    if (f.issue === null || f.bulletin === null) continue
    const file = `${corpusDisplay}/${f.path}`
    const masthead = f.bulletin.masthead?.lines ?? null
    const source = sources.get(f.path)
    if (recordsHoldPersonalData(f.issue, f.articles) && source) {
      const places = personalDataPlaces(source.text(), masthead)
      for (const p of places) entries.push({ ...p, file, place: `${file}:${p.line}:${p.column}` })
      if (places.length === 0) {
        // A number broken over two printed lines: the article's first line is its place.
        for (const a of f.articles) {
          for (const found of a.paragraphs.flatMap(findPersonalData)) {
            const masked = maskNumber(found.kind, found.value)
            entries.push({
              kind: found.kind,
              kindText: kindText[found.kind],
              file,
              line: a.lines[0],
              column: 1,
              place: `${file}:${a.lines[0]}:1`,
              masked,
              quote: `（跨行印出）${masked}`
            })
          }
        }
      }
    }
    if (redact) {
      redactIssue(f.issue)
      for (const a of f.articles) redactArticle(a)
      if (source)
        sources.set(f.path, { key: `${source.key}:redacted`, text: () => redactSourceText(source.text(), masthead) })
    }
  }
  return entries
}

/**
 * The build report (src/report/): made from every file's outcome and every diagnostic,
 * written beside the site, never inside it (it lists what should not be published).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DuplicateGroup } from '../report/duplicates.ts'
import type { SourceFile } from '../render/site.ts'
import { buildReport, type ReportFileInput } from '../report/model.ts'
import { writeReport } from '../report/write.ts'
import { maskPersonalData } from '../privacy/personal-data.ts'
import type { BuildContext } from './context.ts'
import { corpusConfigFiles } from '../corpus/read-corpus.ts'

export interface BuildReportInput {
  reportFiles: ReportFileInput[]
  sources: ReadonlyMap<string, SourceFile>
  personalData: NonNullable<Parameters<typeof buildReport>[0]['personalData']>
  duplicates: readonly DuplicateGroup[]
  corrections: NonNullable<Parameters<typeof buildReport>[0]['corrections']>
}

export async function writeBuildReport(ctx: BuildContext, input: BuildReportInput) {
  const { diagnostics, options } = ctx
  const display = diagnostics.corpusDisplay
  const made = buildReport({
    command: options.checkOnly ? 'check' : 'build',
    corpusDisplay: display,
    outDisplay: options.checkOnly ? null : options.outDir,
    files: input.reportFiles,
    diagnostics: diagnostics.entries,
    personalData: input.personalData,
    duplicates: input.duplicates.map((group) => ({
      title: group.articles[0]!.title,
      characters: group.characters,
      places: group.articles.map((a) => ({
        id: a.id,
        url: a.url,
        file: `${display}/${a.file}`,
        place: `${display}/${a.file}:${a.lines[0]}`,
        title: a.title
      }))
    })),
    redacted: options.redact === true,
    corrections: input.corrections,
    maskLine: (_file, _line, text) => maskPersonalData(text),
    textOf: (file) => textOfDisplayed(file, display, ctx.corpusDir, input.sources)
  })
  await writeReport(ctx.reportDir, made)
  return made
}

/**
 * The text of a file as diagnostics name it (`corpus/a.txt`), for the report to quote: a
 * bulletin as it was decoded, a config file of the corpus as UTF-8; null for anything else.
 */
function textOfDisplayed(
  file: string,
  display: string,
  corpusDir: string,
  sources: ReadonlyMap<string, SourceFile>
): string | null {
  if (!file.startsWith(`${display}/`)) return null
  const path = file.slice(display.length + 1)
  const source = sources.get(path)
  try {
    if (source) return source.text()
    if (corpusConfigFiles.has(path)) return readFileSync(join(corpusDir, path), 'utf8')
  } catch {
    return null
  }
  return null
}

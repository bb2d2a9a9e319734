/**
 * Writes the build report folder: `index.html` for the office, `report.json` for tools.
 * The folder is beside the site, never inside it: it lists what must not be published.
 */
import { join, relative, resolve, sep } from 'node:path'
import { writeAtomically } from '../util/write-atomically.ts'
import { reportHtml } from './html.ts'
import type { Report } from './report-types.ts'

/** The report folder for an output folder: `--report DIR`, or `build-report/` beside `--out`. */
export function reportDirFor(outDir: string, reportDir: string | null | undefined): string {
  return resolve(reportDir ?? join(outDir, '..', 'build-report'))
}

/** Whether `inner` is `outer` or inside it. */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(resolve(outer), resolve(inner))
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel))
}

export async function writeReport(dir: string, report: Report): Promise<void> {
  await writeAtomically(join(dir, 'report.json'), JSON.stringify(report, null, 1) + '\n')
  await writeAtomically(join(dir, 'index.html'), reportHtml(report))
}

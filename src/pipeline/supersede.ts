/**
 * Text and PDF of the same issue: when the corpus holds a PDF that was read (it had text)
 * and a text file of the same name beside it (the same folder, the same name without its
 * extension: `2020-03-01.pdf` and `2020-03-01.txt`), the PDF wins. The text file is not
 * built; the report names it as superseded. A PDF that could not be read (a scan, encrypted,
 * broken) supersedes nothing: its text file is then the issue.
 */
import type { VFileMessage } from 'vfile-message'
import { fileMessage } from '../util/file-message.ts'
import type { ParseOutcome } from './parse-file.ts'

const source = 'bulletin-build'

/** The file's folder and name without its last extension, Unicode-normalised: `a/2020-03-01`. */
const stem = (path: string) => path.normalize('NFC').replace(/\.[^./]*$/, '')

/** Text files superseded by a PDF of the same name: text path → the PDF's path. */
export function supersededByPdf(results: readonly { path: string; outcome: ParseOutcome }[]): Map<string, string> {
  const pdfs = new Map<string, string>()
  for (const { path, outcome } of results) {
    if (outcome.kind === 'parsed' && outcome.bulletin.pdf !== undefined && !pdfs.has(stem(path))) {
      pdfs.set(stem(path), path)
    }
  }
  const superseded = new Map<string, string>()
  for (const { path, outcome } of results) {
    const pdf = pdfs.get(stem(path))
    const readFromPdf = outcome.kind === 'parsed' && outcome.bulletin.pdf !== undefined
    if (pdf !== undefined && pdf !== path && !readFromPdf) superseded.set(path, pdf)
  }
  return superseded
}

/** The report's line for a superseded text file, at its first line. */
export function supersededMessage(path: string, pdf: string): VFileMessage {
  return fileMessage(path, `Superseded by \`${pdf}\`, the PDF of the same issue: this text file was not built`, {
    place: { line: 1, column: 1 },
    ruleId: 'superseded-by-pdf',
    source
  })
}

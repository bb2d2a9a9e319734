/**
 * The printed page for readers: every issue read from a PDF gets its original PDF copied
 * into the site at its record's `pdf` URL (`pdf/<issue id>.pdf`), which the issue page links
 * and each article page opens at its page (`#page=N`). A PDF edited while the build ran is
 * refused, as text files are: the copy would not be what the records were read from.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { parseKey } from './parse-cache.ts'

export interface PdfCopy {
  /** Corpus-relative path of the PDF. */
  path: string
  issueDate: string | null
  /** Its parse key when it was read: the copy must have the same bytes. */
  key: string
  /** Site-relative URL from the issue record, e.g. `/pdf/2020-03-01.pdf`. */
  url: string
}

export async function copyPdfs(corpusDir: string, outDir: string, copies: readonly PdfCopy[]): Promise<number> {
  let bytes = 0
  for (const copy of copies) {
    const from = join(corpusDir, copy.path)
    const to = join(outDir, ...copy.url.split('/').filter(Boolean))
    const data = await readFile(from)
    if (parseKey(data, copy.path, copy.issueDate) !== copy.key) {
      throw new Error(`${relative(process.cwd(), from)} changed while the site was being built: build again`)
    }
    await mkdir(join(to, '..'), { recursive: true })
    await copyFile(from, to)
    bytes += data.length
  }
  return bytes
}

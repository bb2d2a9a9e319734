/**
 * PDF reading speed: the PDFs under DIR (each in turn, again from the first when all are
 * read) until PAGES pages are read, by the PDF reader (src/read/pdf/) and then the parser.
 * Reading and parsing are timed apart; the parent measures CPU and peak RSS.
 *
 *   node --import tsx scripts/bench/child-pdf.ts DIR PAGES
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'
import { readPdf } from '../../src/read/pdf/index.ts'
import { mark, result } from './child-common.ts'

const [dir, pagesArg] = process.argv.slice(2)
if (!dir || !pagesArg) throw new Error('usage: child-pdf.ts DIR PAGES')
const wanted = Number(pagesArg)

function pdfsUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => {
      const path = join(folder, entry.name)
      return entry.isDirectory() ? pdfsUnder(path) : entry.name.endsWith('.pdf') ? [path] : []
    })
}

const files = pdfsUnder(dir)
if (files.length === 0) throw new Error(`no PDFs under ${dir}`)
mark('start')
/** What the reads and parses came to: the @@RESULT line's figures. */
const totals = { pages: 0, reads: 0, bytes: 0, articles: 0, readSeconds: 0, parseSeconds: 0 }
for (let index = 0; totals.pages < wanted; index++) {
  const path = files[index % files.length]!
  const data = new Uint8Array(readFileSync(path))
  let t = performance.now()
  const read = await readPdf(data, path)
  totals.readSeconds += (performance.now() - t) / 1000
  totals.reads++
  totals.bytes += data.length
  if (read.kind !== 'text') continue
  totals.pages += read.layout.pages
  t = performance.now()
  totals.articles += parseBulletin(new VFile({ path, value: read.text }), {
    encoding: 'pdf',
    issueDate: null
  }).articles.length
  totals.parseSeconds += (performance.now() - t) / 1000
}
mark('done')
result({ files: files.length, ...totals })

/**
 * A corpus of PDFs beside text: the PDFs with text build into issues and articles with their
 * printed pages, the original PDF is copied into the site and linked, a scan, an encrypted and
 * a truncated PDF each give their warning without stopping the build, a text file beside a
 * PDF of the same name is superseded by it (unless the PDF could not be read), every record
 * says its source, and a warm parse cache gives the same site.
 */
import assert from 'node:assert/strict'
import { cpSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { corpusDir as seedCorpus } from '../e2e/seed-build.ts'
import { tempDir } from '../helpers.ts'
import { runCli } from './cli.ts'
import { treeHashes } from './tree.ts'

const fixtures = fileURLToPath(new URL('../read/fixtures/pdf/', import.meta.url))
const gold = JSON.parse(readFileSync(join(fixtures, 'gold.json'), 'utf8')) as { headlines: Record<string, string[]> }

test('PDFs build beside text files, link their printed pages, and bad PDFs only warn', () => {
  const dir = tempDir('pdf-corpus')
  try {
    const corpus = join(dir.path, 'corpus')
    cpSync(fixtures, corpus, { recursive: true, filter: (path) => !path.endsWith('.json') })
    cpSync(join(seedCorpus, '002_a91af3f4be450be0.txt'), join(corpus, '002_a91af3f4be450be0.txt'))
    // The text of an issue whose PDF is read: superseded; the text beside a broken PDF: built.
    cpSync(join(seedCorpus, '003_760dcf2cc2a4bcf9.txt'), join(corpus, 'two-columns.txt'))
    cpSync(join(seedCorpus, '004_2104a26470ee818b.txt'), join(corpus, 'truncated.txt'))
    const cache = join(dir.path, 'cache')
    const out = join(dir.path, 'site')
    const first = runCli(['build', '--corpus', corpus, '--out', out, '--cache', cache])
    assert.equal(first.status, 0, first.stderr)
    assert.match(first.stdout, /读取 {2}8 个文件，/)
    assert.match(first.stdout, /解析 {2}4 个文件.*跳过 4 个文件/)
    assert.match(
      first.stderr,
      /two-columns\.txt:1:1: 同一期的PDF “two-columns\.pdf” 已读入，以PDF为准.*\[bulletin-build:superseded-by-pdf\]/
    )
    assert.doesNotMatch(first.stderr, /truncated\.txt:.*superseded/)
    for (const [file, rule] of [
      ['scan.pdf', 'pdf-needs-ocr'],
      ['encrypted.pdf', 'pdf-encrypted'],
      ['truncated.pdf', 'pdf-broken']
    ]) {
      assert.match(first.stderr, new RegExp(`${file}:1:1: .*\\[bulletin-read-pdf:${rule}\\]`))
    }

    const issues = (JSON.parse(readFileSync(join(out, 'data/issues.json'), 'utf8')) as { issues: any[] }).issues
    const articles = (JSON.parse(readFileSync(join(out, 'data/articles.json'), 'utf8')) as { articles: any[] }).articles
    const twoColumns = issues.find((i) => i.id === 'two-columns')
    assert.deepEqual(
      { encoding: twoColumns.encoding, pdf: twoColumns.pdf, pdfPages: twoColumns.pdfPages },
      { encoding: 'pdf', pdf: '/pdf/two-columns.pdf', pdfPages: 2 }
    )
    const text = issues.find((i) => i.id === '002_a91af3f4be450be0')
    assert.deepEqual({ pdf: text.pdf, pdfPages: text.pdfPages }, { pdf: null, pdfPages: null })
    assert.deepEqual(
      issues.map((i) => [i.id, i.source]),
      [
        ['002_a91af3f4be450be0', 'text'],
        ['single-column', 'pdf'],
        ['truncated', 'text'],
        ['two-columns', 'pdf']
      ]
    )
    assert.ok(
      articles.every(
        (a) => a.source === (a.issueId.endsWith('-column') || a.issueId === 'two-columns' ? 'pdf' : 'text')
      )
    )
    const report = JSON.parse(readFileSync(join(dir.path, 'build-report/report.json'), 'utf8'))
    const skipped = report.skipped.find((s: { file: string }) => s.file.endsWith('/two-columns.txt'))
    assert.equal(skipped?.rule, 'bulletin-build:superseded-by-pdf')
    for (const [file, titles] of Object.entries(gold.headlines)) {
      const id = file.replace(/\.pdf$/, '')
      assert.deepEqual(
        articles.filter((a) => a.issueId === id).map((a) => a.title),
        titles
      )
    }
    assert.deepEqual(
      articles.filter((a) => a.issueId === 'two-columns').map((a) => a.printedPage),
      [1, 1, 2, 2]
    )
    assert.ok(articles.filter((a) => a.issueId === '002_a91af3f4be450be0').every((a) => a.printedPage === null))

    assert.deepEqual(readFileSync(join(out, 'pdf/two-columns.pdf')), readFileSync(join(fixtures, 'two-columns.pdf')))
    const issuePage = readFileSync(join(out, 'issues/two-columns/index.html'), 'utf8')
    assert.match(issuePage, /href="(\.\.\/)+pdf\/two-columns\.pdf"/)
    const articlePage = readFileSync(join(out, 'articles/two-columns-03/index.html'), 'utf8')
    assert.match(articlePage, /href="(\.\.\/)+pdf\/two-columns\.pdf#page=2"/)

    const again = runCli(['build', '--corpus', corpus, '--out', join(dir.path, 'again'), '--cache', cache])
    assert.equal(again.status, 0, again.stderr)
    assert.match(again.stdout, /（5 个来自缓存）/)
    assert.equal(again.stderr, first.stderr, 'cached files report the same warnings')
    const a = treeHashes(out)
    const b = treeHashes(join(dir.path, 'again'))
    assert.deepEqual(
      [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path),
      []
    )
  } finally {
    dir.remove()
  }
})

/**
 * The PDF reader on the fixture PDFs (made by scripts/pdf-fixtures/make-fixtures.py) and on
 * hand-made lines: headlines from type size, columns and reading order, pages, the evidence
 * per line, and the messages for a scan, an encrypted and a truncated PDF.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { isPdf, readPdf } from '../../src/read/pdf/index.ts'
import { printedLines } from '../../src/read/pdf/lines.ts'
import { pageOfLine } from '../../src/read/pdf/page-of-line.ts'
import { readingOrder } from '../../src/read/pdf/reading-order.ts'
import { sizeRole } from '../../src/read/pdf/pieces.ts'
import { layoutText } from '../../src/read/pdf/to-text.ts'
import type { PrintedLine, TextRun } from '../../src/read/pdf/types.ts'

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/pdf/${name}`, import.meta.url)))
const gold = JSON.parse(readFileSync(new URL('fixtures/pdf/gold.json', import.meta.url), 'utf8')) as {
  headlines: Record<string, string[]>
}

async function readText(name: string) {
  const result = await readPdf(fixture(name), `corpus/${name}`)
  assert.equal(result.kind, 'text', result.kind === 'skip' ? result.reason : '')
  if (result.kind !== 'text') throw new Error('unreachable')
  return result
}

const headings = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('# '))
    .map((line) => line.slice(2))

test('a single-column PDF gives its headlines, from type size, as markdown headings', async () => {
  const { text, messages } = await readText('single-column.pdf')
  assert.deepEqual(headings(text), gold.headlines['single-column.pdf'])
  assert.deepEqual(messages, [])
})

test('a kicker in medium type stays a plain line right above its headline', async () => {
  const { text } = await readText('single-column.pdf')
  assert.match(text, /^凝心聚力\n# 全区召开安全生产工作会议\n\n本报讯/)
})

test('a single-column PDF keeps one text line per printed line and a blank line between paragraphs', async () => {
  const { text } = await readText('single-column.pdf')
  assert.match(
    text,
    /\n\n本报讯 2月10日，[^\n]+\n会议指出，[^\n]+\n\n会议要求，[^\n]+\n期间安全防范工作。\n\n记者 田野\n\n# 区领导/
  )
})

test('a headline spanning two columns comes first, then the left column whole, then the right', async () => {
  const { text } = await readText('two-columns.pdf')
  assert.deepEqual(headings(text), gold.headlines['two-columns.pdf'])
  const page1 = text.split('\f')[0]!
  const lines = page1.split('\n').filter((l) => l !== '')
  assert.deepEqual(lines.slice(0, 3), [
    '凝心聚力',
    '# 全区召开安全生产工作会议',
    '本报讯 2月10日，全区召开安全生产工作会议，'
  ])
  const leftEnd = lines.indexOf('记者 田野')
  const rightStart = lines.indexOf('# 区领导检查节日市场供应')
  assert.ok(leftEnd > 0 && rightStart === leftEnd + 1, page1)
  assert.equal(lines.at(-1), '记者 吴敏')
})

test('pages are separated by a form feed on a line of its own, and each line knows its page', async () => {
  const { text, layout } = await readText('two-columns.pdf')
  assert.equal(layout.pages, 2)
  assert.deepEqual(layout.pagesWithoutText, [])
  const lines = text.split('\n')
  const feed = lines.indexOf('\f') + 1
  assert.ok(feed > 1)
  assert.equal(pageOfLine(layout, feed - 1), 1)
  const third = lines.indexOf('# 社区开展垃圾分类宣传活动') + 1
  assert.equal(pageOfLine(layout, third), 2)
  const record = layout.lines.find((l) => l.line === third)!
  assert.deepEqual(
    { page: record.page, size: record.size, role: record.role, bodySize: record.bodySize, bold: record.bold },
    { page: 2, size: 20, role: 'headline', bodySize: 10.5, bold: false }
  )
})

test('every non-blank text line has one evidence record, in line order', async () => {
  const { text, layout } = await readText('two-columns.pdf')
  const nonBlank = text
    .split('\n')
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ number }) => number)
  assert.deepEqual(
    layout.lines.map((l) => l.line),
    nonBlank
  )
})

test('a PDF with no text on any page is skipped as a scan that needs OCR', async () => {
  const result = await readPdf(fixture('scan.pdf'), 'corpus/scan.pdf')
  assert.equal(result.kind, 'skip')
  assert.equal(result.messages.length, 1)
  const message = result.messages[0]!
  assert.equal(message.ruleId, 'pdf-needs-ocr')
  assert.equal(message.source, 'bulletin-read-pdf')
  assert.match(message.reason, /OCR/)
  assert.equal(String(message), 'corpus/scan.pdf:1:1: ' + message.reason)
})

test('an encrypted PDF is skipped with a message saying it needs a password', async () => {
  const result = await readPdf(fixture('encrypted.pdf'), 'corpus/encrypted.pdf')
  assert.equal(result.kind, 'skip')
  assert.equal(result.messages[0]?.ruleId, 'pdf-encrypted')
  assert.match(result.messages[0]!.reason, /加密/)
})

test('a truncated PDF is skipped with a message saying it is broken', async () => {
  const result = await readPdf(fixture('truncated.pdf'), 'corpus/truncated.pdf')
  assert.equal(result.kind, 'skip')
  assert.equal(result.messages[0]?.ruleId, 'pdf-broken')
  assert.match(result.messages[0]!.reason, /损坏/)
})

test('PDFs are known by their first bytes', () => {
  assert.ok(isPdf(fixture('scan.pdf')))
  assert.ok(!isPdf(new TextEncoder().encode('# 标题\n')))
})

const run = (text: string, x: number, y: number, size = 10): TextRun => ({
  text,
  x,
  y,
  width: [...text].length * size,
  size,
  font: 'F',
  bold: false
})
const line = (text: string, x: number, y: number, size = 10): PrintedLine => ({
  text,
  page: 1,
  x,
  y,
  width: [...text].length * size,
  size,
  bold: false
})

test('runs on one baseline join into a line, but not across a gutter', () => {
  const lines = printedLines({
    page: 1,
    width: 600,
    height: 800,
    runs: [run('左栏第一', 0, 100), run('行文字', 40, 100), run('右栏第一行', 100, 100.5)]
  })
  assert.deepEqual(
    lines.map((l) => l.text),
    ['左栏第一行文字', '右栏第一行']
  )
})

test('two columns whose lines share baselines are read column by column', () => {
  const lines = [0, 1, 2].flatMap((row) => [
    line(`左${row}左左左左`, 0, 100 + row * 14),
    line(`右${row}右右右右`, 80, 100 + row * 14)
  ])
  assert.deepEqual(
    readingOrder(lines, 10).map((l) => l.text),
    ['左0左左左左', '左1左左左左', '左2左左左左', '右0右右右右', '右1右右右右', '右2右右右右']
  )
})

test('a headline spanning both columns is read before them', () => {
  const lines = [line('跨栏大标题跨栏大标题', 10, 60, 13), line('左栏正文左', 0, 100), line('右栏正文右', 80, 100)]
  assert.deepEqual(
    readingOrder(lines, 10).map((l) => l.text),
    ['跨栏大标题跨栏大标题', '左栏正文左', '右栏正文右']
  )
})

test('type size relative to the body decides a line role', () => {
  assert.equal(sizeRole(20, 10.5), 'headline')
  assert.equal(sizeRole(13, 10.5), 'medium')
  assert.equal(sizeRole(10.5, 10.5), 'body')
  assert.equal(sizeRole(8, 10.5), 'small')
})

test('a headline printed on two lines becomes one heading', () => {
  const { text, evidence } = layoutText([
    {
      page: 1,
      bodySize: 10,
      lines: [line('上半行标题', 0, 30, 20), line('下半行', 0, 56, 20), line('正文正文正文正文', 0, 80)]
    }
  ])
  assert.equal(text, '# 上半行标题下半行\n\n正文正文正文正文\n')
  assert.equal(evidence[0]?.printedLines, 2)
})

test('the front page name in far larger type is the masthead, a plain line, not a headline', () => {
  const { text, evidence } = layoutText([
    {
      page: 1,
      bodySize: 10,
      lines: [line('嘉河区时讯', 0, 40, 40), line('大标题大标题', 0, 100, 22), line('正文正文正文正文', 0, 120)]
    }
  ])
  assert.equal(text, '嘉河区时讯\n\n# 大标题大标题\n\n正文正文正文正文\n')
  assert.equal(evidence[0]?.role, 'masthead')
})

test('a lone medium-size line is a headline; a subtitle or a short label is not', () => {
  const { text } = layoutText([
    {
      page: 1,
      bodySize: 10,
      lines: [
        line('导读', 0, 20, 13),
        line('正文正文正文正文', 0, 40),
        line('区里召开工作会议', 0, 80, 13),
        line('正文正文正文正文', 0, 100)
      ]
    }
  ])
  assert.equal(text, '导读\n\n正文正文正文正文\n\n# 区里召开工作会议\n\n正文正文正文正文\n')
})

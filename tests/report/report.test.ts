import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from '../../src/pipeline/index.ts'
import type { Report } from '../../src/report/report-types.ts'
import { tempDir } from '../helpers.ts'
import { gbkFile, writeProblemCorpus } from './problem-corpus.ts'

const dir = tempDir('report')
const corpus = writeProblemCorpus(dir.path)
const outDir = join(dir.path, 'site')
const summary = await build({
  corpusDir: corpus,
  outDir,
  base: '/',
  name: '简报档案馆',
  checkOnly: false,
  log: () => {}
})
const reportDir = join(dir.path, 'build-report')
const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as Report
const html = readFileSync(join(reportDir, 'index.html'), 'utf8')
process.on('exit', () => dir.remove())

test('the build succeeds next to bad files and writes its report beside the output, not inside it', () => {
  assert.equal(summary.reportDir, reportDir)
  assert.ok(existsSync(join(outDir, 'index.html')))
  assert.ok(!existsSync(join(outDir, 'build-report')))
  assert.equal(report.summary.files, 9)
  assert.equal(report.summary.skipped, 2)
})

test('the report lists every file worst first, with its encoding, issue, articles and characters', () => {
  const confidences = report.files.map((f) => f.confidence)
  assert.deepEqual(
    confidences,
    [...confidences].sort((a, b) => a - b)
  )
  const gbk = report.files.find((f) => f.path === gbkFile)!
  assert.equal(gbk.encoding, 'gb18030')
  assert.equal(gbk.articles, 1)
  assert.ok(gbk.characters!.articles > 30)
  const seed = report.files.find((f) => f.path === '002_a91af3f4be450be0.txt')!
  assert.deepEqual([seed.issue?.publication, seed.issue?.date, seed.issue?.issueNumber], ['上街时讯', '2020-02-29', 7])
})

test('skipped files say why in Chinese, with their place', () => {
  const why = Object.fromEntries(report.skipped.map((s) => [s.file.split('/').at(-1), s]))
  assert.match(why['binary.txt']!.why, /二进制/)
  assert.match(why['binary.txt']!.place, /binary\.txt:1:1$/)
  assert.match(why['empty.txt']!.why, /空的/)
})

test('a wrong manifest row and a row naming no file are listed with their line and the row quoted', () => {
  const [bad, unused] = report.manifest
  assert.match(bad!.place, /manifest\.csv:7:14$/)
  assert.match(bad!.message, /日期 “2021-13-45” 不是真实的日期/)
  assert.equal(bad!.quote, `${gbkFile},上街时讯,2021-13-45,,上街区`)
  assert.match(unused!.place, /manifest\.csv:8:1$/)
  assert.match(unused!.message, /missing\.txt/)
})

test('every warning is in Chinese with file:line:column, and the line it is about quoted', () => {
  for (const w of report.warnings) {
    assert.match(w.place, /:\d+:\d+$/, w.place)
    assert.match(w.message, /[\u4e00-\u9fff]/, w.message)
    assert.doesNotMatch(w.message, /尚无中文说明/)
  }
  const orphan = report.warnings.find((w) => w.rule === 'bulletin-parse:orphan-continuation')!
  assert.match(orphan.place, /001_8727214cb3b0a05c\.txt:75:1$/)
  assert.match(orphan.quote!, /^园区招商经理赵本赓/)
  assert.equal(orphan.fix?.row, '001_8727214cb3b0a05c.txt,75,start')
})

test('a doubtful article shows why, what to do, and its source lines beside the record', () => {
  const article = report.doubtfulArticles.find((a) => a.title.startsWith('二七区加快项目建设'))!
  assert.ok(article.confidence < 0.75)
  assert.equal(article.reasons[0]!.code, 'orphan-joined')
  assert.match(article.reasons[0]!.todo, /第 75 行起.*“001_8727214cb3b0a05c\.txt,75,start”/)
  assert.equal(article.source[0]!.line, article.lines[0])
  assert.ok(article.source.some((l) => l.text.startsWith('园区招商经理赵本赓')))
})

test('the page is Chinese, self-contained and escapes the text it shows', () => {
  assert.match(html, /<html lang="zh-CN">/)
  assert.match(html, /<style>/)
  assert.doesNotMatch(html, /<script|<link|https?:\/\//)
  for (const heading of ['发布前检查', '文件（可信度低的在前）', '存疑文章', '全部警告', '跳过的文件', '清单'])
    assert.ok(html.includes(heading), heading)
  assert.ok(html.includes('manifest.csv:7:14'))
})

test('two builds of the same corpus write the same report', async () => {
  const again = join(dir.path, 'again')
  await build({
    corpusDir: corpus,
    outDir: join(again, 'site'),
    base: '/',
    name: '简报档案馆',
    checkOnly: false,
    log: () => {}
  })
  const json = (path: string) => readFileSync(path, 'utf8').replaceAll(again, '').replaceAll(dir.path, '')
  assert.equal(json(join(again, 'build-report/report.json')), json(join(reportDir, 'report.json')))
})

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { buildSeeds } from './seed-build.ts'

let site: Awaited<ReturnType<typeof buildSeeds>>
before(async () => {
  site = await buildSeeds()
})
after(() => site?.remove())

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8')
function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) htmlFiles(path, out)
    else if (name.endsWith('.html')) out.push(path)
  }
  return out
}
/** What a reader reads of a page, without the provenance blocks that name the source file. */
const readerText = (html: string) =>
  html
    .replace(/<aside class="provenance"[\s\S]*?<\/aside>/g, '')
    .replace(/<dt>来源文件<\/dt><dd>[\s\S]*?<\/dd>/g, '')
    .replace(/<[^>]+>/g, ' ')

test('no page names an issue by its file name outside the provenance block', () => {
  const pages = htmlFiles(site.outDir).filter((p) => !p.includes(`${join(site.outDir, 'data')}`))
  assert.ok(pages.length > 150)
  for (const page of pages) {
    const text = readerText(readFileSync(page, 'utf8'))
    assert.doesNotMatch(text, /[0-9a-f]{16}\.txt|（[^）]*\.txt）/, page)
  }
})

test('every seed issue is on the home page, undated ones last', () => {
  const home = read('index.html')
  const latest = /<section aria-labelledby="latest-heading">([\s\S]*?)<\/section>/.exec(home)![1]!
  const labels = [...latest.matchAll(/<li><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1])
  assert.deepEqual(labels, [
    '二七区简报 · 2022年3月19日',
    '上街时讯 · 2020年2月29日 · 第7期',
    '上街区简报 · 1月5日（年份不详）',
    '上街区简报 · 1月23日（年份不详）',
    '高新区简报 · 1月5日（年份不详）'
  ])
})

test('undated issues are counted and listed under 日期不详 on the dates page', () => {
  const text = readerText(read('dates/index.html')).replace(/\s+/g, ' ')
  assert.match(text, /日期不详 3 10 —/)
  assert.match(text, /日期不详 3 期 · 10 篇/)
  assert.match(text, /上街区简报 · 1月23日（年份不详） 3 篇/)
})

test('an article whose year is unknown says so; one of a year-only issue shows the year', () => {
  const undated = readerText(read('articles/000_9f274903ad303ea1-01/index.html'))
  assert.match(undated, /1月5日（年份不详）/)
  const dated = read('articles/001_8727214cb3b0a05c-01/index.html')
  assert.match(dated, /<time datetime="2022-03-19">2022年3月19日<\/time>/)
  const yearOnly = readerText(read('articles/001_8727214cb3b0a05c-03/index.html'))
  assert.match(yearOnly, /·\s+2022年\s/)
})

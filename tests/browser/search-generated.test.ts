/**
 * The search page on a generated 2,000-article archive (scripts/generate-corpus.ts): a query
 * set computed from its records (rare and common names, places, two-character words on
 * hundreds of pages, phrases, two-term queries, absent terms), expected results computed
 * from the records, checked through the page. The 20,000-article run is the benchmark's
 * (scripts/search-quality.ts).
 */
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { ArticleRecord, IssueRecord } from '../../src/types.ts'
import { sortDateOf } from '../../src/render/pages.ts'
import { build } from '../../src/pipeline/index.ts'
import { startServer } from '../../src/serve.ts'
import { generateCorpus } from '../../scripts/generate-corpus.ts'
import { tempDir } from '../helpers.ts'
import { buildQuerySet, shownTexts } from '../search/query-set.ts'
import { describeQuality, measurePageQuality } from '../search/page-quality.ts'
import { launchChromium } from './chromium.ts'

const dir = tempDir('search-generated')
const corpus = join(dir.path, 'corpus')
const site = join(dir.path, 'site')
let browser: Browser
let server: { url: string; close: () => Promise<void> }
let articles: ArticleRecord[]
const sources = new Map<string, string>()

before(async () => {
  for (const [path, text] of generateCorpus({ articles: 2000, seed: 5 })) {
    mkdirSync(dirname(join(corpus, path)), { recursive: true })
    writeFileSync(join(corpus, path), text)
    sources.set(path, text.replace(/\r\n?/g, '\n'))
  }
  await build({
    corpusDir: corpus,
    outDir: site,
    base: '/',
    name: '测试',
    checkOnly: false,
    cacheDir: null,
    log: () => {}
  })
  articles = JSON.parse(readFileSync(join(site, 'data/articles.json'), 'utf8')).articles
  server = await startServer({ root: site, port: 0, base: '/' })
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  await server?.close()
  dir.remove()
})

test('on 2,000 generated articles the page finds every article holding the terms and no other, with the exact count, headline hits first', async () => {
  const queries = buildQuerySet(articles, sources, shownTexts(site, articles), 11)
  for (const kind of ['rare-name', 'common-name', 'common-word', 'phrase', 'two-terms', 'absent'])
    assert.ok(
      queries.some((q) => q.kind === kind),
      `the query set has ${kind} queries`
    )
  assert.ok(
    queries.some((q) => q.kind === 'common-word' && q.relevant.length > 200),
    'words on hundreds of pages'
  )
  const quality = await measurePageQuality(browser, server.url, site, articles, queries)
  console.log(describeQuality(quality, `search over ${queries.length} queries on ${articles.length} articles`))
  assert.ok(quality.overall.recall >= 0.99, `recall ${quality.overall.recall}`)
  assert.ok(quality.overall.precision >= 0.99, `precision ${quality.overall.precision}`)
  assert.deepEqual(quality.countsWrong, [], 'the status line gives the exact count')
  assert.ok(quality.rankChecked >= 3, `${quality.rankChecked} queries with headline and body-only hits`)
  assert.deepEqual(quality.rankWrong, [], 'headline hits rank above body-only hits')
  assert.deepEqual(quality.screensWrong, [])
})

test('a year filter and date order through the URL give that year’s articles, oldest first', async () => {
  const year = '2016'
  const page = await browser.newPage()
  await page.goto(`${server.url}search/?q=${encodeURIComponent('会议')}&sort=date-asc&年份=${year}`)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  const numbers = await page.evaluate(
    () => (window as unknown as { bulletinSearch: { articles: number[] } }).bulletinSearch.articles
  )
  const urls = numbers.map(
    (n) => JSON.parse(readFileSync(join(site, 'search-index/d', String(n >> 8), `${n}.json`), 'utf8')).u
  )
  const { issues } = JSON.parse(readFileSync(join(site, 'data/issues.json'), 'utf8')) as { issues: IssueRecord[] }
  const issueOf = new Map(issues.map((i) => [i.id, i]))
  // The date an article sorts by (src/render/pages.ts): its dateline, its issue's date, or year.
  const sortDate = (a: ArticleRecord) => sortDateOf(a, issueOf.get(a.issueId)!)
  const byUrl = new Map(articles.map((a) => [a.url, a]))
  const shown = shownTexts(site, articles)
  const dateOf = (url: string) => sortDate(byUrl.get(url)!)
  const expected = articles
    .filter((a) => sortDate(a).startsWith(year) && shown.get(a.id)!.includes('会议'))
    .map((a) => a.url)
    .sort()
  assert.ok(expected.length > 20)
  assert.deepEqual([...urls].sort(), expected)
  for (let i = 1; i < urls.length; i++) assert.ok(dateOf(urls[i - 1]!) <= dateOf(urls[i]!), 'oldest first')
  assert.match((await page.locator('#search-status').textContent()) ?? '', new RegExp(`找到 ${expected.length} 篇`))
  assert.equal(await page.locator('select[data-filter="年份"]').inputValue(), year)
  await page.close()
})

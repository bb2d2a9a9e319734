import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { ArticleRecord } from '../../src/types.ts'
import { corpusDir } from '../e2e/seed-build.ts'
import { buildQuerySet, score, type Query, shownTexts } from '../search/query-set.ts'
import { openSeedSession, type SeedSession } from './chromium.ts'

let session: SeedSession
let site: SeedSession['site']
let server: SeedSession['server']
let browser: Browser

before(async () => {
  session = await openSeedSession()
  ;({ site, server, browser } = session)
})
after(() => session?.close())

/** Runs a query through the search page itself and returns the article ids it lists. */
async function searchPage(page: Page, text: string, urlToId: Map<string, string>): Promise<string[]> {
  await page.goto(`${server.url}search/?q=${encodeURIComponent(text)}`)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  for (let guard = 0; guard < 100; guard++) {
    const more = page.locator('button', { hasText: '显示更多结果' })
    if ((await more.count()) === 0) break
    await more.click()
    await page.waitForFunction(() => !/正在/.test(document.getElementById('search-status')?.textContent ?? ''))
  }
  const hrefs = await page
    .locator('#search-results .result h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  return hrefs.map((href) => urlToId.get(href) ?? `unknown:${href}`)
}

test('the search page finds what people type: recall ≥ 0.99 and precision ≥ 0.99 on a held-out query set', async () => {
  const { articles } = JSON.parse(readFileSync(join(site.outDir, 'data/articles.json'), 'utf8')) as {
    articles: ArticleRecord[]
  }
  const sources = new Map<string, string>()
  for (const name of readdirSync(corpusDir))
    sources.set(name, readFileSync(join(corpusDir, name), 'utf8').replace(/\r\n?/g, '\n'))
  const queries = buildQuerySet(articles, sources, shownTexts(site.outDir, articles))
  const kinds = new Set(queries.map((q) => q.kind))
  for (const kind of ['person', 'wrapped', 'window', 'absent'] as const)
    assert.ok(kinds.has(kind), `the query set has ${kind} queries`)
  const urlToId = new Map(articles.map((a) => [a.url, a.id]))
  const page = await browser.newPage()
  const results: { query: Query; returned: string[] }[] = []
  for (const query of queries) results.push({ query, returned: await searchPage(page, query.text, urlToId) })
  await page.close()
  const overall = score(results)
  const byKind = [...kinds].map((kind) => {
    const s = score(results.filter((r) => r.query.kind === kind))
    return `${kind}: R ${s.recall.toFixed(3)} P ${s.precision.toFixed(3)} (${results.filter((r) => r.query.kind === kind).length} queries)`
  })
  console.log(
    `search quality over ${queries.length} queries: recall ${overall.recall.toFixed(3)}, precision ${overall.precision.toFixed(3)} (${overall.truePositives}/${overall.expected} found, ${overall.returned} returned)\n  ${byKind.join('\n  ')}`
  )
  const misses = results
    .filter((r) => [...r.returned].sort().join() !== r.query.relevant.join())
    .map((r) => `${r.query.kind} ${r.query.text}: expected ${r.query.relevant.length}, got ${r.returned.length}`)
  if (misses.length) console.log(`queries with differences:\n  ${misses.join('\n  ')}`)
  for (const r of results.filter((r) => r.query.kind === 'absent'))
    assert.deepEqual(r.returned, [], `absent term ${r.query.text} gives no results`)
  assert.ok(overall.recall >= 0.99, `recall ${overall.recall}`)
  assert.ok(overall.precision >= 0.99, `precision ${overall.precision}`)
})

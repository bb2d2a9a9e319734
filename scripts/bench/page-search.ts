/**
 * Our search page as a reader meets it: the built site served on localhost, Chromium
 * opening /search/ with a cold cache, typing a query, pressing Enter; then, on the same
 * page, a second query. Per query: milliseconds from Enter until the first result is on
 * screen and until the status line is final, and the bytes fetched by the first query
 * (the page's own load apart) and by the second; then the filter panel opened on the second
 * query's results: the bytes and milliseconds of counting its facets over the result set.
 */
import type { Page } from 'playwright-core'
import { launchChromium } from '../chromium.ts'
import { startServer } from '../../src/serve.ts'

export interface PageSearch {
  query: string
  /** Milliseconds from Enter to the first result on screen (NaN when nothing is found). */
  firstResultMs: number
  /** Milliseconds from Enter until the status line is final. */
  doneMs: number
  total: number
  shown: number
  /** Bytes fetched from Enter until the first query's screen is complete (cold cache). */
  bytes: number
  /** Bytes of opening the page before the query (HTML, CSS, scripts). */
  pageBytes: number
  requests: number
  byKind: Record<string, { requests: number; bytes: number }>
  /** The query typed next on the same page, and what it fetched. */
  second: { query: string; bytes: number; requests: number; doneMs: number }
  /** The filter panel opened after the second query: its facets counted over that result set. */
  filters: { bytes: number; requests: number; ms: number }
}

function kindOf(path: string): string {
  if (/\/search-index\/b\//.test(path)) return 'buckets'
  if (/\/search-index\/l\//.test(path)) return 'lists'
  if (/\/search-index\/d\//.test(path)) return 'articles'
  if (/\/search-index\/(f|v\d)\//.test(path)) return 'facets'
  if (path.endsWith('.json')) return 'index json'
  if (path.endsWith('.js')) return 'scripts'
  if (path.endsWith('.css')) return 'css'
  return 'page'
}

/** Types a query, presses Enter, waits for the final status; milliseconds from Enter. */
async function ask(page: Page, query: string): Promise<{ first: number; done: number }> {
  await page.fill('#q', query)
  const started = await page.evaluate(() => {
    const w = window as unknown as { __t0: number; __first?: number }
    w.__t0 = performance.now()
    delete w.__first
    document.getElementById('search-status')!.textContent = ''
    new MutationObserver((_, observer) => {
      if (document.querySelector('#search-results .result')) {
        w.__first = performance.now() - w.__t0
        observer.disconnect()
      }
    }).observe(document.getElementById('search-results')!, { childList: true })
    return w.__t0
  })
  await page.press('#q', 'Enter')
  await page.waitForFunction(
    () => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''),
    null,
    {
      timeout: 60_000
    }
  )
  const done = await page.evaluate((t0) => performance.now() - t0, started)
  const first = await page.evaluate(() => (window as unknown as { __first?: number }).__first ?? NaN)
  return { first, done }
}

/** Opens the filter panel and waits until its facets are counted; milliseconds from the click. */
async function openFilters(page: Page): Promise<number> {
  const started = await page.evaluate(() => performance.now())
  await page.click('#search-filter-panel summary')
  await page.waitForSelector('#search-filters[data-state="counted"]', { timeout: 60_000 })
  return page.evaluate((t0) => performance.now() - t0, started)
}

export async function pageSearch(siteDir: string, queries: string[], base = '/'): Promise<PageSearch[]> {
  const server = await startServer({ root: siteDir, port: 0, base })
  const browser = await launchChromium()
  const results: PageSearch[] = []
  try {
    for (const [i, query] of queries.entries()) {
      const context = await browser.newContext() // cold cache per query
      const page = await context.newPage()
      let log: { path: string; bytes: number }[] = []
      page.on('response', async (response) => {
        const path = new URL(response.url()).pathname
        try {
          log.push({ path, bytes: (await response.body()).length })
        } catch {
          /* redirects have no body */
        }
      })
      await page.goto(`${server.url}search/`)
      await page.waitForLoadState('networkidle')
      const pageBytes = log.reduce((n, e) => n + e.bytes, 0)
      log = []
      const { first, done } = await ask(page, query)
      await page.waitForLoadState('networkidle')
      const firstLog = log
      const total = await page.evaluate(
        () => (window as unknown as { bulletinSearch?: { total: number } }).bulletinSearch?.total ?? NaN
      )
      const shown = await page.locator('#search-results .result').count()
      log = []
      const next = queries[(i + 1) % queries.length]!
      const again = await ask(page, next)
      await page.waitForLoadState('networkidle')
      const secondLog = log
      log = []
      const filters = await openFilters(page)
      await page.waitForLoadState('networkidle')
      const byKind: PageSearch['byKind'] = {}
      for (const entry of firstLog) {
        const k = (byKind[kindOf(entry.path)] ??= { requests: 0, bytes: 0 })
        k.requests++
        k.bytes += entry.bytes
      }
      const sum = (entries: { bytes: number }[]) => entries.reduce((n, e) => n + e.bytes, 0)
      results.push({
        query,
        firstResultMs: first,
        doneMs: done,
        total,
        shown,
        bytes: sum(firstLog),
        pageBytes,
        requests: firstLog.length,
        byKind,
        second: { query: next, bytes: sum(secondLog), requests: secondLog.length, doneMs: again.done },
        filters: { bytes: sum(log), requests: log.length, ms: filters }
      })
      await context.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
  return results
}

/**
 * A query set run through the search page in Chromium: per query the articles the page
 * lists in its order, the count its status line gives, and whether a headline holding every
 * term ranks above every article whose headline does not. Shared by the browser test on a
 * generated archive and by the benchmark's 20,000-article run (scripts/search-quality.ts).
 *
 * The page's whole ordered result list is read from `window.bulletinSearch` (article
 * numbers, mapped to URLs through the index's own article files), and its first screen is
 * checked against it. A page without that list (the Pagefind search of before) is read
 * from its result links, clicking 显示更多结果 up to `maxScreens` times.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import type { ArticleRecord } from '../../src/types.ts'
import { fullWidthPunctuation } from '../../src/render/zh-punctuation.ts'
import { fold } from '../../templates/assets/terms.js'
import { score, type Query, type Scores } from './query-set.ts'

export interface PageQuality {
  overall: Scores
  byKind: Record<string, Scores & { queries: number }>
  /** Queries whose status line count differs from the number of relevant articles. */
  countsWrong: string[]
  /** Queries where an article without every term in its headline ranks above one with. */
  rankWrong: string[]
  /** Queries with a headline holding every term below a body-only one, of those with both kinds. */
  rankChecked: number
  /** Queries whose first screen is not the head of the page's list. */
  screensWrong: string[]
  differences: string[]
}

const statusOf = (page: Page) => page.locator('#search-status').textContent()

async function pageResults(
  page: Page,
  url: string,
  siteDir: string,
  urlOfNumber: Map<number, string>,
  maxScreens: number
): Promise<{ urls: string[]; count: number | null; firstScreen: string[] }> {
  await page.goto(url)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  const status = (await statusOf(page)) ?? ''
  const count = /没有找到/.test(status) ? 0 : Number(/找到\s*(\d+)/.exec(status)?.[1] ?? NaN)
  const links = () =>
    page
      .locator('#search-results .result h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  const firstScreen = await links()
  const numbers = await page.evaluate(
    () => (window as unknown as { bulletinSearch?: { articles: number[] } }).bulletinSearch?.articles ?? null
  )
  if (numbers) {
    const urls = numbers.map((n) => {
      if (!urlOfNumber.has(n))
        urlOfNumber.set(
          n,
          JSON.parse(readFileSync(join(siteDir, 'search-index/d', String(n >> 8), `${n}.json`), 'utf8')).u
        )
      return urlOfNumber.get(n)!
    })
    return { urls, count, firstScreen }
  }
  for (let screen = 0; screen < maxScreens; screen++) {
    const more = page.locator('button', { hasText: '显示更多结果' })
    if ((await more.count()) === 0) break
    await more.click()
    await page.waitForFunction(() => !/正在/.test(document.getElementById('search-status')?.textContent ?? ''))
  }
  return { urls: await links(), count: null, firstScreen }
}

export async function measurePageQuality(
  browser: Browser,
  serverUrl: string,
  siteDir: string,
  articles: ArticleRecord[],
  queries: Query[],
  maxScreens = 200
): Promise<PageQuality> {
  const byUrl = new Map(articles.map((a) => [a.url, a]))
  const base = new URL(serverUrl).pathname
  const idOf = (path: string) => byUrl.get('/' + path.slice(base.length))?.id ?? `unknown:${path}`
  const headline = new Map(articles.map((a) => [a.id, fold(fullWidthPunctuation(a.title))]))
  const urlOfNumber = new Map<number, string>()
  const page = await browser.newPage()
  const results: { query: Query; returned: string[] }[] = []
  const quality: Omit<PageQuality, 'overall' | 'byKind'> = {
    countsWrong: [],
    rankWrong: [],
    rankChecked: 0,
    screensWrong: [],
    differences: []
  }
  try {
    for (const query of queries) {
      const { urls, count, firstScreen } = await pageResults(
        page,
        `${serverUrl}search/?q=${encodeURIComponent(query.text)}`,
        siteDir,
        urlOfNumber,
        maxScreens
      )
      const returned = urls.map((u) => (u.startsWith(base) ? idOf(u) : idOf(base + u.slice(1))))
      results.push({ query, returned })
      if (count !== query.relevant.length)
        quality.countsWrong.push(`${query.text}: ${count} for ${query.relevant.length}`)
      const head = urls.slice(0, firstScreen.length).map((u) => (u.startsWith(base) ? u : base + u.slice(1)))
      if (head.join() !== firstScreen.join()) quality.screensWrong.push(query.text)
      const terms = query.text.split(' ').map(fold)
      const inHeadline = returned.map((id) => terms.every((t) => (headline.get(id) ?? '').includes(t)))
      if (inHeadline.includes(true) && inHeadline.includes(false)) {
        quality.rankChecked++
        if (inHeadline.lastIndexOf(true) > inHeadline.indexOf(false)) quality.rankWrong.push(query.text)
      }
      if ([...returned].sort().join() !== query.relevant.join())
        quality.differences.push(
          `${query.kind} ${query.text}: expected ${query.relevant.length}, got ${returned.length}`
        )
    }
  } finally {
    await page.close()
  }
  const byKind: PageQuality['byKind'] = {}
  for (const kind of new Set(queries.map((q) => q.kind))) {
    const of = results.filter((r) => r.query.kind === kind)
    byKind[kind] = { ...score(of), queries: of.length }
  }
  return { overall: score(results), byKind, ...quality }
}

/** The figures as lines for a log. */
export function describeQuality(q: PageQuality, label: string): string {
  const s = (x: Scores) => `recall ${x.recall.toFixed(3)}, precision ${x.precision.toFixed(3)}`
  return [
    `${label}: ${s(q.overall)} (${q.overall.truePositives}/${q.overall.expected} found, ${q.overall.returned} returned)`,
    ...Object.entries(q.byKind).map(([kind, x]) => `  ${kind}: ${s(x)} (${x.queries} queries)`),
    `  status line count ≠ relevant articles: ${q.countsWrong.length} queries${q.countsWrong.length ? ` (${q.countsWrong.slice(0, 8).join('; ')})` : ''}`,
    `  headline-holding article below a body-only one: ${q.rankWrong.length} of ${q.rankChecked} queries with both${q.rankWrong.length ? ` (${q.rankWrong.slice(0, 8).join('; ')})` : ''}`,
    `  first screen not the head of the list: ${q.screensWrong.length} queries`,
    ...(q.differences.length ? [`  queries with differences: ${q.differences.slice(0, 12).join('; ')}`] : [])
  ].join('\n')
}

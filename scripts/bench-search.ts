/**
 * Search latency and bytes as a reader meets them: the built site served on localhost,
 * Debian's Chromium opening /search/ and typing a query. For each query, from a cold
 * browser cache: milliseconds from pressing Enter until the first result is on screen,
 * until the status line is final for the first screen, and the bytes fetched meanwhile.
 *
 *   node --import tsx scripts/bench-search.ts --site DIR [--base /] [QUERY ...]
 */
import { parseArgs } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from './chromium.ts'
import { startServer } from '../src/serve.ts'

const { values, positionals } = parseArgs({
  options: { site: { type: 'string' }, base: { type: 'string', default: '/' } },
  allowPositionals: true
})
if (!values.site || !existsSync(join(values.site, 'search/index.html'))) {
  console.error(
    'Usage: node --import tsx scripts/bench-search.ts --site DIR [--base /] [QUERY ...]  (DIR: a built site)'
  )
  process.exit(2)
}
const queries = positionals.length
  ? positionals
  : ['疫情防控', '项目建设', '核酸检测', '营商环境', '复工复产', '区委书记']
const { articles } = JSON.parse(readFileSync(join(values.site, 'data/articles.json'), 'utf8')) as {
  articles: unknown[]
}

const server = await startServer({ root: values.site, port: 0, base: values.base })
const browser = await launchChromium()
console.log(`Search in Chromium over ${articles.length} articles (${server.url})`)
console.log('| query | first result on screen | first screen complete | results shown | bytes fetched | requests |')
console.log('|---|---|---|---|---|---|')
const firsts: number[] = []
for (const query of queries) {
  const context = await browser.newContext() // cold cache per query
  const page = await context.newPage()
  await page.goto(`${server.url}search/`)
  await page.waitForLoadState('networkidle')
  let bytes = 0
  let requests = 0
  page.on('response', async (response) => {
    requests++
    try {
      bytes += (await response.body()).length
    } catch {
      /* redirects have no body */
    }
  })
  await page.fill('#q', query)
  const started = await page.evaluate(() => {
    const t0 = performance.now()
    ;(window as unknown as { __t0: number }).__t0 = t0
    new MutationObserver((_, observer) => {
      if (document.querySelector('#search-results .result')) {
        ;(window as unknown as { __first: number }).__first = performance.now() - t0
        observer.disconnect()
      }
    }).observe(document.getElementById('search-results')!, { childList: true })
    return t0
  })
  await page.press('#q', 'Enter')
  await page.waitForFunction(
    () => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''),
    null,
    { timeout: 60_000 }
  )
  const done = await page.evaluate((t0) => performance.now() - t0, started)
  const first = await page.evaluate(() => (window as unknown as { __first?: number }).__first ?? NaN)
  const shown = await page.locator('#search-results .result').count()
  firsts.push(first)
  console.log(
    `| ${query} | ${first.toFixed(0)} ms | ${done.toFixed(0)} ms | ${shown} | ${(bytes / 1024).toFixed(0)} kB | ${requests} |`
  )
  await context.close()
}
firsts.sort((a, b) => a - b)
console.log(
  `median first result: ${firsts[Math.floor(firsts.length / 2)]!.toFixed(0)} ms, worst ${firsts.at(-1)!.toFixed(0)} ms (target ≤ 300 ms)`
)
await browser.close()
await server.close()

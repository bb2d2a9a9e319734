import { test, before, after } from 'node:test'
import { fullWidthPunctuation } from '../../src/render/zh-punctuation.ts'
import assert from 'node:assert/strict'
import type { Browser } from 'playwright-core'
import { startServer } from '../../src/serve.ts'
import { buildSeeds } from '../e2e/seed-build.ts'
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

test('/search/?q=宋洁 lists the articles that mention 宋洁', async () => {
  const { articles } = await import(`${site.outDir}/data/articles.json`, { with: { type: 'json' } }).then(
    (m) => m.default
  )
  const expected = (articles as { title: string; paragraphs: string[] }[])
    .filter((a) => (a.title + a.paragraphs.join('')).includes('宋洁'))
    // Headlines as the reading view sets them (full-width punctuation).
    .map((a) => fullWidthPunctuation(a.title))
    .sort()
  assert.ok(expected.length > 0)
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(`${server.url}search/?q=${encodeURIComponent('宋洁')}`)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  const titles = (await page.locator('#search-results .result h2 a').allTextContents()).sort()
  assert.deepEqual(titles, expected)
  assert.deepEqual(errors, [])
  await page.close()
})

test('under --base /archive/, search results link to pages that exist', async () => {
  const sub = await buildSeeds('/archive/')
  const subServer = await startServer({ root: sub.outDir, port: 0, base: '/archive/' })
  try {
    const page = await browser.newPage()
    await page.goto(`${subServer.url}search/?q=${encodeURIComponent('耿勇军')}&sort=date-desc`)
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
    const hrefs = await page
      .locator('#search-results .result h2 a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    assert.ok(hrefs.length >= 3, `found ${hrefs.length}`)
    for (const href of hrefs) {
      assert.match(new URL(href).pathname, /^\/archive\/articles\/[^/]+\/$/)
      const response = await page.request.get(href)
      assert.equal(response.status(), 200, href)
    }
    await page.close()
  } finally {
    await subServer.close()
    sub.remove()
  }
})

test('a search with a filter lists only articles that match the filter, and the URL holds it', async () => {
  const { articles } = await import(`${site.outDir}/data/articles.json`, { with: { type: 'json' } }).then(
    (m) => m.default
  )
  const expected = (articles as { title: string; paragraphs: string[]; reporters: string[] }[])
    .filter((a) => (a.title + a.paragraphs.join('')).includes('疫情') && a.reporters.includes('景静'))
    // Headlines as the reading view sets them (full-width punctuation).
    .map((a) => fullWidthPunctuation(a.title))
    .sort()
  assert.ok(expected.length >= 2)
  const page = await browser.newPage()
  await page.goto(`${server.url}search/`)
  await page.fill('#q', '疫情')
  await page.click('#search-filter-panel summary')
  const select = page.locator('select[data-filter="记者"]')
  await select.waitFor()
  await select.selectOption('景静')
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  for (let guard = 0; guard < 50 && (await page.locator('button.search-more').count()) > 0; guard++) {
    await page.click('button.search-more')
    await page.waitForFunction(() => !/正在/.test(document.getElementById('search-status')?.textContent ?? ''))
  }
  const titles = (await page.locator('#search-results .result h2 a').allTextContents()).sort()
  assert.deepEqual(titles, expected)
  // The open panel counts the reporter over this result set, not over the archive.
  await page.waitForFunction(
    (text) => document.querySelector('select[data-filter="记者"] option:checked')?.textContent === text,
    `景静（${expected.length}）`
  )
  const url = new URL(page.url())
  assert.equal(url.searchParams.get('q'), '疫情')
  assert.equal(url.searchParams.get('记者'), '景静')
  // The linked search gives the same list.
  await page.goto(url.href)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  assert.equal(await page.locator('select[data-filter="记者"]').inputValue(), '景静')
  await page.close()
})

test('hostile text in a bulletin shows as text in search results and runs nothing', async () => {
  const { mkdirSync, writeFileSync } = await import('node:fs')
  const { join } = await import('node:path')
  const { tempDir } = await import('../helpers.ts')
  const { build } = await import('../../src/pipeline/index.ts')
  const { startServer } = await import('../../src/serve.ts')
  const dir = tempDir('hostile-search')
  const corpus = join(dir.path, 'corpus')
  mkdirSync(corpus)
  const payload = '<img src=x onerror="window.__pwned=1">{{ 7*7 }}<script>window.__pwned=2</script>'
  writeFileSync(
    join(corpus, 'a.txt'),
    `区委召开会议\n\n本报讯 3月1日，区委召开会议，研究部署工作${payload}。会议要求，要认真落实。（记者 张三）\n`
  )
  await build({
    corpusDir: corpus,
    outDir: join(dir.path, 'site'),
    base: '/',
    name: '测试',
    checkOnly: false,
    log: () => {}
  })
  const hostileServer = await startServer({ root: join(dir.path, 'site'), port: 0, base: '/' })
  try {
    const page = await browser.newPage()
    await page.goto(`${hostileServer.url}search/?q=${encodeURIComponent('研究部署')}`)
    await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
    assert.equal(await page.locator('#search-results .result').count(), 1)
    const excerpt = await page.locator('#search-results .result .excerpt').textContent()
    assert.ok(
      excerpt?.includes('{{7*7}}') || excerpt?.includes('{{ 7*7 }}'),
      `template syntax shown as text: ${excerpt}`
    )
    assert.equal(
      await page.locator('#search-results img, #search-results script').count(),
      0,
      'no markup from the bulletin'
    )
    assert.equal(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
      undefined,
      'nothing ran'
    )
    await page.close()
  } finally {
    await hostileServer.close()
    dir.remove()
  }
})

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { pathToFileURL } from 'node:url'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { shoot, widths } from './reader-shots.ts'

let session: SeedSession
let root: string
before(async () => {
  session = await openSeedSession('/')
  root = pathToFileURL(session.site.outDir).href + '/'
})
after(() => session?.close())

for (const width of widths) {
  test(`at ${width} px the site opened from a folder (file://) has its styles and links, and says how to search`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    const outside: string[] = []
    const failed: string[] = []
    page.on('request', (r) => {
      if (!r.url().startsWith(root) && !r.url().startsWith('data:')) outside.push(r.url())
    })
    page.on('requestfailed', (r) => failed.push(r.url()))
    await page.goto(`${root}index.html`)
    // The stylesheet loaded: the header has its white background and double rule.
    const rule = await page.locator('.site-header').evaluate((e) => getComputedStyle(e).borderBottomStyle)
    assert.equal(rule, 'double', 'the stylesheet is applied')
    await shoot(page, `from-disk-home-${width}`)

    await page.locator('.site-header nav a', { hasText: '按日期' }).click()
    assert.equal(page.url(), `${root}dates/index.html`)
    assert.equal(await page.locator('h1').innerText(), '按日期浏览')
    await page.locator('#undated-heading + p + ul a').first().click()
    assert.match(page.url(), /\/issues\/[^/]+\/index\.html$/)
    await page.locator('.article-list a.title').first().click()
    assert.match(page.url(), /\/articles\/[^/]+\/index\.html$/)
    await page.locator('nav.crumbs a').first().click()
    assert.equal(page.url(), `${root}index.html`)

    await page.locator('.site-header nav a', { hasText: '搜索' }).click()
    assert.equal(page.url(), `${root}search/index.html`)
    const notice = page.locator('.from-disk-notice')
    // The notice is shown by a deferred script, which may run after the click's navigation has committed.
    await notice.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {})
    assert.ok(await notice.isVisible(), 'the search page says search needs a web server')
    assert.match(await notice.innerText(), /python3 -m http\.server 8080/)
    await shoot(page, `from-disk-search-${width}`)
    assert.deepEqual(outside, [], 'nothing outside the folder is asked for')
    assert.deepEqual(
      failed.filter((u) => !u.includes('/search-index/') && !u.endsWith('search.js')),
      [],
      'every page asset loads'
    )
    await page.close()
  })
}

test('served over HTTP, the search page shows no notice about opening from a folder', async () => {
  const page = await session.browser.newPage()
  await page.goto(`${session.server.url}search/?q=${encodeURIComponent('宋洁')}`)
  await page.waitForFunction(() => /找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  assert.equal(await page.locator('.from-disk-notice').isVisible(), false)
  await page.close()
})

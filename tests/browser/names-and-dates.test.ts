import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { shoot, widths } from './reader-shots.ts'

let session: SeedSession
before(async () => {
  session = await openSeedSession('/')
})
after(() => session?.close())

for (const width of widths) {
  test(`at ${width} px issues are named and dated as a reader would, never by file name`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(session.server.url)
    const latest = page.locator('section[aria-labelledby="latest-heading"] li')
    assert.equal(await latest.count(), 5, 'all five seed issues are among the latest')
    await shoot(page, `names-home-${width}`)

    await page.locator('section[aria-labelledby="latest-heading"] a', { hasText: '二七区简报' }).click()
    assert.equal(await page.locator('h1').innerText(), '二七区简报 · 2022年3月19日')
    await shoot(page, `names-issue-${width}`)

    await page.goto(`${session.server.url}articles/000_9f274903ad303ea1-01/`)
    const crumbs = await page.locator('nav.crumbs').innerText()
    assert.match(crumbs, /上街区简报 · 1月5日（年份不详）/)
    assert.doesNotMatch(crumbs, /\.txt/)
    assert.match(await page.locator('.article-header .meta').innerText(), /1月5日（年份不详）/)
    await shoot(page, `names-article-${width}`)

    await page.goto(`${session.server.url}dates/`)
    assert.ok(await page.locator('#undated-heading').isVisible(), 'a visible 日期不详 group')
    assert.match(await page.locator('table.counts').innerText(), /日期不详\s+3\s+10/)
    await shoot(page, `names-dates-${width}`)
    await page.close()
  })
}

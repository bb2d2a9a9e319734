import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { overflowsSideways, shoot, widths } from './reader-shots.ts'

let session: SeedSession
before(async () => {
  session = await openSeedSession('/')
})
after(() => session?.close())

const open = (width: number) => session.browser.newPage({ viewport: { width, height: 812 } })

for (const width of widths) {
  test(`at ${width} px Chinese text reads as print sets it: full-width punctuation, 本报讯 opening the paragraph`, async () => {
    const page = await open(width)
    await page.goto(`${session.server.url}articles/001_8727214cb3b0a05c-01/`)
    const first = page.locator('.article-body p').first()
    assert.match(await first.innerText(), /^本报讯 3月19日，二七区委书记/)
    assert.equal(await page.locator('.article-body .dateline').count(), 1)
    assert.equal(await page.locator('p.dateline').count(), 0, '本报讯 is not a paragraph of its own')
    const body = await page.locator('.article-body').innerText()
    assert.doesNotMatch(body, /\p{Script=Han}[,;:?!]/u, 'no half-width punctuation after Chinese text')
    // The source view keeps the lines as printed.
    await page.locator('.provenance summary').click()
    assert.match(await page.locator('pre.source').innerText(), /本报讯 3月19日,二七区委书记/)
    await shoot(page, `reading-article-${width}`)
    await page.close()
  })

  test(`at ${width} px the nav is one line and an issue's articles start on the first screen`, async () => {
    const page = await open(width)
    for (const path of ['', 'issues/002_a91af3f4be450be0/', 'articles/002_a91af3f4be450be0-01/', 'search/', 'dates/']) {
      await page.goto(`${session.server.url}${path}`)
      const nav = await page.locator('.site-header nav ul').boundingBox()
      const link = await page.locator('.site-header nav a').last().boundingBox()
      assert.ok(nav && link && nav.height < link.height * 1.5, `${path}: the nav holds on one line`)
      assert.equal(await overflowsSideways(page), false, `${path}: nothing wider than ${width} px`)
    }
    await page.goto(`${session.server.url}issues/002_a91af3f4be450be0/`)
    const firstArticle = await page.locator('.article-list a.title').first().boundingBox()
    assert.ok(firstArticle && firstArticle.y + firstArticle.height < 812, `first article at ${firstArticle?.y} px`)
    await shoot(page, `reading-issue-${width}`)
    await page.close()
  })
}

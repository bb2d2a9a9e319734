import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { overflowsSideways, shoot, widths } from './reader-shots.ts'

let session: SeedSession
before(async () => {
  session = await openSeedSession('/')
})
after(() => session?.close())

for (const width of widths) {
  test(`at ${width} px the topic index and an article's topics hold no generic words or name fragments`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${session.server.url}tags/topics/`)
    await shoot(page, `topics-index-${width}`)
    // Every topic is listed on the index's pages by pinyin (those with a page of their own also on the index).
    const letters = await page
      .locator('nav.letters a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
    assert.ok(letters.length >= 5, `${letters.length} letters`)
    const topics: string[] = []
    for (const letter of letters) {
      await page.goto(letter)
      topics.push(...(await page.locator('main li .tag-name').allTextContents()).map((t) => t.trim()))
    }
    assert.ok(topics.length >= 20, `${topics.length} topics`)
    for (const word of ['企业', '场所', '员工', '进展', '启动', '国际', '常委会', '万象'])
      assert.ok(!topics.includes(word), word)
    assert.equal(await overflowsSideways(page), false)
    await shoot(page, `topics-letter-${width}`)
    await page.goto(`${session.server.url}articles/001_8727214cb3b0a05c-05/`)
    const shown = await page.locator('.tag-groups a[href*="/topics/"]').allTextContents()
    assert.ok(shown.includes('万人助万企') && !shown.includes('万象'), shown.join(' '))
    await shoot(page, `topics-article-${width}`)
    await page.close()
  })
}

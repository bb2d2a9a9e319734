import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { capture } from './reader-shots.ts'

const shots = fileURLToPath(new URL('../output/screenshots/', import.meta.url))

let session: SeedSession
let site: SeedSession['site']
let server: SeedSession['server']
let browser: Browser

before(async () => {
  mkdirSync(shots, { recursive: true })
  session = await openSeedSession('/archive/')
  ;({ site, server, browser } = session)
})
after(() => session?.close())

/** A page that records console errors, failed requests and requests to other hosts. */
async function openPage(width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('requestfailed', (request) => {
    // Leaving a page aborts what it was still loading: not a problem of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
  })
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url.replace(/archive\/$/, ''))) problems.push(`other host: ${request.url()}`)
  })
  return { page, problems }
}

async function shoot(page: Page, name: string) {
  await capture(page, `${shots}${name}.png`)
}

for (const width of [1280, 375]) {
  test(`a reader at ${width} px goes home → issue → article → topic → person without errors`, async () => {
    const { page, problems } = await openPage(width)
    await page.goto(server.url)
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN')
    assert.match(await page.locator('h1').innerText(), /简报档案馆/)
    assert.equal(
      (await page.locator('svg.chart rect.bar').count()) > 0,
      true,
      'the home page charts articles per month'
    )
    await shoot(page, `home-${width}`)

    // Home → the 上街时讯 issue from the latest issues.
    await page.locator('section[aria-labelledby="latest-heading"] a', { hasText: '上街时讯' }).first().click()
    await page.waitForURL(/\/archive\/issues\//)
    assert.match(await page.locator('h1').innerText(), /上街时讯 · 2020年2月29日 · 第7期/)
    assert.match(await page.locator('.facts').first().innerText(), /总第634期/)
    await shoot(page, `issue-${width}`)

    // Issue → its first article.
    await page.locator('.article-list a.title').first().click()
    await page.waitForURL(/\/archive\/articles\//)
    const title = await page.locator('h1').innerText()
    assert.ok(title.length > 0)
    assert.match(await page.locator('.citation').innerText(), /\[N\]\. 上街时讯, 2020-02-29/)
    await page.locator('.provenance summary').click()
    assert.ok(await page.locator('pre.source').isVisible(), 'the original lines open')
    await shoot(page, `article-${width}`)

    // Article → a topic.
    const topic = page.locator('.tag-groups a[href*="/tags/topics/"]').first()
    const topicName = await topic.innerText()
    await topic.click()
    await page.waitForURL(/\/archive\/tags\/topics\//)
    assert.match(await page.locator('h1').innerText(), new RegExp(topicName))
    assert.ok((await page.locator('.article-list a', { hasText: title }).count()) > 0, 'the topic lists the article')
    await shoot(page, `topic-${width}`)

    // Back to the article, then to a person.
    await page.goBack()
    const person = page.locator('.tag-groups a[href*="/tags/people/"]').first()
    const personName = await person.innerText()
    await person.click()
    await page.waitForURL(/\/archive\/tags\/people\//)
    assert.match(await page.locator('h1').innerText(), new RegExp(personName))
    assert.ok((await page.locator('svg.chart').count()) === 1, 'the person page charts mentions over time')
    await shoot(page, `person-${width}`)

    // Nothing is wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    assert.ok(overflow <= 0, `the person page scrolls sideways by ${overflow} px`)
    assert.deepEqual(problems, [])
    await page.close()
  })
}

test('the date pages show a calendar with the issue days and the days without', async () => {
  const { page, problems } = await openPage(1280)
  await page.goto(`${server.url}dates/`)
  await page.locator('.counts a', { hasText: '2020年' }).click()
  await page.locator('.months a').first().click()
  await page.waitForURL(/\/dates\/2020\/\d\d\//)
  assert.ok((await page.locator('.calendar td.issue-day a').count()) >= 1)
  assert.ok((await page.locator('.calendar td.no-issue').count()) >= 20, 'days without an issue are visible')
  await shoot(page, 'month-1280')
  await page.goto(`${server.url}publications/`)
  await shoot(page, 'publications-1280')
  assert.ok(
    (await page.locator('.counts a', { hasText: '上街区' }).count()) === 1,
    'unnamed issues are grouped under their region'
  )
  assert.deepEqual(problems, [])
  await page.close()
})

test('keyboard users get a skip link, visible focus and every page in landmarks', async () => {
  const { page, problems } = await openPage(1280)
  for (const path of ['', 'dates/', 'publications/', 'tags/', 'data/', 'search/', 'tags/people/']) {
    await page.goto(`${server.url}${path}`)
    for (const landmark of ['header', 'nav', 'main', 'footer']) {
      assert.equal(await page.locator(landmark).first().count(), 1, `${path} has a <${landmark}>`)
    }
  }
  await page.goto(server.url)
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
  assert.notEqual(outline, 'none', 'the focused element shows an outline')
  assert.deepEqual(problems, [])
  await page.close()
})

test('a missing page shows the Chinese 404 page with working links', async () => {
  const { page } = await openPage(375)
  const response = await page.goto(`${server.url}no/such/page/`)
  assert.equal(response?.status(), 404)
  assert.match(await page.locator('h1').innerText(), /页面不存在/)
  await page.locator('main a', { hasText: '首页' }).click()
  await page.waitForURL(server.url)
  await page.close()
})

test('the feed is well-formed XML with URLs under the base path; without a site URL there is no sitemap', async () => {
  const { page, problems } = await openPage(1280)
  await page.goto(server.url)
  // The sitemap protocol allows absolute URLs only: a build without --site-url writes none.
  assert.equal(existsSync(join(site.outDir, 'sitemap.xml')), false)
  assert.doesNotMatch(readFileSync(join(site.outDir, 'robots.txt'), 'utf8'), /Sitemap:/)
  for (const [path, root, count] of [['feed.xml', 'feed', 'entry']] as const) {
    const result = await page.evaluate(
      async ([p, c]: string[]) => {
        const text = await (await fetch(p!)).text()
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        const links = [...doc.querySelectorAll('loc, link[href]')].map(
          (e) => e.textContent || e.getAttribute('href') || ''
        )
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          count: doc.getElementsByTagName(c!).length,
          links
        }
      },
      [`${server.url}${path}`, count]
    )
    assert.equal(result.error, null, `${path} parses`)
    assert.equal(result.root, root)
    assert.ok(result.count >= 23, `${path} lists the articles (${result.count})`)
    assert.ok(
      result.links.every((l) => l.startsWith('/archive/')),
      `${path} URLs are under /archive/`
    )
  }
  assert.deepEqual(problems, [])
  await page.close()
})

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { shoot, widths } from './reader-shots.ts'

let session: SeedSession
before(async () => {
  session = await openSeedSession('/')
})
after(() => session?.close())

/** The bars a chart draws, from their tooltips (`2020年2月：8 篇`). */
async function bars(page: Page): Promise<{ label: string; value: number }[]> {
  const titles = await page.locator('svg.chart rect.bar title').allTextContents()
  return titles.map((t) => {
    const [label, value] = t.split('：')
    return { label: label!, value: Number.parseInt(value!, 10) }
  })
}

/** The smallest chart label as drawn on screen, in CSS pixels. */
async function smallestLabelPx(page: Page): Promise<number> {
  return page.locator('svg.chart').evaluate((svg) => {
    const sizes = [...svg.querySelectorAll('text')].map((t) => t.getBoundingClientRect().height)
    return Math.min(...sizes)
  })
}

for (const width of widths) {
  test(`at ${width} px the home chart says up front what it counts, and its bars add up to it`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(session.server.url)
    const lead = await page.locator('.chart-lead').innerText()
    const [, drawn, rest, total] = /注明了年月的 (\d+) 篇.*另有 (\d+) 篇.*共 (\d+) 篇/.exec(lead) ?? []
    assert.equal(Number(total), 23, lead)
    assert.equal(Number(drawn) + Number(rest), 23)
    const shown = await bars(page)
    assert.equal(
      shown.reduce((n, b) => n + b.value, 0),
      Number(drawn)
    )
    assert.equal(shown[0]!.label, '2020年2月', 'no padding before the first data point')
    assert.ok(shown.at(-1)!.value > 0, 'none after the last')
    // Legible: labels at least ~10 px tall on screen (they were ~6 px at 375 px).
    assert.ok((await smallestLabelPx(page)) >= 10, `labels ${await smallestLabelPx(page)} px`)
    await page.locator('#chart-heading').scrollIntoViewIfNeeded()
    await shoot(page, `charts-home-${width}`)
    await page.close()
  })

  test(`at ${width} px a topic of one month draws that month only; a place with no dated article draws no axes`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${session.server.url}tags/people/${encodeURIComponent('耿勇军')}/`)
    const listed = await page.locator('section[aria-labelledby="list-heading"] li').count()
    assert.match(await page.locator('.chart-lead').innerText(), new RegExp(`全部 ${listed} 篇`))
    assert.deepEqual(
      (await bars(page)).map((b) => b.label),
      ['2020年2月']
    )
    await shoot(page, `charts-person-${width}`)

    await page.goto(`${session.server.url}tags/places/${encodeURIComponent('高新区')}/`)
    assert.equal(await page.locator('svg.chart').count(), 0, 'no empty axes')
    assert.match(await page.locator('.chart-lead').innerText(), /没有注明年月，无法按月统计/)
    await shoot(page, `charts-place-undated-${width}`)
    await page.close()
  })

  test(`at ${width} px the 2022年 page shows the month its articles are dated`, async () => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } })
    await page.goto(`${session.server.url}dates/2022/`)
    const march = page.locator('.months li', { hasText: '3月' }).first()
    assert.match(await march.innerText(), /3 篇/)
    await march.locator('a').click()
    assert.ok(await page.locator('#m3').isVisible())
    assert.equal(await page.locator('#m3 + ul li').count(), 3)
    await shoot(page, `charts-year-2022-${width}`)
    await page.close()
  })
}

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord } from '../../src/types.ts'
import { fold } from '../../templates/assets/terms.js'
import { openSeedSession, type SeedSession } from './chromium.ts'
import { shoot, widths } from './reader-shots.ts'

let session: SeedSession
let articles: ArticleRecord[]
before(async () => {
  session = await openSeedSession('/')
  articles = JSON.parse(readFileSync(join(session.site.outDir, 'data/articles.json'), 'utf8')).articles
})
after(() => session?.close())

/** Compared as the search compares text: white space out, full-width forms folded. */
const flat = (text: string) => fold(text)

async function results(width: number, query: string) {
  const page = await session.browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(`${session.server.url}search/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /找到|没有找到/.test(document.getElementById('search-status')?.textContent ?? ''))
  const items = await page.locator('#search-results .result').evaluateAll((lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      meta: li.querySelector('.meta')?.textContent ?? '',
      excerpt: li.querySelector('.excerpt')?.textContent ?? ''
    }))
  )
  return { page, items }
}

for (const width of widths) {
  test(`at ${width} px every result has a meta line and an excerpt of its body text only`, async () => {
    // 疫情防控 is in most seed articles; 常委会 and 核酸检测 are in the headlines the issue quoted.
    for (const query of ['疫情防控', '常委会', '全员核酸检测', '宋洁']) {
      const { page, items } = await results(width, query)
      assert.ok(items.length > 0, query)
      for (const item of items) {
        const article = articles.find((a) => item.href.startsWith(a.url))!
        assert.ok(article, item.href)
        const body = flat(article.paragraphs.join(''))
        const shown = flat(item.excerpt).replace(/^…|…$/g, '')
        assert.ok(body.includes(shown), `${query}: excerpt of ${article.id} is body text: ${item.excerpt}`)
        // The meta line: the publication (or region's 简报) and a date, apart from the excerpt.
        assert.match(item.meta, /^(上街时讯|上街区简报|二七区简报|高新区简报)( · 第\d+期)? · .+/, item.meta)
        assert.match(item.meta, /\d+年|年份不详|日期不详/, item.meta)
      }
      if (query === '全员核酸检测') await shoot(page, `search-results-${width}`)
      await page.close()
    }
  })
}

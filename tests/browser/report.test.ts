import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { build } from '../../src/pipeline/index.ts'
import { tempDir } from '../helpers.ts'
import { writeProblemCorpus } from '../report/problem-corpus.ts'
import { launchChromium } from './chromium.ts'
import { capture } from './reader-shots.ts'

const shots = fileURLToPath(new URL('../output/screenshots/', import.meta.url))
const dir = tempDir('report-browser')
let browser: Browser
let reportUrl: string

before(async () => {
  mkdirSync(shots, { recursive: true })
  const corpus = writeProblemCorpus(dir.path)
  const summary = await build({
    corpusDir: corpus,
    outDir: join(dir.path, 'site'),
    base: '/',
    name: '简报档案馆',
    checkOnly: false,
    log: () => {}
  })
  reportUrl = pathToFileURL(join(summary.reportDir, 'index.html')).href
  browser = await launchChromium()
})
after(async () => {
  await browser?.close()
  dir.remove()
})

test('the report at 1280 px shows each problem in Chinese with its place, and asks nothing of any host', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const requests: string[] = []
  page.on('request', (request) => {
    if (request.url() !== reportUrl) requests.push(request.url())
  })
  await page.goto(reportUrl)
  await capture(page, `${shots}report-1280.png`)
  const text = await page.locator('body').innerText()
  for (const expected of [
    /binary\.txt:1:1\s+文件里有 NUL 字节/,
    /empty\.txt:1:1\s+文件是空的/,
    /manifest\.csv:7:14\s+清单里的日期 “2021-13-45” 不是真实的日期/,
    /manifest\.csv:8:1\s+清单列出的文件 “missing\.txt” 不在语料文件夹里/,
    /001_8727214cb3b0a05c\.txt:75:1\s+一篇文章结束之后出现了没有标题的文字/,
    /gbk\.txt\s+已读取\s+gb18030/,
    /personal\.txt:3:34\s+居民身份证号\s+410\*{14}\d/,
    /personal\.txt:5:10\s+手机号\s+138\*{4}5678/,
    /personal\.txt:5:30\s+银行卡号/,
    /这些号码会原样出现在网站上/,
    /在 corrections\.csv 写：001_8727214cb3b0a05c\.txt,75,start/
  ])
    assert.match(text, expected)
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  assert.ok(width <= 1280, `no sideways scrolling at 1280 px (${width})`)
  assert.deepEqual(requests, [])
  await page.close()
})

/**
 * Pages (版): a whole issue in one file, with page headers between pages.
 * Articles never run over a page header, and each article's page is read from
 * the headers around it.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { pagesOf, parseBulletin } from '../../src/parse/index.ts'
import { lineRangesOf } from '../../src/parse/article-lines.ts'

const fixture = new URL('./fixtures/multi-page-issue/input.txt', import.meta.url)

test('should record the page of every article of an eight-page issue', () => {
  const bulletin = parseBulletin(new VFile({ path: 'issue.txt', value: readFileSync(fixture, 'utf8') }), {
    issueDate: '2021-03'
  })
  const pageOf = pagesOf(bulletin)
  const pages = bulletin.articles.map((article, index) => ({ ...article, page: pageOf[index] }))
  // 17 stories as printed; the one sent on from page 1 to page 3 is one article.
  assert.equal(pages.length, 16)
  assert.deepEqual([...new Set(pages.map((article) => article.page))], ['1', '2', '3', '4', '5', '6', '7', '8'])
  const text = readFileSync(fixture, 'utf8').split('\n')
  for (const article of pages) {
    // No piece of an article spans a page header.
    for (const [first, last] of lineRangesOf(article)) {
      const header = text.slice(first - 1, last).find((line) => /^第\d版/.test(line))
      assert.equal(header, undefined, `${article.title} runs over ${header}`)
    }
  }
  const continued = pages.filter((article) => article.parts !== undefined)
  assert.deepEqual(
    continued.map((article) => [article.title, article.page, article.parts!.map((part) => part.page)]),
    [[pages[0]!.title, '1', ['1', '3']]]
  )
})

test('should read pages from footers printed under each page', () => {
  const text = [
    '我县召开春耕生产会议',
    '',
    '本报讯 3月1日，我县召开春耕生产会议。（记者 甲乙）',
    '',
    '2021年3月2日 星期二 第1版',
    '',
    '我县开展植树活动',
    '',
    '本报讯 3月1日，我县开展植树活动。（记者 甲乙）',
    '',
    '2021年3月2日 星期二 第2版',
    ''
  ].join('\n')
  assert.deepEqual(pagesOf(parseBulletin(new VFile({ path: 'footers.txt', value: text }), {})), ['1', '2'])
})

test('should leave the page null without page headers', () => {
  const text = '我县召开春耕生产会议\n\n本报讯 3月1日，我县召开春耕生产会议。（记者 甲乙）\n'
  assert.deepEqual(pagesOf(parseBulletin(new VFile({ path: 'one.txt', value: text }), {})), [null])
})

test('should not take the page label printed over a masthead for the paper’s name, in plain or -layout text', () => {
  const plain = [
    '第1版 要闻',
    '',
    '某某区报 2023年2月18日 星期六',
    '',
    '某某区报',
    '',
    '中共某某区委主办 第7期（总第907期）'
  ]
  const layout = [
    '第1版 要闻                                                   某某区报 2023年2月18日 星期六',
    '',
    '                          某某区报',
    '                   中共某某区委主办 第7期（总第907期）'
  ]
  for (const lines of [plain, layout]) {
    const body = ['', '某某街道开展志愿服务', '', '本报讯 2月17日，某某街道开展志愿服务活动。']
    const bulletin = parseBulletin(new VFile({ path: 'issue.txt', value: [...lines, ...body].join('\n') }))
    assert.equal(bulletin.masthead?.publication, '某某区报')
    assert.equal(bulletin.masthead?.date, '2023-02-18')
    assert.deepEqual(
      bulletin.articles.map((article) => article.title),
      ['某某街道开展志愿服务']
    )
  }
})

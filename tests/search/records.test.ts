import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pageData } from '../../src/render/pages.ts'
import { searchablePages } from '../../src/search/records.ts'
import { articleText, bodySpan, searchRecord } from '../../src/search/records.ts'
import { fold, indexForm, termPhrase } from '../../templates/assets/terms.js'
import { makeArticle, makeIssue } from '../helpers.ts'

function onePage() {
  const article = makeArticle({
    id: 'a-01',
    issueId: 'a',
    publication: '某某时讯',
    kicker: '引题',
    title: '侯明芬督导COVID-19防控',
    subtitle: '副题',
    paragraphs: ['第一段，宋洁参加。', '第二段'],
    captions: ['图为现场'],
    reporters: ['张三', '李四'],
    correspondents: ['王五'],
    sourceUnit: '区委宣传部',
    tags: { keywords: ['防控'], people: ['宋洁'], places: ['高新区'], organizations: [] }
  })
  const issue = makeIssue({ id: 'a', articleIds: ['a-01'], date: '2020-02-29', publication: '某某时讯' })
  return searchablePages(pageData({ issues: [issue], articles: [article] }).articlePages, [article])[0]!
}

test('the search text is what the article page shows, in reading order', () => {
  assert.equal(
    articleText(onePage()),
    [
      '引题',
      '侯明芬督导COVID-19防控',
      '——副题',
      '2020年2月29日',
      '第一段，宋洁参加。',
      '第二段',
      '图为现场',
      '记者：张三、李四',
      '通讯员：王五',
      '供稿单位：区委宣传部'
    ].join('\n')
  )
})

test("the record's body span covers the paragraphs only, counted without white space", () => {
  const page = onePage()
  const [start, end] = bodySpan(page).split('-').map(Number) as [number, number]
  const shown = searchRecord(page).content.replace(/[\s\u3000]+/g, '')
  assert.equal(shown.slice(start, end), '第一段，宋洁参加。第二段')
})

test('a record holds every letter and digit as a word, with filters, meta and sort', () => {
  const record = searchRecord(onePage())
  assert.equal(record.language, 'und')
  assert.equal(record.url, '/articles/a-01/')
  assert.ok(record.content.includes('侯 明 芬 督 导 C O V I D -1 9 防 控'), record.content.slice(0, 80))
  assert.deepEqual(record.meta, {
    title: '侯明芬督导COVID-19防控',
    刊物: '某某时讯',
    日期: '2020年2月29日',
    正文: bodySpan(onePage())
  })
  assert.deepEqual(record.sort, { date: '2020-02-29' })
  assert.deepEqual(record.filters['刊名'], ['某某时讯'])
  assert.deepEqual(record.filters['年份'], ['2020'])
  assert.deepEqual(record.filters['记者'], ['张三', '李四'])
  assert.deepEqual(record.filters['人物'], ['宋洁'])
  assert.deepEqual(record.filters['地点'], ['高新区'])
})

test("a term's phrase is a run of the words the index holds for the same text", () => {
  // Whatever substring a reader types, its phrase appears in the indexed words in order.
  const text = '侯明芬督导ＣＯＶＩＤ－19防控，宋洁（高新区）参加。Hello World 2020年'
  const indexedWords = indexForm(text)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase())
    .filter(Boolean)
    .join(' ')
  for (const term of ['明芬', '督导COVID', 'covid', '宋洁', '高新区', 'world', '20年', '芬督', 'ｈｅｌｌｏ']) {
    assert.ok(` ${indexedWords} `.includes(` ${termPhrase(term)} `), `${term} → ${termPhrase(term)}`)
  }
  assert.equal(termPhrase('“宋洁”'), '宋 洁')
  assert.equal(fold('ＡＢ　c d'), 'abcd')
  // Punctuation stays as written in the stored text (it is shown in excerpts).
  assert.ok(indexForm('宋洁（高新区），').includes('（'))
})

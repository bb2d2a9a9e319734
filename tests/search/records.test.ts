import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pageData } from '../../src/render/pages.ts'
import { searchablePages } from '../../src/search/search-docs.ts'
import { articleText, bodySpan, searchDoc } from '../../src/search/search-docs.ts'
import { fold, termGrams, termsOf } from '../../templates/assets/terms.js'
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

test("the document's body span covers the paragraphs only", () => {
  const page = onePage()
  const [start, end] = bodySpan(page)
  assert.equal(articleText(page).slice(start, end), '第一段，宋洁参加。\n第二段')
})

test('a search document holds the text, the result line, the date and the filters', () => {
  const doc = searchDoc(onePage())
  assert.equal(doc.url, '/articles/a-01/')
  assert.equal(doc.title, '侯明芬督导COVID-19防控')
  assert.equal(doc.text, articleText(onePage()))
  assert.deepEqual(doc.meta, ['某某时讯', '2020年2月29日'])
  assert.equal(doc.sortDate, '2020-02-29')
  assert.deepEqual(doc.filters['刊名'], ['某某时讯'])
  assert.deepEqual(doc.filters['年份'], ['2020'])
  assert.deepEqual(doc.filters['记者'], ['张三', '李四'])
  assert.deepEqual(doc.filters['人物'], ['宋洁'])
  assert.deepEqual(doc.filters['地点'], ['高新区'])
})

test("a term's grams are itself up to four characters, else its four-character runs", () => {
  assert.deepEqual(termGrams(fold('宋')), ['宋'])
  assert.deepEqual(termGrams(fold('宋洁')), ['宋洁'])
  assert.deepEqual(termGrams(fold('高新区')), ['高新区'])
  assert.deepEqual(termGrams(fold('ＣＯＶＩＤ')), ['covi', 'ovid'])
  assert.deepEqual(termGrams(fold('哈哈哈哈')), ['哈哈哈哈'])
  assert.deepEqual(termGrams(fold('哈哈哈哈哈')), ['哈哈哈哈'])
  assert.deepEqual(termsOf('“宋洁”  高新区　'), ['宋洁', '高新区'])
  assert.equal(fold('ＡＢ　c d'), 'abcd')
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { articleDateLabel, distinctLabels, issueLabel, issueShortName } from '../../src/render/issue-name.ts'
import { makeArticle, makeIssue } from '../helpers.ts'

test('issue label: masthead facts first, never the file name', () => {
  const issue = makeIssue({ id: 'x', articleIds: [], publication: '上街时讯', date: '2020-02-29', issueNumber: 7 })
  assert.equal(issueLabel(issue), '上街时讯 · 2020年2月29日 · 第7期')
  const bare = makeIssue({ id: '000_9f274903ad303ea1', articleIds: [] })
  assert.equal(issueLabel(bare), '简报 · 日期不详')
  assert.doesNotMatch(issueLabel(bare), /\.txt|9f27/)
})

test('issue label without a masthead: region, the year, and the first dated article', () => {
  const issue = makeIssue({ id: 'y', articleIds: ['y-01', 'y-02'], region: '二七区', year: 2022 })
  const articles = [makeArticle({ id: 'y-01' }), makeArticle({ id: 'y-02', date: '2022-03-19' })]
  assert.equal(issueLabel(issue, articles), '二七区简报 · 2022年3月19日')
  assert.equal(issueLabel(issue, []), '二七区简报 · 2022年')
  const noYear = makeIssue({ id: 'z', articleIds: ['z-01'], region: '上街区' })
  assert.equal(issueLabel(noYear, [makeArticle({ id: 'z-01', date: '--01-05' })]), '上街区简报 · 1月5日（年份不详）')
})

test('issues that would share a label are told apart by their first headline', () => {
  const a = makeIssue({ id: 'a', articleIds: [], region: '上街区' })
  const b = makeIssue({ id: 'b', articleIds: [], region: '上街区' })
  const c = makeIssue({ id: 'c', articleIds: [], region: '高新区' })
  const labels = distinctLabels(
    [a, b, c],
    (i) => issueLabel(i),
    (i) => (i.id === 'a' ? '区委书记宋洁对疫情防控工作进行再安排再部署' : '上街区加快项目建设')
  )
  assert.equal(labels.get('a'), '上街区简报 · 日期不详（区委书记宋洁对疫情防控工…）')
  assert.equal(labels.get('b'), '上街区简报 · 日期不详（上街区加快项目建设）')
  assert.equal(labels.get('c'), '高新区简报 · 日期不详')
})

test('article date: the year whenever it is known, else said in words', () => {
  const dated = makeIssue({ id: 'd', articleIds: [], date: '2020-02-29' })
  const yearOnly = makeIssue({ id: 'e', articleIds: [], year: 2022 })
  const unknown = makeIssue({ id: 'f', articleIds: [] })
  assert.equal(articleDateLabel(makeArticle({ id: 'd-01', date: '2020-02-28' }), dated), '2020年2月28日')
  assert.equal(articleDateLabel(makeArticle({ id: 'd-02' }), dated), '2020年2月29日')
  assert.equal(articleDateLabel(makeArticle({ id: 'e-01' }), yearOnly), '2022年')
  assert.equal(articleDateLabel(makeArticle({ id: 'f-01', date: '--01-05' }), unknown), '1月5日（年份不详）')
  assert.equal(articleDateLabel(makeArticle({ id: 'f-02' }), unknown), '日期不详')
  assert.equal(
    issueShortName(makeIssue({ id: 'g', articleIds: [], publication: '上街时讯', issueNumber: 7 })),
    '上街时讯 · 第7期'
  )
})

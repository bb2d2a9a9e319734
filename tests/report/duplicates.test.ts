import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findDuplicates } from '../../src/report/duplicates.ts'
import { makeArticle } from '../helpers.ts'

const body =
  '区委召开常委会会议，传达学习中央政治局常委会会议精神，分析当前疫情形势，研究部署近期防控重点工作，要求各级各部门切实把思想和行动统一到党中央决策部署上来。'

test('the same text twice, in two issues or in one, is one group with both places; short notices are not compared', () => {
  const articles = [
    makeArticle({ id: 'a-01', file: 'a.txt', lines: [3, 9], paragraphs: [body] }),
    makeArticle({ id: 'a-02', file: 'a.txt', lines: [12, 14], paragraphs: ['通知：明天停水。'] }),
    makeArticle({ id: 'b-01', file: 'b.txt', lines: [20, 26], paragraphs: [body.replaceAll('，', ', ') + ' '] }),
    makeArticle({ id: 'b-02', file: 'b.txt', lines: [30, 31], paragraphs: ['通知：明天停水。'] })
  ]
  const groups = findDuplicates(articles)
  assert.equal(groups.length, 1)
  assert.deepEqual(
    groups[0]!.articles.map((a) => [a.file, a.lines[0]]),
    [
      ['a.txt', 3],
      ['b.txt', 20]
    ]
  )
})

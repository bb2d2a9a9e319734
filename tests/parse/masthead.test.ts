/** The masthead (报头) read from the top lines of an issue, by its features. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'

function parse(lines: string[]) {
  return parseBulletin(new VFile({ path: 'masthead.txt', value: lines.join('\n') + '\n' }))
}

const story = [
  '区住建局举办科技创新业务培训班',
  '2月25日上午，长港街道组织开展文旅融合集中行动，推动各项工作提速增效。'
]

test('readMasthead: the compiling office after the date, `…办公室编`, is the publisher, not a headline', () => {
  const bulletin = parse(['泰河区政务信息', '', '第29期', '', '2023年2月27日', '中共泰河区委办公室编', '', ...story])
  assert.equal(bulletin.masthead?.publisher, '中共泰河区委办公室')
  assert.equal(bulletin.masthead?.date, '2023-02-27')
  assert.deepEqual(
    bulletin.articles.map((article) => article.title),
    ['区住建局举办科技创新业务培训班']
  )
})

test('readMasthead: a short line tight under the date and set apart from what follows is the masthead’s', () => {
  const bulletin = parse(['泰河区政务信息', '', '第29期', '', '2023年2月27日', '中共泰河区委办公室', '', ...story])
  assert.ok(bulletin.masthead?.notes.includes('中共泰河区委办公室'))
  assert.deepEqual(
    bulletin.articles.map((article) => article.title),
    ['区住建局举办科技创新业务培训班']
  )
})

test('readMasthead: a headline tight under the date, over prose, opens the first story', () => {
  const bulletin = parse(['泰河区政务信息', '第29期', '2023年2月27日', '区委召开全体会议', '', story[1]!])
  assert.equal(bulletin.masthead?.date, '2023-02-27')
  assert.deepEqual(
    bulletin.articles.map((article) => article.title),
    ['区委召开全体会议']
  )
})

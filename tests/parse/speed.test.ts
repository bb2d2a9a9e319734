/**
 * Speed: parsing is linear. These inputs would take minutes with a
 * backtracking blow-up; the bound only detects that, it is not a target.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'

function timed(text: string): number {
  const start = performance.now()
  parseBulletin(new VFile({ path: 'synthetic.txt', value: text }), {})
  return performance.now() - start
}

test('should parse a 300,000-character line without a sentence end quickly', () => {
  const line = '区领导调研督导疫情防控工作 织密基层网格 （记者 '.repeat(12_000).slice(0, 300_000)
  assert.ok(timed('标题一\n\n' + line + '\n') < 5000)
})

test('should parse in linear time: 5 MB costs about ten times 0.5 MB', () => {
  const article = [
    '区委召开工作会议',
    '',
    '本报讯 3月19日，区委召开工作会议，听取各部门工作汇报，安排部署下步',
    '',
    '工作。会议要求，要抓好各项任务落实 (记者 张三 李四)',
    ''
  ].join('\n')
  const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(article))
  timed(article.repeat(200)) // warm up the JIT
  const small = timed(article.repeat(Math.ceil(copies / 10)))
  const large = timed(article.repeat(copies))
  // A ratio, not a time, so a busy machine does not fail it; quadratic work would give ~100.
  assert.ok(large / small < 30, `5 MB took ${large.toFixed(0)} ms, 0.5 MB ${small.toFixed(0)} ms`)
  assert.ok(large < 60_000, `5 MB took ${large.toFixed(0)} ms`)
})

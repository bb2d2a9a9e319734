import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { parseDictionary } from '../../src/segment/index.ts'

test('should read words with kinds, Chinese kinds, a missing kind and leading-minus stop words', () => {
  const { entries, messages } = parseDictionary(
    '\uFEFF# 注释\n万人助万企 term\n宋洁\tperson\n峡窝镇,地名\n三个一批\n-要求\n情况 stop # 不作标签\r\n'
  )
  assert.deepEqual(messages, [])
  assert.deepEqual(
    entries.map((e) => [e.word, e.kind, e.line]),
    [
      ['万人助万企', 'term', 2],
      ['宋洁', 'person', 3],
      ['峡窝镇', 'place', 4],
      ['三个一批', 'term', 5],
      ['要求', 'stop', 6],
      ['情况', 'stop', 7]
    ]
  )
})

test('should report bad lines with their line number and keep going', () => {
  const { entries, messages } = parseDictionary(
    '复工复产 term\n宋洁 mayor\n一 二 三\n-\n复工复产 place\n营商环境 词语\n'
  )
  assert.deepEqual(
    entries.map((e) => e.word),
    ['复工复产', '营商环境']
  )
  assert.deepEqual(messages.map(String), [
    'dictionary.txt:2:1: Unexpected kind `mayor`, expected person, place, org, term or stop (人名/地名/机构/词语/停用); line skipped',
    'dictionary.txt:3:1: Unexpected 3 fields in `一 二 三`, expected `词 类别` (e.g. `复工复产 term`); line skipped',
    'dictionary.txt:4:1: Unexpected word ``, expected 1–20 characters without spaces (e.g. `万人助万企`); line skipped',
    'dictionary.txt:5:1: Unexpected second entry for `复工复产` (place), expected one entry per word; keeping line 1 (term)'
  ])
  assert.deepEqual(
    messages.map((m) => `${m.source}:${m.ruleId}`),
    ['dictionary:bad-kind', 'dictionary:field-count', 'dictionary:bad-word', 'dictionary:second-entry']
  )
})

test('should never throw, whatever the input', () => {
  for (const input of [
    '',
    '\n\n',
    '####',
    '\u0000\u0001 x y',
    'a'.repeat(5000),
    '－ stop',
    '--要求',
    '词 ' + '类'.repeat(100)
  ]) {
    assert.doesNotThrow(() => parseDictionary(input))
  }
})

test('should parse the shipped corpus/dictionary.txt without messages', () => {
  const text = readFileSync(new URL('../../corpus/dictionary.txt', import.meta.url), 'utf8')
  const { entries, messages } = parseDictionary(text)
  assert.deepEqual(messages, [])
  assert.ok(entries.some((e) => e.word === '万人助万企' && e.kind === 'term'))
  assert.ok(entries.some((e) => e.word === '要求' && e.kind === 'stop'))
})

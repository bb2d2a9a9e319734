import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFileMessage } from 'vfile-message'
import { fromTextLine, fromVFileMessage, textRules } from '../../src/report/diagnostic.ts'
import { chineseReason, chineseRules } from '../../src/report/messages-zh.ts'
import { chineseLine } from '../../src/pipeline/diagnostics.ts'

const srcDir = fileURLToPath(new URL('../../src/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : []
  })
}

/** Every `source:ruleId` the code of src/ can give a vfile message, read from the code itself. */
function emittedRules(): string[] {
  const rules = new Set<string>()
  for (const file of sourceFiles(srcDir)) {
    const code = readFileSync(file, 'utf8')
    if (!/ruleId/.test(code)) continue
    const sources = [...code.matchAll(/\bsource(?:\s*=|:)\s*'([\w-]+)'/g)].map((m) => m[1]!)
    if (sources.length === 0) continue
    const ids = [
      ...code.matchAll(/ruleId:\s*'([\w-]+)'/g),
      ...code.matchAll(/ruleId === '([\w-]+)'/g),
      ...code.matchAll(/unassign\([^)]*'([\w-]+)'\)/g),
      ...code.matchAll(/\bskip\((?:'[^']*'|`[^`]*`),\s*'([\w-]+)'\)/g),
      ...code.matchAll(/createMessage\([\s\S]*?'([\w-]+)'\s*\)/g)
    ].map((m) => m[1]!)
    for (const source of new Set(sources)) for (const id of ids) rules.add(`${source}:${id}`)
  }
  return [...rules].sort()
}

test('every rule id the code can emit has a Chinese text', () => {
  const rules = emittedRules()
  assert.ok(rules.length >= 10, `found the rules in the code: ${rules.join(', ')}`)
  for (const rule of ['bulletin-read:binary-file', 'bulletin-parse:orphan-continuation'])
    assert.ok(rules.includes(rule))
  const missing = rules.filter((rule) => !(rule in chineseRules))
  assert.deepEqual(missing, [], 'rules without a Chinese text in src/report/messages-zh.ts')
  for (const { rule } of textRules) assert.ok(rule in chineseRules, rule)
  for (const rule of ['manifest:other', 'dictionary:other', 'build:other']) assert.ok(rule in chineseRules, rule)
})

test('a parser message is said in Chinese with its place, the quoted words and the rule in brackets', () => {
  const message = new VFileMessage(
    'Unexpected untitled text after a closed article, expected a headline; read as the continuation of `二七区加快项目建设` (line 39), which ended without a byline',
    {
      place: { start: { line: 75, column: 1 }, end: { line: 76, column: 9 } },
      ruleId: 'orphan-continuation',
      source: 'bulletin-parse'
    }
  )
  const line = chineseLine(fromVFileMessage('corpus', 'a.txt', message))
  assert.equal(
    line,
    'corpus/a.txt:75:1: 一篇文章结束之后出现了没有标题的文字；已接到前面尚未结束的《二七区加快项目建设》（第 39 行起，该文没有署名）之后 [bulletin-parse:orphan-continuation]'
  )
})

test('plain-text messages of the manifest and the dictionary get their rule and place', () => {
  const bad = fromTextLine(
    'corpus/manifest.csv:7:14: Unexpected date `2021-13-45`: month 13 does not exist; the date is not used',
    'corpus'
  )
  assert.deepEqual([bad.rule, bad.line, bad.column, bad.corpusPath], ['manifest:bad-date', 7, 14, null])
  assert.match(chineseReason(bad), /日期 “2021-13-45” 不是真实的日期/)
  const kind = fromTextLine(
    'corpus/dictionary.txt:3:3: Unexpected kind `mayor`, expected person, place, org, term or stop (人名/地名/机构/词语/停用); line skipped',
    'corpus'
  )
  assert.equal(kind.rule, 'dictionary:bad-kind')
  assert.match(chineseReason(kind), /类别 “mayor” 无法识别/)
})

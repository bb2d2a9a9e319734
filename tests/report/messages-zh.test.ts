import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFileMessage } from 'vfile-message'
import { fromVFileMessage } from '../../src/report/diagnostic.ts'
import { chineseReason, chineseRules } from '../../src/report/messages-zh.ts'
import { chineseLine, Diagnostics } from '../../src/pipeline/diagnostics.ts'
import { parseManifest, unknownFileMessage } from '../../src/corpus/manifest.ts'
import { parseDictionary } from '../../src/segment/dictionary.ts'
import { tagCorpus } from '../../src/segment/index.ts'

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
  for (const rule of [
    'bulletin-read:binary-file',
    'bulletin-parse:orphan-continuation',
    'manifest:bad-date',
    'manifest:unknown-file',
    'dictionary:bad-kind',
    'segment:duplicate-id',
    'build:parse-failed'
  ])
    assert.ok(rules.includes(rule), rule)
  const missing = rules.filter((rule) => !(rule in chineseRules))
  assert.deepEqual(missing, [], 'rules without a Chinese text in src/report/messages-zh.ts')
  assert.ok('build:other' in chineseRules, 'the report names a skipped file without a message build:other')
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
  message.file = 'a.txt'
  const line = chineseLine(fromVFileMessage('corpus', message))
  assert.equal(
    line,
    'corpus/a.txt:75:1: 一篇文章结束之后出现了没有标题的文字；已接到前面尚未结束的《二七区加快项目建设》（第 39 行起，该文没有署名）之后 [bulletin-parse:orphan-continuation]'
  )
})

test('manifest messages are on manifest.csv at line:column, with their rule, and no bulletin of the report', () => {
  const { problems } = parseManifest('file,publication,date,page,region\na.txt,某某时讯,2021-13-45,,\n')
  const diagnostics = new Diagnostics('corpus')
  diagnostics.add([...problems, unknownFileMessage('missing.txt', 3)])
  const [bad, missing] = diagnostics.entries
  assert.deepEqual(
    [bad!.file, bad!.rule, bad!.line, bad!.column, bad!.corpusPath],
    ['corpus/manifest.csv', 'manifest:bad-date', 2, 12, null]
  )
  assert.match(chineseReason(bad!), /日期 “2021-13-45” 不是真实的日期/)
  assert.equal(
    diagnostics.lines[1],
    'corpus/manifest.csv:3:1: 清单列出的文件 “missing.txt” 不在语料文件夹里；这一行没有用上 [manifest:unknown-file]'
  )
  assert.equal(missing!.corpusPath, null)
})

test('dictionary messages are on dictionary.txt at the line and column of the entry', () => {
  const { messages } = parseDictionary('好词 term\n  宋洁 mayor\n')
  const diagnostics = new Diagnostics('my corpus')
  diagnostics.add(messages)
  assert.deepEqual(diagnostics.lines, [
    'my corpus/dictionary.txt:2:3: 词表里的类别 “mayor” 无法识别；应为 person、place、org、term 或 stop（人名/地名/机构/词语/停用）；已跳过这一行 [dictionary:bad-kind]'
  ])
})

test('a duplicate article id is said at the article, or with no place when its file is unknown', () => {
  const article = (file?: string) => ({
    id: 'x-01',
    title: '会议召开',
    paragraphs: ['区委召开会议。'],
    reporters: [],
    correspondents: [],
    photographers: [],
    date: null,
    issueDate: null,
    ...(file === undefined ? {} : { file, lines: [4, 9] as [number, number] })
  })
  const diagnostics = new Diagnostics('corpus')
  diagnostics.add(tagCorpus([article('a.txt'), article('b.txt')]).messages)
  diagnostics.add(tagCorpus([article(), article()]).messages)
  assert.deepEqual(diagnostics.lines, [
    'corpus/b.txt:4:1: 文章编号 “x-01” 重复；后一篇的标签会覆盖前一篇 [segment:duplicate-id]',
    '文章编号 “x-01” 重复；后一篇的标签会覆盖前一篇 [segment:duplicate-id]'
  ])
  assert.equal(diagnostics.entries[0]!.corpusPath, 'b.txt')
})

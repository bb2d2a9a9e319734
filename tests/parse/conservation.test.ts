/**
 * Conservation: every non-whitespace character of every seed and fixture ends
 * up in an article, the masthead, furniture or unassigned text (or is a label
 * the parser took out on purpose), and nothing is pushed to unassigned by the
 * parser's own safety net.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { accountFor, parseBulletin } from '../../src/parse/index.ts'
import { decodeBulletin } from '../../src/read/decode.ts'
import type { ParsedBulletin } from '../../src/types.ts'

const corpus = new URL('../../corpus/', import.meta.url)
const fixtures = new URL('./fixtures/', import.meta.url)

function inputs(): Array<{ name: string; text: string; issueDate: string | null }> {
  const list: Array<{ name: string; text: string; issueDate: string | null }> = []
  for (const name of readdirSync(corpus)
    .filter((entry) => entry.endsWith('.txt'))
    .sort()) {
    list.push({ name: `corpus/${name}`, text: readFileSync(new URL(name, corpus), 'utf8'), issueDate: null })
  }
  if (existsSync(fixtures)) {
    for (const name of readdirSync(fixtures).sort()) {
      const input = new URL(`${name}/input.txt`, fixtures)
      if (!existsSync(input)) continue
      const options = new URL(`${name}/options.json`, fixtures)
      const issueDate = existsSync(options)
        ? ((JSON.parse(readFileSync(options, 'utf8')) as { issueDate?: string }).issueDate ?? null)
        : null
      const decoded = decodeBulletin(readFileSync(input), name)
      if (decoded.kind === 'text') list.push({ name: `fixtures/${name}`, text: decoded.text, issueDate })
    }
  }
  return list
}

for (const { name, text, issueDate } of inputs()) {
  test(`${name}: should account for every character`, () => {
    const file = new VFile({ path: name, value: text })
    const bulletin = parseBulletin(file, { issueDate })
    assert.equal(accountFor(bulletin, text, file.data.bulletinDropped ?? []), '')
    const safetyNet = file.messages.filter((message) => message.ruleId === 'lost-text').map(String)
    assert.deepEqual(safetyNet, [])
  })
}

test('should report characters that no output holds', () => {
  const text = '标题一\n\n本报讯 3月1日，甲乙丙丁。\n'
  const file = new VFile({ path: 'x.txt', value: text })
  const bulletin: ParsedBulletin = parseBulletin(file, {})
  const article = bulletin.articles[0]!
  article.paragraphs = ['3月1日，甲乙。']
  assert.equal(accountFor(bulletin, text, file.data.bulletinDropped ?? []), '丙丁')
})

/**
 * Fixture cases: tests/parse/fixtures/<case>/input.txt (any encoding) with
 * optional options.json, expected records.json and messages.txt. A missing
 * expected file is written; `UPDATE=1` rewrites them all (review the diff).
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin, resolveCredits } from '../../src/parse/index.ts'
import { decodeBulletin } from '../../src/read/decode.ts'

const fixtures = new URL('./fixtures/', import.meta.url)
const update = process.env.UPDATE === '1'

/** Read a fixture the way the build reads a corpus file: bytes → decode → parse → credits pass. */
export function runFixture(name: string): { records: unknown; messages: string[] } {
  const bytes = readFileSync(new URL(`${name}/input.txt`, fixtures))
  const path = `${name}/input.txt`
  const decoded = decodeBulletin(bytes, path)
  if (decoded.kind === 'skip') return { records: null, messages: decoded.messages.map(String) }
  const optionsUrl = new URL(`${name}/options.json`, fixtures)
  const options = existsSync(optionsUrl) ? (JSON.parse(readFileSync(optionsUrl, 'utf8')) as { issueDate?: string }) : {}
  const file = new VFile({ path, value: decoded.text })
  const bulletin = parseBulletin(file, { encoding: decoded.encoding, issueDate: options.issueDate ?? null })
  resolveCredits([bulletin])
  return { records: bulletin, messages: [...decoded.messages, ...file.messages].map(String) }
}

function expectFile(name: string, fileName: string, actual: string): void {
  const url = new URL(`${name}/${fileName}`, fixtures)
  if (update || !existsSync(url)) writeFileSync(url, actual)
  assert.equal(actual, readFileSync(url, 'utf8'))
}

for (const name of readdirSync(fixtures).sort()) {
  if (!existsSync(new URL(`${name}/input.txt`, fixtures))) continue
  test(`should parse the \`${name}\` fixture as expected`, () => {
    const { records, messages } = runFixture(name)
    expectFile(name, 'records.json', JSON.stringify(records, null, 2) + '\n')
    expectFile(name, 'messages.txt', messages.map((line) => line + '\n').join(''))
  })
}

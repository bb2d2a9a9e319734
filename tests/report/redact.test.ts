import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { build } from '../../src/pipeline/index.ts'
import type { Report } from '../../src/report/report-types.ts'
import { tempDir } from '../helpers.ts'
import { invented, personalFile, writeProblemCorpus } from './problem-corpus.ts'

const dir = tempDir('redact')
const corpus = writeProblemCorpus(dir.path)
process.on('exit', () => dir.remove())

async function buildInto(name: string, redact: boolean) {
  const outDir = join(dir.path, name, 'site')
  await build({ corpusDir: corpus, outDir, base: '/', name: '简报档案馆', checkOnly: false, log: () => {}, redact })
  const report = JSON.parse(readFileSync(join(dir.path, name, 'build-report', 'report.json'), 'utf8')) as Report
  return { outDir, report }
}

/** Every file of the output as text, gzip-compressed ones (Pagefind's index) unpacked, with its path. */
function outputTexts(root: string): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else {
        const bytes = readFileSync(path)
        let text = bytes.toString('utf8')
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) text = gunzipSync(bytes).toString('utf8')
        found.push({ path, text })
      }
    }
  }
  walk(root)
  return found
}

/** Where the number is, whole or as the search index writes it (every digit a word). */
function holding(files: { path: string; text: string }[], number: string): string[] {
  const spaced = [...number].join(' ')
  return files.filter((f) => f.text.includes(number) || f.text.includes(spaced)).map((f) => f.path)
}

const plain = await buildInto('plain', false)
const redacted = await buildInto('redacted', true)

test('the report lists each personal number with its place, masked, whether or not the build redacts', () => {
  for (const { report } of [plain, redacted]) {
    const places = report.personalData.map((p) => [p.kind, p.place.split('/').at(-1)])
    assert.deepEqual(places, [
      ['id-number', `${personalFile}:3:34`],
      ['mobile', `${personalFile}:5:10`],
      ['bank-card', `${personalFile}:5:30`]
    ])
    const json = JSON.stringify(report)
    for (const number of Object.values(invented))
      assert.ok(!json.includes(number), 'the report never shows a number whole')
  }
  assert.equal(plain.report.redacted, false)
  assert.equal(redacted.report.redacted, true)
})

test('without --redact the numbers reach the pages, the search index and the data files', () => {
  const files = outputTexts(plain.outDir)
  const where = holding(files, invented.mobile)
  assert.ok(
    where.some((p) => p.endsWith('data/articles.json')),
    where.join('\n')
  )
  assert.ok(where.some((p) => p.includes('/articles/') && p.endsWith('index.html')))
  assert.ok(where.some((p) => p.includes('/search-index/')))
})

test('--redact removes every personal number from every output file', () => {
  const files = outputTexts(redacted.outDir)
  assert.ok(files.length > 100)
  for (const number of Object.values(invented)) assert.deepEqual(holding(files, number), [], number)
  const data = files.find((f) => f.path.endsWith('data/articles.json'))!.text
  assert.ok(data.includes('138****5678'), 'the masked form is published instead')
})

test("a masthead's 监督电话 line stays as printed", () => {
  const files = outputTexts(redacted.outDir)
  const issues = files.find((f) => f.path.endsWith('data/issues.json'))!.text
  assert.ok(issues.includes('监督电话 67183172'))
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseManifest } from '../../src/corpus/manifest.ts'
import { manifestDate } from '../../src/corpus/manifest-date.ts'
import { build } from '../../src/pipeline/index.ts'
import { tempDir } from '../helpers.ts'

test('manifest dates: the ways people type them are read, impossible ones refused', () => {
  assert.deepEqual(manifestDate('2020-02-29'), { ok: true, date: '2020-02-29' })
  assert.deepEqual(manifestDate('2020/02/29'), { ok: true, date: '2020-02-29' })
  assert.deepEqual(manifestDate('2020/2/9'), { ok: true, date: '2020-02-09' })
  assert.deepEqual(manifestDate('2020.02.29'), { ok: true, date: '2020-02-29' })
  assert.deepEqual(manifestDate('2020年2月29日'), { ok: true, date: '2020-02-29' })
  assert.deepEqual(manifestDate('2022年3月'), { ok: true, date: '2022-03' })
  assert.deepEqual(manifestDate('2022'), { ok: true, date: '2022' })
  for (const bad of ['2021-13-45', '2021-02-29', '2021-00-10', '2021-04-31', '0000-01-01', '29/02/2020', '二〇二〇年'])
    assert.equal(manifestDate(bad).ok, false, bad)
})

test('an impossible date, an unknown column and a repeated row are reported at line:column and not used', () => {
  const text = [
    'file,publication,date,pgae,region',
    'a.txt,某某时讯,2021-13-45,1,上街区',
    'b.txt,,2020/02/29,,',
    'a.txt,另一个名字,2020-01-01,,'
  ].join('\n')
  const { entries, problems, lines } = parseManifest(text)
  assert.deepEqual(
    problems.map((p) => [p.line, p.column, p.reason.split(/[,;:]/)[0]]),
    [
      [1, 23, 'Unexpected manifest column `pgae`'],
      [2, 12, 'Unexpected date `2021-13-45`'],
      [4, 1, 'Unexpected second row for `a.txt` (the first is line 2)']
    ]
  )
  assert.equal(entries.get('a.txt')!.date, null, 'the impossible date is not used')
  assert.equal(entries.get('a.txt')!.publication, '某某时讯', 'the first row is kept')
  assert.equal(entries.get('b.txt')!.date, '2020-02-29')
  assert.equal(lines.get('b.txt'), 3)
})

test('a build warns at manifest.csv:line:column and publishes no impossible date or missing file', async () => {
  const dir = tempDir('manifest')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(corpus)
    writeFileSync(join(corpus, 'a.txt'), '区委召开会议\n\n本报讯 3月1日，区委召开会议，研究部署工作。\n')
    writeFileSync(join(corpus, 'b.txt'), '区政府召开会议\n\n本报讯 3月2日，区政府召开会议。\n')
    writeFileSync(
      join(corpus, 'manifest.csv'),
      'file,publication,date,page,region\na.txt,某某时讯,2021-13-45,,\nb.txt,某某时讯,2020/03/02,,\nmissing.txt,,2020-01-01,,\n'
    )
    const out = join(dir.path, 'site')
    const summary = await build({
      corpusDir: corpus,
      outDir: out,
      base: '/',
      name: '测试',
      checkOnly: false,
      log: () => {}
    })
    const warnings = summary.diagnostics.join('\n')
    assert.match(warnings, /manifest\.csv:2:12: .*“2021-13-45”.*\[manifest:bad-date\]/)
    assert.match(warnings, /manifest\.csv:4:1: .*“missing\.txt”.*\[manifest:unknown-file\]/)
    const issues = JSON.parse(readFileSync(join(out, 'data/issues.json'), 'utf8')).issues
    assert.deepEqual(
      issues.map((i: { file: string; date: string | null }) => [i.file, i.date]),
      [
        ['a.txt', null],
        ['b.txt', '2020-03-02']
      ]
    )
    const html = readFileSync(join(out, 'index.html'), 'utf8')
    assert.doesNotMatch(html, /13月|45日/)
  } finally {
    dir.remove()
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { generateArticles, generateCorpus, generateNewIssue } from '../../scripts/generate-corpus.ts'

test('same arguments give byte-identical files; another seed gives others', () => {
  const a = generateCorpus({ articles: 120, seed: 7 })
  const b = generateCorpus({ articles: 120, seed: 7 })
  assert.deepEqual([...a.keys()], [...b.keys()])
  for (const [path, text] of a) assert.equal(b.get(path), text, path)
  const c = generateCorpus({ articles: 120, seed: 8 })
  assert.notEqual([...c.values()].join(''), [...a.values()].join(''))
})

test('N articles spread over issues of about 8, with a manifest row per file', () => {
  for (const n of [1, 37, 400]) {
    const { files, articles } = generateArticles({ articles: n, seed: 1 })
    assert.equal(articles.length, n)
    const bulletins = [...files.keys()].filter((p) => p !== 'manifest.csv')
    assert.equal(bulletins.length, Math.ceil(n / 8))
    const rows = files.get('manifest.csv')!.trim().split('\n')
    assert.equal(rows[0], 'file,publication,date,page,region')
    assert.deepEqual(
      rows.slice(1).map((r) => r.split(',')[0]),
      bulletins
    )
    for (const row of rows.slice(1)) assert.match(row, /^\d{3,}_[0-9a-f]{16}\.txt,[^,]*,\d{4}(-\d\d-\d\d)?,,\S+$/)
  }
})

test('articles are about 1,200 Chinese characters; dates span ten years', () => {
  const { articles } = generateArticles({ articles: 800, seed: 1 })
  const lengths = articles.map((a) => a.paragraphs.join('').match(/\p{Script=Han}/gu)!.length)
  const mean = lengths.reduce((x, y) => x + y, 0) / lengths.length
  assert.ok(mean > 900 && mean < 1500, `mean ${mean}`)
  const years = new Set(articles.map((a) => a.date.slice(0, 4)))
  assert.equal(years.size, 10)
  assert.equal(new Set(articles.map((a) => a.publication)).size, 5)
})

test('every seed layout appears', () => {
  const { files, articles } = generateArticles({ articles: 800, seed: 1 })
  const texts = [...files.entries()].filter(([p]) => p !== 'manifest.csv').map(([, t]) => t)
  const all = texts.join('\n')
  assert.deepEqual(
    new Set(articles.map((a) => a.layout)),
    new Set(['masthead', 'plain', 'column', 'markdown', 'runin'])
  )
  assert.match(all, /\n[^\n]+\n\n[A-Z ]+\n\n中共\S+出版\n\n\d{4}年\d+月\n\n\d+\n\n星期./) // masthead like 002
  assert.match(all, /第\d+期\(总第\d+期\)/)
  assert.match(all, /\n本报讯 /) // 本报讯 datelines
  assert.match(all, /\(记者 [^)]+\)/) // parenthesised byline
  assert.match(all, /\n记者 \S+/) // byline on its own line
  assert.match(all, /^# \S/m) // markdown headings
  assert.match(all, /^## \S/m)
  assert.match(all, /（\S+(镇|街道|乡|办事处)）/) // source unit
  assert.match(all, /　/) // run-in headline after an ideographic space
  // Column-wrapped: many short lines separated by blank lines.
  assert.ok(
    texts.some((t) => t.split('\n\n').filter((l) => l.trim().length >= 27 && l.trim().length <= 31).length > 50)
  )
})

test('a new issue is dated after the corpus and named apart from it', () => {
  const files = generateCorpus({ articles: 40, seed: 1 })
  const extra = generateNewIssue({ articles: 40, seed: 1 })
  assert.ok(!files.has(extra.file))
  assert.match(extra.text, /2024年1月/)
  assert.equal(extra.manifestRow.split(',')[0], extra.file)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  articlesJson,
  articlesJsonPieces,
  issuesJson,
  readJsonList,
  writePieces
} from '../../src/pipeline/data-files.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'

test('articles.json and issues.json made a record at a time are JSON.stringify(…, null, 1) to the byte', () => {
  const articles = [
    makeArticle({
      id: 'a-01',
      title: '引号"与\\反斜杠\n换行\u2028',
      paragraphs: ['第一段', ''],
      captions: [],
      tags: { keywords: ['防控'], people: [], places: ['上街区'], organizations: [] }
    }),
    makeArticle({ id: 'a-02', title: '<script>{{ x }}</script>', paragraphs: [], reporters: ['记者甲', '记者乙'] })
  ]
  const issues = [makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'] })]
  assert.equal(articlesJson(articles), JSON.stringify({ articles }, null, 1) + '\n')
  assert.equal(articlesJson(articles.slice(0, 1)), JSON.stringify({ articles: articles.slice(0, 1) }, null, 1) + '\n')
  assert.equal(articlesJson([]), JSON.stringify({ articles: [] }, null, 1) + '\n')
  assert.equal(issuesJson(issues), JSON.stringify({ issues }, null, 1) + '\n')
  assert.deepEqual(JSON.parse(articlesJson(articles)), { articles })
})

test('the pieces are written whole, across the write buffer', async (t) => {
  const dir = tempDir('data-files')
  t.after(dir.remove)
  const articles = Array.from({ length: 3000 }, (_, i) =>
    makeArticle({ id: `a-${i}`, paragraphs: ['正文'.repeat(400)] })
  )
  const path = join(dir.path, 'articles.json')
  await writePieces(path, articlesJsonPieces(articles))
  assert.equal(readFileSync(path, 'utf8'), articlesJson(articles))
})

test('articles.json read back a record at a time gives the records written, nested objects and all', async (t) => {
  const dir = tempDir('data-files-read')
  t.after(dir.remove)
  const articles = [
    makeArticle({ id: 'a-01', title: '  {  },', paragraphs: ['  {', '  }'] }),
    makeArticle({ id: 'a-02', tags: { keywords: ['防控'], people: ['张三'], places: [], organizations: [] } })
  ]
  const file = join(dir.path, 'articles.json')
  await writePieces(file, articlesJsonPieces(articles))
  assert.deepEqual(readJsonList(file), articles)
  await writePieces(file, articlesJsonPieces([]))
  assert.deepEqual(readJsonList(file), [])
})

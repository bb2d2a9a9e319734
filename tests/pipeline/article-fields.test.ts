/**
 * The article record's fields are declared once (src/pipeline/article-fields.ts): the
 * records, articles.json's field order, the CSV's columns and docs/SCHEMA.md follow it.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { articleFields, csvFields, makeArticleRecord, tagKinds } from '../../src/pipeline/article-fields.ts'
import { articlesCsv } from '../../src/pipeline/data-files.ts'
import { emptyArticle } from '../../src/parse/model.ts'
import { makeArticle } from '../helpers.ts'

const schema = readFileSync(new URL('../../docs/SCHEMA.md', import.meta.url), 'utf8')

/** The names in backticks of the first column of the table under `## heading`. */
function schemaFields(heading: string): string[] {
  const section = schema.slice(schema.indexOf(`\n## ${heading}\n`) + 1).split(/\n#{2,3} /)[0]!
  return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]!)
}

test('an article record has every declared field, in the declared order, made from the parse and the issue', () => {
  const parsed = { ...emptyArticle('区委召开会议', [4, 9]), paragraphs: ['正文。'], column: '时政' }
  const facts = { issueId: 'x', publication: '某某时讯', date: '2020-03-01', year: 2020, region: '上街区', pdf: null }
  const record = makeArticleRecord({ parsed, page: '3', order: 2, file: 'x.txt', facts })
  assert.deepEqual(Object.keys(record), Object.keys(articleFields))
  assert.deepEqual(
    [
      record.id,
      record.url,
      record.file,
      record.lines,
      record.page,
      record.issueDate,
      record.order,
      record.column,
      record.source
    ],
    ['x-02', '/articles/x-02/', 'x.txt', [4, 9], '3', '2020-03-01', 2, '时政', 'text']
  )
  assert.deepEqual(Object.keys(record.tags), tagKinds)
})

test('every declared article field is documented in docs/SCHEMA.md, and nothing else', () => {
  assert.deepEqual(schemaFields('Article').sort(), Object.keys(articleFields).sort())
})

test('the CSV has the declared CSV fields as columns, in articles.json order, a column per tag kind', () => {
  const [header, row] = articlesCsv([
    makeArticle({
      id: 'a-01',
      lines: [3, 20],
      parts: [
        { lines: [3, 7], page: '1', title: null, continuedTo: '第2版', continuedFrom: null },
        { lines: [18, 20], page: '2', title: null, continuedTo: null, continuedFrom: '第1版' }
      ],
      page: '1',
      paragraphs: ['第一段', '第二段'],
      reporters: ['记者甲', '记者乙'],
      date: '--01-05',
      tags: { keywords: ['防控', '复工'], people: ['张三'], places: [], organizations: [] }
    })
  ]).split('\r\n')
  const columns = header!.replace(/^\uFEFF/, '').split(',')
  assert.deepEqual(
    columns,
    csvFields.flatMap(({ name }) => (name === 'tags' ? [...tagKinds] : [name]))
  )
  // docs/SCHEMA.md lists the columns in a sentence.
  const listed = /with the columns `([^`]+)`/.exec(schema.replace(/\n/g, ' '))![1]!.split(/,\s*/)
  assert.deepEqual(columns, listed)
  const cells = Object.fromEntries(columns.map((name, i) => [name, row!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[i]]))
  assert.deepEqual(
    [cells.lines, cells.parts, cells.page, cells.paragraphs, cells.reporters, cells.date, cells.keywords, cells.people],
    ['3-20', '3-7;18-20', '1', '"第一段\n第二段"', '记者甲;记者乙', `"'--01-05"`, '防控;复工', '张三']
  )
})

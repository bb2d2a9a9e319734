import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord, IssueRecord } from '../../src/types.ts'
import { buildSeeds } from './seed-build.ts'
import { diskArchive } from '../search/disk-archive.ts'

let site: Awaited<ReturnType<typeof buildSeeds>>
before(async () => {
  site = await buildSeeds()
})
after(() => site?.remove())

const read = (path: string) => readFileSync(join(site.outDir, path), 'utf8')
const articles = () => (JSON.parse(read('data/articles.json')) as { articles: ArticleRecord[] }).articles
const issues = () => (JSON.parse(read('data/issues.json')) as { issues: IssueRecord[] }).issues

const articleFields: Record<string, string[]> = {
  string: ['id', 'url', 'file', 'title'],
  nullableString: [
    'publication',
    'issueDate',
    'kicker',
    'subtitle',
    'date',
    'dateText',
    'sourceUnit',
    'continuedTo',
    'continuedFrom'
  ],
  stringList: ['paragraphs', 'reporters', 'correspondents', 'photographers', 'captions']
}

test('the build reads all five seed files into issues and articles', () => {
  assert.equal(site.summary.files, 5)
  assert.equal(site.summary.issues, 5)
  assert.equal(site.summary.articles, 23)
  assert.ok(existsSync(join(site.outDir, 'index.html')))
})

test('articles.json follows SCHEMA.md field by field', () => {
  const list = articles()
  assert.equal(list.length, 23)
  for (const article of list) {
    const where = `article ${article.id}`
    for (const key of articleFields.string!) assert.equal(typeof (article as any)[key], 'string', `${where}.${key}`)
    for (const key of articleFields.nullableString!) {
      const value = (article as any)[key]
      assert.ok(value === null || typeof value === 'string', `${where}.${key} is string|null`)
    }
    for (const key of articleFields.stringList!) {
      const value = (article as any)[key]
      assert.ok(
        Array.isArray(value) && value.every((v: unknown) => typeof v === 'string'),
        `${where}.${key} is string[]`
      )
    }
    assert.ok(
      Array.isArray(article.lines) && article.lines.length === 2 && article.lines[0] <= article.lines[1],
      `${where}.lines`
    )
    for (const kind of ['keywords', 'people', 'places', 'organizations'] as const) {
      assert.ok(Array.isArray(article.tags[kind]), `${where}.tags.${kind}`)
    }
    if (article.date !== null) assert.match(article.date, /^(\d{4}-|--)\d{2}-\d{2}$/, `${where}.date`)
    if (article.issueDate !== null) assert.match(article.issueDate, /^\d{4}-\d{2}-\d{2}$/, `${where}.issueDate`)
    assert.ok(article.paragraphs.length > 0, `${where} has a body`)
    assert.ok(
      typeof article.confidence === 'number' && article.confidence >= 0 && article.confidence <= 1,
      `${where}.confidence is in 0..1`
    )
    assert.ok(Array.isArray(article.evidence) && article.evidence.length > 0, `${where}.evidence lists its reasons`)
    assert.ok(article.column === null || typeof article.column === 'string', `${where}.column is string|null`)
  }
  assert.equal(new Set(list.map((a) => a.id)).size, list.length, 'ids are unique')
})

test('issues.json follows SCHEMA.md and lists every article once', () => {
  const list = issues()
  assert.equal(list.length, 5)
  const ids = new Set(articles().map((a) => a.id))
  const seen: string[] = []
  for (const issue of list) {
    for (const key of ['id', 'url', 'file']) assert.equal(typeof (issue as any)[key], 'string')
    for (const key of ['publication', 'date', 'publisher']) {
      const value = (issue as any)[key]
      assert.ok(value === null || typeof value === 'string', `${issue.id}.${key}`)
    }
    for (const key of ['issueNumber', 'totalIssueNumber']) {
      const value = (issue as any)[key]
      assert.ok(value === null || Number.isInteger(value), `${issue.id}.${key}`)
    }
    assert.ok(Array.isArray(issue.unassigned))
    for (const id of issue.articleIds) assert.ok(ids.has(id), `${issue.id} names a real article ${id}`)
    seen.push(...issue.articleIds)
  }
  assert.equal(seen.length, ids.size)
  const shangjie = list.find((i) => i.file.startsWith('002_'))!
  assert.equal(shangjie.publication, '上街时讯')
  assert.equal(shangjie.date, '2020-02-29')
  assert.equal(shangjie.issueNumber, 7)
  assert.equal(shangjie.totalIssueNumber, 634)
})

test('articles.csv has a BOM, a header and one row per article', () => {
  const csv = read('data/articles.csv')
  assert.ok(csv.startsWith('\uFEFFid,url,file,'))
  const rows = csv
    .trimEnd()
    .split('\r\n')
    .filter((line) => /^[^",\s]+,\/articles\//.test(line))
  assert.equal(rows.length, 23)
})

test('every article and issue has its page, in Chinese', () => {
  for (const article of articles()) {
    const page = join(site.outDir, article.url, 'index.html')
    assert.ok(existsSync(page), `${article.url} has a page`)
    const html = readFileSync(page, 'utf8')
    assert.match(html, /<html lang="zh-CN">/)
    assert.ok(
      html.includes(article.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
      `${article.url} shows its title`
    )
  }
  for (const issue of issues())
    assert.ok(existsSync(join(site.outDir, issue.url, 'index.html')), `${issue.url} has a page`)
  assert.ok(existsSync(join(site.outDir, 'search/index.html')))
})

test('the search index numbers every article once, in date order, each with its own file', async () => {
  const manifest = JSON.parse(read('search-index/index.json')) as { articles: number; buckets: number }
  assert.equal(manifest.articles, articles().length)
  const archive = diskArchive(site.outDir)
  const docs = await Promise.all(
    articles().map((_, n) => archive.article(n) as Promise<{ u: string; t: string; x: string; b: [number, number] }>)
  )
  assert.deepEqual(
    docs.map((d) => d.u).sort(),
    articles()
      .map((a) => a.url)
      .sort()
  )
  const byUrl = new Map(articles().map((a) => [a.url, a]))
  const dates = docs.map((d) => byUrl.get(d.u)!.date ?? byUrl.get(d.u)!.issueDate ?? '')
  for (let n = 1; n < docs.length; n++)
    if (dates[n - 1] && dates[n]) assert.ok(dates[n - 1]! <= dates[n]!, `${docs[n - 1]!.u} before ${docs[n]!.u}`)
  const reporters = new Map((await archive.facetValues(null))['记者'])
  assert.ok(reporters.get('景静')! >= 5, 'reporter filter counts come from the articles')
  // Every article found by a word of its body, and the body span is its body.
  for (const doc of docs) {
    const body = doc.x.slice(doc.b[0], doc.b[1])
    assert.ok(body.length > 0, doc.u)
    const word = body.replace(/[\s\u3000]+/g, '').slice(0, 6)
    assert.ok((await archive.urls(word)).includes(doc.u), `${doc.u} found by ${word}`)
  }
})

test('no page asks another host for anything', () => {
  const pages = [...articles().map((a) => join(a.url, 'index.html')), 'index.html', 'search/index.html']
  for (const page of pages) {
    const html = read(page)
    assert.doesNotMatch(html, /(?:src|href)="(?:https?:)?\/\//, `${page} loads nothing from another host`)
  }
})

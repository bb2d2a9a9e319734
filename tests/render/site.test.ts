import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { renderSite } from '../../src/render/site.ts'
import { renderBody } from '../../src/render/body.ts'
import { chineseDate, withBase } from '../../src/render/filters.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'
import { treeHashes } from '../pipeline/tree.ts'

test('dates print the Chinese way', () => {
  assert.equal(chineseDate('2020-02-29'), '2020年2月29日')
  assert.equal(chineseDate('--03-19'), '3月19日')
  assert.equal(chineseDate('2022'), '2022年')
  assert.equal(chineseDate(null), '')
})

test('site-relative URLs get the base path', () => {
  assert.equal(withBase('/issues/a/', '/'), '/issues/a/')
  assert.equal(withBase('/issues/a/', '/archive/'), '/archive/issues/a/')
})

test('article bodies are paragraphs of escaped text', () => {
  const html = renderBody({ paragraphs: ['一<script>alert(1)</script>', '二 {{ x }}'], captions: ['图为现场'] })
  assert.equal(html, '<p>一&#x3C;script>alert(1)&#x3C;/script></p>\n<p>二 {{ x }}</p>\n<p class="caption">图为现场</p>')
})

test('Eleventy renders home, issue and article pages, with hostile text shown as text', async () => {
  const out = tempDir('render')
  try {
    const hostile = '<img src=x onerror=alert(1)>{{ 7*7 }}{% raw %}${x}'
    const article = makeArticle({
      id: 'a-01',
      issueId: 'a',
      title: `标题${hostile}`,
      paragraphs: [`正文${hostile}`],
      reporters: ['张三']
    })
    const issue = makeIssue({ id: 'a', articleIds: ['a-01'], publication: '某某时讯', date: '2020-02-29' })
    await renderSite(
      { outDir: out.path, base: '/archive/', name: '测试档案' },
      {
        issues: [issue],
        articles: [article],
        stats: { issues: 1, articles: 1, firstDate: '2020-02-29', lastDate: '2020-02-29' }
      }
    )
    for (const page of [
      'index.html',
      'issues/a/index.html',
      'articles/a-01/index.html',
      'search/index.html',
      '404.html',
      'assets/style.css'
    ]) {
      assert.ok(existsSync(join(out.path, page)), `${page} should exist`)
    }
    const html = readFileSync(join(out.path, 'articles/a-01/index.html'), 'utf8')
    assert.match(html, /<html lang="zh-CN">/)
    assert.ok(!html.includes('<img src=x'), 'raw HTML from the bulletin must be escaped')
    assert.ok(html.includes('{{ 7*7 }}'), 'template syntax must be shown as text, not run')
    assert.ok(!html.includes('>49<'), 'template syntax must not be evaluated')
    // Links between pages are relative: they work under /archive/ and from a folder alike.
    assert.match(html, /href="\.\.\/\.\.\/issues\/a\/"/)
    assert.match(html, /记者：张三</)
    assert.match(readFileSync(join(out.path, 'issues/a/index.html'), 'utf8'), /2020年2月29日/)
  } finally {
    out.remove()
  }
})

test('rendering in several Eleventy runs gives the output of one run, file for file', async () => {
  const one = tempDir('render-one')
  const many = tempDir('render-many')
  try {
    const tags = { keywords: ['防控'], people: ['宋洁'], places: ['上街区'], organizations: [] }
    const articles = Array.from({ length: 7 }, (_, i) =>
      makeArticle({
        id: `a-0${i + 1}`,
        issueId: i < 4 ? 'a' : 'b',
        order: (i % 4) + 1,
        title: `标题${i + 1}`,
        paragraphs: [`正文${i + 1}`],
        tags
      })
    )
    const issues = [
      makeIssue({
        id: 'a',
        articleIds: articles.slice(0, 4).map((a) => a.id),
        publication: '某某时讯',
        date: '2020-02-29'
      }),
      makeIssue({
        id: 'b',
        articleIds: articles.slice(4).map((a) => a.id),
        publication: '某某时讯',
        date: '2020-03-07'
      })
    ]
    const input = {
      issues,
      articles,
      stats: { issues: 2, articles: 7, firstDate: '2020-02-29', lastDate: '2020-03-07' }
    }
    await renderSite({ outDir: one.path, base: '/', name: '测试档案' }, input)
    await renderSite({ outDir: many.path, base: '/', name: '测试档案', batchPages: 2 }, input)
    const expected = treeHashes(one.path)
    assert.ok(expected.size > 20, `rendered ${expected.size} files`)
    assert.deepEqual(treeHashes(many.path), expected)
  } finally {
    one.remove()
    many.remove()
  }
})

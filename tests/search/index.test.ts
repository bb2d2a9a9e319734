import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { renderSite } from '../../src/render/site.ts'
import { indexSite } from '../../src/search/index.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'

test('Pagefind indexes the article pages of a rendered site as Chinese', async () => {
  const out = tempDir('index')
  try {
    const articles = [
      makeArticle({ id: 'a-01', title: '区委常委会召开会议', paragraphs: ['区委书记主持召开会议。'] }),
      makeArticle({ id: 'a-02', order: 2, title: '督导生态项目建设', paragraphs: ['实地督导生态项目建设工作。'] })
    ]
    const issue = makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'] })
    await renderSite({ outDir: out.path, base: '/', name: '测试' }, {
      issues: [issue], articles, stats: { issues: 1, articles: 2, firstDate: null, lastDate: null }
    })
    const result = await indexSite(out.path)
    assert.deepEqual(result.errors, [])
    // Only pages with data-pagefind-body (the two articles) are indexed.
    assert.deepEqual(result.pagesIndexed, { 'zh-cn': 2 })
    const files = readdirSync(join(out.path, 'pagefind'))
    assert.ok(files.some((f) => /^pagefind-entry\.json$/.test(f)))
    assert.ok(existsSync(join(out.path, 'pagefind/pagefind.js')))
    assert.ok(readdirSync(join(out.path, 'pagefind/index')).length > 0)
    assert.ok(files.some((f) => f.startsWith('wasm.')), 'the search runtime is bundled locally')
  } finally {
    out.remove()
  }
})

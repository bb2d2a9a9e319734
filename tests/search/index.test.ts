import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { renderSite } from '../../src/render/site.ts'
import { indexSite } from '../../src/search/index.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'

test('Pagefind indexes the article pages of a rendered site as Chinese, one shard per period', async () => {
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
    const result = await indexSite(out.path, [
      { url: '/articles/a-01/', sortDate: '2020-02-28' },
      { url: '/articles/a-02/', sortDate: '0000-00-00' }
    ])
    assert.deepEqual(result.errors, [])
    assert.deepEqual({ shards: result.shards, pages: result.pagesIndexed, reused: result.reused }, { shards: 2, pages: 2, reused: 0 })
    const { shards } = JSON.parse(readFileSync(join(out.path, 'search-index/shards.json'), 'utf8')) as { shards: { key: string; path: string }[] }
    assert.deepEqual(shards.map((s) => s.key), ['2020', 'undated'])
    for (const shard of shards) {
      const files = readdirSync(join(out.path, shard.path))
      assert.ok(files.includes('pagefind-entry.json'))
      assert.ok(files.includes('pagefind.js'), 'the search runtime is bundled locally')
      assert.ok(files.some((f) => f.startsWith('wasm.')), 'with its WebAssembly')
      assert.ok(!files.includes('pagefind-ui.js'), 'without the unused ready-made UI')
      const entry = JSON.parse(readFileSync(join(out.path, shard.path, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> }
      assert.deepEqual(Object.keys(entry.languages), ['zh-cn'])
    }
    assert.ok(existsSync(join(out.path, 'search-index/filters.json')))
  } finally {
    out.remove()
  }
})

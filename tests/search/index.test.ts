import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pageData } from '../../src/render/pages.ts'
import { searchablePages } from '../../src/search/records.ts'
import { indexSite, readShardManifest } from '../../src/search/index.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'

function articlePages() {
  const articles = [
    makeArticle({
      id: 'a-01',
      issueId: 'a',
      publication: '某某时讯',
      title: '区委常委会召开会议',
      paragraphs: ['区委书记主持召开会议。']
    }),
    makeArticle({ id: 'b-01', issueId: 'b', title: '督导生态项目建设', paragraphs: ['实地督导生态项目建设工作。'] })
  ]
  const issues = [
    makeIssue({ id: 'a', articleIds: ['a-01'], date: '2020-02-28', publication: '某某时讯' }),
    makeIssue({ id: 'b', articleIds: ['b-01'] })
  ]
  return searchablePages(pageData({ issues, articles }).articlePages, articles)
}

test("Pagefind indexes the articles' search records, one shard per period", async () => {
  const out = tempDir('index')
  try {
    const result = await indexSite(out.path, articlePages())
    assert.deepEqual(result.errors, [])
    assert.deepEqual(
      { shards: result.shards, pages: result.pagesIndexed, reused: result.reused },
      { shards: 2, pages: 2, reused: 0 }
    )
    const shards = readShardManifest(readFileSync(join(out.path, 'search-index/shards.json'), 'utf8'))
    assert.deepEqual(
      shards.map((s) => s.key),
      ['2020', 'undated']
    )
    for (const shard of shards) {
      const files = readdirSync(join(out.path, shard.path))
      assert.ok(files.includes('pagefind-entry.json'))
      assert.ok(files.includes('pagefind.js'), 'the search runtime is bundled locally')
      assert.ok(
        files.some((f) => f.startsWith('wasm.')),
        'with its WebAssembly'
      )
      assert.ok(!files.includes('pagefind-ui.js'), 'without the unused ready-made UI')
      const entry = JSON.parse(readFileSync(join(out.path, shard.path, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>
      }
      // Our own word form (one word per character): Pagefind must not segment or stem it again.
      assert.deepEqual(Object.keys(entry.languages), ['und'])
    }
    const { filters } = JSON.parse(readFileSync(join(out.path, 'search-index/filters.json'), 'utf8')) as {
      filters: Record<string, Record<string, number>>
    }
    assert.deepEqual(filters['刊名'], { 某某时讯: 1 })
    assert.deepEqual(filters['年份'], { 2020: 1 })
  } finally {
    out.remove()
  }
})

test('a rebuild with the same records reuses every shard', async () => {
  const first = tempDir('index-a')
  const second = tempDir('index-b')
  try {
    await indexSite(first.path, articlePages())
    const again = await indexSite(second.path, articlePages(), { previousDir: first.path })
    assert.equal(again.reused, 2)
    assert.ok(existsSync(join(second.path, 'search-index/2020/pagefind-entry.json')))
  } finally {
    first.remove()
    second.remove()
  }
})

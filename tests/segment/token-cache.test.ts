import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tagCorpus, TokenCache, type TaggableArticle } from '../../src/segment/index.ts'
import { loadSeedArticles } from './seed-articles.ts'

function article(id: string, title: string, paragraphs: string[]): TaggableArticle {
  return { id, title, paragraphs, reporters: [], correspondents: [], photographers: [], date: null, issueDate: null }
}

test('cached cuts come back only while no word they depend on has changed', () => {
  const cache = TokenCache.empty()
  cache.useDictionary(new Set(['宋洁']))
  cache.store('宋洁主持会议', ['宋洁', '主持', '会议'])
  cache.store('王晓东主持会议', ['王', '晓东', '主持', '会议'])
  const long = 'x'.repeat(300)
  cache.store(`甲${long}`, ['甲', long])
  const again = TokenCache.decode(cache.encode())
  again.useDictionary(new Set(['宋洁', '王晓东']))
  assert.deepEqual(again.lookup('宋洁主持会议'), ['宋洁', '主持', '会议'])
  assert.equal(again.lookup('王晓东主持会议'), undefined, '王晓东 joined the dictionary: this text must be cut again')
  assert.deepEqual(again.lookup(`甲${long}`), ['甲', long], 'tokens of 255 characters and more survive')
  assert.equal(again.lookup('没见过的文字'), undefined)
  const removed = TokenCache.decode(cache.encode())
  removed.useDictionary(new Set())
  assert.equal(removed.lookup('宋洁主持会议'), undefined, '宋洁 left the dictionary: cut again')
})

test('a damaged cache file is an empty cache', () => {
  for (const bytes of [
    new Uint8Array([1, 2, 3]),
    new Uint8Array([255, 255, 255, 255, 0]),
    new TextEncoder().encode('{"x":1}')
  ]) {
    const cache = TokenCache.decode(bytes)
    cache.useDictionary(new Set())
    assert.equal(cache.lookup('宋洁主持会议'), undefined)
  }
})

test('tagging with the cuts of an earlier build gives exactly the tags of a fresh run', () => {
  const seeds = loadSeedArticles().map((s) => s.article)
  const before = [...seeds.slice(0, 15), article('weak', '简讯', ['会上，王晓东介绍了相关情况。'])]
  const first = TokenCache.empty()
  tagCorpus(before, { tokenCache: first })
  // The next build: the rest of the seeds, and a headline that makes 王晓东 a known name.
  const after = [
    ...before,
    ...seeds.slice(15),
    article('strong', '区委书记王晓东主持召开会议', ['区委书记王晓东主持召开会议。'])
  ]
  const cached = TokenCache.decode(first.encode())
  const withCache = tagCorpus(after, { tokenCache: cached })
  const fresh = tagCorpus(after)
  assert.ok(cached.hits >= 10, `unchanged articles come from the cache (${cached.hits} hits)`)
  assert.ok(
    cached.misses >= seeds.length - 15 + 2,
    `new articles and the one holding 王晓东 are cut (${cached.misses} misses)`
  )
  assert.ok(withCache.tags.get('weak')?.people.includes('王晓东'), 'the older article is cut again with the new name')
  assert.deepEqual([...withCache.tags], [...fresh.tags])
  assert.deepEqual(withCache.people, fresh.people)
  assert.deepEqual([...withCache.related], [...fresh.related])
})

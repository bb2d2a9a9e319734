import { test } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { ScanCache, tagCorpus } from '../../src/segment/index.ts'
import { textKey } from '../../src/segment/token-cache.ts'
import { scanText } from '../../src/segment/scan-article.ts'
import { loadSeedArticles } from './seed-articles.ts'

// A fresh process: scans are cached only while jieba holds no inserted words, which is true
// for the first tagging of a process (as in a build) and false after it.
test('tagging with cached scans gives the tags of a fresh run, and the cache stands aside once words are inserted', () => {
  const articles = loadSeedArticles().map((s) => s.article)
  const cache = ScanCache.decode(null, 'test')
  for (const a of articles) {
    const title = a.title.replace(/\s+/gu, ' ').trim()
    const body = a.paragraphs.join('\n')
    cache.store(textKey(`${title}\n${body}`), scanText(title, body))
  }
  const primed = ScanCache.decode(cache.encode(), 'test')
  const withCache = tagCorpus(articles, { scanCache: primed })
  assert.equal(primed.hits, articles.length, 'every scan came from the cache')
  assert.ok(ScanCache.decode(primed.encode(), 'test').trims.size > 0, 'the name-part trims looked up are kept too')
  const fresh = JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
    const { tagCorpus } = await import(${JSON.stringify(new URL('../../src/segment/index.ts', import.meta.url).href)})
    const { loadSeedArticles } = await import(${JSON.stringify(new URL('./seed-articles.ts', import.meta.url).href)})
    const r = tagCorpus(loadSeedArticles().map((s) => s.article))
    process.stdout.write(JSON.stringify({ tags: [...r.tags], people: r.people }))
  `
      ],
      { encoding: 'utf8' }
    )
  ) as { tags: unknown; people: unknown }
  assert.deepEqual(JSON.parse(JSON.stringify({ tags: [...withCache.tags], people: withCache.people })), fresh)

  const later = ScanCache.decode(primed.encode(), 'test')
  tagCorpus(articles, { scanCache: later })
  assert.deepEqual(
    { hits: later.hits, misses: later.misses },
    { hits: 0, misses: 0 },
    'not used after words were inserted'
  )
  assert.equal(
    ScanCache.decode(primed.encode(), 'other version').lookup(textKey('x\ny')),
    undefined,
    'another version is a cold cache'
  )
})

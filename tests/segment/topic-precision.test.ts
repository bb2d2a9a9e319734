import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord } from '../../src/types.ts'
import { buildSeeds } from '../e2e/seed-build.ts'

interface Reading {
  title: string
  topics: string[]
  notTopics: string[]
}
const reading = JSON.parse(readFileSync(new URL('./gold/topics.json', import.meta.url), 'utf8')) as {
  articles: Record<string, Reading>
}

let articles: ArticleRecord[]
let site: Awaited<ReturnType<typeof buildSeeds>>
before(async () => {
  site = await buildSeeds()
  articles = JSON.parse(readFileSync(join(site.outDir, 'data/articles.json'), 'utf8')).articles
})
after(() => site?.remove())

test('the first five topics of the seed articles are ones a reader would click (precision ≥ 0.8 against the hand reading)', () => {
  assert.equal(Object.keys(reading.articles).length, articles.length, 'every seed article is read')
  let shown = 0
  let good = 0
  const unjudged: string[] = []
  const wrong: string[] = []
  for (const article of articles) {
    const read = reading.articles[article.id]
    assert.ok(read, `no reading for ${article.id}`)
    assert.equal(read.title, article.title, `${article.id} is the article read`)
    for (const word of article.tags.keywords.slice(0, 5)) {
      shown++
      if (read.topics.includes(word)) good++
      else if (read.notTopics.includes(word)) wrong.push(`${article.id} ${word}`)
      else unjudged.push(`${article.id} ${word}`)
    }
  }
  assert.deepEqual(unjudged, [], 'words the hand reading has not judged: read the articles and add them')
  const precision = good / shown
  console.log(`topic precision at 5: ${precision.toFixed(3)} (${good}/${shown}); not topics: ${wrong.join(', ')}`)
  assert.ok(precision >= 0.8, `precision ${precision.toFixed(3)}`)
})

test('generic words and pieces of longer names never become topics', () => {
  // The words issue 16 saw as topics: common in any text (企业…) or cut out of a name (万象 of 华润万象城).
  const never = ['企业', '场所', '员工', '进展', '启动', '国际', '常委会', '万象', '华润']
  for (const article of articles) {
    for (const word of never) assert.ok(!article.tags.keywords.includes(word), `${article.id}: ${word}`)
  }
})

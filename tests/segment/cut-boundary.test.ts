import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cutText } from '../../src/segment/jieba.ts'
import { loadSeedArticles } from './seed-articles.ts'

// tagCorpus cuts title and body in one call and weighs title tokens up to the
// newline token: that relies on jieba never joining words across a newline.
test('should cut title + newline + body exactly as title and body cut apart', () => {
  for (const { article } of loadSeedArticles()) {
    const title = article.title.replace(/\s+/gu, ' ').trim()
    const body = article.paragraphs.join('\n')
    assert.deepEqual(cutText(title + '\n' + body), [...cutText(title), '\n', ...cutText(body)], article.id)
  }
})

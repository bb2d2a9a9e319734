/**
 * Repeated articles: the same text printed twice, in two issues or twice in one (a story
 * re-run, a file copied under two names). Texts are compared without whitespace and
 * punctuation; short ones (a notice of a line or two) are not compared.
 */
import { createHash } from 'node:crypto'
import type { ArticleRecord } from '../types.ts'

/** Characters an article's body must have to be compared. */
const MIN_CHARS = 60

export interface DuplicateGroup {
  characters: number
  articles: ArticleRecord[]
}

const comparable = (a: ArticleRecord) => a.paragraphs.join('').replace(/[\s\p{P}\p{S}]+/gu, '')

export function findDuplicates(articles: readonly ArticleRecord[]): DuplicateGroup[] {
  const groups = new Map<string, DuplicateGroup>()
  for (const article of articles) {
    const text = comparable(article)
    if (text.length < MIN_CHARS) continue
    const key = createHash('sha256').update(text).digest('hex')
    const group = groups.get(key)
    if (group) group.articles.push(article)
    else groups.set(key, { characters: text.length, articles: [article] })
  }
  return [...groups.values()].filter((g) => g.articles.length > 1)
}

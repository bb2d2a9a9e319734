/**
 * A held-out query set computed from the built records, with the relevant articles of
 * each query: an article is relevant when the text its page shows (headline block, page
 * and date line, body, captions, credits, read from the site's search-index `d/` files,
 * whose agreement with the page tests/search/records.test.ts checks) contains every term of
 * the query, white space ignored. Lines are read as one text, as the search reads them: a
 * phrase a source line break split is one phrase. Deterministic: the same records give the
 * same queries.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleRecord } from '../../src/types.ts'
import { prng } from '../../src/util/prng.ts'

export interface Query {
  kind:
    | 'person'
    | 'rare-name'
    | 'common-name'
    | 'place'
    | 'term'
    | 'common-word'
    | 'wrapped'
    | 'window'
    | 'phrase'
    | 'two-terms'
    | 'absent'
  text: string
  relevant: string[]
}

const fold = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .toLowerCase()

/**
 * Each article's text as its page shows it, folded, by article id: the `x` of the built
 * site's search-index `d/` files (README, "Search"). Read from disk, one small file at a time.
 */
export function shownTexts(siteDir: string, articles: readonly ArticleRecord[]): Map<string, string> {
  const index = join(siteDir, 'search-index')
  const { articles: count } = JSON.parse(readFileSync(join(index, 'index.json'), 'utf8')) as { articles: number }
  const byUrl = new Map<string, string>()
  for (let n = 0; n < count; n++) {
    const doc = JSON.parse(readFileSync(join(index, 'd', String(Math.floor(n / 256)), `${n}.json`), 'utf8'))
    byUrl.set(doc.u, fold(doc.x))
  }
  return new Map(articles.map((article) => [article.id, byUrl.get(article.url) ?? '']))
}

const cjk = /^[\u4e00-\u9fff]+$/

/** `shown`: each article's text as its page shows it, by id (shownTexts). */
export function buildQuerySet(
  articles: ArticleRecord[],
  sources: Map<string, string>,
  shown: Map<string, string>,
  seed = 7
): Query[] {
  const texts = articles.map((a) => ({ id: a.id, text: shown.get(a.id) ?? '' }))
  const relevantTo = (query: string) => {
    const terms = query.split(' ').map(fold)
    return texts
      .filter((t) => terms.every((term) => t.text.includes(term)))
      .map((t) => t.id)
      .sort()
  }
  const random = prng(seed)
  const queries: Query[] = []
  const seen = new Set<string>()
  const add = (kind: Query['kind'], text: string) => {
    if (seen.has(text) || text.length < 2) return
    seen.add(text)
    queries.push({ kind, text, relevant: relevantTo(text) })
  }
  const pick = <T>(list: T[], count: number): T[] => {
    const copy = [...list]
    const chosen: T[] = []
    while (copy.length && chosen.length < count) chosen.push(copy.splice(Math.floor(random() * copy.length), 1)[0]!)
    return chosen
  }
  const distinct = (list: string[]) => [...new Set(list)].sort()
  const names = distinct(articles.flatMap((a) => [...a.tags.people, ...a.reporters]))
  for (const name of pick(names, 15)) add('person', name)
  // The names found on the most pages, and some of those found on the fewest.
  const pagesOf = new Map<string, number>()
  for (const a of articles)
    for (const name of new Set([...a.tags.people, ...a.reporters])) pagesOf.set(name, (pagesOf.get(name) ?? 0) + 1)
  const byPages = [...names].sort((a, b) => pagesOf.get(b)! - pagesOf.get(a)! || (a < b ? -1 : 1))
  for (const name of byPages.slice(0, 5)) add('common-name', name)
  for (const name of pick(byPages.slice(-30), 8)) add('rare-name', name)
  for (const place of pick(distinct(articles.flatMap((a) => a.tags.places)), 10)) add('place', place)
  for (const term of pick(
    distinct(articles.flatMap((a) => a.tags.keywords)).filter((t) => cjk.test(t)),
    10
  ))
    add('term', term)
  // Phrases that crossed a line break in the source: two characters either side of a break
  // inside a paragraph that the parser rejoined.
  const wrapped: string[] = []
  for (const article of articles) {
    const source = sources.get(article.file)
    if (!source) continue
    const lines = source.split('\n').slice(article.lines[0] - 1, article.lines[1])
    for (let i = 0; i + 1 < lines.length; i++) {
      const end = lines[i]!.trim()
      let j = i + 1
      while (j < lines.length && lines[j]!.trim() === '') j++
      const start = (lines[j] ?? '').trim()
      const phrase = end.slice(-2) + start.slice(0, 2)
      if (phrase.length === 4 && cjk.test(phrase) && article.paragraphs.some((p) => fold(p).includes(phrase)))
        wrapped.push(phrase)
    }
  }
  for (const phrase of pick(distinct(wrapped), 10)) add('wrapped', phrase)
  // Windows of 2–4 characters anywhere in the bodies: the words people type.
  for (let n = 0; n < 25; n++) {
    const article = articles[Math.floor(random() * articles.length)]!
    const body = fold(article.paragraphs.join(''))
    const length = 2 + Math.floor(random() * 3)
    const at = Math.floor(random() * Math.max(1, body.length - length))
    const window = body.slice(at, at + length)
    if (cjk.test(window)) add('window', window)
  }
  // Two-character words on the most pages (thousands of a 20,000-article archive).
  const pagesWith = new Map<string, number>()
  for (const { text } of texts) {
    const seenHere = new Set<string>()
    for (let i = 0; i + 2 <= text.length; i++) seenHere.add(text.slice(i, i + 2))
    for (const pair of seenHere) if (cjk.test(pair)) pagesWith.set(pair, (pagesWith.get(pair) ?? 0) + 1)
  }
  const common = [...pagesWith].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 60)
  for (const [pair] of pick(common, 8)) add('common-word', pair)
  // Longer phrases: 5–9 characters of a body, and two terms that must both occur.
  for (let n = 0; n < 10; n++) {
    const article = articles[Math.floor(random() * articles.length)]!
    const body = fold(article.paragraphs.join(''))
    const length = 5 + Math.floor(random() * 5)
    const at = Math.floor(random() * Math.max(1, body.length - length))
    const phrase = body.slice(at, at + length)
    if (cjk.test(phrase)) add('phrase', phrase)
  }
  const keywords = distinct(articles.flatMap((a) => a.tags.keywords)).filter((t) => cjk.test(t))
  for (let n = 0; n < 8 && keywords.length > 1; n++) {
    const [a, b] = pick(keywords, 2)
    if (a && b && !a.includes(b) && !b.includes(a)) add('two-terms', `${a} ${b}`)
  }
  // Terms absent from the archive: made by pairing words that never occur together.
  const words = distinct(articles.flatMap((a) => a.tags.keywords)).filter((t) => cjk.test(t) && t.length === 2)
  const candidates = [
    '量子纠缠',
    '火星探测器',
    '冰川融化',
    '芭蕾舞团',
    ...words.slice(0, 10).map((w, i) => w + (words[(i * 7 + 3) % words.length] ?? ''))
  ]
  let absent = 0
  for (const text of candidates) {
    if (absent >= 6) break
    if (relevantTo(text).length === 0) {
      add('absent', text)
      absent++
    }
  }
  return queries
}

export interface Scores {
  recall: number
  precision: number
  truePositives: number
  expected: number
  returned: number
}

/** Micro-averaged over all queries. */
export function score(results: { query: Query; returned: string[] }[]): Scores {
  let truePositives = 0
  let expected = 0
  let returned = 0
  for (const { query, returned: got } of results) {
    const relevant = new Set(query.relevant)
    truePositives += got.filter((id) => relevant.has(id)).length
    expected += relevant.size
    returned += got.length
  }
  return {
    recall: expected === 0 ? 1 : truePositives / expected,
    precision: returned === 0 ? 1 : truePositives / returned,
    truePositives,
    expected,
    returned
  }
}

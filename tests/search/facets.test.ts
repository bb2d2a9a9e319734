import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pageData } from '../../src/render/pages.ts'
import { searchablePages } from '../../src/search/search-docs.ts'
import { indexSite } from '../../src/search/index.ts'
import { FACET_BLOCK, VALUE_CHUNK } from '../../templates/assets/facets.js'
import { FACET_LIMIT } from '../../templates/assets/archive-search.js'
import { prng } from '../../src/util/prng.ts'
import type { ArticleRecord } from '../../src/types.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'
import { diskArchive } from './disk-archive.ts'

// More articles than one block holds and more people than one name file holds, so that the
// counts cross both.
const ARTICLES = FACET_BLOCK * 2 + 300
const PEOPLE = VALUE_CHUNK + 500
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const given = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国'
const words = ['防控', '项目', '会议', '调研', '社区']

function archiveArticles(): ArticleRecord[] {
  const random = prng(11)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  // Skewed: low-numbered people are named far more often, as in a real archive.
  const person = () => {
    const n = Math.floor(PEOPLE * random() ** 3)
    const perSurname = surnames.length * given.length
    return (
      surnames[n % surnames.length]! +
      given[Math.floor(n / surnames.length) % given.length]! +
      given[Math.floor(n / perSurname)]!
    )
  }
  return Array.from({ length: ARTICLES }, (_, n) =>
    makeArticle({
      id: `i${Math.floor(n / 10)}-${String(n % 10).padStart(2, '0')}`,
      issueId: `i${Math.floor(n / 10)}`,
      title: `第${n}号${pick(words)}消息`,
      paragraphs: [`${pick(words)}工作推进，${pick(words)}有序开展。`],
      reporters: random() < 0.5 ? [pick(['景静', '程龙', '潘俊强'])] : [],
      tags: {
        keywords: [],
        // One article names nine people nobody else names (more than a block's short count).
        people:
          n === 5
            ? [...'甲乙丙丁戊己庚辛壬'].map((c) => `独${c}`)
            : Array.from({ length: 1 + Math.floor(random() * 3) }, person),
        places: random() < 0.4 ? [pick(['东街道', '西街道', '南村'])] : [],
        organizations: random() < 0.3 ? [pick(['区委', '区政府'])] : []
      }
    })
  )
}

/** A facet's values over some articles, counted from the records: most first, as the page lists them. */
function expectedFacet(articles: readonly ArticleRecord[], values: (a: ArticleRecord) => readonly string[]) {
  const counts = new Map<string, number>()
  for (const article of articles)
    for (const value of new Set(values(article))) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

test('reporters, people, places and organisations are counted over the whole result set', async () => {
  const articles = archiveArticles()
  const issueIds = [...new Set(articles.map((a) => a.issueId))]
  const issues = issueIds.map((id, n) =>
    makeIssue({
      id,
      articleIds: articles.filter((a) => a.issueId === id).map((a) => a.id),
      date: `20${10 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}-01`
    })
  )
  const out = tempDir('facets')
  try {
    await indexSite(out.path, searchablePages(pageData({ issues, articles }).articlePages, articles))
    const archive = diskArchive(out.path)
    const byUrl = new Map(articles.map((a) => [`/articles/${a.id}/`, a]))
    const facetOf: Record<string, (a: ArticleRecord) => readonly string[]> = {
      记者: (a) => a.reporters,
      人物: (a) => a.tags.people,
      地点: (a) => a.tags.places,
      机构: (a) => a.tags.organizations
    }
    for (const query of ['防控', '第1', '第2345号', '第5号', '会议 社区']) {
      const result = await archive.search({ terms: query.split(' '), sort: '', filters: {}, from: '', to: '' })
      const found = await Promise.all(
        [...result.order].map(async (n) => byUrl.get(((await archive.article(n)) as { u: string }).u)!)
      )
      assert.ok(found.length > 0, query)
      const counted = await archive.facetValues(result.order)
      for (const [name, values] of Object.entries(facetOf)) {
        const expected = expectedFacet(found, values)
        const shown = counted[name]!
        assert.equal(shown.length, Math.min(FACET_LIMIT, expected.size), `${query} ${name}: how many values`)
        for (const [value, count] of shown) assert.equal(count, expected.get(value), `${query} ${name} ${value}`)
        // The values shown are the most frequent of the result set, most first.
        const floor = shown.at(-1)?.[1] ?? 0
        const listed = new Set(shown.map(([value]) => value))
        for (const [value, count] of expected)
          if (!listed.has(value)) assert.ok(count <= floor, `${query} ${name} ${value} left out`)
        for (let k = 1; k < shown.length; k++) assert.ok(shown[k - 1]![1] >= shown[k]![1], `${query} ${name} sorted`)
        if (shown.length < FACET_LIMIT) assert.deepEqual(new Set(shown.map(([v]) => v)), new Set(expected.keys()))
      }
    }
    // Before any search: the archive's own counts.
    const whole = await archive.facetValues(null)
    const people = expectedFacet(articles, facetOf['人物']!)
    assert.equal(whole['人物']!.length, FACET_LIMIT)
    for (const [value, count] of whole['人物']!) assert.equal(count, people.get(value), value)
    assert.ok(people.size > VALUE_CHUNK, 'the people cross a name file')
    assert.ok([...people.values()].filter((n) => n === 1).length > 100, 'many people are named once')
  } finally {
    out.remove()
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { basePageData, pageData, type PageData, type SiteInput } from '../../src/render/pages.ts'
import type { PageKind } from '../../src/render/pages/kind.ts'
import { incrementalKey } from '../../src/render/pages/kind.ts'
import { pageKinds, sitemapUrls } from '../../src/render/pages/registry.ts'
import { sitemapData } from '../../src/render/pages/sitemap.ts'
import { LETTER_PAGE_SIZE } from '../../src/render/pages/tag-index.ts'
import { templatesDir } from '../../src/render/site.ts'
import { articleUrl, issueUrl } from '../../src/pipeline/ids.ts'
import { makeArticle, makeIssue } from '../helpers.ts'

const kinds: readonly PageKind[] = pageKinds

/**
 * A corpus with a page of every kind, and words chosen to look like other kinds' URLs: a
 * publication called `dates`, tags `pinyin-z` and `2` (a letter page's part), a place
 * `其他`, and more places under one letter than a letter page holds.
 */
function corpus(): SiteInput {
  const many = Array.from({ length: LETTER_PAGE_SIZE + 1 }, (_, i) => `张${String.fromCharCode(0x4e00 + i)}村`)
  const tags = (people: string[], places: string[]) => ({
    keywords: ['防控', 'pinyin-z', '2'],
    people,
    places,
    organizations: ['区委']
  })
  const articles = [
    makeArticle({ id: 'a-01', issueId: 'a', title: '甲', date: '2020-02-28', tags: tags(['宋洁'], ['其他', ...many]) }),
    makeArticle({ id: 'a-02', issueId: 'a', order: 2, title: '乙', tags: tags(['宋洁', '耿勇军'], ['其他']) }),
    makeArticle({ id: 'b-01', issueId: 'b', title: '丙', date: '2022-03-19', file: 'b.txt', tags: tags([], []) }),
    makeArticle({ id: 'c-01', issueId: 'c', title: '丁', file: 'c.txt' }),
    makeArticle({ id: 'd-01', issueId: 'd', title: '戊', date: '2021-05-04', file: 'd.txt' })
  ]
  const issues = [
    makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], publication: 'dates', date: '2020-02-29', issueNumber: 7 }),
    makeIssue({ id: 'b', articleIds: ['b-01'], region: '二七区', year: 2022 }),
    makeIssue({ id: 'c', articleIds: ['c-01'] }),
    makeIssue({ id: 'd', articleIds: ['d-01'], publication: '上街时讯', date: '2021-05-04' })
  ]
  return {
    issues,
    articles,
    tagged: {
      people: [
        { name: '耿勇军', articleIds: ['a-02'], roles: [{ role: '区长', first: null, last: null }], coMentioned: [] }
      ]
    }
  }
}

/** Every page of a kind, by URL. */
function urlsOf(kind: PageKind, data: PageData): string[] {
  const key = incrementalKey(kind)
  if (key !== null) return ((data as unknown as Record<string, { url: string }[]>)[key] ?? []).map((p) => p.url)
  if (kind.url.pattern.includes('<part>')) return [kind.url.make({ part: 1 }), kind.url.make({ part: 12 })]
  return [kind.url.make({})]
}

test('every page kind has pages in the test corpus, and each page URL reads back to itself through its shape', () => {
  const data = pageData(corpus())
  for (const kind of kinds) {
    const urls = urlsOf(kind, data)
    assert.ok(urls.length > 0, `${kind.template} has pages`)
    for (const url of urls) {
      const params = kind.url.parse(url)
      assert.ok(params, `${url} is of the shape ${kind.url.pattern}`)
      assert.equal(kind.url.make(params), url, `${kind.url.pattern} round-trips ${url}`)
      // A page per item is written to `<url>index.html` (incremental.ts): a folder's URL.
      if (incrementalKey(kind) !== null) assert.match(url, /^\/.*\/$/, `${url} is a folder`)
    }
  }
  const letters = data.tagLetterPages.map((p) => p.url)
  assert.ok(letters.includes('/tags/places/pinyin-z/2/'), 'a letter page of a second part is checked too')
})

test('the URLs the records carry (src/pipeline/ids.ts) are of the article and issue kinds’ shapes', () => {
  const shapeOf = (template: string) => kinds.find((kind) => kind.template === template)!.url
  for (const [template, url] of [
    ['article.njk', articleUrl('001_8727214cb3b0a05c-05')],
    ['issue.njk', issueUrl('001_8727214cb3b0a05c')]
  ] as const) {
    const params = shapeOf(template).parse(url)
    assert.ok(params, `${url} is a ${template} URL`)
    assert.equal(shapeOf(template).make(params), url)
  }
})

test('no two page kinds claim one URL, and no two pages share one', () => {
  const data = pageData(corpus())
  const all = kinds.flatMap((kind) => urlsOf(kind, data).map((url) => ({ url, kind })))
  assert.equal(new Set(all.map((p) => p.url)).size, all.length, 'page URLs are unique')
  for (const { url, kind } of all) {
    const claimed = kinds.filter((other) => other.url.parse(url) !== null).map((other) => other.template)
    assert.deepEqual(claimed, [kind.template], `only ${kind.template} claims ${url}`)
  }
  for (const url of ['/dates/2020/#m2', '/articles/', '/tags/places/pinyin-z/1/', '/tags/places/pinyin-z/0/'])
    assert.deepEqual(
      kinds.filter((kind) => kind.url.parse(url) !== null).map((kind) => kind.template),
      [],
      `${url} is no page`
    )
})

/** `key: value` lines of a template's front matter, `pagination.data` for nested keys. */
function frontMatter(template: string): Map<string, string> {
  const text = readFileSync(join(templatesDir, template), 'utf8')
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)
  assert.ok(block, `${template} has front matter`)
  const fields = new Map<string, string>()
  let parent = ''
  for (const line of block[1]!.split('\n')) {
    const match = /^(\s*)([\w]+):\s*(.*)$/.exec(line)
    if (!match) continue
    const [, indent, key, value] = match
    if (!indent) parent = key!
    fields.set(indent ? `${parent}.${key}` : key!, value!.replace(/^"(.*)"$/, '$1'))
  }
  return fields
}

test('each kind names a template in templates/, and every template belongs to exactly one kind', () => {
  const templates = readdirSync(templatesDir)
    .filter((name) => name.endsWith('.njk'))
    .sort()
  const claimed = kinds.map((kind) => kind.template).sort()
  assert.deepEqual(claimed, templates)
})

test("each kind's template paginates over the kind's data and writes its pages at the kind's URLs", () => {
  for (const kind of kinds) {
    const fields = frontMatter(kind.template)
    assert.equal(fields.get('pagination.data') ?? null, kind.paginates, `${kind.template} paginates`)
    const permalink = fields.get('permalink')
    if (incrementalKey(kind) !== null) {
      assert.equal(permalink, `{{ ${fields.get('pagination.alias')}.url }}index.html`, kind.template)
    } else {
      // A single page's URL, or a part's, with its number where the shape has `<part>`.
      const expected = kind.url.pattern.replace('<part>', '{{ pagination.pageNumber + 1 }}')
      assert.equal(permalink, expected.endsWith('/') ? `${expected}index.html` : expected, kind.template)
    }
  }
})

test('the sitemap lists each page of the kinds marked for it once, single pages first, and none of the others', () => {
  const data = pageData(corpus())
  const urls = sitemapUrls(data)
  assert.equal(new Set(urls).size, urls.length)
  const expected = kinds.filter((kind) => kind.sitemap).flatMap((kind) => urlsOf(kind, data))
  assert.deepEqual(urls, expected)
  assert.deepEqual(urls.slice(0, 6), ['/', '/dates/', '/publications/', '/tags/', '/search/', '/data/'])
  for (const url of ['/issues/', '/404.html', '/feed.xml', '/robots.txt', '/sitemap.xml'])
    assert.ok(!urls.includes(url))
  assert.ok(urls.includes('/articles/a-01/') && urls.includes('/tags/places/pinyin-z/2/'))
})

test('a sitemap longer than a file holds is cut into numbered parts', () => {
  assert.deepEqual(sitemapData(['/a/', '/b/']), { sitemap: { single: ['/a/', '/b/'], parts: [] }, sitemapParts: [] })
  const cut = sitemapData(['/a/', '/b/', '/c/', '/d/', '/e/'], 2)
  assert.deepEqual(cut.sitemap, { single: null, parts: [1, 2, 3] })
  assert.deepEqual(cut.sitemapParts, [['/a/', '/b/'], ['/c/', '/d/'], ['/e/']])
})

test('the page data made before tags are known does not depend on them', () => {
  const input = corpus()
  const untagged = {
    issues: input.issues,
    articles: input.articles.map((a) => ({ ...a, tags: { keywords: [], people: [], places: [], organizations: [] } }))
  }
  assert.deepEqual(JSON.stringify(basePageData(input).pages), JSON.stringify(basePageData(untagged).pages))
  const full = pageData(input)
  assert.ok(full.tagPages.length > 0 && full.articlePages[0]!.tags.length > 0, 'and the tags reach the page data')
})

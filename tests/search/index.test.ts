import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { pageData } from '../../src/render/pages.ts'
import { searchablePages } from '../../src/search/search-docs.ts'
import { indexSite } from '../../src/search/index.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'
import { diskArchive } from './disk-archive.ts'

function articlePages() {
  const articles = [
    makeArticle({
      id: 'a-01',
      issueId: 'a',
      publication: '某某时讯',
      title: '区委常委会召开会议',
      paragraphs: ['区委书记主持召开会议。', '会议强调，做好疫情防控。'],
      reporters: ['景静']
    }),
    makeArticle({
      id: 'b-01',
      issueId: 'b',
      title: '督导生态项目建设',
      paragraphs: ['实地督导生态项目建设工作，强调疫情防控和项目建设两手抓，项目建设要快。']
    }),
    makeArticle({
      id: 'c-01',
      issueId: 'c',
      publication: '某某时讯',
      title: '疫情防控再部署',
      paragraphs: ['全区召开视频会议。']
    })
  ]
  const issues = [
    makeIssue({ id: 'a', articleIds: ['a-01'], date: '2020-02-28', publication: '某某时讯' }),
    makeIssue({ id: 'b', articleIds: ['b-01'] }),
    makeIssue({ id: 'c', articleIds: ['c-01'], date: '2021-03-05', publication: '某某时讯' })
  ]
  return searchablePages(pageData({ issues, articles }).articlePages, articles)
}

async function indexed<T>(run: (site: string) => Promise<T>): Promise<T> {
  const out = tempDir('index')
  try {
    await indexSite(out.path, articlePages())
    return await run(out.path)
  } finally {
    out.remove()
  }
}

test('articles are numbered in date order, undated first, and index.json holds their dates and publications', () =>
  indexed(async (site) => {
    const manifest = JSON.parse(readFileSync(join(site, 'search-index/index.json'), 'utf8'))
    assert.equal(manifest.articles, 3)
    // Dates as runs: [delta, count, …]; publications as runs of indexes into the list.
    assert.deepEqual(manifest.dates, [0, 1, 20200228, 1, 20210305 - 20200228, 1])
    assert.deepEqual(manifest.publications, ['', '某某时讯'])
    assert.deepEqual(manifest.publicationRuns, [0, 1, 1, 2])
    const urls = [0, 1, 2].map((n) => JSON.parse(readFileSync(join(site, `search-index/d/0/${n}.json`), 'utf8')).u)
    assert.deepEqual(urls, ['/articles/b-01/', '/articles/a-01/', '/articles/c-01/'])
    const archive = diskArchive(site)
    const everything = await archive.search({ terms: [], sort: 'date-desc', filters: {}, from: '', to: '' })
    assert.deepEqual(Object.fromEntries(everything.facets['刊名']), { 某某时讯: 2 })
    assert.deepEqual((await archive.facetValues(null))['记者'], [['景静', 1]])
    assert.deepEqual((await archive.facetValues(everything.order))['记者'], [['景静', 1]])
  }))

test('a term of any length finds exactly the articles holding it; an absent one finds none', () =>
  indexed(async (site) => {
    const archive = diskArchive(site)
    const sorted = async (q: string) => (await archive.urls(q)).sort()
    assert.deepEqual(await sorted('疫情防控'), ['/articles/a-01/', '/articles/b-01/', '/articles/c-01/'])
    assert.deepEqual(await sorted('督'), ['/articles/b-01/'])
    assert.deepEqual(await sorted('会议'), ['/articles/a-01/', '/articles/c-01/'])
    assert.deepEqual(await sorted('视频会'), ['/articles/c-01/'])
    // Across the end of one paragraph and the start of the next (white space ignored).
    assert.deepEqual(await sorted('会议。会议强调'), ['/articles/a-01/'])
    assert.deepEqual(await sorted('疫情 景静'), ['/articles/a-01/'])
    assert.deepEqual(await sorted('量子纠缠'), [])
    assert.deepEqual(await sorted('防控 量子'), [])
  }))

test('a headline holding the term ranks first; then how often it occurs; date order on request', () =>
  indexed(async (site) => {
    const archive = diskArchive(site)
    // c-01 has 疫情防控 in its headline; b-01 and a-01 only in the body.
    assert.deepEqual(await archive.urls('疫情防控'), ['/articles/c-01/', '/articles/a-01/', '/articles/b-01/'])
    // 项目建设: b-01 holds it in its headline and three times in the body.
    assert.deepEqual(await archive.urls('项目建设'), ['/articles/b-01/'])
    assert.deepEqual(await archive.urls('防控', { sort: 'date-desc' }), [
      '/articles/c-01/',
      '/articles/a-01/',
      '/articles/b-01/'
    ])
    // Oldest first, undated after the dated ones.
    assert.deepEqual(await archive.urls('防控', { sort: 'date-asc' }), [
      '/articles/a-01/',
      '/articles/c-01/',
      '/articles/b-01/'
    ])
  }))

test('filters, years, months and date ranges narrow the result set, and the facets count it', () =>
  indexed(async (site) => {
    const archive = diskArchive(site)
    assert.deepEqual(await archive.urls('防控', { filters: { 年份: '2021' } }), ['/articles/c-01/'])
    assert.deepEqual(await archive.urls('防控', { filters: { 月份: '2020-02' } }), ['/articles/a-01/'])
    assert.deepEqual(await archive.urls('防控', { filters: { 记者: '景静' } }), ['/articles/a-01/'])
    assert.deepEqual(await archive.urls('防控', { filters: { 记者: '无此人' } }), [])
    assert.deepEqual(await archive.urls('', { filters: { 刊名: '某某时讯' }, sort: 'date-desc' }), [
      '/articles/c-01/',
      '/articles/a-01/'
    ])
    assert.deepEqual(await archive.urls('防控', { from: '2020-02-28', to: '2020-12-31' }), ['/articles/a-01/'])
    assert.deepEqual(await archive.urls('防控', { from: '2020-03-01' }), ['/articles/c-01/'])
    const { facets } = await archive.search({ terms: ['防控'], sort: '', filters: {}, from: '', to: '' })
    assert.deepEqual(Object.fromEntries(facets['年份']), { 2020: 1, 2021: 1 })
    assert.deepEqual(Object.fromEntries(facets['月份']), { '2020-02': 1, '2021-03': 1 })
    assert.deepEqual(Object.fromEntries(facets['刊名']), { 某某时讯: 2 })
  }))

function filesOf(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(root, path), readFileSync(path).toString('base64'))
    }
  }
  walk(root)
  return files
}

test('the same pages give the same bytes, in whatever order they come', async () => {
  const first = tempDir('index-a')
  const second = tempDir('index-b')
  try {
    await indexSite(first.path, articlePages())
    await indexSite(second.path, articlePages().reverse())
    assert.deepEqual(filesOf(second.path), filesOf(first.path))
  } finally {
    first.remove()
    second.remove()
  }
})

test('terms standing next to each other as typed rank above the same terms apart; a headline hit stays first', async () => {
  // The article with the terms apart is the newest: only closeness puts the other above it.
  const articles = [
    makeArticle({ id: 'near-01', issueId: 'near', title: '工作简报', paragraphs: ['做好疫情防控。'] }),
    makeArticle({ id: 'head-01', issueId: 'head', title: '防控疫情', paragraphs: ['全区部署。'] }),
    makeArticle({ id: 'apart-01', issueId: 'apart', title: '会议纪要', paragraphs: ['疫情期间，做好防控。'] })
  ]
  const issues = articles.map((a, n) => makeIssue({ id: a.issueId, articleIds: [a.id], date: `2020-0${n + 1}-01` }))
  const out = tempDir('index-near')
  try {
    await indexSite(out.path, searchablePages(pageData({ issues, articles }).articlePages, articles))
    const archive = diskArchive(out.path)
    assert.deepEqual(await archive.urls('疫情 防控'), [
      '/articles/head-01/',
      '/articles/near-01/',
      '/articles/apart-01/'
    ])
    // In the other order typed, neither body has them so: newest first among the body hits.
    assert.deepEqual(await archive.urls('防控 疫情'), [
      '/articles/head-01/',
      '/articles/apart-01/',
      '/articles/near-01/'
    ])
    assert.deepEqual(await archive.urls('疫情 防控', { sort: 'date-asc' }), [
      '/articles/near-01/',
      '/articles/head-01/',
      '/articles/apart-01/'
    ])
  } finally {
    out.remove()
  }
})

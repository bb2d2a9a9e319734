import { test } from 'node:test'
import assert from 'node:assert/strict'
import { monthWeeks, missingNumbers } from '../../src/render/calendar.ts'
import { barChartSvg, timeSeries } from '../../src/render/chart.ts'
import { citation } from '../../src/render/citation.ts'
import { articlePageNumbers, continuationLinks } from '../../src/render/continuation.ts'
import { articleBodies, pageData, publicationGroup, textSource } from '../../src/render/pages.ts'
import { slugFor } from '../../src/render/slug.ts'
import { tagUrl } from '../../src/render/pages/tag.ts'
import { absoluteUrl, href, xmlText } from '../../src/render/filters.ts'
import { makeArticle, makeIssue } from '../helpers.ts'
import { emptyArticle, emptyMasthead } from '../../src/parse/model.ts'
import { assembleIssue } from '../../src/pipeline/assemble-issue.ts'
import type { Furniture, ManifestEntry, Masthead } from '../../src/types.ts'

test('a month calendar starts on Monday and keeps the days without an issue', () => {
  const issues = new Map([['2020-02-29', [{ url: '/issues/a/', label: '上街时讯 第7期' }]]])
  const weeks = monthWeeks(2020, 2, issues)
  // 1 February 2020 was a Saturday: five blanks, then the 29 days of a leap February.
  assert.deepEqual(
    weeks[0]!.slice(0, 6).map((c) => c?.day ?? null),
    [null, null, null, null, null, 1]
  )
  const days = weeks.flat().filter((c) => c !== null)
  assert.equal(days.length, 29)
  assert.ok(weeks.every((w) => w.length === 7))
  assert.equal(days.at(-1)!.date, '2020-02-29')
  assert.equal(days.at(-1)!.issues.length, 1)
  assert.equal(days.filter((d) => d.issues.length === 0).length, 28)
})

test('missing issue numbers are listed, long gaps as one range', () => {
  assert.deepEqual(missingNumbers([5, 7, 9, 9]), ['第6期', '第8期'])
  assert.deepEqual(missingNumbers([1, 100]), ['第2–99期'])
  assert.deepEqual(missingNumbers([]), [])
})

test('the time series counts articles per month, with empty months, and per year when long', () => {
  const bars = timeSeries(['2020-02-29', '2020-02-01', '2020-04-03', null, '0000-00-00', '2021-00-00', '--03-19'])
  assert.deepEqual(
    bars.map((b) => [b.label, b.value]).filter(([, v]) => v),
    [
      ['2020年2月', 2],
      ['2020年4月', 1]
    ]
  )
  assert.ok(
    bars.some((b) => b.label === '2020年3月' && b.value === 0),
    'an empty month between shows as 0'
  )
  assert.equal(bars[0]!.label, '2020年2月', 'nothing before the first month')
  assert.equal(bars.length, 3, 'February to April')
  const long = timeSeries(['2010-01-01', '2020-12-01', '2020-06-01'])
  assert.deepEqual(
    long.map((b) => b.label),
    Array.from({ length: 11 }, (_, i) => `${2010 + i}年`)
  )
  assert.equal(long.at(-1)!.value, 2)
  assert.deepEqual(timeSeries([]), [])
})

test('the SVG chart is accessible, made of numbers and escaped labels', () => {
  const svg = barChartSvg(
    [
      { label: '<b>&"', tick: '<i>', value: 3 },
      { label: '二月', tick: '', value: 0 }
    ],
    {
      id: 'c1',
      title: '标题<script>',
      unit: '篇'
    }
  )
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-labelledby="c1-t c1-d"/)
  assert.match(svg, /<title id="c1-t">标题&lt;script&gt;<\/title>/)
  assert.match(svg, /<desc id="c1-d">[^<]*共 3 篇/)
  assert.equal((svg.match(/<rect class="bar"/g) ?? []).length, 2)
  assert.ok(!svg.includes('<b>') && !svg.includes('<i>') && !svg.includes('<script>'))
  assert.doesNotMatch(svg, /NaN|undefined|Infinity/)
})

test('citations follow GB/T 7714 and leave out what is not known', () => {
  assert.equal(
    citation({
      authors: ['张三'],
      title: '区委常委会召开会议',
      publication: '上街时讯',
      region: '上街区',
      date: '2020-02-29',
      page: 1
    }),
    '张三. 区委常委会召开会议[N]. 上街时讯, 2020-02-29(1).'
  )
  assert.equal(
    citation({
      authors: ['甲', '乙', '丙', '丁'],
      title: '标题',
      publication: null,
      region: '上街区',
      date: '2022',
      page: null
    }),
    '甲, 乙, 丙, 等. 标题[N]. [上街区简报], 2022.'
  )
  assert.equal(
    citation({ authors: [], title: '标题。', publication: null, region: null, date: null, page: null }),
    '标题[N]. [刊名不详].'
  )
})

test('tag slugs are the word when it is safe, else a stable hash; links are percent-encoded', () => {
  assert.equal(slugFor('宋洁'), '宋洁')
  assert.equal(slugFor('5g'), '5g')
  assert.match(slugFor('AI'), /^_[0-9a-f]{10}$/, 'upper case could clash on case-insensitive disks')
  assert.match(slugFor('<script>'), /^_[0-9a-f]{10}$/)
  assert.match(slugFor('../x'), /^_[0-9a-f]{10}$/)
  assert.equal(slugFor('{{ x }}'), slugFor('{{ x }}'))
  assert.notEqual(slugFor('a b'), slugFor('a  b'))
  assert.equal(tagUrl('people', '宋洁'), '/tags/people/宋洁/')
  assert.equal(tagUrl('keywords', '防控'), '/tags/topics/防控/')
  assert.equal(href('/tags/people/宋洁/', '/archive/'), '/archive/tags/people/%E5%AE%8B%E6%B4%81/')
  assert.equal(absoluteUrl('/a/', '/archive/', 'https://example.org/'), 'https://example.org/archive/a/')
  assert.equal(absoluteUrl('/a/', '/', null), '/a/')
  assert.equal(xmlText('a\u0000b\u001Fc\td'), 'abc\td')
})

test('an article is on the page of the last page header before it, the page before the first, or page 1 under a masthead', () => {
  const parsed = [emptyArticle('一', [5, 9]), emptyArticle('二', [20, 30])]
  const pagesOf = (furniture: Furniture[], masthead: Masthead | null, page?: string) => {
    const bulletin = { file: 'a.txt', encoding: 'utf-8', masthead, articles: parsed, furniture, unassigned: [] }
    const manifest = page === undefined ? undefined : ({ file: 'a.txt', page } as ManifestEntry)
    const { articles } = assembleIssue('a', bulletin, manifest)
    return [...articlePageNumbers(articles).values()]
  }
  const header = (text: string, line: number): Furniture => ({ kind: 'page-header', text, line })
  assert.deepEqual(pagesOf([header('上街时讯 第3版 要闻', 15)], null), [2, 3])
  assert.deepEqual(pagesOf([header('第1版 要闻', 1), header('二版 综合', 15)], null), [1, 2])
  assert.deepEqual(pagesOf([], emptyMasthead([1, 2])), [1, 1])
  assert.deepEqual(pagesOf([], null, '4'), [4, 4])
  assert.deepEqual(pagesOf([], null), [null, null])
})

test('下转 links to the article that 上接 it, in the same issue or in the file of the other page', () => {
  const a = makeArticle({ id: 'a-01', title: '区委常委会召开会议', continuedTo: '二版' })
  const other = makeArticle({ id: 'a-02', order: 2, title: '其他新闻' })
  const b = makeArticle({ id: 'a-03', order: 3, title: '区委常委会召开会议', continuedFrom: '第一版' })
  const byId = new Map([a, other, b].map((x) => [x.id, x]))
  const same = continuationLinks([makeIssue({ id: 'a', articleIds: ['a-01', 'a-02', 'a-03'] })], byId)
  assert.deepEqual(same.get('a-01')?.to, { url: '/articles/a-03/', title: '区委常委会召开会议', page: '二版' })
  assert.deepEqual(same.get('a-03')?.from, { url: '/articles/a-01/', title: '区委常委会召开会议', page: '第一版' })
  assert.equal(same.get('a-02'), undefined)

  // One file per page: page 1 and page 2 of the same printed issue.
  const p1 = makeIssue({
    id: 'p1',
    articleIds: ['a-01', 'a-02'],
    publication: '上街时讯',
    date: '2020-02-29',
    page: '1'
  })
  const p2 = makeIssue({ id: 'p2', articleIds: ['a-03'], publication: '上街时讯', date: '2020-02-29', page: '2' })
  // The records' pages, as assembly gives them from each file's manifest page.
  const paged = new Map([a, other, b].map((x) => [x.id, { ...x, page: x === b ? '2' : '1' }]))
  const split = continuationLinks([p1, p2], paged)
  assert.equal(split.get('a-01')?.to?.url, '/articles/a-03/')
  // A different date is another issue: no link.
  const p3 = { ...p2, date: '2020-03-07' }
  assert.equal(continuationLinks([p1, p3], paged).size, 0)
  // A 上接 that points to another page than the source's is not taken.
  const wrong = { ...paged.get('a-03')!, continuedFrom: '三版' }
  assert.equal(continuationLinks([p1, p2], new Map([...paged, ['a-03', wrong]])).size, 0)
})

test('page data: issues group under publication, region or 未署名; tags, people and related are linked', () => {
  assert.equal(publicationGroup(makeIssue({ id: 'x', articleIds: [], region: '上街区' })).name, '上街区')
  assert.equal(publicationGroup(makeIssue({ id: 'x', articleIds: [] })).name, '未署名')
  const tags = { keywords: ['防控'], people: ['宋洁', '赵晨阳'], places: ['上街区'], organizations: [] }
  const articles = [
    makeArticle({ id: 'a-01', issueId: 'a', title: '一', date: '2020-02-28', tags, reporters: ['记者甲'] }),
    makeArticle({ id: 'a-02', issueId: 'a', order: 2, title: '二', tags: { ...tags, people: ['宋洁'] } }),
    makeArticle({ id: 'b-01', issueId: 'b', title: '三', lines: [2, 3], file: 'b.txt' })
  ]
  const issues = [
    makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], publication: '上街时讯', date: '2020-02-29', issueNumber: 7 }),
    makeIssue({ id: 'b', articleIds: ['b-01'], region: '二七区', year: 2022, file: 'b.txt' })
  ]
  const data = pageData({
    issues,
    articles,
    tagged: {
      people: [
        {
          name: '宋洁',
          articleIds: ['a-01', 'a-02'],
          roles: [{ role: '区委书记', first: '2020-02-28', last: '2022-03-01' }],
          coMentioned: [{ name: '赵晨阳', count: 1 }]
        }
      ],
      related: new Map([['a-01', ['a-02', 'b-01', 'nope']]])
    },
    sources: new Map([['b.txt', textSource('第一行\n标题三\n正文<script>')]])
  })
  const a1 = data.articlePages.find((p) => p.id === 'a-01')!
  assert.deepEqual(
    a1.related.map((r) => r.url),
    ['/articles/a-02/', '/articles/b-01/']
  )
  assert.equal(a1.next?.url, '/articles/a-02/')
  assert.equal(a1.citation, '记者甲. 一[N]. 上街时讯, 2020-02-29.')
  assert.equal(a1.tags.find((g) => g.kind === 'people')!.items[0]!.url, '/tags/people/宋洁/')
  const b1 = data.articlePages.find((p) => p.id === 'b-01')!
  const withBody = articleBodies({
    issues,
    articles,
    sources: new Map([['b.txt', textSource('第一行\n标题三\n正文<script>')]])
  })
  assert.deepEqual(withBody(b1).source, [{ start: 2, lines: ['标题三', '正文<script>'] }])
  assert.equal(b1.groupName, '二七区')
  assert.equal(b1.citation, '三[N]. [二七区简报], 2022.')
  const person = data.tagPages.find((t) => t.kind === 'people' && t.name === '宋洁')!
  assert.equal(person.count, 2)
  assert.deepEqual(person.roles, [{ role: '区委书记', span: '2020–2022' }])
  // 赵晨阳 is named in one article and has no role: no page of their own (tag-index.ts).
  assert.deepEqual(person.coMentioned, [{ name: '赵晨阳', count: 1, url: null }])
  assert.match(person.chart ?? '', /<svg/)
  assert.deepEqual(
    data.publicationPages.map((p) => p.name),
    ['上街时讯', '二七区']
  )
  assert.deepEqual(
    data.monthPages.map((m) => m.url),
    ['/dates/2020/02/']
  )
  assert.deepEqual(
    data.yearPages.map((y) => y.year),
    [2020, 2022]
  )
  assert.equal(data.yearPages[1]!.yearOnly.length, 1)
  assert.deepEqual(
    data.feed.entries.map((e) => e.id),
    ['b-01', 'a-02', 'a-01'],
    'the feed starts with the newest article'
  )
  assert.equal(data.feed.entries.length, 3)
})

test('a tag page lists at most TAG_PAGE_LIMIT articles, newest first, and says how many more', async () => {
  const { TAG_PAGE_LIMIT } = await import('../../src/render/pages.ts')
  const n = TAG_PAGE_LIMIT + 3
  const tags = { keywords: ['防控'], people: [], places: [], organizations: [] }
  const articles = Array.from({ length: n }, (_, i) =>
    makeArticle({ id: `a-${i}`, order: i + 1, date: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`, tags })
  )
  const data = pageData({ issues: [makeIssue({ id: 'a', articleIds: articles.map((a) => a.id) })], articles })
  const page = data.tagPages[0]!
  assert.equal(page.count, n)
  assert.equal(page.articles.length, TAG_PAGE_LIMIT)
  assert.equal(page.more, 3)
  assert.equal(page.articles[0]!.date, '2020年1月28日')
})

test('page data reads no source text; bodies and source lines are made for the pages asked for, each file read once', () => {
  const articles = [
    makeArticle({ id: 'a-01', issueId: 'a', title: '一', lines: [1, 2], file: 'a.txt', paragraphs: ['第一段'] }),
    makeArticle({
      id: 'a-02',
      issueId: 'a',
      order: 2,
      title: '二',
      lines: [3, 3],
      file: 'a.txt',
      paragraphs: ['第二段']
    })
  ]
  const issues = [makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], file: 'a.txt' })]
  let reads = 0
  const sources = new Map([['a.txt', { key: 'k1', text: () => (reads++, '标题一\n第一段\n标题二') }]])
  const data = pageData({ issues, articles, sources })
  assert.equal(reads, 0, 'making page data does not read the corpus')
  assert.ok(data.articlePages.every((p) => !('bodyHtml' in p)))
  const withBody = articleBodies({ issues, articles, sources })
  const full = data.articlePages.map(withBody)
  assert.equal(reads, 1, 'consecutive pages of one file read it once')
  assert.equal(full[0]!.bodyHtml, '<p>第一段</p>')
  assert.deepEqual(full[1]!.source, [{ start: 3, lines: ['标题二'] }])
  // The source key stands for body and lines in the page's digest: a new key, a new digest.
  const changed = pageData({ issues, articles, sources: new Map([['a.txt', { key: 'k2', text: () => '' }]]) })
  assert.notEqual(changed.articlePages[0]!.renderKey, data.articlePages[0]!.renderKey)
})

test('a story in pieces shows each piece’s source lines, its lines and its pages, not the lines between', () => {
  const part = (lines: [number, number], page: string) => ({
    lines,
    page,
    title: null,
    continuedTo: null,
    continuedFrom: null
  })
  const articles = [
    makeArticle({
      id: 'a-01',
      issueId: 'a',
      title: '一',
      lines: [1, 5],
      file: 'a.txt',
      paragraphs: ['第一段'],
      parts: [part([1, 2], '1'), part([5, 5], '2')]
    }),
    makeArticle({
      id: 'a-02',
      issueId: 'a',
      order: 2,
      title: '二',
      lines: [3, 4],
      file: 'a.txt',
      paragraphs: ['第二段']
    })
  ]
  const issues = [makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], file: 'a.txt' })]
  const sources = new Map([['a.txt', { key: 'k1', text: () => '标题一\n第一段\n标题二\n第二段\n（上接第1版）' }]])
  const data = pageData({ issues, articles, sources })
  const page = articleBodies({ issues, articles, sources })(data.articlePages[0]!)
  assert.deepEqual(page.source, [
    { start: 1, lines: ['标题一', '第一段'] },
    { start: 5, lines: ['（上接第1版）'] }
  ])
  assert.equal(page.linesLabel, '1–2、5')
  assert.equal(page.pageLabel, '1、2')
  assert.equal(data.articlePages[1]!.linesLabel, '3–4')
})

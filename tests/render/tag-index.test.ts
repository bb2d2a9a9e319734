import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pageData } from '../../src/render/pages.ts'
import { byPinyin, pinyinInitial } from '../../src/render/pinyin.ts'
import { LETTER_PAGE_SIZE, tagIndexPages, type TagEntry } from '../../src/render/pages/tag-index.ts'
import { tagKinds } from '../../src/render/slug.ts'
import { makeArticle, makeIssue } from '../helpers.ts'

test('pinyin initials come from the collation order, with surname readings for people', () => {
  const surnames = '安A白B曹C丁D鄂E范F郭G黄H姜J孔K梁L马M倪N欧O潘P秦Q任R孙S唐T王W谢X杨Y张Z邹Z'
  for (const [char, letter] of surnames.match(/.[A-Z]/g)!.map((pair) => [pair[0]!, pair[1]!]))
    assert.equal(pinyinInitial(char + '某', { person: true }), letter, char)
  assert.equal(pinyinInitial('曾庆', { person: true }), 'Z')
  assert.equal(pinyinInitial('曾经'), 'C', 'a word that is not a name keeps its usual reading')
  assert.equal(pinyinInitial('5G网络'), '#')
  assert.equal(pinyinInitial('app'), 'A')
  assert.deepEqual(['张三', '安四', '郭五'].sort(byPinyin), ['安四', '郭五', '张三'])
})

test('a word in one article has no page of its own unless it is a person with a role; every word is indexed', () => {
  const tags = (people: string[]) => ({ keywords: ['防控'], people, places: [], organizations: [] })
  const articles = [
    makeArticle({ id: 'a-01', issueId: 'a', title: '甲文', date: '2020-02-28', tags: tags(['宋洁', '郭振华']) }),
    makeArticle({ id: 'a-02', issueId: 'a', order: 2, title: '乙文', tags: tags(['宋洁', '梁红', '耿勇军']) })
  ]
  const data = pageData({
    issues: [makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], date: '2020-02-29' })],
    articles,
    tagged: {
      people: [
        { name: '耿勇军', articleIds: ['a-02'], roles: [{ role: '区长', first: null, last: null }], coMentioned: [] }
      ]
    }
  })
  const pages = data.tagPages.filter((t) => t.kind === 'people').map((t) => t.name)
  assert.deepEqual(pages.sort(byPinyin), ['耿勇军', '宋洁'], 'two articles, or a role')
  const a1 = data.articlePages.find((p) => p.id === 'a-01')!
  const people = a1.tags.find((g) => g.kind === 'people')!.items
  assert.deepEqual(
    people.map((item) => [item.name, item.url]),
    [
      ['宋洁', '/tags/people/宋洁/'],
      ['郭振华', null]
    ]
  )
  const kind = data.tagKindPages.find((k) => k.kind === 'people')!
  assert.equal(kind.count, 4)
  assert.equal(kind.withPage, 2)
  assert.deepEqual(
    kind.letters.map((l) => l.letter),
    ['G', 'L', 'S']
  )
  const g = data.tagLetterPages.find((p) => p.kind === 'people' && p.letter === 'G')!
  assert.equal(g.url, '/tags/people/pinyin-g/')
  assert.deepEqual(
    g.entries.map((e) => [e.name, e.url, e.article?.url ?? null]),
    [
      ['耿勇军', '/tags/people/耿勇军/', null],
      ['郭振华', null, '/articles/a-01/']
    ]
  )
  for (const page of data.tagLetterPages) assert.ok(data.tagKindPages.some((k) => page.url.startsWith(k.url)))
})

test('a letter with more words than a page holds is split into numbered pages that link each other', () => {
  const info = { ...tagKinds.find((k) => k.kind === 'places')!, url: '/tags/places/' }
  const entries: TagEntry[] = Array.from({ length: LETTER_PAGE_SIZE + 5 }, (_, i) => ({
    name: `张${String.fromCharCode(0x4e00 + i)}村`,
    count: 1,
    url: null,
    article: { url: `/articles/x-${i}/`, title: 't', date: '', issueLabel: '', issueName: '' }
  }))
  const { kindPage, letterPages } = tagIndexPages(info, entries)
  assert.deepEqual(
    letterPages.map((p) => [p.url, p.entries.length]),
    [
      ['/tags/places/pinyin-z/', LETTER_PAGE_SIZE],
      ['/tags/places/pinyin-z/2/', 5]
    ]
  )
  assert.deepEqual(
    letterPages[1]!.parts.map((p) => p.url),
    ['/tags/places/pinyin-z/', '/tags/places/pinyin-z/2/']
  )
  assert.equal(kindPage.tags.length, 0)
})

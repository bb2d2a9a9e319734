/**
 * Which tags get a page of their own, and the index pages that list every tag: the
 * overview of the kinds (`/tags/`), a kind's index (`/tags/people/`) and its pages by
 * pinyin letter (`/tags/people/pinyin-z/`, `…/pinyin-z/2/` when a letter has more words
 * than a page holds).
 *
 * A tag page lists the articles a person, place, organisation or topic appears in, with a
 * chart over time and (for people) roles and who else is named with them. For a word
 * named in one article only, that page says nothing the article does not: local news names
 * many residents once each, and such pages were most of a large archive's pages (issue 20).
 * So a page of its own goes to a word in two or more articles, and to a person with a role
 * (区委书记…), whom researchers look up even when named once. Every word stays findable:
 * full-text search and its filters, and the index pages here, which list all words by
 * pinyin, each linking to its page or, when it has none, straight to its one article.
 */
import { byPinyin, pinyinInitial } from '../pinyin.ts'
import { tagKindPathPattern, type TagKind, type TagKindInfo } from '../slug.ts'
import { pathShape, pageKind, type ShapeParams, type UrlShape } from './kind.ts'
import type { ArticleLink } from './links.ts'
import type { TagFacts } from './tag-facts.ts'
import { byCodeUnits } from '../../lexicon/order.ts'

/** Articles a word must appear in to get a page of its own (people with a role always do). */
export const MIN_ARTICLES_FOR_PAGE = 2
/** Words listed on a kind's index page, most frequent first; the letter pages list them all. */
export const KIND_PAGE_TOP = 300
/** Words on one page of a letter. */
export const LETTER_PAGE_SIZE = 2000

export interface TagEntry {
  name: string
  count: number
  /** The word's own page, or null. */
  url: string | null
  /** Without a page of its own: the one article it appears in. */
  article: ArticleLink | null
}

export function ownsPage(count: number, roles: number): boolean {
  return count >= MIN_ARTICLES_FOR_PAGE || roles > 0
}

const byCountThenName = (a: TagEntry, b: TagEntry) => b.count - a.count || byCodeUnits(a.name, b.name)

/** A kind's index: `kind` is its path under `/tags/` (slug.ts). */
export const tagKindUrl = pathShape('/tags/<kind>/', { kind: tagKindPathPattern })

const letterParts = { kind: tagKindPathPattern, letter: /[a-z]|other/, part: /[1-9]\d*/ }
const firstPartShape = pathShape('/tags/<kind>/pinyin-<letter>/', letterParts)
const laterPartShape = pathShape('/tags/<kind>/pinyin-<letter>/<part>/', letterParts)

/** A page of a letter: `letter` is `a`…`z` or `other`; the first part has no number. */
export const tagLetterUrl: UrlShape<ShapeParams<'/tags/<kind>/pinyin-<letter>/<part>/'>> = {
  pattern: '/tags/<kind>/pinyin-<letter>/[<part>/]',
  make: ({ kind, letter, part }) =>
    Number(part) > 1 ? laterPartShape.make({ kind, letter, part }) : firstPartShape.make({ kind, letter }),
  parse(url) {
    const later = laterPartShape.parse(url)
    if (later) return Number(later.part) > 1 ? later : null
    const first = firstPartShape.parse(url)
    return first && { ...first, part: 1 }
  }
}

const letterUrl = (info: TagKindInfo, letter: string, part: number) =>
  tagLetterUrl.make({ kind: info.path, letter: letter === '#' ? 'other' : letter.toLowerCase(), part })

/** A kind's index page and its letter pages, from every word of the kind. */
export function tagIndexPages(info: TagKindInfo & { url: string }, entries: readonly TagEntry[]) {
  const withPage = entries.filter((entry) => entry.url !== null).sort(byCountThenName)
  const byLetter = new Map<string, TagEntry[]>()
  for (const entry of entries) {
    const letter = pinyinInitial(entry.name, { person: info.kind === 'people' })
    byLetter.set(letter, [...(byLetter.get(letter) ?? []), entry])
  }
  const letters = [...byLetter.keys()].sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : byCodeUnits(a, b)))
  const letterPages = letters.flatMap((letter) => {
    const list = byLetter.get(letter)!.sort((a, b) => byPinyin(a.name, b.name))
    const parts = Math.ceil(list.length / LETTER_PAGE_SIZE)
    const partLinks = Array.from({ length: parts }, (_, i) => ({
      part: i + 1,
      url: letterUrl(info, letter, i + 1)
    }))
    return partLinks.map(({ part, url }) => ({
      kind: info.kind as TagKind,
      kindLabel: info.label,
      kindUrl: info.url,
      letter,
      url,
      pageTitle: `${info.label}索引：${letter === '#' ? '其他' : letter}${parts > 1 ? `（${part}）` : ''}`,
      part,
      parts: parts > 1 ? partLinks : [],
      entries: list.slice((part - 1) * LETTER_PAGE_SIZE, part * LETTER_PAGE_SIZE)
    }))
  })
  const kindPage = {
    kind: info.kind,
    label: info.label,
    url: info.url,
    pageTitle: `${info.label}索引`,
    count: entries.length,
    withPage: withPage.length,
    tags: withPage.slice(0, KIND_PAGE_TOP),
    letters: letters.map((letter) => ({
      letter: letter === '#' ? '其他' : letter,
      url: letterUrl(info, letter, 1),
      count: byLetter.get(letter)!.length
    }))
  }
  return { kindPage, letterPages }
}

/** The overview of the kinds: each with its most frequent words. */
const tagOverview = (tags: TagFacts) =>
  tags.indexes.map(({ kindPage: k }) => ({
    kind: k.kind,
    label: k.label,
    url: k.url,
    count: k.count,
    top: k.tags.slice(0, 30)
  }))

export const tagsKind = pageKind('tags.njk', pathShape('/tags/'), { data: { key: 'tagIndex', tagged: tagOverview } })

export const tagKindKind = pageKind('tag-kind.njk', tagKindUrl, {
  each: { key: 'tagKindPages', tagged: (tags: TagFacts) => tags.indexes.map((index) => index.kindPage) }
})

export const tagLetterKind = pageKind('tag-letter.njk', tagLetterUrl, {
  each: { key: 'tagLetterPages', tagged: (tags: TagFacts) => tags.indexes.flatMap((index) => index.letterPages) }
})

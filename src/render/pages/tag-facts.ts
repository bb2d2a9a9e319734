/**
 * What the tag pages, the tag indexes, the article pages' tag lists and the home page
 * read of the tags, worked out once the tagging stage is done: each word's articles
 * (newest first), which words have a page of their own, and each kind's index.
 */
import type { ArticleRecord } from '../../types.ts'
import type { PersonInfo, SiteInput } from '../site-input.ts'
import { tagKinds, type TagKind } from '../slug.ts'
import type { CorpusFacts } from './corpus.ts'
import { tagUrl } from './tag.ts'
import { ownsPage, tagIndexPages, tagKindUrl } from './tag-index.ts'

export type TagFacts = ReturnType<typeof tagFacts>

const byKind = <T>(make: () => T): Record<TagKind, T> => ({
  keywords: make(),
  people: make(),
  places: make(),
  organizations: make()
})

/** `input` is the corpus's, now with tags: `corpus` was made from it before they were known. */
export function tagFacts(input: SiteInput, corpus: CorpusFacts) {
  const personInfo = new Map((input.tagged?.people ?? []).map((p) => [p.name, p]))
  const articles = tagArticles(input, corpus, personInfo)
  // Each tag page's URL, made once: articles link to their tags 25 times over. Only words in
  // two or more articles, and people with a role, have a page (tag-index.ts says why).
  const pageUrls = byKind(() => new Map<string, string>())
  for (const { kind } of tagKinds)
    for (const [word, list] of articles[kind])
      if (ownsPage(list.length, kind === 'people' ? (personInfo.get(word)?.roles.length ?? 0) : 0))
        pageUrls[kind].set(word, tagUrl(kind, word))
  const indexes = tagKinds.map((info) => {
    const entries = [...articles[info.kind]].map(([name, list]) => {
      const url = pageUrls[info.kind].get(name) ?? null
      return { name, url, count: list.length, article: url === null ? corpus.linkOf(list[0]!) : null }
    })
    return tagIndexPages({ ...info, url: tagKindUrl.make({ kind: info.path }) }, entries)
  })
  return { input, corpus, personInfo, articles, pageUrls, indexes }
}

/** Tags of every kind: word → articles, newest first. Words are listed in corpus order. */
function tagArticles(
  input: SiteInput,
  corpus: CorpusFacts,
  personInfo: ReadonlyMap<string, PersonInfo>
): Record<TagKind, Map<string, ArticleRecord[]>> {
  const result = byKind(() => new Map<string, ArticleRecord[]>())
  for (const article of input.articles) {
    for (const { kind } of tagKinds) {
      for (const word of article.tags[kind]) if (!result[kind].has(word)) result[kind].set(word, [])
    }
  }
  for (const article of corpus.newestArticles) {
    for (const { kind } of tagKinds) {
      for (const word of new Set(article.tags[kind])) result[kind].get(word)!.push(article)
    }
  }
  // The tagging stage may know of articles a person is named in beyond their tags.
  for (const person of personInfo.values()) {
    const list = result.people.get(person.name) ?? []
    const have = new Set(list.map((a) => a.id))
    const before = list.length
    for (const id of person.articleIds) {
      const article = corpus.byId.get(id)
      if (article && !have.has(id)) list.push(article)
    }
    if (list.length > before) list.sort((a, b) => corpus.rank.get(a.id)! - corpus.rank.get(b.id)!)
    if (list.length) result.people.set(person.name, list)
  }
  return result
}

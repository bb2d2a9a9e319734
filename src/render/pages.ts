/**
 * Page data: records → the small, precomputed lists each template renders.
 *
 * Everything that needs the whole corpus (listings, counts, calendars, charts,
 * continuations, related articles) is computed here once, in TypeScript; the templates
 * only loop over their own page's lists. Each kind of page makes its own data, in its
 * module under pages/; pages/registry.ts lists the kinds, and the data is made over
 * that list: what needs no tags first (`basePageData`, while the tagging thread works),
 * the rest once tags are known (`pageData`).
 */
import { corpusFacts } from './pages/corpus.ts'
import type { BaseDataOf, DataOf, PageKind } from './pages/kind.ts'
import { pageKinds } from './pages/registry.ts'
import { tagFacts } from './pages/tag-facts.ts'
import type { SiteInput } from './site-input.ts'

export { issueLabel } from './issue-name.ts'
export { kindInfo } from './slug.ts'
export { textSource, type PersonInfo, type SiteInput, type SourceFile, type TagInput } from './site-input.ts'
export { sortDateOf } from './pages/corpus.ts'
export type { ArticleLink, Link } from './pages/links.ts'
export { publicationGroup } from './pages/publication.ts'
export { articleBodies, type ArticlePage, type ArticlePageBase, type FullArticlePage } from './pages/article.ts'
export type { YearPage } from './pages/dates.ts'
export { TAG_PAGE_LIMIT, yearSpan } from './pages/tag.ts'
export { sitemapUrls } from './pages/registry.ts'

type Kinds = typeof pageKinds

/**
 * The page data that does not depend on tags: the build computes it while the tagging
 * thread works. `pageData` adds the rest.
 */
export function basePageData(input: SiteInput) {
  const corpus = corpusFacts(input)
  const pages: Record<string, unknown> = {}
  for (const { data } of pageKinds as readonly PageKind[]) if (data?.base) pages[data.key] = data.base(corpus)
  return { corpus, pages: pages as BaseDataOf<Kinds> }
}

export type BasePageData = ReturnType<typeof basePageData>

/** Every kind's page data, by its key. */
export type PageData = DataOf<Kinds>

/**
 * Records → the page data of every page. With `base` from `basePageData` (computed before
 * the articles had their tags), only what depends on tags is computed here.
 */
export function pageData(input: SiteInput, base: BasePageData = basePageData(input)): PageData {
  const tags = tagFacts(input, base.corpus)
  const made: Record<string, unknown> = base.pages
  const pages: Record<string, unknown> = {}
  for (const { data } of pageKinds as readonly PageKind[]) {
    if (data) pages[data.key] = data.tagged ? data.tagged(tags, made[data.key]) : made[data.key]
  }
  return pages as PageData
}

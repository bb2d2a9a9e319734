/**
 * Every kind of page the site has, listed once. The page data (pages.ts), the render
 * (site.ts: which templates paginate, which need the site's origin) and the sitemap are
 * read from this list; tests/render/page-kinds.test.ts checks it against the templates.
 *
 * The order is the sitemap's: the single pages first, then the kinds with a page per item,
 * from the broadest (years) to the narrowest (articles).
 */
import { articleKind } from './article.ts'
import { datesKind, monthKind, yearKind } from './dates.ts'
import { feedKind } from './feed.ts'
import { homeKind } from './home.ts'
import { issueKind } from './issue.ts'
import { incrementalKey, type PageKind } from './kind.ts'
import { issuesKind, publicationKind, publicationsKind } from './publication.ts'
import { sitemapKind, sitemapPartKind } from './sitemap.ts'
import { dataKind, notFoundKind, robotsKind, searchKind } from './static-pages.ts'
import { tagKind } from './tag.ts'
import { tagKindKind, tagLetterKind, tagsKind } from './tag-index.ts'

export const pageKinds = [
  homeKind,
  datesKind,
  publicationsKind,
  tagsKind,
  searchKind,
  dataKind,
  yearKind,
  monthKind,
  publicationKind,
  tagKindKind,
  tagLetterKind,
  tagKind,
  issueKind,
  articleKind,
  issuesKind,
  notFoundKind,
  feedKind,
  robotsKind,
  sitemapKind,
  sitemapPartKind
] as const satisfies readonly PageKind[]

/**
 * The page data keys of the kinds rendered incrementally (a page per item of
 * `toRender.<key>`), by name: the order the render manifest lists their pages in.
 */
export const incrementalKeys: readonly string[] = pageKinds
  .map((kind: PageKind) => incrementalKey(kind))
  .filter((key): key is string => key !== null)
  .sort()

/** The templates of the kinds rendered incrementally. */
export const incrementalTemplates: ReadonlySet<string> = new Set(
  pageKinds.filter((kind: PageKind) => incrementalKey(kind) !== null).map((kind) => kind.template)
)

/** The templates written only when the site's origin is known. */
export const siteUrlTemplates: ReadonlySet<string> = new Set(
  pageKinds.filter((kind: PageKind) => kind.needsSiteUrl).map((kind) => kind.template)
)

/** Every page's site-relative URL the sitemap lists, kind by kind. */
export function sitemapUrls(data: Readonly<Record<string, unknown>>): string[] {
  return pageKinds.flatMap((kind: PageKind) => {
    if (!kind.sitemap) return []
    const key = incrementalKey(kind)
    if (key === null) return [kind.url.make({})]
    return (data[key] as readonly { url: string }[]).map((page) => page.url)
  })
}

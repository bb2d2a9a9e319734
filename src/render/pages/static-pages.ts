/**
 * The pages that read nothing of the corpus but the site's name and counts: search (its
 * index is fetched by the page), data downloads, the 404 page and robots.txt.
 */
import { pathShape, pageKind } from './kind.ts'

export const searchKind = pageKind('search.njk', pathShape('/search/'))

export const dataKind = pageKind('data.njk', pathShape('/data/'))

/** Served at any depth: its links keep the base path (site.ts). */
export const notFoundKind = pageKind('404.njk', pathShape('/404.html'), { sitemap: false })

export const robotsKind = pageKind('robots.njk', pathShape('/robots.txt'), { sitemap: false })

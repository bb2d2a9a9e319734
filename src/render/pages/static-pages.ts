/**
 * The pages that read nothing of the corpus but the site's name and counts: search (its
 * index is fetched by the page), data downloads, the 404 page and robots.txt.
 */
import { pathShape, pageKind } from './kind.ts'

export const searchKind = pageKind({
  name: 'search',
  template: 'search.njk',
  url: pathShape('/search/'),
  paginates: null,
  sitemap: true
})

export const dataKind = pageKind({
  name: 'data',
  template: 'data.njk',
  url: pathShape('/data/'),
  paginates: null,
  sitemap: true
})

/** Served at any depth: its links keep the base path (site.ts). */
export const notFoundKind = pageKind({
  name: 'not-found',
  template: '404.njk',
  url: pathShape('/404.html'),
  paginates: null,
  sitemap: false
})

export const robotsKind = pageKind({
  name: 'robots',
  template: 'robots.njk',
  url: pathShape('/robots.txt'),
  paginates: null,
  sitemap: false
})

/**
 * The sitemap, written only when the site's origin is known (the protocol takes absolute
 * URLs only): one file, or an index of parts of at most 50,000 URLs each.
 */
import { pathShape, pageKind } from './kind.ts'

/** Sitemaps hold at most 50,000 URLs each. */
export const SITEMAP_SIZE = 50_000

/** The sitemap's data from every listed URL: one list, or the parts and their numbers. */
export function sitemapData(urls: readonly string[], size = SITEMAP_SIZE) {
  const chunks: string[][] = []
  for (let i = 0; i < urls.length; i += size) chunks.push(urls.slice(i, i + size))
  return {
    sitemap: {
      single: chunks.length <= 1 ? (chunks[0] ?? []) : null,
      parts: chunks.length > 1 ? chunks.map((_, i) => i + 1) : []
    },
    sitemapParts: chunks.length > 1 ? chunks : []
  }
}

export const sitemapKind = pageKind({
  name: 'sitemap',
  template: 'sitemap.njk',
  url: pathShape('/sitemap.xml'),
  paginates: null,
  sitemap: false,
  needsSiteUrl: true
})

export const sitemapPartKind = pageKind({
  name: 'sitemap-part',
  template: 'sitemap-part.njk',
  url: pathShape('/sitemap-<part>.xml'),
  paginates: 'sitemapParts',
  sitemap: false,
  needsSiteUrl: true
})

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

export const sitemapKind = pageKind('sitemap.njk', pathShape('/sitemap.xml'), { sitemap: false, needsSiteUrl: true })

/** A part of a sitemap too long for one file, a page per part (`sitemapParts`). */
export const sitemapPartKind = pageKind('sitemap-part.njk', pathShape('/sitemap-<part>.xml'), {
  paginates: 'sitemapParts',
  sitemap: false,
  needsSiteUrl: true
})

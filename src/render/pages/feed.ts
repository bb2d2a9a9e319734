/** The Atom feed of the latest 50 articles (`/feed.xml`). */
import { truncate } from '../filters.ts'
import type { CorpusFacts } from './corpus.ts'
import { pathShape, pageKind } from './kind.ts'

/** Articles in the feed, newest first. */
export const FEED_ENTRIES = 50

/** `2020-02-29` → `2020-02-29T00:00:00+08:00`; partial dates take the first day. */
function atomDate(sortDate: string): string {
  const [y, m, d] = sortDate.split('-')
  const year = y && y !== '0000' ? y : '1970'
  const month = m && m !== '00' ? m : '01'
  const day = d && d !== '00' ? d : '01'
  return `${year}-${month}-${day}T00:00:00+08:00`
}

function feed(corpus: CorpusFacts) {
  const entries = corpus.newestArticles.slice(0, FEED_ENTRIES).map((a) => ({
    id: a.id,
    url: a.url,
    title: a.title,
    updated: atomDate(corpus.sortDates.get(a.id)!),
    authors: a.reporters,
    summary: truncate(a.paragraphs.join(''), 200)
  }))
  return { updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z', entries }
}

export const feedKind = pageKind('feed.njk', pathShape('/feed.xml'), {
  data: { key: 'feed', base: feed },
  sitemap: false
})

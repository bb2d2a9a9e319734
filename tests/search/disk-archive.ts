/** The archive search of a built site, its index files read from disk (as the page fetches them). */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { openArchive } from '../../templates/assets/archive-search.js'
import { termsOf } from '../../templates/assets/terms.js'

export function diskArchive(siteDir: string) {
  const archive = openArchive(
    async (path: string) => new Uint8Array(await readFile(join(siteDir, 'search-index', path)))
  )
  return {
    ...archive,
    /** The URLs a query finds, in the page's order. */
    async urls(
      query: string,
      options: { sort?: string; filters?: Record<string, string>; from?: string; to?: string } = {}
    ) {
      const { order } = await archive.search({
        terms: termsOf(query),
        sort: options.sort ?? '',
        filters: options.filters ?? {},
        from: options.from ?? '',
        to: options.to ?? ''
      })
      return Promise.all([...order].map(async (n) => ((await archive.article(n)) as { u: string }).u))
    }
  }
}

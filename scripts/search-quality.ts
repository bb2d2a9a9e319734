/**
 * Search quality through the page on a built archive (the benchmark's 20,000- and
 * 100,000-article runs; the 2,000-article run is in npm test): a query set computed from
 * the records (tests/search/query-set.ts), run through /search/ in Chromium
 * (tests/search/page-quality.ts): recall, precision, exact counts, headline-first ranking.
 *
 *   node --import tsx scripts/search-quality.ts --site DIR --corpus DIR [--max-screens N]
 *
 * Prints the figures, then a @@RESULT line (JSON) for scripts/bench.ts.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { ArticleRecord } from '../src/types.ts'
import { startServer } from '../src/serve.ts'
import { readJsonList } from '../src/pipeline/data-files.ts'
import { launchChromium } from './chromium.ts'
import { result } from './bench/child-common.ts'
import { buildQuerySet, shownTexts } from '../tests/search/query-set.ts'
import { describeQuality, measurePageQuality } from '../tests/search/page-quality.ts'

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    corpus: { type: 'string' },
    'max-screens': { type: 'string', default: '200' }
  }
})
if (!values.site || !values.corpus) {
  console.error('Usage: node --import tsx scripts/search-quality.ts --site DIR --corpus DIR [--max-screens N]')
  process.exit(2)
}
// A record at a time: at 100,000 articles the file is longer than a string can be.
const articles = readJsonList<ArticleRecord>(join(values.site, 'data/articles.json'))
const sources = new Map<string, string>()
for (const name of readdirSync(values.corpus))
  if (name.endsWith('.txt')) sources.set(name, readFileSync(join(values.corpus, name), 'utf8').replace(/\r\n?/g, '\n'))
const queries = buildQuerySet(articles, sources, shownTexts(values.site, articles), 11)
const server = await startServer({ root: values.site, port: 0, base: '/' })
const browser = await launchChromium()
try {
  const quality = await measurePageQuality(
    browser,
    server.url,
    values.site,
    articles,
    queries,
    Number(values['max-screens'])
  )
  console.log(describeQuality(quality, `search over ${queries.length} queries on ${articles.length} articles`))
  result({ quality: { ...quality, queries: queries.length } })
} finally {
  await browser.close()
  await server.close()
}

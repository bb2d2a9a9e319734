/**
 * Search latency and bytes as a reader meets them (scripts/bench/page-search.ts): the built
 * site served on localhost, Chromium opening /search/ with a cold cache and typing a query,
 * then a second query on the same page.
 *
 *   node --import tsx scripts/bench-search.ts --site DIR [--base /] [QUERY ...]
 */
import { parseArgs } from 'node:util'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pageSearch } from './bench/page-search.ts'

const { values, positionals } = parseArgs({
  options: { site: { type: 'string' }, base: { type: 'string', default: '/' } },
  allowPositionals: true
})
if (!values.site || !existsSync(join(values.site, 'search/index.html'))) {
  console.error(
    'Usage: node --import tsx scripts/bench-search.ts --site DIR [--base /] [QUERY ...]  (DIR: a built site)'
  )
  process.exit(2)
}
const queries = positionals.length
  ? positionals
  : ['疫情防控', '项目建设', '核酸检测', '营商环境', '复工复产', '区委书记']
const { articles } = JSON.parse(readFileSync(join(values.site, 'data/articles.json'), 'utf8')) as {
  articles: unknown[]
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`
console.log(`Search in Chromium over ${articles.length} articles`)
console.log(
  '| query | first result on screen | first screen complete | found | bytes fetched after Enter (page load) | then on the same page | bytes | its filters counted |'
)
console.log('|---|---|---|---|---|---|---|---|')
const results = await pageSearch(values.site, queries, values.base)
for (const r of results)
  console.log(
    `| ${r.query} | ${r.firstResultMs.toFixed(0)} ms | ${r.doneMs.toFixed(0)} ms | ${r.total} | ${kb(r.bytes)} in ${r.requests} (${kb(r.pageBytes)}) | ${r.second.query}: ${r.second.doneMs.toFixed(0)} ms | ${kb(r.second.bytes)} in ${r.second.requests} | ${kb(r.filters.bytes)} in ${r.filters.requests}, ${r.filters.ms.toFixed(0)} ms |`
  )
const firsts = results.map((r) => r.firstResultMs).sort((a, b) => a - b)
console.log(
  `median first result: ${firsts[Math.floor(firsts.length / 2)]!.toFixed(0)} ms, worst ${firsts.at(-1)!.toFixed(0)} ms (target ≤ 300 ms); ` +
    `first query worst ${kb(Math.max(...results.map((r) => r.bytes)))} (target ≤ 300 KB), further query worst ${kb(Math.max(...results.map((r) => r.second.bytes)))} (target ≤ 150 KB)`
)

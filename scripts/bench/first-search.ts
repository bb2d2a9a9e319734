/**
 * Bytes a first search fetches from a built site's Pagefind bundle, by running the real
 * pagefind.js in Node against a local HTTP server and counting response bytes.
 *
 One profile per query, each from a cold start (fresh module, nothing cached):
 *   minimal  (a bare Pagefind site, one bundle) pagefind.js + what `search(q)` fetches +
 *            the fragments of the first 5 results (Pagefind's own UI shows 5 at a time)
 *   ours     (our site, search-index/index.json) our search page itself in Chromium
 *            (page-search.ts): page load, the query's buckets, lists and first screen of
 *            articles; then a second query on the same page
 *
 * Pagefind's index files are gzip already, so bytes on disk = bytes on the wire; pagefind.js
 * is counted as served without compression.
 *
 *   node --import tsx scripts/bench/first-search.ts SITE_DIR QUERY...   (prints @@RESULT JSON)
 */
import { createServer } from 'node:http'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join, normalize } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { AddressInfo } from 'node:net'
import { result } from './child-common.ts'
import { pageSearch } from './page-search.ts'

export interface SearchProfile {
  query: string
  profile: 'minimal' | 'ours'
  bytes: number
  requests: number
  byKind: Record<string, { requests: number; bytes: number }>
  candidates: number
  fragments: number
  shown: number
  /** Pagefind bundles opened. */
  bundles: number
  /** Our page only: milliseconds from Enter to the first result, and the next query typed on the same page. */
  firstResultMs?: number
  second?: { query: string; bytes: number; requests: number; doneMs: number }
  filters?: { bytes: number; requests: number; ms: number }
}

function kindOf(href: string): string {
  const url = new URL(href).pathname
  if (url.endsWith('pagefind.js')) return 'pagefind.js'
  if (url.endsWith('shards.json')) return 'search-index json'
  if (url.includes('/wasm.')) return 'wasm'
  if (url.endsWith('pagefind-entry.json')) return 'entry'
  if (url.endsWith('.pf_meta')) return 'meta'
  if (url.includes('/index/')) return 'index chunks'
  if (url.includes('/filter/')) return 'filter chunks'
  if (url.includes('/fragment/')) return 'fragments'
  return 'other'
}

export async function firstSearch(siteDir: string, queries: string[], lang = 'zh-CN'): Promise<SearchProfile[]> {
  const server = createServer(async (req, res) => {
    try {
      const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
      const data = await readFile(join(siteDir, path))
      res.writeHead(200, {
        'content-type': path.endsWith('.js')
          ? 'text/javascript'
          : path.endsWith('.json')
            ? 'application/json'
            : 'application/octet-stream'
      })
      res.end(data)
    } catch {
      res.writeHead(404).end()
    }
  })
  server.keepAliveTimeout = 60_000
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  // What pagefind.js sees of a browser: <html lang> and fetch.
  const g = globalThis as any
  g.document = {
    querySelector: (s: string) => (s === 'html' ? { getAttribute: () => lang } : null),
    currentScript: null
  }
  const realFetch = globalThis.fetch
  let log: { url: string; bytes: number }[] = []

  g.fetch = async (input: any, init?: any) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    // A kept-alive socket the server just closed gives ECONNRESET: try again.
    let response: Response
    let body: ArrayBuffer
    for (let attempt = 1; ; attempt++) {
      try {
        response = await realFetch(input, init)
        body = await response.arrayBuffer()
        break
      } catch (error) {
        if (attempt >= 4) throw error
      }
    }
    log.push({ url, bytes: body.byteLength })
    return new Response(body, { status: response.status, headers: response.headers })
  }

  const profiles: SearchProfile[] = []
  let fresh = 0
  const bundle = { key: 'all', path: 'pagefind/' }
  const open = async (entry: { path: string }, extra: Record<string, unknown> = {}) => {
    const file = join(siteDir, entry.path, 'pagefind.js')
    log.push({ url: `${origin}/${entry.path}pagefind.js`, bytes: (await stat(file)).size })
    const pf = await import(`${pathToFileURL(file).href}?cold=${fresh++}`)
    await pf.options({ basePath: `${origin}/${entry.path}`, ...extra })
    await pf.init()
    return pf
  }
  try {
    for (const query of queries) {
      for (const profile of ['minimal'] as const) {
        log = []
        const opened: any[] = []
        // Pagefind's own UI on the bundle: search, first 5 results.
        const pf = await open(bundle)
        opened.push(pf)
        const found = await pf.search(query)
        const candidates: { data: () => Promise<unknown> }[] = found?.results ?? []
        const total = candidates.length
        const data = await Promise.all(candidates.slice(0, 5).map((r) => r.data()))
        const fragments = data.length
        const shown = data.length
        for (const pf of opened) await pf.destroy()
        const byKind: SearchProfile['byKind'] = {}
        for (const entry of log) {
          const k = (byKind[kindOf(entry.url)] ??= { requests: 0, bytes: 0 })
          k.requests++
          k.bytes += entry.bytes
        }
        profiles.push({
          query,
          profile,
          bytes: log.reduce((sum, e) => sum + e.bytes, 0),
          requests: log.length,
          byKind,
          candidates: total,
          fragments,
          shown,
          bundles: opened.length
        })
      }
    }
  } finally {
    g.fetch = realFetch
    server.close()
  }
  return profiles
}

/** Our search page in Chromium (page-search.ts), as profiles: the first query's bytes, the second's apart. */
async function ourSearch(siteDir: string, queries: string[]): Promise<SearchProfile[]> {
  return (await pageSearch(siteDir, queries)).map((p) => ({
    query: p.query,
    profile: 'ours',
    bytes: p.bytes,
    requests: p.requests,
    byKind: p.byKind,
    candidates: p.total,
    fragments: p.byKind['articles']?.requests ?? 0,
    shown: p.shown,
    bundles: 0,
    firstResultMs: p.firstResultMs,
    second: p.second,
    filters: p.filters
  }))
}

if (process.argv[1]?.endsWith('first-search.ts')) {
  const [site, ...queries] = process.argv.slice(2)
  if (!site || queries.length === 0) throw new Error('usage: first-search.ts SITE_DIR QUERY...')
  const ours = existsSync(join(site, 'search-index', 'index.json'))
  const profiles = ours ? await ourSearch(site, queries) : await firstSearch(site, queries)
  result({ profiles })
}

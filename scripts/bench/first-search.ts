/**
 * Bytes a first search fetches from a built site's Pagefind bundle, by running the real
 * pagefind.js in Node against a local HTTP server and counting response bytes.
 *
 One profile per query, each from a cold start (fresh module, nothing cached):
 *   minimal  (a bare Pagefind site, one bundle) pagefind.js + what `search(q)` fetches +
 *            the fragments of the first 5 results (Pagefind's own UI shows 5 at a time)
 *   ours     (our sharded site) what templates/assets/search.js does (its PAGE_SIZE and
 *            filter loading are read from the file): the shard manifest, per shard newest
 *            first the candidates of terms.js, then fragments a screen at a time until a
 *            screen of results contains every term (or the candidates run out)
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
import { readShardManifest } from '../../src/search/index.ts'
import { candidates as indexCandidates, fold } from '../../templates/assets/terms.js'

export interface SearchProfile {
  query: string
  profile: 'minimal' | 'ours'
  bytes: number
  requests: number
  byKind: Record<string, { requests: number; bytes: number }>
  candidates: number
  fragments: number
  shown: number
  /** Pagefind bundles (shards) opened. */
  bundles: number
}

function kindOf(href: string): string {
  const url = new URL(href).pathname
  if (url.endsWith('pagefind.js')) return 'pagefind.js'
  if (url.endsWith('shards.json') || url.endsWith('filters.json')) return 'search-index json'
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
  // Follow the search page as it is now: results per screen, and whether the filter lists
  // load with the page or only when the filter panel opens.
  const pageScript = await readFile(new URL('../../templates/assets/search.js', import.meta.url), 'utf8').catch(
    () => ''
  )
  const pageSize = Number(pageScript.match(/const PAGE_SIZE = (\d+)/)?.[1] ?? 20)
  const filtersOnLoad = !/ensureFilters|load only when wanted/.test(pageScript)
  // Sharded layout (search-index/shards.json, newest first) or one bundle at pagefind/.
  const shardsFile = join(siteDir, 'search-index', 'shards.json')
  const sharded = existsSync(shardsFile)
  const shards: { key: string; path: string }[] = sharded
    ? readShardManifest(await readFile(shardsFile, 'utf8'))
    : [{ key: 'all', path: 'pagefind/' }]
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
      for (const profile of [sharded ? 'ours' : 'minimal'] as const) {
        log = []
        const opened: any[] = []
        let fragments = 0
        let shown = 0
        let candidates: { id: string; data: () => Promise<{ content: string }> }[] = []
        let total = 0
        if (profile === 'minimal') {
          // Pagefind's own UI on the newest (or only) bundle: search, first 5 results.
          const pf = await open(shards[0]!)
          opened.push(pf)
          const found = await pf.search(query)
          candidates = found?.results ?? []
          total = candidates.length
          const data = await Promise.all(candidates.slice(0, 5).map((r) => r.data()))
          fragments = shown = data.length
        } else {
          // templates/assets/search.js: on load the manifest and filters (sharded) or
          // pagefind's filters() (one bundle); per bundle, newest first, the quoted and
          // the loose search; fragments 20 at a time until 20 contain every term.
          if (sharded) {
            await (await g.fetch(`${origin}/search-index/shards.json`)).arrayBuffer()
            if (filtersOnLoad) await (await g.fetch(`${origin}/search-index/filters.json`)).arrayBuffer()
          }
          const terms = query.split(/[\s\u3000]+/).filter(Boolean)
          const wanted = terms.map(fold)
          let shardAt = 0
          let next = 0
          while (shown < pageSize && (next < candidates.length || shardAt < shards.length)) {
            if (next >= candidates.length) {
              const pf = await open(shards[shardAt++]!, { excerptLength: 30 })
              opened.push(pf)
              if (!sharded && filtersOnLoad) await pf.filters()
              candidates = (await indexCandidates(pf, terms)) as typeof candidates
              total += candidates.length
              next = 0
              continue
            }
            const batch = candidates.slice(next, next + pageSize)
            next += batch.length
            const data = await Promise.all(batch.map((r) => r.data()))
            fragments += data.length
            for (const page of data) if (wanted.every((t) => fold(page.content).includes(t))) shown++
          }
        }
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

if (process.argv[1]?.endsWith('first-search.ts')) {
  const [site, ...queries] = process.argv.slice(2)
  if (!site || queries.length === 0) throw new Error('usage: first-search.ts SITE_DIR QUERY...')
  const profiles = await firstSearch(site, queries)
  result({ profiles })
}

/**
 * `npm run serve`: a small static file server for previewing `dist/` on localhost,
 * under the same base path the site was built for.
 */
import { createServer } from 'node:http'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon'
}

export interface ServeOptions {
  root: string
  port: number
  base: string
  host?: string
}

/** Maps a request path to a file under root, or null. Never leaves root. */
export function resolveRequest(root: string, base: string, urlPath: string): string | null {
  let path: string
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (!path.startsWith(base)) return null
  const inside = normalize(join(root, path.slice(base.length)))
  if (inside !== root && !inside.startsWith(root + sep)) return null
  try {
    const stat = statSync(inside)
    if (stat.isDirectory()) {
      const index = join(inside, 'index.html')
      return statSync(index).isFile() ? index : null
    }
    return stat.isFile() ? inside : null
  } catch {
    return null
  }
}

export function startServer(options: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(options.root)
  const server = createServer((request, response) => {
    const file = resolveRequest(root, options.base, request.url ?? '/')
    if (request.url === '/' && options.base !== '/') {
      response.writeHead(302, { location: options.base }).end()
      return
    }
    if (!file) {
      const notFound = resolveRequest(root, '/', '/404.html')
      response.writeHead(404, { 'content-type': types['.html']! })
      if (notFound) createReadStream(notFound).pipe(response)
      else response.end('404')
      return
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  return new Promise((done) => {
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : options.port
      done({
        url: `http://127.0.0.1:${port}${options.base}`,
        close: () => new Promise((closed) => server.close(() => closed()))
      })
    })
  })
}

/** A problem the user can fix (nothing built yet), printed without a stack trace. */
export class ServeError extends Error {}

export async function serve(options: ServeOptions): Promise<void> {
  if (!existsSync(join(resolve(options.root), 'index.html'))) {
    throw new ServeError(
      `Nothing to preview: \`${options.root}/index.html\` does not exist. Build the site first with \`npm run build\` ` +
        '(or pass the folder you built into with `--out DIR`).'
    )
  }
  const { url } = await startServer(options)
  console.log(`预览：${url}  （Ctrl+C 停止）`)
  await new Promise(() => {})
}

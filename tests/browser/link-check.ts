/**
 * A link checker for a built site: every internal href/src of every HTML page, and
 * every URL in the feed and sitemap, must resolve to a file in the output folder.
 * Links to another host are reported too: the site must work offline.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface LinkProblem {
  page: string
  link: string
  reason: string
}

function walk(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      if (name !== 'pagefind') walk(path, found)
    } else found.push(path)
  }
  return found
}

const decodeEntities = (text: string) =>
  text.replace(
    /&(amp|lt|gt|quot|#39|#x27);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!
  )

/** The file a site path names, or null: `/archive/tags/people/%E5%AE%8B%E6%B4%81/` → `…/index.html`. */
export function fileFor(outDir: string, base: string, path: string): string | null {
  if (!path.startsWith(base)) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(path.slice(base.length))
  } catch {
    return null
  }
  const file = join(outDir, decoded)
  if (!file.startsWith(outDir)) return null
  if (existsSync(file) && statSync(file).isFile()) return file
  const index = join(file, 'index.html')
  return existsSync(index) ? index : null
}

/** Checks every page; `siteUrl` is the origin the feed/sitemap URLs may start with. */
export function checkLinks(
  outDir: string,
  base: string,
  siteUrl?: string
): { pages: number; links: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = []
  let links = 0
  let pages = 0
  const files = walk(outDir)
  const ids = new Map<string, Set<string>>()
  const idsOf = (file: string) => {
    let set = ids.get(file)
    if (!set) {
      set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)))
      ids.set(file, set)
    }
    return set
  }
  for (const file of files) {
    const rel = relative(outDir, file).split(sep).join('/')
    const isHtml = file.endsWith('.html')
    const isXml = file.endsWith('.xml')
    if (!isHtml && !isXml) continue
    pages++
    const text = readFileSync(file, 'utf8')
    const pageUrl = new URL(base + rel.replace(/index\.html$/, ''), 'http://site.invalid')
    const found = isHtml
      ? [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
      : [...text.matchAll(/<loc>([^<]*)<\/loc>|\shref="([^"]*)"/g)].map((m) => decodeEntities((m[1] ?? m[2])!))
    for (const raw of found) {
      links++
      let link = raw
      if (siteUrl && link.startsWith(siteUrl)) link = link.slice(siteUrl.replace(/\/+$/, '').length)
      if (/^(mailto|tel|data):/i.test(link)) continue
      if (/^(?:[a-z]+:)?\/\//i.test(link)) {
        problems.push({ page: rel, link: raw, reason: 'points to another host' })
        continue
      }
      if (/\s/.test(link)) problems.push({ page: rel, link: raw, reason: 'has white space (not encoded)' })
      const url = new URL(link, pageUrl)
      if (url.host !== 'site.invalid') {
        problems.push({ page: rel, link: raw, reason: 'points to another host' })
        continue
      }
      const target =
        url.pathname === pageUrl.pathname && link.startsWith('#') ? file : fileFor(outDir, base, url.pathname)
      if (!target) {
        problems.push({ page: rel, link: raw, reason: `no file for ${url.pathname}` })
        continue
      }
      if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1))
        if (!idsOf(target).has(id)) problems.push({ page: rel, link: raw, reason: `no element with id "${id}"` })
      }
    }
  }
  return { pages, links, problems }
}

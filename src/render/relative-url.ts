/**
 * Links from one page to another as relative paths (`../../issues/x/`), so the built folder
 * works wherever it is put: under any path on a web server, and opened from a disk or USB
 * stick (`file://`), where a path from the root would name the root of the drive.
 */

/** The relative path from the page at `from` (site-relative, `/articles/x/`) to `to` (`/issues/y/`). */
export function relativeUrl(from: string, to: string): string {
  return linksFrom(from)(to)
}

/**
 * Links from one page: the page's folders are split once, for the ~50 links a page
 * makes (the `base` filter asks page by page).
 */
export function linksFrom(from: string): (to: string) => string {
  const fromDir = from
    .slice(0, from.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean)
  return (to) => {
    if (!to.startsWith('/')) return to
    const [path, tail = ''] = splitTail(to)
    const isDir = path.endsWith('/')
    const parts = path.split('/').filter(Boolean)
    let common = 0
    while (common < fromDir.length && common < parts.length && fromDir[common] === parts[common]) common++
    // A target that is a file keeps its last part even when it equals a folder name.
    if (!isDir && common === parts.length && common > 0) common--
    const up = fromDir.length - common
    const rest = parts.slice(common).join('/') + (isDir && parts.length > common ? '/' : '')
    const rel = '../'.repeat(up) + rest
    return (rel === '' ? './' : rel) + tail
  }
}

/** `/search/?q=1#x` → [`/search/`, `?q=1#x`]. */
function splitTail(url: string): [string, string] {
  const at = url.search(/[?#]/)
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)]
}

/**
 * Stable ids and URLs. The same corpus path always gives the same id, and ids are
 * safe in URLs whatever the file is called (spaces, Chinese, `#`, `?`, `%`, brackets).
 */
import { createHash } from 'node:crypto'

const safeStem = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

/** `002_a91af3f4be450be0.txt` → `002_a91af3f4be450be0`; `上街 #3.txt` → `3-1a2b3c4d`. */
export function issueIdFor(path: string): string {
  const normalised = path.normalize('NFC').replace(/\\/g, '/')
  const stem = normalised.replace(/\.[^./]*$/, '').replace(/\//g, '--')
  if (safeStem.test(stem) && stem.length <= 80) return stem
  const ascii = stem
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  const hash = createHash('sha1').update(normalised).digest('hex').slice(0, 8)
  return ascii ? `${ascii}-${hash}` : `f-${hash}`
}

export function articleIdFor(issueId: string, order: number): string {
  return `${issueId}-${String(order).padStart(2, '0')}`
}

export const issueUrl = (issueId: string) => `/issues/${issueId}/`
export const articleUrl = (articleId: string) => `/articles/${articleId}/`
/** Where an issue read from a PDF has that PDF in the site. */
export const pdfUrl = (issueId: string) => `/pdf/${issueId}.pdf`

/**
 * Small pure filters for the templates. Each takes plain values and returns strings.
 */

/** `2020-02-29` → `2020年2月29日`; `--03-19` → `3月19日`; `2022` → `2022年`. */
export function chineseDate(date: string | null | undefined): string {
  if (!date) return ''
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (match) return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`
  match = /^--(\d{2})-(\d{2})$/.exec(date)
  if (match) return `${Number(match[1])}月${Number(match[2])}日`
  match = /^(\d{4})-(\d{2})$/.exec(date)
  if (match) return `${match[1]}年${Number(match[2])}月`
  match = /^(\d{4})$/.exec(date)
  if (match) return `${match[1]}年`
  return date
}

/** Prefixes a site-relative URL with the base path (`/archive/`). */
export function withBase(url: string, base: string): string {
  if (!url.startsWith('/')) return url
  return base.replace(/\/$/, '') + url
}

/** Joins names with the Chinese enumeration comma. */
export function joinNames(names: readonly string[] | null | undefined): string {
  return (names ?? []).join('、')
}

/** Cuts a text to at most `length` characters, adding an ellipsis when cut. */
export function truncate(text: string | null | undefined, length: number): string {
  const chars = Array.from(text ?? '')
  return chars.length <= length ? chars.join('') : chars.slice(0, length).join('') + '…'
}

/** A site-relative URL with the base path, percent-encoded for an href (`/tags/people/宋洁/`). */
export function href(url: string, base: string): string {
  return encodeURI(withBase(url, base))
}

/** The same URL made absolute on `siteUrl` (`https://example.org`), when one is configured. */
export function absoluteUrl(url: string, base: string, siteUrl: string | null | undefined): string {
  const path = href(url, base)
  return siteUrl ? siteUrl.replace(/\/+$/, '') + path : path
}

/** Drops characters XML 1.0 does not allow (control characters, lone surrogates). */
export function xmlText(text: string | null | undefined): string {
  return String(text ?? '').replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
}

/**
 * The kinds of tag, and tag slugs: the last segment of a tag page's URL,
 * `/tags/<kind>/<slug>/` (pages/tag.ts).
 *
 * A word made only of Han characters, lower-case ASCII letters and digits (up to 32
 * characters) is its own slug: the page is `/tags/people/宋洁/` and links carry it
 * percent-encoded (`encodeURI`). Anything else — upper case, punctuation, spaces,
 * markup — gets `_` and ten hex digits of its SHA-1, which no word slug can look like.
 * Same word, same slug, on every build.
 */
import { createHash } from 'node:crypto'
import type { Tags } from '../types.ts'
import { hanScript } from '../lexicon/han.ts'

export type TagKind = keyof Tags

export interface TagKindInfo {
  kind: TagKind
  /** URL segment under `/tags/`. */
  path: string
  label: string
  /** Search filter name on article pages, when the kind is a filter. */
  filter: string | null
}

export const tagKinds: readonly TagKindInfo[] = [
  { kind: 'keywords', path: 'topics', label: '主题', filter: null },
  { kind: 'people', path: 'people', label: '人物', filter: '人物' },
  { kind: 'places', path: 'places', label: '地点', filter: '地点' },
  { kind: 'organizations', path: 'organizations', label: '机构', filter: '机构' }
]

export const kindInfo = (kind: TagKind): TagKindInfo => tagKinds.find((k) => k.kind === kind)!

const wordSlug = new RegExp(`^[${hanScript}a-z0-9]{1,32}$`, 'u')

/** What a slug can be: a safe word, or `_` and ten hex digits (no `-`, no `/`). */
export const slugPattern = new RegExp(`(?:[${hanScript}a-z0-9]{1,32}|_[0-9a-f]{10})`, 'u')

/** The kinds' paths under `/tags/`. */
export const tagKindPathPattern = new RegExp(tagKinds.map((k) => k.path).join('|'))

export function hashSlug(word: string): string {
  return '_' + createHash('sha1').update(word.normalize('NFC')).digest('hex').slice(0, 10)
}

/** The slug of a word: the word itself when it is URL- and file-name-safe, else a hash. */
export function slugFor(word: string): string {
  const nfc = word.normalize('NFC')
  return wordSlug.test(nfc) ? nfc : hashSlug(nfc)
}

/**
 * What a kind of page is: where its pages live (its URL shape), which template renders
 * them, and how their data is made. Each kind is declared once, in the module of its
 * pages; registry.ts lists them all, and the render, the sitemap and the tests read
 * the kinds from there.
 */
import type { CorpusFacts } from './corpus.ts'
import type { TagFacts } from './tag-facts.ts'

/** A URL shape: a page's URL made from what names the page, and read back. */
export interface UrlShape<P> {
  /** The shape as people write it: `/dates/<year>/<month>/`. */
  pattern: string
  make(params: P): string
  /** What the URL was made from, or null when it is not of this shape. */
  parse(url: string): P | null
}

/** The names in a pattern: `/dates/<year>/` → `'year'`. */
type NamesOf<S extends string> = S extends `${string}<${infer N}>${infer Rest}` ? N | NamesOf<Rest> : never

export type ShapeParams<S extends string> = { [N in NamesOf<S>]: string | number }

/**
 * A shape whose `<name>`s each stand for a non-empty part of one path segment, or for
 * what `parts` says that name can be (a slug, a letter), so that shapes alike but for
 * one segment (`/tags/people/<slug>/`, `/tags/people/pinyin-<letter>/`) stay apart.
 */
export function pathShape<const S extends string>(
  pattern: S,
  parts: { readonly [N in NamesOf<S>]?: RegExp } = {}
): UrlShape<ShapeParams<S>> {
  const names = [...pattern.matchAll(/<(\w+)>/g)].map((m) => m[1]!)
  const literal = pattern.split(/<\w+>/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const part = (name: string) => `(${(parts as Record<string, RegExp | undefined>)[name]?.source ?? '[^/#?]+'})`
  const regex = new RegExp(`^${literal.map((text, i) => (i ? part(names[i - 1]!) : '') + text).join('')}$`, 'u')
  return {
    pattern,
    make: (params) =>
      pattern.replace(/<(\w+)>/g, (_, name: string) => String((params as Record<string, string | number>)[name])),
    parse(url) {
      const match = regex.exec(url)
      if (!match) return null
      return Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) as ShapeParams<S>
    }
  }
}

/**
 * How a kind's page data is made, under `key` in the page data (and in the templates'
 * data). `base` needs no tags: the build makes it while the tagging thread works.
 * `tagged` makes the data once tags are known, from `base`'s when there is one; without
 * it the base data is the page data.
 */
export interface PageDataMaker<K extends string = string, B = unknown, F = B> {
  key: K
  base?(corpus: CorpusFacts): B
  tagged?(tags: TagFacts, base: B): F
}

export interface PageKind {
  /** The template in templates/ that renders its pages: it names the kind. */
  template: string
  url: UrlShape<object>
  /**
   * The data its template paginates over, a page per item, or null for a single page.
   * `toRender.<key>` for kinds rendered incrementally: only the items whose data changed
   * (incremental.ts), each at `<item.url>index.html`.
   */
  paginates: string | null
  /** Its data, when the kind has data of its own. */
  data: PageDataMaker<string, unknown, unknown> | undefined
  /** Listed in the sitemap. */
  sitemap: boolean
  /** Written only when the site's origin is known (the sitemap protocol takes absolute URLs only). */
  needsSiteUrl: boolean
}

export interface PageKindOptions<D> {
  /** A page per item of this data, each at the item's `url`, rendered incrementally. */
  each?: D
  /** The data of the kind's single page. */
  data?: D
  /** What the template paginates over when it is not its own data (`sitemapParts`). */
  paginates?: string
  /** Listed in the sitemap (default yes). */
  sitemap?: boolean
  needsSiteUrl?: boolean
}

/** Declares a kind, keeping its data's key and types for the page data's type. */
export function pageKind<
  P extends object,
  const D extends PageDataMaker<string, unknown, unknown> | undefined = undefined
>(template: string, url: UrlShape<P>, options: PageKindOptions<D> = {}): Omit<PageKind, 'data'> & { data: D } {
  const data = (options.each ?? options.data) as D
  return {
    template,
    url: url as UrlShape<object>,
    paginates: options.each ? `toRender.${options.each.key}` : (options.paginates ?? null),
    data,
    sitemap: options.sitemap ?? true,
    needsSiteUrl: options.needsSiteUrl ?? false
  }
}

/** The kinds with a page per item of their data, rendered incrementally: their data's key. */
export function incrementalKey(kind: PageKind): string | null {
  return kind.data && kind.paginates === `toRender.${kind.data.key}` ? kind.data.key : null
}

type BaseOf<M> = M extends { base: (corpus: CorpusFacts) => infer B } ? B : never
type FullOf<M> = M extends { tagged: (tags: TagFacts, base: never) => infer F } ? F : BaseOf<M>
type DataKinds<Ks extends readonly PageKind[]> = Extract<Ks[number], { data: PageDataMaker }>

/** The data made before tags are known, by key, of the kinds that make some. */
export type BaseDataOf<Ks extends readonly PageKind[]> = {
  [K in DataKinds<Ks> as K['data'] extends { base: unknown } ? K['data']['key'] : never]: BaseOf<K['data']>
}

/** Every kind's page data, by key. */
export type DataOf<Ks extends readonly PageKind[]> = {
  [K in DataKinds<Ks> as K['data']['key']]: FullOf<K['data']>
}

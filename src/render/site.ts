/**
 * The render stage: records → page data (./pages.ts) → Eleventy (templates/) → HTML.
 *
 * Eleventy gets the page data as global data and renders one paginated template per
 * kind of page (MEASURED.md: far faster and leaner than a template file per article);
 * the kinds, their templates and URLs are listed in pages/registry.ts.
 * Templates never loop over the whole corpus: every list is precomputed per page.
 *
 * Use:
 *
 *   await renderSite({ outDir, base: '/archive/', name: '简报档案馆' }, { issues, articles, tagged, sources })
 */
import { fileURLToPath } from 'node:url'
import Eleventy, { type EleventyUserConfig } from '@11ty/eleventy'
import { absoluteUrl, chineseDate, href, joinNames, xmlText } from './filters.ts'
import { linksFrom } from './relative-url.ts'
import { articleBodies, pageData, sitemapUrls, type ArticlePage, type PageData, type SiteInput } from './pages.ts'
import { incrementalKeys, incrementalTemplates, siteUrlTemplates } from './pages/registry.ts'
import { sitemapData } from './pages/sitemap.ts'
import {
  manifestName,
  planRender,
  previousFilesOf,
  readManifest,
  renderContext,
  type PreviousFiles,
  type RenderManifest
} from './incremental.ts'
import { linkFiles } from '../util/link-tree.ts'
import { cacheNunjucksCompilation } from './nunjucks-compile-cache.ts'
import { writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'

export {
  basePageData,
  issueLabel,
  pageData,
  textSource,
  type SiteInput,
  type SourceFile,
  type PersonInfo,
  type TagInput
} from './pages.ts'

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url))

export interface SiteOptions {
  outDir: string
  /** URL path the site is served under, `/` or `/archive/`. */
  base: string
  name: string
  /**
   * Origin the site is published at, e.g. `https://example.org`: makes the feed's and
   * sitemap's URLs absolute. Without it the feed's are host-relative paths (`/archive/…`)
   * and there is no sitemap, since the sitemap protocol allows absolute URLs only.
   */
  siteUrl?: string | null
  /** The previous output folder: pages whose data did not change are linked from it. */
  previousDir?: string | null
  /** Pages per Eleventy run (default RENDER_BATCH_PAGES). */
  batchPages?: number
  /** Let Eleventy print its own lines (`[11ty] Wrote …`); off, it prints nothing. */
  verbose?: boolean
  /** Called after each Eleventy run with the paginated pages rendered so far and in all. */
  onProgress?: (done: number, total: number) => void
}

export interface SiteStats {
  issues: number
  articles: number
  firstDate: string | null
  lastDate: string | null
}

/** Our Eleventy setup as a plugin: global data, filters and the assets. */
export function archivePlugin(
  eleventyConfig: EleventyUserConfig,
  options: {
    site: SiteOptions
    stats: SiteStats
    data: Record<string, unknown>
    /** Render only the paginated templates (the later batches of a large build). */
    paginatedOnly?: boolean
  }
): void {
  const base = options.site.base ?? '/'
  const siteUrl = options.site.siteUrl ?? null
  eleventyConfig.addGlobalData('site', { name: options.site.name, base, siteUrl })
  eleventyConfig.addGlobalData('stats', options.stats)
  // Nothing uses collections; keeping pages out of them keeps Eleventy lean at 100k pages.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true)
  for (const [name, value] of Object.entries(options.data)) eleventyConfig.addGlobalData(name, value)
  addLinkFilters(eleventyConfig, base, siteUrl)
  eleventyConfig.addFilter('zhDate', chineseDate)
  eleventyConfig.addFilter('names', joinNames)
  eleventyConfig.addFilter('xml', xmlText)
  eleventyConfig.setTemplateFormats(['njk'])
  if (!siteUrl) {
    // The sitemap protocol takes absolute URLs only: without the origin there is no sitemap.
    eleventyConfig.addPreprocessor('sitemap needs the site URL', 'njk', function (this: { inputPath: string }) {
      return siteUrlTemplates.has(basename(this.inputPath)) ? false : undefined
    })
  }
  if (options.paginatedOnly) {
    eleventyConfig.addPreprocessor('paginated only', 'njk', function (this: { inputPath: string }) {
      return incrementalTemplates.has(basename(this.inputPath)) ? undefined : false
    })
  } else {
    eleventyConfig.addPassthroughCopy({ [`${templatesDir}assets`]: 'assets' })
  }
}

/** Eleventy's `this` in a filter: the page being rendered, and its data. */
type FilterThis =
  | {
      ctx?: { site?: { base?: string; siteUrl?: string | null }; page?: { url?: string | false } }
      page?: { url?: string | false }
    }
  | undefined

/**
 * `base` and `absolute`. Eleventy keeps compiled layouts in a process-wide cache, with the
 * filters of the first build in the process: so the filters read base and site URL from the
 * page's data (`site`), which is always this build's, and fall back to the options.
 */
function addLinkFilters(eleventyConfig: EleventyUserConfig, base: string, siteUrl: string | null): void {
  // Links between pages are relative, so the folder works under any path and from a disk
  // (file://). The 404 page is served at any depth: its links keep the base path.
  // Eleventy renders a page's template at a time: the links of the page being rendered are kept.
  let page: { from: string; link: (to: string) => string; made: Map<string, string> } | null = null
  eleventyConfig.addFilter('base', function (this: FilterThis, url: string) {
    const from = this?.ctx?.page?.url || this?.page?.url
    if (typeof from === 'string' && from.startsWith('/') && from !== '/404.html') {
      if (page?.from !== from) page = { from, link: linksFrom(safeDecode(from)), made: new Map() }
      let made = page.made.get(url)
      if (made === undefined) page.made.set(url, (made = encodeURI(page.link(url))))
      return made
    }
    return href(url, this?.ctx?.site?.base ?? base)
  })
  eleventyConfig.addFilter('absolute', function (this: FilterThis, url: string) {
    const site = this?.ctx?.site
    return absoluteUrl(url, site?.base ?? base, site ? site.siteUrl : siteUrl)
  })
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/**
 * Pages rendered per Eleventy run. Eleventy keeps every page it wrote, HTML included, until
 * its run ends (its `write()` returns them all): in runs of this size a 100,000-article
 * build holds a few hundred MB of HTML instead of several GB.
 */
const RENDER_BATCH_PAGES = 10_000

/** The pages to render, cut into batches of at most `size` pages, kinds in order. */
function batches<T>(toRender: Record<string, T[]>, size: number): Record<string, T[]>[] {
  const empty = (): Record<string, T[]> => Object.fromEntries(Object.keys(toRender).map((kind) => [kind, [] as T[]]))
  // The first run also renders the other pages and copies the assets: there is always one.
  const result = [empty()]
  let count = 0
  for (const [name, items] of Object.entries(toRender)) {
    for (const item of items) {
      if (count === size) {
        result.push(empty())
        count = 0
      }
      result.at(-1)![name]!.push(item)
      count++
    }
  }
  return result
}

export interface RenderResult {
  pages: number
  /** Paginated pages rendered by Eleventy in this build. */
  rendered: number
  /** Paginated pages linked unchanged from the previous output. */
  reused: number
}

/** What a render needs to know of the previous output: the build looks it up early. */
export interface RenderBasis {
  context: string
  previous: RenderManifest | null
  previousFiles: PreviousFiles
}

export async function renderBasis(options: SiteOptions): Promise<RenderBasis> {
  const siteOptions = { name: options.name, base: options.base, siteUrl: options.siteUrl ?? null }
  const context = await renderContext(templatesDir, siteOptions)
  const previousDir = options.previousDir ?? null
  const previous = await readManifest(previousDir)
  const previousFiles = previous?.context === context ? previousFilesOf(previousDir, previous) : new Set<string>()
  return { context, previous, previousFiles }
}

/**
 * Which paginated pages to render and which to link from the previous output. An article
 * page's renderKey digests all its data but tags and related articles.
 */
function planPages(data: PageData, basis: RenderBasis) {
  const pages = data as unknown as Record<string, { url: string }[]>
  return planRender(
    Object.fromEntries(incrementalKeys.map((key) => [key, pages[key]!])),
    basis.context,
    basis.previous,
    basis.previousFiles,
    (key, item) => {
      if (key !== 'articlePages') return JSON.stringify(item)
      const page = item as ArticlePage
      return page.renderKey + JSON.stringify([page.tags, page.related])
    }
  )
}

/** One Eleventy run over `globals`; only the first also renders the single pages and copies the assets. */
async function runEleventy(
  options: SiteOptions,
  stats: SiteStats,
  globals: Record<string, unknown>,
  first: boolean
): Promise<void> {
  const elev = new Eleventy(templatesDir, options.outDir, {
    quietMode: true,
    configPath: false,
    config(eleventyConfig) {
      eleventyConfig.setQuietMode(true)
      // Eleventy warns in English when one of its steps takes > 8% of its time: noise on a loaded
      // machine (the search index's thread renders beside it), and not Chinese (--verbose shows them).
      if (!options.verbose) {
        eleventyConfig.benchmarkManager.setVerboseOutput(false)
        for (const group of Object.values(eleventyConfig.benchmarkManager.getAll())) group.setIsVerbose(false)
      }
      archivePlugin(eleventyConfig, { site: options, stats, data: globals, paginatedOnly: !first })
    }
  })
  if (!options.verbose) elev.disableLogger()
  await elev.write()
}

export async function renderSite(
  options: SiteOptions,
  input: SiteInput & { stats: SiteStats },
  data: PageData = pageData(input),
  basis: RenderBasis | Promise<RenderBasis> = renderBasis(options)
): Promise<RenderResult> {
  cacheNunjucksCompilation()
  const previousDir = options.previousDir ?? null
  const plan = planPages(data, await basis)
  const urls = sitemapUrls(data)
  const { sitemap, sitemapParts } = sitemapData(urls)
  // Bodies and source lines only for the article pages that get rendered, a batch at a time.
  const withBody = articleBodies(input)
  const runs = batches(plan.render, options.batchPages ?? RENDER_BATCH_PAGES)
  const total = Object.values(plan.render).reduce((n, list) => n + list.length, 0)
  let done = 0
  for (const [index, batch] of runs.entries()) {
    const globals = {
      // What the templates read besides their own page (see templates/).
      home: data.home,
      dateIndex: data.dateIndex,
      feed: data.feed,
      publicationPages: data.publicationPages,
      tagIndex: data.tagIndex,
      sitemap,
      sitemapParts,
      // The paginated templates read their pages from here: only those that changed.
      toRender: { ...batch, articlePages: (batch.articlePages as ArticlePage[]).map(withBody) }
    }
    await runEleventy(options, input.stats, globals, index === 0)
    done += Object.values(batch).reduce((n, list) => n + list.length, 0)
    options.onProgress?.(done, total)
  }
  // Eleventy has written what changed; the rest comes from the previous output.
  if (plan.reuse.length) linkFiles(previousDir!, options.outDir, plan.reuse)
  await writeFile(join(options.outDir, manifestName), JSON.stringify(plan.manifest) + '\n')
  // Pages listed in the sitemap, plus search, 404, feed and robots.txt, and the sitemap when there is one.
  const sitemapFiles = options.siteUrl ? 1 + sitemapParts.length : 0
  return { pages: urls.length + 3 + sitemapFiles, rendered: total, reused: plan.reuse.length }
}

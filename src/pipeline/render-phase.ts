/**
 * The output phase: page data made while the tagging thread works, then Eleventy renders
 * the pages on this thread while the search index is written on its own and the data files
 * on the tagging thread; at the end the staged site is swapped into place.
 */
import { existsSync, rmSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ArticleRecord, IssueRecord } from '../types.ts'
import type { TagResult } from '../segment/index.ts'
import type { SourceFile } from '../render/site.ts'
import type { IndexStats } from '../search/write-index.ts'
import type { BuildContext } from './context.ts'
import { copyPdfs, type PdfCopy } from './copy-pdfs.ts'
import type { TagThread } from './tag-thread.ts'
import { rate } from './stage-timer.ts'

/** What the output phase needs of the records. */
export interface RenderInput {
  issues: IssueRecord[]
  articles: ArticleRecord[]
  sources: Map<string, SourceFile>
  pdfCopies: PdfCopy[]
  tagger: TagThread
}

/** The render and index stages, imported while the corpus is parsed. */
export async function importOutputStages() {
  const [site, search, records] = await Promise.all([
    import('../render/site.ts'),
    import('../search/index.ts'),
    import('../search/search-docs.ts')
  ])
  return {
    basePageData: site.basePageData,
    pageData: site.pageData,
    renderBasis: site.renderBasis,
    renderSite: site.renderSite,
    indexSite: search.indexSite,
    searchablePages: records.searchablePages
  }
}
export type OutputStages = Awaited<ReturnType<typeof importOutputStages>>

/** Renders, indexes and writes the site into the staging folder and swaps it into place; the number of pages. */
export async function renderIndexAndSwap(
  ctx: BuildContext,
  input: RenderInput,
  stages: OutputStages,
  waitForTags: () => Promise<TagResult>
): Promise<number> {
  const { timer, log, staging } = ctx
  const { issues, articles, sources, tagger } = input
  const renderOptions = renderOptionsOf(ctx)
  // What does not depend on tags is made while the tagging thread works.
  const base = timer.timeSync('render', () => stages.basePageData({ issues, articles, sources }))
  const basis = await timer.time('render', () => stages.renderBasis(renderOptions))
  const tagged = await waitForTags()
  // The data files are being written on the tagging thread meanwhile.
  const dataWritten = tagger.finished().then(({ dataSeconds }) => {
    timer.seconds.data = dataSeconds ?? 0
    log(
      `数据  data/articles.json、issues.json、articles.csv（${articles.length} 篇文章，${issues.length} 期） ${(dataSeconds ?? 0).toFixed(2)} 秒`
    )
  })
  const siteInput = {
    issues,
    articles,
    tagged,
    sources,
    stats: { issues: issues.length, articles: articles.length, ...dateSpan(issues, articles) }
  }
  const data = timer.timeSync('render', () => stages.pageData(siteInput, base))
  // The index is made from the page data, not the HTML: its thread writes it while
  // Eleventy renders on this one.
  const indexing = timer.time('index', () =>
    stages.indexSite(staging, stages.searchablePages(data.articlePages, articles), ctx.cacheDir)
  )
  const rendering = timer
    .time('render', () => stages.renderSite(renderOptions, siteInput, data, basis))
    .then((rendered) => {
      // Pages Eleventy wrote this time (paginated ones that changed, and the one-off pages) plus those linked unchanged.
      const fresh = rendered.pages - rendered.reused
      log(
        `渲染  ${rendered.pages} 个页面（重新生成 ${fresh} 个，沿用 ${rendered.reused} 个） ${timer.of('render').toFixed(2)} 秒` +
          rate(fresh, timer.of('render'), '页')
      )
      return rendered
    })
  // All run to the end before a failure of one is reported: no stray worker outlives the build.
  const [renderOutcome, indexOutcome, dataOutcome] = await Promise.allSettled([rendering, indexing, dataWritten])
  if (renderOutcome.status === 'rejected') throw renderOutcome.reason
  if (indexOutcome.status === 'rejected') throw indexOutcome.reason
  if (dataOutcome.status === 'rejected') throw dataOutcome.reason
  log(indexLine(indexOutcome.value, timer.of('index')))
  await timer.time('write', () => copyPdfsAndSwap(ctx, input.pdfCopies))
  return renderOutcome.value.pages
}

/** How the site is rendered: into the staging folder, reusing the pages of the output in place. */
function renderOptionsOf({ options, staging, outDir }: BuildContext) {
  return {
    verbose: options.verbose === true,
    onProgress: (done: number, total: number) => {
      if (total > done && options.progress) options.progress(`渲染  ${done}/${total} 个页面…`)
    },
    outDir: staging,
    base: options.base,
    name: options.name,
    siteUrl: options.siteUrl ?? null,
    previousDir: existsSync(outDir) ? outDir : null
  }
}

/** The index's progress line. */
function indexLine(indexed: IndexStats, seconds: number): string {
  const reused = indexed.reused ? `，${indexed.reused} 篇沿用上次的索引表` : ''
  const cpu = indexed.cpuSeconds == null ? '' : `（索引线程 CPU ${indexed.cpuSeconds.toFixed(2)} 秒）`
  return (
    `索引  ${indexed.articles} 篇文章，${indexed.grams} 个字词片段，${indexed.buckets} 个索引桶（${(indexed.bytes / 1e6).toFixed(1)} MB${reused}） ${seconds.toFixed(2)} 秒${cpu}` +
    rate(indexed.articles, seconds, '篇')
  )
}

/** The PDFs copied into the staged site, which then takes the old one's place. */
async function copyPdfsAndSwap(ctx: BuildContext, pdfCopies: readonly PdfCopy[]): Promise<void> {
  const { staging, outDir } = ctx
  const pdfBytes = await copyPdfs(ctx.corpusDir, staging, pdfCopies)
  if (pdfCopies.length > 0) ctx.log(`原版  ${pdfCopies.length} 个PDF复制到 pdf/（${(pdfBytes / 1e6).toFixed(1)} MB）`)
  const old = join(dirname(outDir), `.${basename(outDir)}.old`)
  // Synchronous removal is about twice as fast as the awaited one on a large tree.
  rmSync(old, { recursive: true, force: true })
  if (existsSync(outDir)) await rename(outDir, old)
  await rename(staging, outDir)
  rmSync(old, { recursive: true, force: true })
}

/** The first and last dates of the archive, for the home page. */
function dateSpan(issues: IssueRecord[], articles: ArticleRecord[]) {
  const dates = [
    ...issues.map((i) => i.date),
    ...articles.map((a) => (a.date && /^\d{4}/.test(a.date) ? a.date : null))
  ]
    .filter((d): d is string => d !== null)
    .sort()
  return { firstDate: dates[0] ?? null, lastDate: dates.at(-1) ?? null }
}

/**
 * A page per article: the record's own fields as the page shows them, where it sits (its
 * issue, publication, page, neighbours in print order), how to cite it, and once tags are
 * known its tags and related articles. The body and source lines are added only to the
 * pages about to be rendered (`articleBodies`). The URL is the record's
 * (`/articles/<id>/`, src/pipeline/ids.ts).
 */
import { createHash } from 'node:crypto'
import type { ArticleRecord, IssueRecord } from '../../types.ts'
import { renderBody } from '../body.ts'
import { citation } from '../citation.ts'
import { articlePageNumbers, type ContinuationLink } from '../continuation.ts'
import { pageNumber } from '../../lexicon/pages.ts'
import { lineRangesOf, lineRangesText } from '../../parse/article-lines.ts'
import { truncate } from '../filters.ts'
import { articleDateLabel, issueShortName } from '../issue-name.ts'
import type { SiteInput } from '../site-input.ts'
import { tagKinds, type TagKind } from '../slug.ts'
import { fullWidthPunctuation } from '../zh-punctuation.ts'
import type { CorpusFacts } from './corpus.ts'
import { pathShape, pageKind } from './kind.ts'
import { neighbours, shownTitle, type ArticleLink, type Link } from './links.ts'
import type { TagFacts } from './tag-facts.ts'

export const articleUrl = pathShape('/articles/<id>/')

/** The headline block of an article record. */
export type HeadlineField = 'title' | 'kicker' | 'subtitle'
/** The credits of an article record, as the page lists them below the body. */
export type CreditField = 'reporters' | 'correspondents' | 'photographers' | 'editors' | 'sourceUnit' | 'sourceNote'

/** The record's own fields an article page shows as they are (the title it shows cleaned, `shownTitle`). */
const shownFields = [
  'id',
  'url',
  'kicker',
  'subtitle',
  'publication',
  'date',
  'dateText',
  'datelineMarker',
  'reporters',
  'correspondents',
  'photographers',
  'editors',
  'sourceUnit',
  'sourceNote',
  'continuedTo',
  'continuedFrom',
  'file',
  'lines'
] as const satisfies readonly (keyof ArticleRecord)[]
type ShownField = (typeof shownFields)[number]

const shownOf = (article: ArticleRecord) =>
  Object.fromEntries(shownFields.map((field) => [field, article[field]])) as Pick<ArticleRecord, ShownField>

/** An article page without what depends on tags. */
export interface ArticlePageBase extends Pick<ArticleRecord, ShownField | HeadlineField | CreditField> {
  pageTitle: string
  groupName: string
  groupUrl: string
  continuation: { to?: ContinuationLink; from?: ContinuationLink } | null
  /**
   * What the body and source lines are made from (the source file's key): they are
   * added by `articleBodies` to the pages that get rendered, not kept for all.
   */
  content: string
  firstLine: string
  issueUrl: string
  issueLabel: string
  /** The issue without its date, beside the article's own: 上街时讯 · 第7期, 二七区简报. */
  issueName: string
  issueDate: string | null
  /** 版 the article is printed on, when known (its first piece's, for a story continued in its file). */
  page: number | null
  /** The 版 as the page says it, after 第: `2`, or `1、2` for a story continued from page 1 to 2. */
  pageLabel: string | null
  /** The source lines as the page says them: `3–9`, or `3–9、17–18` for a story in pieces. */
  linesLabel: string
  /** The issue's PDF in the site, and the page of it the article was printed on. */
  pdf: string | null
  printedPage: number | null
  year: string | null
  sortDate: string
  dateLabel: string
  citation: string
  prev: Link | null
  next: Link | null
  /** Digest of every field above: with tags and related, what decides the page's HTML. */
  renderKey: string
}

/** The record's own fields the article page shows, plus what the page adds. */
export interface ArticlePage extends ArticlePageBase {
  tags: { kind: TagKind; label: string; filter: string | null; items: { name: string; url: string | null }[] }[]
  related: ArticleLink[]
}

/** An article page as the template renders it: with its body and its source lines. */
export interface FullArticlePage extends ArticlePage {
  bodyHtml: string
  /** The article's source lines, one run per printed piece, each from line `start`. */
  source: { start: number; lines: string[] }[] | null
}

/** The pages of one issue's articles, in print order. */
function issueArticlePages(corpus: CorpusFacts, issue: IssueRecord): ArticlePageBase[] {
  const own = corpus.articlesOf(issue)
  const pages = articlePageNumbers(own)
  const group = corpus.groupOf(issue)
  const label = corpus.labels.get(issue.id)!
  const link = (a: ArticleRecord) => ({ url: a.url, title: shownTitle(a.title) })
  return own.map((article, index) => {
    const sortDate = corpus.sortDates.get(article.id)!
    const page: Omit<ArticlePageBase, 'renderKey'> = {
      ...shownOf(article),
      pageTitle: shownTitle(article.title),
      title: shownTitle(article.title),
      groupName: group.name,
      groupUrl: group.url,
      continuation: corpus.continuations.get(article.id) ?? null,
      content: corpus.input.sources?.get(article.file)?.key ?? bodyKey(article),
      firstLine: truncate(fullWidthPunctuation(article.paragraphs[0] ?? ''), 80),
      issueUrl: issue.url,
      issueLabel: label,
      issueName: issueShortName(issue),
      issueDate: issue.date,
      page: pages.get(article.id) ?? null,
      pageLabel: pageLabelOf(article, pages.get(article.id) ?? null),
      linesLabel: lineRangesText(lineRangesOf(article)),
      pdf: issue.pdf ?? null,
      printedPage: article.printedPage ?? null,
      year: /^\d{4}/.test(sortDate) && !sortDate.startsWith('0000') ? sortDate.slice(0, 4) : null,
      sortDate,
      dateLabel: articleDateLabel(article, issue),
      citation: articleCitation(article, issue, pages.get(article.id) ?? null),
      ...neighbours(own, index, link)
    }
    return { ...page, renderKey: createHash('sha1').update(JSON.stringify(page)).digest('base64url') }
  })
}

/** `2`, or the pages of a story's pieces when the file names them all: `1、2`. */
function pageLabelOf(article: ArticleRecord, page: number | null): string | null {
  const pieces = article.parts?.map((part) => pageNumber(part.page)) ?? []
  if (pieces.length > 0 && pieces.every((n) => n !== null)) return [...new Set(pieces)].join('、')
  return page === null ? null : String(page)
}

function articleCitation(article: ArticleRecord, issue: IssueRecord, page: number | null): string {
  return citation({
    authors: article.reporters.length ? article.reporters : article.correspondents,
    title: article.title,
    publication: article.publication ?? issue.publication,
    region: article.region ?? issue.region,
    date: issue.date ?? (issue.year ? String(issue.year) : null),
    page
  })
}

/** Without a source file, the page's body is keyed by the text it is made from. */
function bodyKey(article: ArticleRecord): string {
  return createHash('sha256')
    .update(JSON.stringify([article.paragraphs, article.captions]))
    .digest('hex')
}

/** An article page with its tags (linked where the tag has a page) and related articles. */
function withTags(tags: TagFacts, page: ArticlePageBase): ArticlePage {
  const { byId, linkOf } = tags.corpus
  const article = byId.get(page.id)!
  return {
    ...page,
    tags: tagKinds
      .map(({ kind, label, filter }) => ({
        kind,
        label,
        filter,
        items: [...new Set(article.tags[kind])].map((name) => ({ name, url: tags.pageUrls[kind].get(name) ?? null }))
      }))
      .filter((group) => group.items.length > 0),
    related: (tags.input.tagged?.related?.get(article.id) ?? [])
      .map((id) => byId.get(id))
      .filter((a): a is ArticleRecord => a !== undefined && a.id !== article.id)
      .slice(0, 5)
      .map(linkOf)
  }
}

/**
 * Adds body and source lines to article pages, for the pages about to be rendered.
 * Consecutive pages of one file (the usual order) split its text once.
 */
export function articleBodies(input: SiteInput): (page: ArticlePage) => FullArticlePage {
  const byId = new Map(input.articles.map((a) => [a.id, a]))
  let lastFile: string | null = null
  let lastLines: string[] | null = null
  const linesOf = (file: string): string[] | null => {
    if (file !== lastFile) {
      const source = input.sources?.get(file)
      lastFile = file
      lastLines = source ? source.text().split(/\r\n|\r|\n/) : null
    }
    return lastLines
  }
  return (page) => {
    const article = byId.get(page.id)
    if (!article) throw new Error(`No article record for page ${page.url}`)
    const lines = linesOf(article.file)
    return {
      ...page,
      bodyHtml: renderBody(article),
      source: lines
        ? lineRangesOf(article).map(([from, to]) => ({
            start: from,
            lines: lines.slice(Math.max(0, from - 1), Math.max(from, to))
          }))
        : null
    }
  }
}

export const articleKind = pageKind('article.njk', articleUrl, {
  each: {
    key: 'articlePages',
    base: (corpus: CorpusFacts) => corpus.input.issues.flatMap((issue) => issueArticlePages(corpus, issue)),
    tagged: (tags: TagFacts, base: ArticlePageBase[]) => base.map((page) => withTags(tags, page))
  }
})

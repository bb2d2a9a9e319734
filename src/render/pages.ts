/**
 * Page data: records → the small, precomputed lists each template renders.
 *
 * Everything that needs the whole corpus (listings, counts, calendars, charts,
 * continuations, related articles) is computed here once, in TypeScript; the templates
 * only loop over their own page's lists. One entry per page, paginated by Eleventy.
 */
import { createHash } from 'node:crypto'
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { barChartSvg, chartSummary, timeSeries } from './chart.ts'
import { monthWeeks, missingNumbers, weekdayNames, type CalendarIssue, type DayCell } from './calendar.ts'
import { citation } from './citation.ts'
import { articlePageNumbers, continuationLinks, type ContinuationLink } from './continuation.ts'
import { chineseDate, truncate } from './filters.ts'
import { renderBody } from './body.ts'
import { fullWidthPunctuation } from './zh-punctuation.ts'

/** Headlines and first lines as the reading view sets them (full-width punctuation). */
const shownTitle = fullWidthPunctuation
import { hashSlug, kindInfo, slugFor, tagKinds, tagUrl, type TagKind } from './slug.ts'
import { ownsPage, tagIndexPages } from './tag-index.ts'
import { articleDateLabel, distinctLabels, issueLabel, issueShortName, UNKNOWN_DATE } from './issue-name.ts'

export { issueLabel }

/** What the tagging stage tells about a person (src/segment). */
export interface PersonInfo {
  name: string
  articleIds: readonly string[]
  roles: readonly { role: string; first: string | null; last: string | null }[]
  coMentioned: readonly { name: string; count: number }[]
}

/** The parts of the tagging result the pages use. */
export interface TagInput {
  people?: readonly PersonInfo[]
  related?: ReadonlyMap<string, readonly string[]>
}

/**
 * A corpus file as the article pages need it, for the "original lines" view and the body.
 * A rebuild renders few pages, so the text is only asked for when a page is rendered.
 */
export interface SourceFile {
  /**
   * Changes whenever the file's parse could: its bytes, path, manifest date, the parser.
   * An article's body and source lines derive from that parse alone (its paragraphs,
   * captions and line span), so this key stands for them in the page's render hash.
   */
  key: string
  /** The decoded text, LF line endings. */
  text(): string
}

/** A source file whose text is at hand (tests, tools): keyed by its text. */
export function textSource(text: string): SourceFile {
  return { key: createHash('sha256').update(text).digest('hex'), text: () => text }
}

export interface SiteInput {
  issues: readonly IssueRecord[]
  articles: readonly ArticleRecord[]
  tagged?: TagInput
  /** The corpus files, by corpus-relative path (the records' `file`). */
  sources?: ReadonlyMap<string, SourceFile>
}

export interface Link {
  url: string
  title: string
}

export interface ArticleLink extends Link {
  date: string
  issueLabel: string
  /** The issue without its date, for lists that show the article's own date: 上街时讯 · 第7期. */
  issueName: string
}

/** The group an issue is browsed under: its publication, else its region, else 未署名. */
export function publicationGroup(issue: IssueRecord): {
  key: string
  name: string
  kind: 'publication' | 'region' | 'unnamed'
} {
  if (issue.publication) return { key: `p|${issue.publication}`, name: issue.publication, kind: 'publication' }
  if (issue.region) return { key: `r|${issue.region}`, name: issue.region, kind: 'region' }
  return { key: 'u', name: '未署名', kind: 'unnamed' }
}

/** The date an article sorts by: its dateline, else its issue's date, else its issue's year. */
export function sortDateOf(article: ArticleRecord, issue: IssueRecord): string {
  if (article.date && /^\d{4}/.test(article.date)) return article.date
  return issue.date ?? (issue.year ? `${issue.year}-00-00` : '0000-00-00')
}

/** Most articles listed on one tag page (newest first); the rest are a search away. */
export const TAG_PAGE_LIMIT = 500

const known = (sortDate: string): string | null => (sortDate.startsWith('0000') ? null : sortDate)

const issueSortKey = (issue: IssueRecord) => issue.date ?? (issue.year ? `${issue.year}-99-99` : '9999')

/** `2020-02-29` / `2020` → `2020`; a span of two → `2020–2022`. */
export function yearSpan(first: string | null, last: string | null): string {
  const a = first?.slice(0, 4) ?? null
  const b = last?.slice(0, 4) ?? null
  if (a && b && a !== b) return `${a}–${b}`
  return a ?? b ?? ''
}

/** An article page without what depends on tags. */
export interface ArticlePageBase extends Pick<
  ArticleRecord,
  | 'id'
  | 'url'
  | 'title'
  | 'kicker'
  | 'subtitle'
  | 'publication'
  | 'date'
  | 'dateText'
  | 'datelineMarker'
  | 'reporters'
  | 'correspondents'
  | 'photographers'
  | 'editors'
  | 'sourceUnit'
  | 'sourceNote'
  | 'continuedTo'
  | 'continuedFrom'
> {
  pageTitle: string
  groupName: string
  groupUrl: string
  continuation: { to?: ContinuationLink; from?: ContinuationLink } | null
  file: string
  lines: [number, number]
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
  /** 版 the article is printed on, when known. */
  page: number | null
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
  /** The article's source lines, from line `start`. */
  source: { start: number; lines: string[] } | null
}

export interface YearPage {
  year: number
  url: string
  pageTitle: string
  issues: number
  articles: number
  months: {
    month: number
    label: string
    url: string | null
    issues: number
    articles: number
    /** Articles dated to this month in issues known only by their year, and where they are listed. */
    looseArticles: number
    looseUrl: string | null
  }[]
  yearOnly: { url: string; label: string; count: number }[]
  /** Those articles, by month: an issue known by its year still dates its articles. */
  looseMonths: { id: string; label: string; articles: ArticleLink[] }[]
  prev: Link | null
  next: Link | null
}

/**
 * The page data that does not depend on tags: the build computes it while the tagging
 * thread works. `pageData` adds the rest.
 */
export function basePageData(input: SiteInput) {
  const { issues, articles } = input
  const byId = new Map(articles.map((a) => [a.id, a]))
  const issueById = new Map(issues.map((i) => [i.id, i]))
  const articlesOf = (issue: IssueRecord) =>
    issue.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleRecord => a !== undefined)
  const labels = distinctLabels(
    issues,
    (i) => issueLabel(i, articlesOf(i)),
    (i) => articlesOf(i)[0]?.title ?? ''
  )
  const continuations = continuationLinks(issues, byId)
  const sortDates = new Map<string, string>()
  for (const article of articles) {
    const issue = issueById.get(article.issueId)
    sortDates.set(article.id, issue ? sortDateOf(article, issue) : (article.date ?? '0000-00-00'))
  }
  // One link object per article, shared by every list that shows it.
  const links = new Map<string, ArticleLink>()
  const linkOf = (a: ArticleRecord): ArticleLink => {
    let link = links.get(a.id)
    if (!link) {
      link = {
        url: a.url,
        title: shownTitle(a.title),
        date: articleDateLabel(a, issueById.get(a.issueId)),
        issueLabel: labels.get(a.issueId) ?? '',
        issueName: issueById.get(a.issueId) ? issueShortName(issueById.get(a.issueId)!) : ''
      }
      links.set(a.id, link)
    }
    return link
  }
  const newestFirst = (a: ArticleRecord, b: ArticleRecord) => {
    const da = sortDates.get(a.id)!
    const db = sortDates.get(b.id)!
    return da < db ? 1 : da > db ? -1 : a.issueId < b.issueId ? -1 : a.issueId > b.issueId ? 1 : a.order - b.order
  }
  /** Every article, newest first: lists filled in this order need no sorting. */
  const newestArticles = [...articles].sort(newestFirst)
  const rank = new Map(newestArticles.map((a, i) => [a.id, i]))

  // Publications (or regions) and the issues under each.
  const groupSlugs = new Map<string, string>()
  const usedSlugs = new Set<string>()
  const groups = new Map<string, { name: string; kind: string; issues: IssueRecord[] }>()
  for (const issue of issues) {
    const group = publicationGroup(issue)
    if (!groups.has(group.key)) {
      let slug = slugFor(group.name)
      if (usedSlugs.has(slug)) slug = hashSlug(group.key)
      usedSlugs.add(slug)
      groupSlugs.set(group.key, slug)
      groups.set(group.key, { name: group.name, kind: group.kind, issues: [] })
    }
    groups.get(group.key)!.issues.push(issue)
  }
  const groupUrl = (issue: IssueRecord) => `/publications/${groupSlugs.get(publicationGroup(issue).key)}/`

  // Neighbours in the same publication, by date.
  const issueNeighbours = new Map<string, { prev: Link | null; next: Link | null }>()
  for (const group of groups.values()) {
    group.issues.sort((a, b) => (issueSortKey(a) < issueSortKey(b) ? -1 : issueSortKey(a) > issueSortKey(b) ? 1 : 0))
    group.issues.forEach((issue, i) => {
      const prev = group.issues[i - 1]
      const next = group.issues[i + 1]
      issueNeighbours.set(issue.id, {
        prev: prev ? { url: prev.url, title: labels.get(prev.id)! } : null,
        next: next ? { url: next.url, title: labels.get(next.id)! } : null
      })
    })
  }

  // Issues and their articles.
  const issuePages = []
  const articlePages: ArticlePageBase[] = []
  for (const issue of issues) {
    const label = labels.get(issue.id)!
    const own = issue.articleIds.map((id) => byId.get(id)).filter((a): a is ArticleRecord => a !== undefined)
    const pages = articlePageNumbers(issue, own)
    const neighbours = issueNeighbours.get(issue.id)!
    const group = publicationGroup(issue)
    issuePages.push({
      id: issue.id,
      url: issue.url,
      file: issue.file,
      pageTitle: label,
      label,
      publication: issue.publication,
      groupName: group.name,
      groupUrl: groupUrl(issue),
      date: issue.date,
      monthUrl: issue.date ? `/dates/${issue.date.slice(0, 4)}/${issue.date.slice(5, 7)}/` : null,
      year: issue.year,
      region: issue.region,
      page: issue.page,
      issueNumber: issue.issueNumber,
      totalIssueNumber: issue.totalIssueNumber,
      publisher: issue.publisher,
      dateText: issue.masthead?.dateText ?? null,
      lunarDate: issue.masthead?.lunarDate ?? null,
      registration: issue.masthead?.registration ?? null,
      notes: issue.masthead?.notes ?? [],
      unassigned: issue.unassigned,
      pdf: issue.pdf ?? null,
      pdfPages: issue.pdfPages ?? null,
      prev: neighbours.prev,
      next: neighbours.next,
      /** Show each article's page only when the file holds more than one. */
      showPages: new Set([...pages.values()].filter((p) => p !== null)).size > 1,
      articles: own.map((a) => ({
        url: a.url,
        title: shownTitle(a.title),
        kicker: a.kicker,
        page: pages.get(a.id) ?? null,
        firstLine: truncate(fullWidthPunctuation(a.paragraphs[0] ?? ''), 80),
        continuedTo: a.continuedTo,
        continuedFrom: a.continuedFrom,
        to: continuations.get(a.id)?.to ?? null,
        from: continuations.get(a.id)?.from ?? null
      }))
    })
    own.forEach((article, index) => {
      const prev = own[index - 1]
      const next = own[index + 1]
      const sortDate = sortDates.get(article.id)!
      const year = /^\d{4}/.test(sortDate) && !sortDate.startsWith('0000') ? sortDate.slice(0, 4) : null
      const page: Omit<ArticlePageBase, 'renderKey'> = {
        id: article.id,
        url: article.url,
        pageTitle: shownTitle(article.title),
        title: shownTitle(article.title),
        kicker: article.kicker,
        subtitle: article.subtitle,
        publication: article.publication,
        groupName: group.name,
        groupUrl: groupUrl(issue),
        date: article.date,
        dateText: article.dateText,
        datelineMarker: article.datelineMarker,
        reporters: article.reporters,
        correspondents: article.correspondents,
        photographers: article.photographers,
        editors: article.editors,
        sourceUnit: article.sourceUnit,
        sourceNote: article.sourceNote,
        continuedTo: article.continuedTo,
        continuedFrom: article.continuedFrom,
        continuation: continuations.get(article.id) ?? null,
        file: article.file,
        lines: article.lines,
        content: input.sources?.get(article.file)?.key ?? bodyKey(article),
        firstLine: truncate(fullWidthPunctuation(article.paragraphs[0] ?? ''), 80),
        issueUrl: issue.url,
        issueLabel: label,
        issueName: issueShortName(issue),
        issueDate: issue.date,
        page: pages.get(article.id) ?? null,
        pdf: issue.pdf ?? null,
        printedPage: article.printedPage ?? null,
        year,
        sortDate,
        dateLabel: articleDateLabel(article, issue),
        citation: citation({
          authors: article.reporters.length ? article.reporters : article.correspondents,
          title: article.title,
          publication: article.publication ?? issue.publication,
          region: article.region ?? issue.region,
          date: issue.date ?? (issue.year ? String(issue.year) : null),
          page: pages.get(article.id) ?? null
        }),
        prev: prev ? { url: prev.url, title: shownTitle(prev.title) } : null,
        next: next ? { url: next.url, title: shownTitle(next.title) } : null
      }
      articlePages.push({ ...page, renderKey: createHash('sha1').update(JSON.stringify(page)).digest('base64url') })
    })
  }

  // Browse by date: years → months → calendars.
  const dated = issues.filter((i) => i.date)
  const years = new Map<number, IssueRecord[]>()
  for (const issue of issues) {
    const year = issue.date ? Number(issue.date.slice(0, 4)) : issue.year
    if (year === null) continue
    const list = years.get(year) ?? []
    list.push(issue)
    years.set(year, list)
  }
  const articleCount = (list: readonly IssueRecord[]) => list.reduce((n, i) => n + i.articleIds.length, 0)
  const byDate = new Map<string, CalendarIssue[]>()
  for (const issue of dated) {
    const list = byDate.get(issue.date!) ?? []
    const short = issue.issueNumber ? `第${issue.issueNumber}期` : (issue.publication ?? issue.region ?? '一期')
    list.push({ url: issue.url, label: labels.get(issue.id)!, short })
    byDate.set(issue.date!, list)
  }
  const monthPages: {
    url: string
    pageTitle: string
    label: string
    year: number
    month: number
    yearUrl: string
    weekdays: string[]
    weeks: (DayCell | null)[][]
    issueDays: number
    issues: { url: string; label: string; count: number }[]
    prev: Link | null
    next: Link | null
  }[] = []
  const yearPages: YearPage[] = []
  const sortedYears = [...years.keys()].sort((a, b) => a - b)
  for (const year of sortedYears) {
    const list = years.get(year)!.sort((a, b) => (issueSortKey(a) < issueSortKey(b) ? -1 : 1))
    // Articles of issues known only by their year, by the month of their own dateline.
    const loose = new Map<number, ArticleRecord[]>()
    for (const issue of list) {
      if (issue.date) continue
      for (const article of articlesOf(issue)) {
        const date = article.date
        if (!date || !date.startsWith(`${year}-`) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue
        const m = Number(date.slice(5, 7))
        loose.set(m, [...(loose.get(m) ?? []), article])
      }
    }
    const months = []
    for (let month = 1; month <= 12; month++) {
      const key = `${year}-${String(month).padStart(2, '0')}`
      const inMonth = list.filter((i) => i.date?.startsWith(key))
      const url = `/dates/${year}/${String(month).padStart(2, '0')}/`
      const looseHere = loose.get(month) ?? []
      months.push({
        month,
        label: `${month}月`,
        url: inMonth.length ? url : null,
        issues: inMonth.length,
        articles: articleCount(inMonth),
        looseArticles: looseHere.length,
        looseUrl: looseHere.length ? `/dates/${year}/#m${month}` : null
      })
      if (inMonth.length) {
        monthPages.push({
          url,
          pageTitle: `${year}年${month}月`,
          label: `${year}年${month}月`,
          year,
          month,
          yearUrl: `/dates/${year}/`,
          weekdays: weekdayNames,
          weeks: monthWeeks(year, month, byDate),
          issueDays: new Set(inMonth.map((i) => i.date)).size,
          issues: inMonth.map((i) => ({ url: i.url, label: labels.get(i.id)!, count: i.articleIds.length })),
          prev: null,
          next: null
        })
      }
    }
    yearPages.push({
      year,
      url: `/dates/${year}/`,
      pageTitle: `${year}年`,
      issues: list.length,
      articles: articleCount(list),
      months,
      yearOnly: list
        .filter((i) => !i.date)
        .map((i) => ({ url: i.url, label: labels.get(i.id)!, count: i.articleIds.length })),
      looseMonths: [...loose.keys()]
        .sort((a, b) => a - b)
        .map((m) => ({
          id: `m${m}`,
          label: `${year}年${m}月`,
          articles: [...loose.get(m)!].sort(newestFirst).map(linkOf)
        })),
      prev: null,
      next: null
    })
  }
  monthPages.forEach((page, i) => {
    const prev = monthPages[i - 1]
    const next = monthPages[i + 1]
    page.prev = prev ? { url: prev.url, title: prev.label } : null
    page.next = next ? { url: next.url, title: next.label } : null
  })
  yearPages.forEach((page, i) => {
    const prev = yearPages[i - 1]
    const next = yearPages[i + 1]
    page.prev = prev ? { url: prev.url, title: `${prev.year}年` } : null
    page.next = next ? { url: next.url, title: `${next.year}年` } : null
  })
  const dateIndex = {
    years: yearPages.map((y) => ({
      year: y.year,
      url: y.url,
      issues: y.issues,
      articles: y.articles,
      months: y.months.filter((m) => m.url).length
    })),
    undated: issues
      .filter((i) => !i.date && !i.year)
      .map((i) => ({ url: i.url, label: labels.get(i.id)!, count: i.articleIds.length })),
    undatedLabel: UNKNOWN_DATE,
    undatedArticles: articleCount(issues.filter((i) => !i.date && !i.year))
  }

  // Browse by publication.
  const publicationPages = [...groups].map(([key, group]) => {
    const numbers = group.issues.map((i) => i.issueNumber).filter((n): n is number => n !== null)
    const dates = group.issues
      .map((i) => i.date ?? (i.year ? String(i.year) : null))
      .filter((d): d is string => d !== null)
      .sort()
    return {
      key,
      name: group.name,
      kind: group.kind,
      url: `/publications/${groupSlugs.get(key)}/`,
      pageTitle: group.kind === 'region' ? `${group.name}（未署名刊名）` : group.name,
      issueCount: group.issues.length,
      articleCount: articleCount(group.issues),
      span:
        (dates.length
          ? dates[0] === dates.at(-1)
            ? chineseDate(dates[0])
            : `${chineseDate(dates[0])}至${chineseDate(dates.at(-1))}`
          : '') + undatedNote(group.issues, dates.length > 0),
      publishers: [...new Set(group.issues.map((i) => i.publisher).filter((p): p is string => p !== null))],
      missing: missingNumbers(numbers),
      issues: group.issues.map((i) => ({
        url: i.url,
        label: labels.get(i.id)!,
        count: i.articleIds.length,
        total: i.totalIssueNumber
      }))
    }
  })
  publicationPages.sort((a, b) =>
    a.kind === b.kind
      ? b.articleCount - a.articleCount
      : a.kind === 'publication'
        ? -1
        : b.kind === 'publication'
          ? 1
          : a.kind === 'region'
            ? -1
            : 1
  )

  // Home.
  const allDates = articles.map((a) => sortDates.get(a.id)!)
  // Newest first by what is known of them: dated issues, then those known by year, then the undated.
  const latestIssues = [...issues]
    .sort((a, b) => {
      const ka = issueSortKey(a)
      const kb = issueSortKey(b)
      const ua = ka === '9999'
      const ub = kb === '9999'
      if (ua !== ub) return ua ? 1 : -1
      return ka < kb ? 1 : ka > kb ? -1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0
    })
    .slice(0, 8)
  const home = {
    publications: publicationPages.map((p) => ({
      name: p.name,
      kind: p.kind,
      url: p.url,
      issues: p.issueCount,
      articles: p.articleCount
    })),
    latestIssues: latestIssues.map((i) => ({ url: i.url, label: labels.get(i.id)!, count: i.articleIds.length })),
    ...chartOf(allDates, 'chart-home', '各月文章数')
  }

  // Feed: the latest 50 articles.
  const latest = newestArticles.slice(0, 50)
  const feedEntries = latest.map((a) => {
    const sortDate = sortDates.get(a.id)!
    return {
      id: a.id,
      url: a.url,
      title: a.title,
      updated: atomDate(sortDate),
      authors: a.reporters,
      summary: truncate(a.paragraphs.join(''), 200)
    }
  })
  const feed = { updated: feedEntries[0]?.updated ?? '1970-01-01T00:00:00Z', entries: feedEntries }

  return {
    input,
    byId,
    sortDates,
    linkOf,
    newestArticles,
    rank,
    home,
    issuePages,
    articlePages,
    dateIndex,
    yearPages,
    monthPages,
    publicationPages,
    feed
  }
}

export type BasePageData = ReturnType<typeof basePageData>

/**
 * Records → the page data of every page. With `base` from `basePageData` (computed before
 * the articles had their tags), only what depends on tags is computed here.
 */
export function pageData(input: SiteInput, base: BasePageData = basePageData(input)) {
  const { articles } = input
  const { byId, sortDates, linkOf, newestArticles, rank } = base

  // Tags of every kind: word → articles, newest first. Words are listed in corpus order.
  const tagArticles: Record<TagKind, Map<string, ArticleRecord[]>> = {
    keywords: new Map(),
    people: new Map(),
    places: new Map(),
    organizations: new Map()
  }
  for (const article of articles) {
    for (const { kind } of tagKinds) {
      for (const word of article.tags[kind]) if (!tagArticles[kind].has(word)) tagArticles[kind].set(word, [])
    }
  }
  for (const article of newestArticles) {
    for (const { kind } of tagKinds) {
      for (const word of new Set(article.tags[kind])) tagArticles[kind].get(word)!.push(article)
    }
  }
  const personInfo = new Map((input.tagged?.people ?? []).map((p) => [p.name, p]))
  for (const person of personInfo.values()) {
    const list = tagArticles.people.get(person.name) ?? []
    const have = new Set(list.map((a) => a.id))
    const before = list.length
    for (const id of person.articleIds) {
      const article = byId.get(id)
      if (article && !have.has(id)) list.push(article)
    }
    if (list.length > before) list.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!)
    if (list.length) tagArticles.people.set(person.name, list)
  }
  // Each tag page's URL, made once: articles link to their tags 25 times over. Only words in
  // two or more articles, and people with a role, have a page (tag-index.ts says why).
  const tagPageUrls: Record<TagKind, Map<string, string>> = {
    keywords: new Map(),
    people: new Map(),
    places: new Map(),
    organizations: new Map()
  }
  for (const { kind } of tagKinds)
    for (const [word, list] of tagArticles[kind])
      if (ownsPage(list.length, kind === 'people' ? (personInfo.get(word)?.roles.length ?? 0) : 0))
        tagPageUrls[kind].set(word, tagUrl(kind, word))

  // Article pages: their tags and related articles.
  const articlePages: ArticlePage[] = base.articlePages.map((page) => {
    const article = byId.get(page.id)!
    const tags = tagKinds
      .map(({ kind, label: kindLabel, filter }) => ({
        kind,
        label: kindLabel,
        filter,
        items: [...new Set(article.tags[kind])].map((name) => ({ name, url: tagPageUrls[kind].get(name) ?? null }))
      }))
      .filter((group) => group.items.length > 0)
    const related = (input.tagged?.related?.get(article.id) ?? [])
      .map((id) => byId.get(id))
      .filter((a): a is ArticleRecord => a !== undefined && a.id !== article.id)
      .slice(0, 5)
      .map(linkOf)
    return { ...page, tags, related }
  })

  // Tag pages, kind indexes (with their pages by pinyin) and the overview.
  const tagPages = []
  const tagKindPages = []
  const tagLetterPages = []
  for (const info of tagKinds) {
    const entries = [...tagArticles[info.kind]].map(([name, list]) => {
      const url = tagPageUrls[info.kind].get(name) ?? null
      return { name, url, count: list.length, article: url === null ? linkOf(list[0]!) : null }
    })
    const { kindPage, letterPages } = tagIndexPages({ ...info, url: `/tags/${info.path}/` }, entries)
    tagKindPages.push(kindPage)
    tagLetterPages.push(...letterPages)
    for (const [name, list] of tagArticles[info.kind]) {
      const url = tagPageUrls[info.kind].get(name)
      if (url === undefined) continue
      const sorted = list
      const person = info.kind === 'people' ? personInfo.get(name) : undefined
      const chartId = `chart-${slugFor(name).replace(/[^a-z0-9_]/g, '') || 'tag'}`
      tagPages.push({
        kind: info.kind,
        kindLabel: info.label,
        kindUrl: `/tags/${info.path}/`,
        name,
        url,
        pageTitle: `${info.label}：${name}`,
        count: sorted.length,
        span: yearSpan(known(sortDates.get(sorted.at(-1)!.id)!), known(sortDates.get(sorted[0]!.id)!)),
        ...chartOf(
          sorted.map((a) => sortDates.get(a.id)!),
          chartId,
          `“${name}”各时期出现的文章数`
        ),
        roles: (person?.roles ?? []).map((r) => ({ role: r.role, span: yearSpan(r.first, r.last) })),
        coMentioned: (person?.coMentioned ?? []).slice(0, 10).map((c) => ({
          name: c.name,
          count: c.count,
          url: tagPageUrls.people.get(c.name) ?? null
        })),
        // Bounded, so a word in half of 100k articles does not make a 50k-link page.
        articles: sorted.slice(0, TAG_PAGE_LIMIT).map(linkOf),
        more: Math.max(0, sorted.length - TAG_PAGE_LIMIT)
      })
    }
  }
  const tagIndex = tagKindPages.map((k) => ({
    kind: k.kind,
    label: k.label,
    url: k.url,
    count: k.count,
    top: k.tags.slice(0, 30)
  }))

  const home = {
    ...base.home,
    topKeywords: tagKindPages.find((k) => k.kind === 'keywords')!.tags.slice(0, 24),
    topPeople: tagKindPages.find((k) => k.kind === 'people')!.tags.slice(0, 16),
    topPlaces: tagKindPages.find((k) => k.kind === 'places')!.tags.slice(0, 12)
  }

  return {
    home,
    issuePages: base.issuePages,
    articlePages,
    tagPages,
    tagKindPages,
    tagLetterPages,
    tagIndex,
    dateIndex: base.dateIndex,
    yearPages: base.yearPages,
    monthPages: base.monthPages,
    publicationPages: base.publicationPages,
    feed: base.feed
  }
}

/** `；另有 2 期日期不详` after a span, `2 期日期不详` alone; '' when every issue is dated. */
function undatedNote(issues: readonly IssueRecord[], afterSpan: boolean): string {
  const n = issues.filter((i) => !i.date && !i.year).length
  if (!n) return ''
  return afterSpan ? `；另有 ${n} 期${UNKNOWN_DATE}` : `${n} 期${UNKNOWN_DATE}`
}

/** Without a source file, the page's body is keyed by the text it is made from. */
function bodyKey(article: ArticleRecord): string {
  return createHash('sha256')
    .update(JSON.stringify([article.paragraphs, article.captions]))
    .digest('hex')
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
    const [from, to] = article.lines
    return {
      ...page,
      bodyHtml: renderBody(article),
      source: lines ? { start: from, lines: lines.slice(Math.max(0, from - 1), Math.max(from, to)) } : null
    }
  }
}

/**
 * A chart of article dates, with what it counts said before it: how many of the listed
 * articles it draws, and why the others are not drawn. With no article dated to a month
 * there is no chart (no empty axes), only the sentence.
 */
function chartOf(
  sortDates: readonly string[],
  id: string,
  title: string
): { chart: string | null; chartLead: string; chartCaption: string } {
  const bars = timeSeries(sortDates)
  const total = sortDates.length
  const drawn = bars.reduce((n, b) => n + b.value, 0)
  const rest = total - drawn
  if (drawn === 0) {
    return {
      chart: null,
      chartLead:
        total === 1 ? '这篇文章没有注明年月，无法按月统计。' : `这 ${total} 篇文章都没有注明年月，无法按月统计。`,
      chartCaption: ''
    }
  }
  return {
    chart: barChartSvg(bars, { id, title, unit: '篇' }),
    chartLead:
      rest === 0
        ? `按月统计全部 ${total} 篇文章。`
        : `按月统计注明了年月的 ${drawn} 篇文章；另有 ${rest} 篇只知年份或日期不详，未计入图中（共 ${total} 篇）。`,
    chartCaption: chartSummary(bars, '篇')
  }
}

/** `2020-02-29` → `2020-02-29T00:00:00+08:00`; partial dates take the first day. */
function atomDate(sortDate: string): string {
  const [y, m, d] = sortDate.split('-')
  const year = y && y !== '0000' ? y : '1970'
  const month = m && m !== '00' ? m : '01'
  const day = d && d !== '00' ? d : '01'
  return `${year}-${month}-${day}T00:00:00+08:00`
}

export type PageData = ReturnType<typeof pageData>

/** Every page's site-relative URL, for the sitemap. */
export function sitemapUrls(data: PageData): string[] {
  return [
    '/',
    '/dates/',
    '/publications/',
    '/tags/',
    '/search/',
    '/data/',
    ...data.yearPages.map((p) => p.url),
    ...data.monthPages.map((p) => p.url),
    ...data.publicationPages.map((p) => p.url),
    ...data.tagKindPages.map((p) => p.url),
    ...data.tagLetterPages.map((p) => p.url),
    ...data.tagPages.map((p) => p.url),
    ...data.issuePages.map((p) => p.url),
    ...data.articlePages.map((p) => p.url)
  ]
}

export { kindInfo }

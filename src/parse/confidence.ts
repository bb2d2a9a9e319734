/**
 * How strong the evidence for each article is: for its start (what opened it:
 * a headline the contents list names, a headline block of the file's own
 * shape, a markdown heading, a page break before it, the previous story
 * closed) and for its headline (a story opener under it, a byline, an end).
 * Each article gets `confidence` in 0..1 and `evidence`, short reason codes;
 * the file gets the mean, and its weakest article's.
 */
import type { ParsedArticle, ParsedBulletin } from '../types.ts'
import type { Line } from './model.ts'
import { displayWidth } from './text.ts'
import { lineRangesOf } from './article-lines.ts'

/** Evidence codes and their weights; negative ones count against. */
const weights: Record<string, number> = {
  'listed-in-contents': 0.35,
  'headline-shape': 0.25,
  'markdown-heading': 0.3,
  'head-end-line': 0.2,
  'page-start': 0.1,
  'previous-closed': 0.15,
  'file-start': 0.1,
  'story-opener': 0.15,
  byline: 0.1,
  'closed-end': 0.1,
  'column-tag': 0.1,
  'title-supplied': -0.45,
  'long-title': -0.1,
  'comma-title': -0.05,
  'short-body': -0.1
}
const base = 0.35

/** Whether an article ended on something that closes a story (a byline, a source, a note, a marker). */
function closes(article: ParsedArticle, lines: Map<number, Line>): boolean {
  if (article.reporters.length + article.correspondents.length > 0) return true
  if (article.sourceUnit !== null || article.sourceNote !== null || article.continuedTo !== null) return true
  return article.editors.length > 0 || lines.get(article.lines[1])?.role === 'closing-note'
}

export function articleEvidence(
  article: ParsedArticle,
  previous: ParsedArticle | undefined,
  lines: Map<number, Line>,
  supplied: Set<number>
): string[] {
  const first = lines.get(article.lines[0])
  // The roles printed in the article's first piece (its headline block is in its first lines).
  const roles = new Set<string>()
  let headRole: string | undefined
  const [start, end] = lineRangesOf(article)[0]!
  for (let line = start, seen = 0; line <= end; line++) {
    const role = lines.get(line)?.role
    if (role === undefined) continue
    roles.add(role)
    if (seen++ < 4 && (role === 'headline' || role === 'shaped-headline')) headRole ??= role
  }
  const evidence: string[] = []
  const add = (code: string, when: boolean) => {
    if (when) evidence.push(code)
  }
  add('listed-in-contents', headRole === 'headline')
  add('headline-shape', headRole === 'shaped-headline')
  add('markdown-heading', (first?.heading ?? 0) > 0)
  add('head-end-line', roles.has('headline-end'))
  add('page-start', first?.breakBefore === true || first?.pageStart === true)
  add('file-start', previous === undefined)
  add('previous-closed', previous !== undefined && closes(previous, lines))
  add('story-opener', article.datelineMarker !== null || article.date !== null)
  add('byline', article.reporters.length + article.correspondents.length > 0)
  add('closed-end', closes(article, lines))
  add('column-tag', article.column !== undefined)
  add('title-supplied', supplied.has(article.lines[0]))
  add('long-title', displayWidth(article.title) > 32)
  add('comma-title', /[，,]/.test(article.title))
  add('short-body', article.paragraphs.join('').length < 30)
  return evidence
}

export function confidenceOf(evidence: readonly string[]): number {
  let score = base
  for (const code of evidence) score += weights[code] ?? 0
  return Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100
}

/** Confidence and evidence on every article, and the file's mean and weakest. */
export function scoreBulletin(bulletin: ParsedBulletin, lines: readonly Line[], supplied: Set<number>): void {
  const byLine = new Map<number, Line>()
  for (const line of lines) byLine.set(line.line, line)
  let total = 0
  let weakest = 1
  const printedBefore = printedBeforeOf(bulletin.articles)
  bulletin.articles.forEach((article, index) => {
    // An orphan joined to an earlier story stretches that story's lines over this one's start: then the one listed before.
    const previous = printedBefore(article) ?? bulletin.articles[index - 1]
    const evidence = articleEvidence(article, previous, byLine, supplied)
    article.evidence = evidence
    article.confidence = confidenceOf(evidence)
    total += article.confidence
    weakest = Math.min(weakest, article.confidence)
  })
  const count = bulletin.articles.length
  bulletin.confidence = count === 0 ? 0 : Math.round((total / count) * 100) / 100
  bulletin.weakestConfidence = count === 0 ? 0 : weakest
}

/**
 * The article printed just before each one: the one with a piece ending last before it
 * starts. For a file without stories in pieces, simply the article before it.
 */
function printedBeforeOf(articles: readonly ParsedArticle[]): (article: ParsedArticle) => ParsedArticle | undefined {
  const ends = articles
    .flatMap((article) => lineRangesOf(article).map(([, last]) => ({ last, article })))
    .sort((a, b) => a.last - b.last)
  return (article) => {
    let low = 0
    let high = ends.length
    while (low < high) {
      const middle = (low + high) >> 1
      if (ends[middle]!.last < article.lines[0]) low = middle + 1
      else high = middle
    }
    return ends[low - 1]?.article
  }
}

/**
 * How sure the build is of each article's split, and of each file: the report sorts by it.
 *
 * The parser may give an article its own `confidence` (0..1) and `evidence` (reason codes);
 * when it does, that confidence is used and its codes are listed. Otherwise the confidence is
 * made from what the records and the messages show: an orphan joined to an earlier article,
 * a story read as a continuation, a headline that is a very short line or a sentence, an
 * article long enough to hide a missed split, no byline, no dateline, bytes that did not decode.
 */
import type { ArticlePart, ParsedArticle, ParsedBulletin } from '../types.ts'
import { holdsLine } from '../parse/article-lines.ts'
import type { Diagnostic } from './diagnostic.ts'
import { byCodeUnits } from '../lexicon/order.ts'

/** Why an article is doubtful, with the weight each takes off its confidence. */
export const reasonWeights = {
  'orphan-joined': 0.35,
  'continued-without-headline': 0.3,
  'sentence-headline': 0.25,
  'short-headline': 0.2,
  'invalid-bytes': 0.2,
  'long-article': 0.15,
  'repeated-note': 0.1,
  'no-byline': 0.1,
  'no-dateline': 0.05
} as const

export type ReasonCode = keyof typeof reasonWeights

/** Below this an article is listed in the report with its source lines. */
export const LOW_CONFIDENCE = 0.75

/** Body characters past which an article may hold two that were not split. */
const LONG_ARTICLE_CHARS = 5000

export interface ArticleConfidence {
  confidence: number
  /** Derived reasons, most weighty first. */
  reasons: ReasonCode[]
  /** The parser's own reason codes, when it gave any. */
  evidence: string[]
}

const ruleReasons: Record<string, ReasonCode> = {
  'bulletin-parse:orphan-continuation': 'orphan-joined',
  'bulletin-parse:continued-without-headline': 'continued-without-headline',
  'bulletin-parse:repeated-note': 'repeated-note',
  'bulletin-read:invalid-bytes': 'invalid-bytes'
}

/** The line of the first message that gave the reason, if a message did. */
export function reasonLine(code: ReasonCode, messages: readonly Diagnostic[]): number | null {
  return messages.find((d) => ruleReasons[d.rule] === code)?.line ?? null
}

/** Messages of the file that fall inside the article's lines. */
export function messagesOf(
  article: Pick<ParsedArticle, 'lines'> & { parts?: ArticlePart[] | null },
  diagnostics: readonly Diagnostic[]
): Diagnostic[] {
  return diagnostics.filter((d) => d.line !== null && holdsLine(article, d.line))
}

const chars = (text: string) => text.replace(/\s+/gu, '').length

/** An article as the report sees it: a parsed one, or its published record. */
type ReportedArticle = Omit<ParsedArticle, 'column' | 'confidence' | 'evidence' | 'parts'> & {
  parts?: ArticlePart[] | null
  confidence?: number | null
  evidence?: string[]
}

export function articleConfidence(article: ReportedArticle, diagnostics: readonly Diagnostic[]): ArticleConfidence {
  const reasons = new Set<ReasonCode>()
  for (const d of messagesOf(article, diagnostics)) {
    const reason = ruleReasons[d.rule]
    if (reason) reasons.add(reason)
  }
  const headline = article.title.replace(/\s+/gu, '')
  if (headline.length <= 4) reasons.add('short-headline')
  if (/[。！？；，,;!?]$/u.test(headline) || headline.length > 40) reasons.add('sentence-headline')
  if (article.paragraphs.reduce((n, p) => n + chars(p), 0) > LONG_ARTICLE_CHARS) reasons.add('long-article')
  const credited =
    article.reporters.length + article.correspondents.length + article.photographers.length + article.editors.length >
      0 ||
    article.sourceUnit !== null ||
    article.sourceNote !== null
  if (!credited) reasons.add('no-byline')
  if (article.date === null && article.dateText === null) reasons.add('no-dateline')
  const ordered = [...reasons].sort((a, b) => reasonWeights[b] - reasonWeights[a] || byCodeUnits(a, b))
  const derived = Math.max(0, 1 - ordered.reduce((n, r) => n + reasonWeights[r], 0))
  // The parser's own confidence weighs its evidence for the split; the warnings and missing
  // credits above can only lower it.
  const own = article.confidence
  return {
    confidence: round(typeof own === 'number' && own >= 0 && own <= 1 ? Math.min(own, derived) : derived),
    reasons: ordered,
    evidence: article.evidence ?? []
  }
}

/** Rules of messages about a file's text as a whole, each taking this much off the file's confidence. */
const fileRuleWeights: Record<string, number> = {
  'bulletin-parse:lost-text': 0.1,
  'bulletin-parse:text-before-headline': 0.05,
  'bulletin-parse:headline-without-body': 0.05,
  'bulletin-read:invalid-bytes': 0.05
}

export interface CharacterCount {
  /** Characters (without whitespace) in articles. */
  articles: number
  /** In the masthead and the furniture (page headers, editors, captions of images…). */
  furniture: number
  /** That the parser could not place. */
  unassigned: number
}

export function characterCount(bulletin: ParsedBulletin): CharacterCount {
  let articles = 0
  for (const a of bulletin.articles) {
    articles += chars(a.title) + chars(a.kicker ?? '') + chars(a.subtitle ?? '') + chars(a.dateText ?? '')
    for (const p of a.paragraphs) articles += chars(p)
    for (const c of a.captions) articles += chars(c)
    for (const names of [a.reporters, a.correspondents, a.photographers, a.editors])
      for (const n of names) articles += chars(n)
  }
  let furniture = 0
  for (const f of bulletin.furniture) furniture += chars(f.text)
  const m = bulletin.masthead
  if (m) {
    for (const value of [m.publication, m.englishName, m.publisher, m.dateText, m.lunarDate, m.registration])
      furniture += chars(value ?? '')
    for (const note of m.notes) furniture += chars(note)
  }
  let unassigned = 0
  for (const u of bulletin.unassigned) unassigned += chars(u.text)
  return { articles, furniture, unassigned }
}

/**
 * The file's confidence: its articles' mean, times the share of its characters placed, less
 * what messages about the text as a whole take off. A file with no article gets 0.
 */
export function fileConfidence(
  articleConfidences: readonly number[],
  count: CharacterCount,
  diagnostics: readonly Diagnostic[]
): number {
  if (articleConfidences.length === 0) return 0
  const mean = articleConfidences.reduce((n, c) => n + c, 0) / articleConfidences.length
  const total = count.articles + count.furniture + count.unassigned
  const placed = total === 0 ? 1 : (total - count.unassigned) / total
  let penalty = 0
  for (const d of diagnostics) penalty += fileRuleWeights[d.rule] ?? 0
  return round(Math.max(0, mean * placed - Math.min(0.3, penalty)))
}

const round = (n: number) => Math.round(n * 100) / 100

/**
 * An article's text as the tagger scans and cuts it, and its date. (Ties are
 * broken in the one string order, src/lexicon/order.ts.)
 */
import type { TaggableArticle } from './tagger-types.ts'
import { ideographsWithExtA } from '../lexicon/han.ts'

const SPACE_BETWEEN_CJK = new RegExp(String.raw`([${ideographsWithExtA}])[ \t\u3000]+(?=[${ideographsWithExtA}])`, 'gu')
const ANY_SPACE = /[ \t\u3000]/u
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u
const MONTH_DAY = /^--(\d{2})-(\d{2})$/u

/** Spaces between Chinese characters are typesetting, not word breaks. */
function withoutSpacesBetweenCJK(text: string): string {
  // Most bodies have no spaces at all: a plain search is much cheaper than the replace.
  return ANY_SPACE.test(text) ? text.replace(SPACE_BETWEEN_CJK, '$1') : text
}

/**
 * An article's body as scanned and cut. Built again where needed rather than
 * kept: a corpus of bodies held across stages is copied by every young-generation
 * garbage collection until promoted, which costs more than joining twice.
 */
export function bodyOf(article: TaggableArticle | undefined): string {
  return article === undefined ? '' : withoutSpacesBetweenCJK(article.paragraphs.join('\n'))
}

/** Title and body joined by a newline, in one string (one join, no concatenation to flatten). */
export function cutInput(title: string, article: TaggableArticle | undefined): string {
  if (article === undefined || article.paragraphs.length === 0) return title + '\n'
  return article.paragraphs.some((p) => ANY_SPACE.test(p))
    ? title + '\n' + bodyOf(article)
    : [title, ...article.paragraphs].join('\n')
}

/** The article's date as `YYYY-MM-DD` when it can be known, else null. */
export function articleDate(article: Pick<TaggableArticle, 'date' | 'issueDate'>): string | null {
  if (article.date !== null && FULL_DATE.test(article.date)) return article.date
  const issue = article.issueDate !== null && FULL_DATE.test(article.issueDate) ? article.issueDate : null
  const monthDay = article.date === null ? null : MONTH_DAY.exec(article.date)
  if (monthDay !== null && issue !== null) {
    let year = Number(issue.slice(0, 4))
    // A month well after the issue's is last year's (a December article in a January issue).
    if (Number(monthDay[1]) > Number(issue.slice(5, 7)) + 1) year -= 1
    return `${year}-${monthDay[1]}-${monthDay[2]}`
  }
  return issue
}

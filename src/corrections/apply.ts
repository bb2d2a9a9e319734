/**
 * Applies the office's corrections (./read.ts) to one parsed bulletin, before records are
 * made: splits an article at a line, makes a line a headline, joins an article to the one
 * above, takes out what is not an article, sets the issue's date or publication. The parser
 * is not changed; its result is. Each correction says whether it was applied or why it no
 * longer matches (the file changed, the line is no longer where it was, already fixed).
 *
 * Paragraphs carry no line numbers, so a line is found in its article by its text: the
 * printed line (without spaces and a leading dateline marker) is looked for in the paragraphs.
 */
import { emptyArticle, emptyMasthead } from '../parse/model.ts'
import { holdsLine } from '../parse/article-lines.ts'
import { joinParts, setParts, splitParts } from './parts.ts'
import type { Masthead, ParsedArticle, ParsedBulletin } from '../types.ts'
import type { Correction } from './read.ts'

export interface CorrectionOutcome {
  correction: Correction
  applied: boolean
  /** In Chinese: what was done, or why not. */
  message: string
}

const squeeze = (text: string) => text.replace(/\s+/gu, '')
const markers = /^(?:#+\s*)?(?:本报讯|本刊讯|讯)(?:[（(][^）)]*[）)])?\s*/u
const short = (text: string) => (text.length > 24 ? text.slice(0, 24) + '…' : text)

/** Applies the bulletin's corrections in the order given; `text` is the bulletin's source text. */
export function applyCorrections(
  bulletin: ParsedBulletin,
  text: string,
  corrections: readonly Correction[]
): CorrectionOutcome[] {
  const lines = text.split('\n')
  return corrections.map((correction) => {
    const message = applyOne(bulletin, lines, correction)
    return message.applied
      ? { correction, applied: true, message: message.text }
      : { correction, applied: false, message: message.text }
  })
}

type Result = { applied: boolean; text: string }
const done = (text: string): Result => ({ applied: true, text })
const unmatched = (text: string): Result => ({ applied: false, text })

function applyOne(bulletin: ParsedBulletin, lines: string[], c: Correction): Result {
  if (c.action === 'date' || c.action === 'publication') return setIssueFact(bulletin, c)
  const line = c.line!
  const printed = lines[line - 1]
  if (printed === undefined) return unmatched(`文件只有 ${lines.length} 行，没有第 ${line} 行`)
  if (c.text !== null && !squeeze(printed).startsWith(squeeze(c.text)))
    return unmatched(`第 ${line} 行现在是“${short(printed.trim())}”，不是“${c.text}”开头：文件改过了，请核对行号`)
  if (squeeze(printed) === '') return unmatched(`第 ${line} 行是空行`)
  const index = bulletin.articles.findIndex((a) => holdsLine(a, line))
  if (index < 0) return unmatched(`第 ${line} 行不在任何文章里（可能是报头、版面元素或未归属文字）`)
  const article = bulletin.articles[index]!
  switch (c.action) {
    case 'start':
    case 'headline':
      return split(bulletin, index, line, printed, lines, c.action === 'headline')
    case 'join':
      return join(bulletin, index)
    case 'not-article':
      bulletin.articles.splice(index, 1)
      bulletin.furniture.push({
        kind: 'other',
        text: [article.title, ...article.paragraphs].join('\n'),
        line: article.lines[0]
      })
      bulletin.furniture.sort((a, b) => a.line - b.line)
      return done(`${title(article)}（第 ${article.lines[0]}–${article.lines[1]} 行）不再作为文章发布`)
  }
}

const title = (a: ParsedArticle) => `《${short(a.title)}》`

/** Where the printed line begins in the article's paragraphs: paragraph index and character offset. */
function locate(article: ParsedArticle, printed: string): { paragraph: number; offset: number } | null {
  const wanted = squeeze(printed.replace(markers, '')).slice(0, 12)
  if (wanted === '') return null
  for (let i = 0; i < article.paragraphs.length; i++) {
    const paragraph = article.paragraphs[i]!
    const at = squeeze(paragraph).indexOf(wanted)
    if (at < 0) continue
    // The squeezed offset back to the paragraph's own characters.
    let seen = 0
    let offset = 0
    while (offset < paragraph.length && seen < at) {
      if (!/\s/u.test(paragraph[offset]!)) seen++
      offset++
    }
    return { paragraph: i, offset }
  }
  return null
}

function split(
  bulletin: ParsedBulletin,
  index: number,
  line: number,
  printed: string,
  lines: string[],
  asHeadline: boolean
): Result {
  const article = bulletin.articles[index]!
  const headline = printed.trim().replace(/^#+\s*/, '')
  if (line === article.lines[0]) {
    if (!asHeadline || squeeze(article.title) === squeeze(headline))
      return unmatched(`第 ${line} 行已经是${title(article)}的开头：不用再更正，可以删去这一行`)
    article.title = headline
    return done(`${title(article)}的标题改为第 ${line} 行`)
  }
  const at = locate(article, printed)
  if (at === null) return unmatched(`在${title(article)}的正文里找不到第 ${line} 行的文字“${short(printed.trim())}”`)
  const before = article.paragraphs.slice(0, at.paragraph)
  const first = article.paragraphs[at.paragraph]!
  if (at.offset > 0) before.push(first.slice(0, at.offset).trimEnd())
  let rest = [first.slice(at.offset), ...article.paragraphs.slice(at.paragraph + 1)]
  let newTitle: string
  if (asHeadline || squeeze(rest[0]!) === squeeze(headline)) {
    newTitle = headline
    // The headline's text leaves the body; what followed it on its paragraph stays.
    const tail = rest[0]!.slice(matchLength(rest[0]!, headline)).trim()
    rest = tail === '' ? rest.slice(1) : [tail, ...rest.slice(1)]
  } else {
    newTitle = squeeze(headline)
      .split(/[。，；！？]/u)[0]!
      .slice(0, 30)
  }
  const end = article.lines[1]
  const next: ParsedArticle = { ...article, ...emptyArticle(newTitle, [line, end]), paragraphs: rest }
  moveLaterNotes(article, next, lines, line, end)
  readDatelineInto(next, bulletin.masthead?.date ?? null)
  article.paragraphs = before
  const lastBefore = previousContentLine(lines, line, article.lines[0])
  if (article.parts) {
    const pieces = splitParts(article.parts, line, lastBefore)
    setParts(article, pieces.before)
    setParts(next, pieces.after)
  }
  article.lines = [article.lines[0], article.parts?.at(-1)?.lines[1] ?? lastBefore]
  bulletin.articles.splice(index + 1, 0, next)
  return done(`${title(article)}在第 ${line} 行分开：后一篇为${title(next)}（第 ${line}–${end} 行）`)
}

/** Credits and closing notes go with the part of the article they were printed in: those printed from `line` on go to `next`. */
function moveLaterNotes(article: ParsedArticle, next: ParsedArticle, lines: string[], line: number, end: number): void {
  const printedFrom = (value: string) => {
    const wanted = squeeze(value)
    for (let n = end; n >= article.lines[0]; n--) if (squeeze(lines[n - 1] ?? '').includes(wanted)) return n
    return null
  }
  const later = (value: string) => (printedFrom(value) ?? 0) >= line
  for (const field of ['reporters', 'correspondents', 'photographers', 'editors', 'captions'] as const) {
    next[field] = article[field].filter(later)
    article[field] = article[field].filter((v) => !later(v))
  }
  for (const field of ['sourceUnit', 'sourceNote', 'continuedTo'] as const) {
    const value = article[field]
    if (value !== null && later(value)) {
      next[field] = value
      article[field] = null
    }
  }
}

/**
 * The new article's dateline, read from its first paragraph as the parser leaves it inside
 * an article (`本报讯 3月2日，…`): the marker comes off, the date is read (`--03-02`, or with
 * the issue's year).
 */
function readDatelineInto(article: ParsedArticle, issueDate: string | null): void {
  const first = article.paragraphs[0]
  if (first === undefined) return
  const marker = /^(本报讯|本刊讯)(?:[（(][^）)]*[）)])?\s*/u.exec(first)
  const body = marker ? first.slice(marker[0].length) : first
  if (marker) {
    article.datelineMarker = marker[1]!
    article.paragraphs[0] = body
  }
  const date = /^(\d{1,2})月(\d{1,2})日/u.exec(body)
  if (date) {
    const monthDay = `${date[1]!.padStart(2, '0')}-${date[2]!.padStart(2, '0')}`
    article.dateText = date[0]
    article.date = issueDate && /^\d{4}/.test(issueDate) ? `${issueDate.slice(0, 4)}-${monthDay}` : `--${monthDay}`
  }
}

/** Characters of `paragraph` that hold `headline`'s characters (spaces aside). */
function matchLength(paragraph: string, headline: string): number {
  const wanted = squeeze(headline).length
  let seen = 0
  let i = 0
  while (i < paragraph.length && seen < wanted) {
    if (!/\s/u.test(paragraph[i]!)) seen++
    i++
  }
  return i
}

/** The last non-blank line before `line`, not before `floor`. */
function previousContentLine(lines: string[], line: number, floor: number): number {
  for (let n = line - 1; n > floor; n--) if ((lines[n - 1] ?? '').trim() !== '') return n
  return floor
}

function join(bulletin: ParsedBulletin, index: number): Result {
  if (index === 0) return unmatched('这是本文件的第一篇文章，上面没有可以并入的文章')
  const above = bulletin.articles[index - 1]!
  const article = bulletin.articles[index]!
  above.paragraphs.push(
    ...[article.kicker, article.title, article.subtitle].filter((t): t is string => t !== null),
    ...article.paragraphs
  )
  for (const field of ['reporters', 'correspondents', 'photographers', 'editors', 'captions'] as const) {
    for (const value of article[field]) if (!above[field].includes(value)) above[field].push(value)
  }
  above.sourceUnit ??= article.sourceUnit
  above.sourceNote ??= article.sourceNote
  above.continuedTo = article.continuedTo ?? above.continuedTo
  setParts(above, joinParts(above, article))
  above.lines = [above.lines[0], Math.max(above.lines[1], article.lines[1])]
  bulletin.articles.splice(index, 1)
  return done(`${title(article)}并入上一篇${title(above)}`)
}

function setIssueFact(bulletin: ParsedBulletin, c: Correction): Result {
  const masthead = (bulletin.masthead ??= emptyMasthead([1, 1]))
  const value = c.value!
  if (c.action === 'publication') {
    masthead.publication = value
    return done(`刊名设为“${value}”`)
  }
  masthead.date = value
  // Datelines without a year (`--03-19`) take the issue's.
  for (const a of bulletin.articles) if (a.date?.startsWith('--')) a.date = `${value.slice(0, 4)}${a.date.slice(1)}`
  return done(`出版日期设为 ${value}`)
}

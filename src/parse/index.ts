/**
 * The parse stage: a decoded bulletin → masthead, articles, furniture and
 * unassigned text.
 *
 * What is this?  `parseBulletin(file, options)` runs a unified processor: its
 * parser plugin (`bulletinParse`) reads `file.value` into an mdast tree (one
 * node per printed line, markdown-looking lines through remark-parse), its
 * transformer (`remarkBulletinRecords`) runs small steps over it, one job each: masthead → page
 * furniture → rejoin wraps → split articles (headlines, credits, datelines,
 * orphans). Warnings go on `file` with line:column places. Finally every
 * input character is accounted for; anything unplaced is kept as unassigned
 * text with a warning.
 *
 * Use:
 *   const file = new VFile({path: '002.txt', value: text})
 *   const bulletin = parseBulletin(file, {issueDate: '2020'})
 *   resolveCredits([bulletin, …])   // once, after all files are parsed
 */
import type { Root } from 'mdast'
import { type Plugin, unified } from 'unified'
import type { VFile } from 'vfile'
import type { ParsedArticle, ParsedBulletin } from '../types.ts'
import { accountFor } from './account.ts'
import { splitArticles } from './articles.ts'
import { issueDateParts } from './dateline.ts'
import { pageOf, pickFurniture } from './furniture.ts'
import { readMasthead } from './masthead.ts'
import { type Context, Ledger, linesOf } from './model.ts'
import { toReadableNumbers } from './text.ts'
import { fromBulletin } from './tree.ts'
import { buildProfile } from './profile/index.ts'
import { scoreBulletin } from './confidence.ts'
import { detectLayout } from './layout.ts'
import { rejoinWraps } from './wraps.ts'
import { pagesOf } from './article-pages.ts'
import { type JoinedPiece, joinJumps } from './jumps.ts'

export { accountFor, outputTexts } from './account.ts'
export { decodeBulletin } from '../read/decode.ts'
export { resolveCredits, splitRunTogether } from './resolve-credits.ts'
export { fromBulletin } from './tree.ts'
export { parseCredit } from './credits.ts'
export { readDateline, issueDateParts } from './dateline.ts'
export { detectLayout } from './layout.ts'
export { rejoinWraps } from './wraps.ts'
export { pageOf } from './furniture.ts'
export { pagesOf } from './article-pages.ts'

export interface ParseOptions {
  /** Encoding the text was decoded from, e.g. `gb18030`; recorded on the bulletin. */
  encoding?: string
  /** `YYYY-MM-DD`, or partial `YYYY` / `YYYY-MM`, from the corpus manifest; the masthead's date wins. */
  issueDate?: string | null
}

declare module 'vfile' {
  interface DataMap {
    /** Label text the parser removed on purpose (记者, brackets, `#`…), for conservation checks. */
    bulletinDropped: string[]
    bulletin: ParsedBulletin
  }
}

const source = 'bulletin-parse'

/**
 * Parses the file through unified: `bulletinParse` makes the tree (one node per printed
 * line), `remarkBulletinRecords` reads the records from it onto `file.data.bulletin`.
 */
export function parseBulletin(file: VFile, options: ParseOptions = {}): ParsedBulletin {
  const processor = unified().use(bulletinParse).use(remarkBulletinRecords, options)
  processor.runSync(processor.parse(file), file)
  return file.data.bulletin!
}

/** The records of a bulletin read from its tree of printed lines; warnings on `file`. */
function readBulletin(tree: Root, file: VFile, options: ParseOptions): ParsedBulletin {
  const text = String(file.value ?? '')
  const context: Context = { file, ledger: new Ledger() }
  const profile = buildProfile(linesOf(tree))
  const lines = profile.lines
  const { masthead, rest } = readMasthead(lines, context)
  const { furniture, content } = pickFurniture(rest, context)
  const blocks = rejoinWraps(content, detectLayout(content))
  // Without a masthead or manifest date, a page header's date (`2020年3月1日 星期日 第2版`) gives the year and month.
  const issue = issueDateParts(masthead?.date ?? options.issueDate ?? headerDate(furniture))
  const split = splitArticles(blocks, context, issue)
  // Headlines the splitter supplied (not printed): the first lines of the texts it read as continued stories.
  const supplied = new Set(
    file.messages
      .filter((message) => message.ruleId === 'continued-without-headline')
      .map((message) => message.line ?? 0)
  )
  const jumps = joinJumps(split.articles, pagesOf({ ...split, furniture }), supplied, context.ledger)
  forgetJoinedWarnings(file, jumps.joined)
  const bulletin: ParsedBulletin = {
    file: file.path ?? '',
    encoding: options.encoding ?? 'utf-8',
    masthead,
    articles: jumps.articles,
    furniture,
    unassigned: split.unassigned
  }
  keepLostText(bulletin, text, context)
  scoreBulletin(bulletin, content, supplied)
  const { lines: _lines, ...summary } = profile
  bulletin.profile = summary
  file.data.bulletinDropped = context.ledger.dropped
  file.data.bulletin = bulletin
  return bulletin
}

/** The first full date a page header prints, as `YYYY-MM-DD`. */
function headerDate(furniture: ParsedBulletin['furniture']): string | null {
  for (const item of furniture) {
    if (item.kind !== 'page-header') continue
    const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(toReadableNumbers(item.text))
    if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
  }
  return null
}

/** A piece joined to the story it continues is no longer text without a headline: its warning goes. */
function forgetJoinedWarnings(file: VFile, joined: readonly JoinedPiece[]): void {
  if (joined.length === 0) return
  const starts = new Set(joined.map((item) => item.piece.lines[0]))
  const kept = file.messages.filter(
    (message) => !(message.ruleId === 'continued-without-headline' && starts.has(message.line ?? 0))
  )
  file.messages.splice(0, file.messages.length, ...kept)
}

/** Whatever no step placed goes to unassigned, with a warning: text is never dropped. */
function keepLostText(bulletin: ParsedBulletin, text: string, context: Context): void {
  const lost = accountFor(bulletin, text, context.ledger.dropped)
  if (lost === '') return
  const lastLine = text.split('\n').length
  bulletin.unassigned.push({ text: lost, lines: [1, lastLine] })
  const shown = lost.length > 20 ? lost.slice(0, 20) + '…' : lost
  context.file.message(
    `Unexpected characters that no article, masthead or furniture holds (\`${shown}\`), expected every character placed; kept as unassigned`,
    { place: { line: 1, column: 1 }, ruleId: 'lost-text', source }
  )
}

/** unified plugin: `unified().use(bulletinParse, options)`; the tree is one node per printed line. */
export const bulletinParse: Plugin<[ParseOptions?], string, Root> = function () {
  this.parser = (document: string) => fromBulletin(document)
}

/** unified transformer plugin: reads the tree into records on `file.data.bulletin`. */
export const remarkBulletinRecords: Plugin<[ParseOptions?], Root> = function (options) {
  return (tree, file) => {
    readBulletin(tree, file, options ?? {})
  }
}

/**
 * Blocks → articles.
 *
 * Newspaper layout gives the rules: a headline (with its kicker and
 * subtitle) opens an article; a byline, a source unit or a continuation
 * marker after body text closes it. Untitled text after a closed article is
 * the rest of another story carried over from another column: it belongs to
 * the most recent earlier article that ended without a byline.
 */
import type {ParsedArticle, UnassignedText} from '../types.ts'
import type {Block, Context} from './model.ts'
import {placeOf} from './model.ts'
import {
  type Credits, type Notes, emptyNotes, mergeCredits, readCaptionBlock, readCreditBlock, readMarkerBlock,
  readSourceNoteBlock, readUnitBlock, takeHead, takeTail
} from './credits.ts'
import {type IssueDate, readDateline, startsWithMarkerOrDate} from './dateline.ts'
import {isCommaHeadlineText, isHeadlineText, isSubtitleText, readHeadlineGroup, splitBracketItem, splitInlineHeadline} from './headline.ts'
import {removeExtractionSpaces, residue} from './text.ts'

interface Draft {
  article: ParsedArticle
  /** A byline, source or forward marker was read after body text. */
  closed: boolean
}

export interface SplitResult {
  articles: ParsedArticle[]
  unassigned: UnassignedText[]
}

const source = 'bulletin-parse'

export function splitArticles(blocks: Block[], context: Context, issue: IssueDate): SplitResult {
  const drafts: Draft[] = []
  const unassigned: UnassignedText[] = []
  let current: Draft | null = null
  let headline: Block[] = []
  /** Text before the first headline (e.g. a story continued from another page). */
  const leading: Block[] = []

  const open = (group: Block[]) => {
    current = newDraft(group, context)
    drafts.push(current)
  }

  blocks.forEach((block, index) => {
    if (isHeadlineBlock(block, blocks[index + 1]) || (headline.length > 0 && isSubtitleText(block.text))) {
      headline.push(block)
      return
    }
    const item = splitBracketItem(block.text) ?? splitInlineHeadline(block.text)
    if (item) {
      if (headline.length > 0) unassign(headline, unassigned, context, 'headline-without-body')
      const title: Block = {text: item.title, lines: block.lines.slice(0, 1), heading: 0}
      context.ledger.drop(residue(block.text, [item.title, item.body]))
      open([title])
      headline = []
      addBody(current!, {...block, text: item.body}, context, issue)
      return
    }
    if (headline.length > 0) {
      open(headline)
      headline = []
    }
    const draft: Draft | null = current
    if (draft === null) {
      leading.push(block)
      return
    }
    current = addBlock(draft, drafts, block, context, issue)
  })
  if (headline.length > 0) unassign(headline, unassigned, context, 'headline-without-body')
  if (leading.length > 0) unassign(leading, unassigned, context, 'text-before-headline')
  unassigned.sort((a, b) => a.lines[0] - b.lines[0])
  return {articles: drafts.map((draft) => draft.article), unassigned}
}

function isHeadlineBlock(block: Block, next: Block | undefined): boolean {
  if (block.heading > 0) return true
  if (block.lines.length !== 1) return false
  return isHeadlineText(block.text) || (isCommaHeadlineText(block.text) && next !== undefined && startsWithMarkerOrDate(next.text))
}

function newDraft(group: Block[], context: Context): Draft {
  const parts = readHeadlineGroup(group)
  for (const block of group) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
    context.ledger.drop(residue(block.text, [parts.title, parts.kicker ?? '', parts.subtitle ?? '']))
  }
  const first = group[0]!.lines[0]!.line
  const last = group[group.length - 1]!.lines.at(-1)!.line
  return {
    closed: false,
    article: {
      title: parts.title, kicker: parts.kicker, subtitle: parts.subtitle, date: null, dateText: null,
      datelineMarker: null, paragraphs: [], reporters: [], correspondents: [], photographers: [], editors: [],
      sourceUnit: null, sourceNote: null, continuedTo: null, continuedFrom: null, captions: [], lines: [first, last]
    }
  }
}

/** Put one non-headline block into the current story; returns the story that takes the next block. */
function addBlock(draft: Draft, drafts: Draft[], block: Block, context: Context, issue: IssueDate): Draft {
  const notes = emptyNotes()
  const credit = readCreditBlock(block.text)
  if (credit) return closeWith(draft, block, {...notes, credits: [credit], taken: [block.text]}, context)
  if (readMarkerBlock(block.text, notes)) return closeWith(draft, block, notes, context)
  const unit = readUnitBlock(block.text)
  if (unit) return closeWith(draft, block, {...notes, sourceUnit: unit, taken: [block.text]}, context)
  const note = readSourceNoteBlock(block.text)
  if (note) {
    extend(draft, block)
    draft.article.sourceNote ??= note
    if (draft.article.sourceNote !== note) draft.article.captions.push(note)
    draft.closed = draft.article.paragraphs.length > 0
    return draft
  }
  const caption = block.text.length < 200 ? readCaptionBlock(block.text) : null
  if (caption) {
    extend(draft, block)
    if (caption.caption !== '') draft.article.captions.push(caption.caption)
    applyCredits(draft.article, caption.credits, context)
    context.ledger.drop(residue(block.text, [caption.caption, ...caption.credits.photographers]))
    return draft
  }
  const target = draft.closed ? continuationTarget(draft, drafts, block, context) : draft
  addBody(target, block, context, issue)
  return target
}

function closeWith(draft: Draft, block: Block, notes: Notes, context: Context): Draft {
  extend(draft, block)
  applyNotes(draft, notes, context)
  if (draft.article.paragraphs.length > 0) draft.closed = true
  return draft
}

/** Untitled body text after a closed story: find the story it continues. */
function continuationTarget(draft: Draft, drafts: Draft[], block: Block, context: Context): Draft {
  const open = drafts.slice(0, drafts.indexOf(draft)).reverse().find((candidate) => !candidate.closed)
  const place = placeOf(block)
  if (open) {
    context.file.message(
      `Unexpected untitled text after a closed article, expected a headline; read as the continuation of \`${open.article.title}\` (line ${open.article.lines[0]}), which ended without a byline`,
      {place, ruleId: 'orphan-continuation', source}
    )
    return open
  }
  context.file.message(
    'Unexpected untitled text after a closed article, expected a headline; no earlier article is open, so it is appended to the previous one',
    {place, ruleId: 'orphan-continuation', source}
  )
  draft.closed = false
  return draft
}

function addBody(draft: Draft, block: Block, context: Context, issue: IssueDate): void {
  const head = emptyNotes()
  const notes = emptyNotes()
  const first = draft.article.paragraphs.length === 0
  let text = first ? takeHead(block.text, head) : block.text
  text = takeTail(text, notes)
  extend(draft, block)
  applyNotes(draft, head, context)
  applyNotes(draft, notes, context)
  const paragraph = removeExtractionSpaces(text).trim()
  if (paragraph !== '') {
    if (first) {
      const dateline = readDateline(paragraph, issue)
      if (dateline) {
        draft.article.date = dateline.date
        draft.article.dateText = dateline.dateText
      }
    }
    draft.article.paragraphs.push(paragraph)
  }
  const closing = notes.credits.length > 0 || notes.sourceUnit !== null || notes.sourceNote !== null || notes.continuedTo !== null
  if (closing && draft.article.paragraphs.length > 0) draft.closed = true
}

function applyNotes(draft: Draft, notes: Notes, context: Context): void {
  const article = draft.article
  const kept: string[] = []
  for (const credits of notes.credits) {
    applyCredits(article, credits, context)
    kept.push(...credits.reporters, ...credits.correspondents, ...credits.photographers)
  }
  if (notes.sourceUnit !== null) {
    article.sourceUnit ??= notes.sourceUnit
    if (article.sourceUnit !== notes.sourceUnit) article.captions.push(notes.sourceUnit)
    kept.push(notes.sourceUnit)
  }
  // A field printed twice keeps its first value; the repeat is warned about and its text accounted for.
  const once = (field: 'sourceNote' | 'continuedTo' | 'continuedFrom' | 'datelineMarker', value: string | null, label: string) => {
    if (value === null) return
    const before = article[field]
    if (before === null) article[field] = value
    else {
      context.ledger.drop(value)
      if (before !== value) {
        context.file.message(`Unexpected second ${label} \`${value}\` in \`${article.title}\`, expected one; kept the first, \`${before}\``, {
          place: {line: article.lines[1], column: 1}, ruleId: 'repeated-note', source
        })
      }
    }
    if (field !== 'datelineMarker') kept.push(value)
  }
  once('sourceNote', notes.sourceNote, 'source note')
  once('continuedTo', notes.continuedTo, 'continuation marker')
  once('continuedFrom', notes.continuedFrom, 'continuation marker')
  // The marker's text is not in `taken`: the datelineMarker field holds it.
  once('datelineMarker', notes.datelineMarker, 'dateline marker')
  context.ledger.drop(residue(notes.taken.join(''), kept))
}

function applyCredits(article: ParsedArticle, credits: Credits, context: Context): void {
  for (const name of mergeCredits(article, credits)) context.ledger.drop(name)
}

function extend(draft: Draft, block: Block): void {
  const lines = draft.article.lines
  lines[0] = Math.min(lines[0], block.lines[0]!.line)
  lines[1] = Math.max(lines[1], block.lines.at(-1)!.line)
}

/** Keep blocks no story takes as one unassigned run, with one message. */
function unassign(blocks: Block[], unassigned: UnassignedText[], context: Context, ruleId: string): void {
  const first = placeOf(blocks[0]!)
  const last = placeOf(blocks[blocks.length - 1]!)
  unassigned.push({text: blocks.map((block) => block.text).join('\n'), lines: [first.start.line, last.end.line]})
  for (const block of blocks) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
  }
  const reason =
    ruleId === 'text-before-headline'
      ? 'Unexpected text before the first headline, expected a headline; kept as unassigned'
      : 'Unexpected headline without body text, expected paragraphs after it; kept as unassigned'
  context.file.message(reason, {place: {start: first.start, end: last.end}, ruleId, source})
}

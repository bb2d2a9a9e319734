/**
 * A block that is not a headline, put into a story: a note block (byline,
 * marker, editor, unit, source, caption) is read into the story's fields and
 * may close it; body text becomes a paragraph, with the notes printed at its
 * head or tail taken off, and the dateline read from a story's first
 * paragraph. Untitled body text after a closed story goes to the story it
 * continues.
 */
import {
  readCaptionBlock,
  readCreditBlock,
  readEditorBlock,
  readMarkerBlock,
  readSourceNoteBlock,
  readUnitBlock
} from './note-blocks.ts'
import { emptyNotes, type Notes, takeHead, takeTail } from './paragraph-notes.ts'
import { type IssueDate, readDateline } from './dateline.ts'
import { placeByRole, splitColumnTag } from './evidence.ts'
import { isTableRow } from './headline.ts'
import { type Block, type Context, placeOf } from './model.ts'
import { normaliseInnerSpace, removeExtractionSpaces, residue } from './text.ts'
import { applyCredits, applyNotes, closeWith, extend, hasBody } from './article-draft.ts'
import type { Draft } from './article-state.ts'
import { anyWidthDigits } from '../lexicon/width.ts'

/** The message source of everything the splitter says. */
const source = 'bulletin-parse'

/** Put one non-headline block into the current story; returns the story that takes the next block. */
export function addBlock(draft: Draft, drafts: Draft[], block: Block, context: Context, issue: IssueDate): Draft {
  const placed = placeByRole(draft.article, block)
  if (placed !== null) {
    extend(draft, block, context)
    if (placed === 'closes' && hasBody(draft)) draft.closed = true
    return draft
  }
  const notes = emptyNotes()
  const credit = readCreditBlock(block.text)
  if (credit) return closeWith(draft, block, { ...notes, credits: [credit], taken: [block.text] }, context)
  if (readMarkerBlock(block.text, notes)) return closeWith(draft, block, notes, context)
  const editors = readEditorBlock(block.text)
  if (editors) return closeWith(draft, block, { ...notes, editors, taken: [block.text] }, context)
  const unit = readUnitBlock(block.text)
  if (unit) return closeWith(draft, block, { ...notes, sourceUnit: unit, taken: [block.text] }, context)
  const note = readSourceNoteBlock(block.text)
  if (note) {
    extend(draft, block, context)
    draft.article.sourceNote ??= note
    if (draft.article.sourceNote !== note) draft.article.captions.push(note)
    draft.closed = hasBody(draft)
    return draft
  }
  const caption = block.text.length < 200 ? readCaptionBlock(block.text) : null
  if (caption) {
    extend(draft, block, context)
    if (caption.caption !== '') draft.article.captions.push(caption.caption)
    applyCredits(draft.article, caption.credits, context)
    context.ledger.drop(residue(block.text, [caption.caption, ...caption.credits.photographers]))
    return draft
  }
  const target = draft.closed ? continuationTarget(draft, drafts, block, context) : draft
  addBody(target, block, context, issue)
  return target
}

/** Untitled body text after a closed story: find the story it continues. */
function continuationTarget(draft: Draft, drafts: Draft[], block: Block, context: Context): Draft {
  const open = drafts
    .slice(0, drafts.indexOf(draft))
    .reverse()
    .find((candidate) => !candidate.closed)
  const place = placeOf(block)
  if (open) {
    context.file.message(
      `Unexpected untitled text after a closed article, expected a headline; read as the continuation of \`${open.article.title}\` (line ${open.article.lines[0]}), which ended without a byline`,
      { place, ruleId: 'orphan-continuation', source }
    )
    return open
  }
  context.file.message(
    'Unexpected untitled text after a closed article, expected a headline; no earlier article is open, so it is appended to the previous one',
    { place, ruleId: 'orphan-continuation', source }
  )
  draft.closed = false
  return draft
}

/** Body text into the draft: notes off its head (first paragraph only) and tail, then the paragraph. */
export function addBody(draft: Draft, block: Block, context: Context, issue: IssueDate): void {
  const head = emptyNotes()
  const notes = emptyNotes()
  const first = draft.article.paragraphs.length === draft.bodyStart
  let printed = block.text
  const tag = first && draft.article.column === undefined ? splitColumnTag(printed) : null
  if (tag) {
    // `【时政】新华社北京…` under the headline: the column the story runs in.
    draft.article.column = tag.column
    context.ledger.drop(residue(printed, [tag.column, tag.rest]))
    printed = tag.rest
  }
  let text = first ? takeHead(printed, head) : printed
  text = takeTail(text, notes)
  extend(draft, block, context)
  draft.pageEnded = false
  applyNotes(draft, head, context)
  applyNotes(draft, notes, context)
  const paragraph = isTableRow(text) ? normaliseInnerSpace(text) : removeExtractionSpaces(text).trim()
  if (paragraph !== '') {
    if (first) readOpeningDate(draft, paragraph, head, issue)
    draft.article.paragraphs.push(paragraph)
  }
  if (closesStory(notes) && hasBody(draft)) draft.closed = true
}

/** A month and day in digits of either width: `10月19日`, `１０月１９日`. */
const monthDay = new RegExp(String.raw`[${anyWidthDigits}]{1,2}\s*月\s*[${anyWidthDigits}]{1,2}\s*日`)

/** The story's date from its first paragraph, or from an agency marker: `新华社北京10月19日电`. */
function readOpeningDate(draft: Draft, paragraph: string, head: Notes, issue: IssueDate): void {
  // The date is in the marker, the place before it.
  const agency = monthDay.exec(head.datelineMarker ?? '')
  const dateline = readDateline(paragraph, issue) ?? (agency ? readDateline(agency[0], issue) : null)
  if (dateline) {
    draft.article.date = dateline.date
    draft.article.dateText = dateline.dateText
  }
}

/** Notes at a paragraph's tail that end its story: a byline, unit, source, forward marker, editor or `（完）`. */
function closesStory(notes: Notes): boolean {
  return (
    notes.credits.length > 0 ||
    notes.sourceUnit !== null ||
    notes.sourceNote !== null ||
    notes.continuedTo !== null ||
    notes.editors.length > 0 ||
    notes.end
  )
}

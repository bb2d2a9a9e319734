/**
 * A story being read and the notes put on it: a new draft from its headline
 * group, its line range grown by each block it takes, credits and notes
 * (bylines, source unit, markers) applied once each with every dropped
 * character accounted for in the ledger. Shared by every transition that puts
 * a block into a story.
 */
import type { ParsedArticle } from '../types.ts'
import { type Credits, mergeCredits } from './credits.ts'
import { readMarkerBlock } from './note-blocks.ts'
import { emptyNotes, type Notes } from './paragraph-notes.ts'
import { readTitleGroup } from './evidence.ts'
import { type Block, type Context, emptyArticle } from './model.ts'
import { residue } from './text.ts'
import type { Draft } from './article-state.ts'

/** The message source of everything the splitter says. */
const source = 'bulletin-parse'

export function newDraft(group: Block[], context: Context, kickersApart = false): Draft {
  const parts = readTitleGroup(group, kickersApart)
  for (const block of group) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
    context.ledger.drop(residue(block.text, [parts.title, parts.kicker ?? '', parts.subtitle ?? '']))
  }
  const first = group[0]!.lines[0]!.line
  const last = group[group.length - 1]!.lines.at(-1)!.line
  return {
    closed: false,
    bodyStart: 0,
    headline: group,
    article: {
      ...emptyArticle(parts.title, [first, last]),
      kicker: parts.kicker,
      subtitle: parts.subtitle,
      ...(parts.column === null ? {} : { column: parts.column })
    }
  }
}

/** An article with body text is open: no byline, source or page break has closed it yet. */
export function storyOpen(current: Draft | null): boolean {
  return current !== null && !current.closed && !current.pageEnded && hasBody(current)
}

/** Body text was read (an editor's note printed above the headline does not count). */
export function hasBody(draft: Draft): boolean {
  return draft.article.paragraphs.length > draft.bodyStart
}

export function hasCredits(article: ParsedArticle): boolean {
  return article.reporters.length > 0 || article.correspondents.length > 0
}

/** The block is read into the draft (once): its line range grows, and heading marks (`#`) are accounted for. */
export function extend(draft: Draft, block: Block, context?: Context): void {
  if (context)
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
  const lines = draft.article.lines
  lines[0] = Math.min(lines[0], block.lines[0]!.line)
  lines[1] = Math.max(lines[1], block.lines.at(-1)!.line)
}

/** A note block (byline, marker, editor, unit) read into the draft: it closes a story with body text. */
export function closeWith(draft: Draft, block: Block, notes: Notes, context: Context): Draft {
  extend(draft, block, context)
  applyNotes(draft, notes, context)
  if (hasBody(draft)) draft.closed = true
  return draft
}

/** Notes of a standalone marker block such as `（上接第一版）`. */
export function markerNotes(block: Block): Notes {
  const notes = emptyNotes()
  readMarkerBlock(block.text, notes)
  return notes
}

type OnceField = 'sourceNote' | 'continuedTo' | 'continuedFrom' | 'datelineMarker'

export function applyNotes(draft: Draft, notes: Notes, context: Context): void {
  const article = draft.article
  const kept: string[] = []
  for (const credits of notes.credits) {
    applyCredits(article, credits, context)
    kept.push(...credits.reporters, ...credits.correspondents, ...credits.photographers)
  }
  for (const name of notes.editors) {
    if (article.editors.includes(name)) context.ledger.drop(name)
    else article.editors.push(name)
    kept.push(name)
  }
  if (notes.sourceUnit !== null) {
    article.sourceUnit ??= notes.sourceUnit
    if (article.sourceUnit !== notes.sourceUnit) article.captions.push(notes.sourceUnit)
    kept.push(notes.sourceUnit)
  }
  const once = (field: OnceField, value: string | null, label: string) =>
    applyOnce(article, field, value, label, context, kept)
  once('sourceNote', notes.sourceNote, 'source note')
  once('continuedTo', notes.continuedTo, 'continuation marker')
  once('continuedFrom', notes.continuedFrom, 'continuation marker')
  // The marker's text is not in `taken`: the datelineMarker field holds it.
  once('datelineMarker', notes.datelineMarker, 'dateline marker')
  context.ledger.drop(residue(notes.taken.join(''), kept))
}

/** A field printed twice keeps its first value; the repeat is warned about and its text accounted for. */
function applyOnce(
  article: ParsedArticle,
  field: OnceField,
  value: string | null,
  label: string,
  context: Context,
  kept: string[]
): void {
  if (value === null) return
  const before = article[field]
  if (before === null) article[field] = value
  else {
    context.ledger.drop(value)
    if (before !== value) {
      context.file.message(
        `Unexpected second ${label} \`${value}\` in \`${article.title}\`, expected one; kept the first, \`${before}\``,
        { place: { line: article.lines[1], column: 1 }, ruleId: 'repeated-note', source }
      )
    }
  }
  if (field !== 'datelineMarker') kept.push(value)
}

export function applyCredits(article: ParsedArticle, credits: Credits, context: Context): void {
  for (const name of mergeCredits(article, credits)) context.ledger.drop(name)
}

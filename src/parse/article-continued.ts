/**
 * Untitled text at the top of a page (or of the file): the rest of a story
 * that started on another page. A careful reader records it as that story's
 * continuation when the page says so — it opens with `（上接第一版）` — or
 * when it ends like a story, with a byline or a source. Its headline is
 * printed on the other page, so the title is (1) the headline of the story in
 * this file that was sent on with `（下转…）` and not picked up yet, or else
 * (2) the fragment's first words, followed by `…` to show that the title was
 * supplied, not printed. Either way a warning says so. Text that neither
 * opens with a marker nor closes like a story stays unassigned.
 */
import type { ParsedArticle } from '../types.ts'
import { isNoteBlock, readCreditBlock, readMarkerBlock, readUnitBlock } from './note-blocks.ts'
import { emptyNotes, endsWithNote, takeHead } from './paragraph-notes.ts'
import type { IssueDate } from './dateline.ts'
import { type Block, type Context, emptyArticle, placeOf } from './model.ts'
import { removeExtractionSpaces } from './text.ts'
import { addBlock } from './article-add-block.ts'
import { closeWith, markerNotes } from './article-draft.ts'
import type { Draft } from './article-state.ts'

/** The message source of everything the splitter says. */
const source = 'bulletin-parse'

export function continuedArticle(
  blocks: Block[],
  drafts: Draft[],
  continued: Set<ParsedArticle>,
  context: Context,
  issue: IssueDate
): { draft: Draft; rest: Block[] } | null {
  const head = emptyNotes()
  const first = blocks[0]!
  const markerOnly = readMarkerBlock(first.text, head)
  const body = markerOnly ? (blocks[1]?.text ?? '') : takeHead(first.text, head)
  if ((head.continuedFrom === null && !blocks.some(closesLikeStory)) || body.trim() === '') return null
  const sent = drafts.find((draft) => draft.article.continuedTo !== null && !continued.has(draft.article))
  if (sent) continued.add(sent.article)
  const title = sent ? sent.article.title : firstWordsTitle(body)
  const end = storyEnd(blocks)
  const story = blocks.slice(0, end)
  const lines = story.flatMap((block) => block.lines)
  const draft: Draft = {
    closed: false,
    bodyStart: 0,
    article: emptyArticle(title, [lines[0]!.line, lines.at(-1)!.line])
  }
  const from = head.continuedFrom === null ? 'another page' : head.continuedFrom
  const how = sent
    ? 'the headline of the story sent on from this issue'
    : 'its first words, as the headline is printed on the other page'
  context.file.message(
    `Unexpected text without a headline, expected a headline; read as a story continued from ${from}, titled \`${title}\` (${how})`,
    {
      place: { start: placeOf(first).start, end: placeOf(story.at(-1)!).end },
      ruleId: 'continued-without-headline',
      source
    }
  )
  fillContinued(draft, story, context, issue)
  return { draft, rest: blocks.slice(end) }
}

/** A story closes: a byline, a source unit, or a paragraph ending in a note (not the `（上接…）` that opens it). */
function closesLikeStory(block: Block): boolean {
  const marker = emptyNotes()
  if (readMarkerBlock(block.text, marker) && marker.continuedFrom !== null) return false
  return readCreditBlock(block.text) !== null || readUnitBlock(block.text) !== null || endsWithNote(block.text)
}

/** The title supplied for a fragment: its first words (up to 16 characters), then `…`. */
function firstWordsTitle(body: string): string {
  const words = removeExtractionSpaces(body).split(/[，,。；;！？!?：:]/)[0] ?? ''
  return [...words].slice(0, 16).join('') + '…'
}

/** The story ends where it closes (a byline, a source); more untitled body text after that is not part of it. */
function storyEnd(blocks: Block[]): number {
  for (let index = 0, closed = false; index < blocks.length; index++) {
    const block = blocks[index]!
    // A note block (another byline, a marker, a caption, an editor, a source) may follow the closing one.
    if (closed && !isNoteBlock(block.text)) return index
    if (closesLikeStory(block)) closed = true
  }
  return blocks.length
}

/** The fragment's blocks into its draft: a marker before any paragraph is read as the story's note. */
function fillContinued(draft: Draft, blocks: Block[], context: Context, issue: IssueDate): void {
  let target = draft
  for (const block of blocks) {
    if (target.article.paragraphs.length === 0 && readMarkerBlock(block.text, emptyNotes()))
      closeWith(target, block, markerNotes(block), context)
    else target = addBlock(target, [draft], block, context, issue)
  }
}

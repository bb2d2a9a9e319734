/**
 * The transitions that open stories and end runs: a headline group opens a
 * story (taking the editor's note and the continuation marker waiting above
 * it), a headline read before its body opens when its turn comes, and a page
 * end — or the end of the file — settles everything still waiting: untitled
 * text, headlines without bodies, editor's notes without headlines.
 */
import { readMarkerBlock } from './note-blocks.ts'
import { emptyNotes } from './paragraph-notes.ts'
import { type Block, placeOf } from './model.ts'
import { removeExtractionSpaces, residue, withoutSpaces } from './text.ts'
import { cleanTitle, isSubtitleText } from './headline.ts'
import { addBlock } from './article-add-block.ts'
import { isBulletItem } from './article-candidate.ts'
import { besideHeadline, kickerUnder } from './side-by-side.ts'
import { readTitleGroup } from './evidence.ts'
import { continuedArticle } from './article-continued.ts'
import { closeWith, extend, markerNotes, newDraft } from './article-draft.ts'
import type { Draft, SplitState, Waiting } from './article-state.ts'

/** The message source of everything the splitter says. */
const source = 'bulletin-parse'

/**
 * A headline group opens a story; headlines still waiting open or are kept first.
 * `body` is the block read next as the story's body, when it is known; `item` marks a 简讯
 * item's title, which takes no kicker lent by the story beside.
 */
export function open(state: SplitState, headline: Block[], body?: Block, item = false): Draft {
  releaseWaiting(state)
  const group = item ? headline : withLentKicker(state, headline)
  if (group.length > 1 && group.every(isBulletItem)) {
    // `■甲⏎⏎■乙⏎正文`: an item title is set tight over its own text, so text tight under the last
    // title (the one before it set apart) is that item's; the titles above it lost their text to the
    // extraction's reading order.
    const last = group.at(-1)!
    if (body !== undefined && body.lines[0]!.blankBefore === 0 && last.lines[0]!.blankBefore > 0) {
      unassign(state, group.slice(0, -1), 'headline-without-body')
      return openOne(state, [last])
    }
    // `■甲` / `■乙` over two bodies: each item's title, read in order, takes the next body.
    state.waiting = group.slice(1).map((block) => ({ group: [block], held: [], story: false }))
    return openOne(state, group.slice(0, 1))
  }
  const { dashedSubtitles, kickersApart } = state.input.habits
  const beside = dashedSubtitles ? besideHeadline(group, kickersApart) : null
  if (beside !== null) {
    // The second story's headline waits for its byline, as side-by-side headlines do.
    state.waiting = [{ group: beside[1], held: [], story: true }]
    return openOne(state, beside[0])
  }
  const lent = dashedSubtitles ? kickerUnder(group) : null
  if (lent !== null) {
    state.lentKicker = lent
    return openOne(state, group.slice(0, -1))
  }
  return openOne(state, group)
}

/** A kicker read under another headline heads the next headline opened on its page, when that has none. */
function withLentKicker(state: SplitState, group: Block[]): Block[] {
  const lent = state.lentKicker
  if (lent === null) return group
  state.lentKicker = null
  const takes =
    lent.lines[0]!.page === group[0]!.lines[0]!.page &&
    !isBulletItem(group[0]!) &&
    readTitleGroup(group, state.input.habits.kickersApart).kicker === null
  if (takes) return [lent, ...group]
  unassign(state, [lent], 'headline-without-body')
  return group
}

/** One story opens under its headline group: it becomes the story blocks go into. */
function openOne(state: SplitState, group: Block[]): Draft {
  const { context } = state.input
  // `（上接第一版）` alone above a headline: the page repeats the continued story's headline.
  const markers =
    state.leading.length > 0 && state.leading.every((block) => readMarkerBlock(block.text, emptyNotes()))
      ? state.leading
      : []
  if (markers.length > 0) state.leading = []
  flushLeading(state)
  const draft = newDraft(withLentHeadline(state, group), context, state.input.habits.kickersApart)
  // A headline taken back from the story beside it is printed apart: the story's lines are its own group's.
  draft.article.lines = [group[0]!.lines[0]!.line, draft.article.lines[1]]
  state.drafts.push(draft)
  for (const block of markers) closeWith(draft, block, markerNotes(block), context)
  for (const block of state.preface) {
    extend(draft, block, context)
    draft.article.paragraphs.push(removeExtractionSpaces(block.text).trim())
  }
  draft.bodyStart = draft.article.paragraphs.length
  state.preface = []
  state.current = draft
  return draft
}

/**
 * `——副题` with no headline over it: two stories set side by side printed their headlines in
 * one row, and the first story read the second's headline as its kicker (`副区长…调研…` over
 * `全力以赴抓好…`). The latest story on the page whose headline group had a kicker gives it
 * back: it heads this story, over the subtitle.
 */
function withLentHeadline(state: SplitState, group: Block[]): Block[] {
  if (!isSubtitleText(group[0]!.text)) return group
  const page = group[0]!.lines[0]!.page
  for (const draft of state.drafts.slice(-3).reverse()) {
    const lent = draft.headline?.[0]
    const { kicker } = draft.article
    if (lent === undefined || kicker === null || draft.headline!.length < 2) continue
    if (lent.lines[0]!.page !== page || withoutSpaces(cleanTitle(lent.text)) !== withoutSpaces(kicker)) continue
    draft.article.kicker = null
    draft.headline = draft.headline!.slice(1)
    draft.article.lines[0] = draft.headline[0]!.lines[0]!.line
    return [lent, ...group]
  }
  return group
}

/** A waiting headline's turn: it opens, with the bylines it held. */
export function openWaiting(state: SplitState, next: Waiting): Draft {
  const { context, issue } = state.input
  let draft = openOne(state, next.group)
  for (const block of next.held) draft = addBlock(draft, state.drafts, block, context, issue)
  state.current = draft
  return draft
}

/** Headlines still waiting when another opens or the page ends: a story with a byline opens, an item title is kept. */
function releaseWaiting(state: SplitState): void {
  const rest = state.waiting
  state.waiting = []
  // A story still without its text when another opens keeps its headline and byline.
  state.bodyless = null
  for (const next of rest) {
    if (next.held.length > 0) openWaiting(state, next)
    else unassign(state, next.group, 'headline-without-body')
  }
}

/** Untitled text waiting at the top of a page: a continued story if it reads as one, else kept unassigned. */
function flushLeading(state: SplitState): void {
  const { leading } = state
  if (leading.length > 0) {
    const { context, issue } = state.input
    const read = continuedArticle(leading, state.drafts, state.continued, context, issue)
    if (read) state.drafts.push(read.draft)
    const rest = read ? read.rest : leading
    if (rest.length > 0) unassign(state, rest, 'text-before-headline')
  }
  state.leading = []
}

/** A page (版) ends: nothing runs over it; untitled text on the next page starts a story of its own. */
export function endPage(state: SplitState): void {
  settle(state)
  for (const draft of state.drafts) draft.closed = true
  state.current = null
}

/** Everything still waiting is settled: a headline without body, waiting headlines, untitled text, an editor's note. */
export function settle(state: SplitState): void {
  if (state.headline.length > 0) unassign(state, state.headline, 'headline-without-body')
  if (state.lentKicker !== null) unassign(state, [state.lentKicker], 'headline-without-body')
  state.lentKicker = null
  releaseWaiting(state)
  state.headline = []
  flushLeading(state)
  if (state.preface.length > 0) unassign(state, state.preface, 'text-before-headline')
  state.preface = []
}

/** Keep blocks no story takes as one unassigned run, with one message. */
function unassign(state: SplitState, blocks: Block[], ruleId: string): void {
  const { context } = state.input
  const first = placeOf(blocks[0]!)
  const last = placeOf(blocks[blocks.length - 1]!)
  state.unassigned.push({
    text: blocks.map((block) => block.text).join('\n'),
    lines: [first.start.line, last.end.line]
  })
  for (const block of blocks) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
  }
  const reason =
    ruleId === 'text-before-headline'
      ? 'Unexpected text before the first headline, expected a headline; kept as unassigned'
      : 'Unexpected headline without body text, expected paragraphs after it; kept as unassigned'
  context.file.message(reason, { place: { start: first.start, end: last.end }, ruleId, source })
}

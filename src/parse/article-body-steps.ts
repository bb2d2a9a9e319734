/**
 * Transitions for a block that is not (or no longer) a headline line. The
 * block is classified — pure, from the state and the block — as one kind,
 * tried in this order, then that kind's handler changes the state:
 *
 * - `item`: a `【…】` or inline title with its text: a 简讯 item of its own.
 * - `preface`: an editor's note over the next headline, held for that story.
 * - `leading`: no story is open (top of a page): untitled text, held.
 * - `continuation`: `（上接第一版）` after a finished story: another story's
 *   rest starts here.
 * - `box`: `相关链接`, `延伸阅读`: a box printed with the story, even after
 *   its byline.
 * - `held`: the byline of a story whose headline waits, printed beside the
 *   first story's; held until its body comes.
 * - `turn`: the story before has ended, or the waiting story's byline or
 *   opening comes: the waiting headline opens and takes the block.
 * - `ahead`: the story before has its byline and no text yet, and a
 *   `本报讯（…）` opening comes: the waiting story's text was printed first; it
 *   opens, and the story before waits for text set apart after it.
 * - `resume`: that text comes: the story waiting for its text takes it.
 * - `body`: anything else goes into the current story (./article-add-block.ts).
 */
import { isNoteBlock, readCreditBlock } from './note-blocks.ts'
import { startsLikeDateline, startsWithMarker } from './dateline.ts'
import { splitColumnTag } from './evidence.ts'
import { cleanTitle, isBoxLabel, splitBracketItem, splitInlineHeadline } from './headline.ts'
import type { Block } from './model.ts'
import { residue } from './text.ts'
import { addBlock, addBody } from './article-add-block.ts'
import { type Candidate, editorsNote, headlineCandidate, startsContinuation } from './article-candidate.ts'
import { hasBody, hasCredits } from './article-draft.ts'
import { open, openWaiting } from './article-open.ts'
import type { Draft, SplitState, Waiting } from './article-state.ts'

export type BodyStep =
  | { kind: 'item'; item: { title: string; body: string } }
  | { kind: 'preface' }
  | { kind: 'leading' }
  | { kind: 'continuation' }
  | { kind: 'box'; draft: Draft }
  | { kind: 'held'; turn: Waiting }
  | { kind: 'turn'; turn: Waiting }
  | { kind: 'ahead'; turn: Waiting }
  | { kind: 'resume'; draft: Draft }
  | { kind: 'body'; draft: Draft }

/** What the block is to the stories read so far. */
export function bodyStep(state: SplitState, block: Block, index: number, candidate: Candidate | null): BodyStep {
  const { current } = state
  // Under a headline with no body yet, a short `【…】` opens the body (a column tag), not a new item.
  const fresh = current !== null && !hasBody(current) && splitColumnTag(block.text) !== null
  const item =
    candidate === null && !fresh && !editorsNote.test(block.text)
      ? (splitBracketItem(block.text) ?? splitInlineHeadline(block.text))
      : null
  if (item) return { kind: 'item', item }
  if (editorsNote.test(block.text) && (current === null || current.closed) && headlineFollows(state, index))
    return { kind: 'preface' }
  if (current === null) return { kind: 'leading' }
  if (current.closed && startsContinuation(block.text)) return { kind: 'continuation' }
  if (isBoxLabel(block.text)) return { kind: 'box', draft: current }
  const { bodyless } = state
  if (bodyless !== null && (bodyless.at === index || (bodyless.at === null && resumes(current, block))))
    return { kind: 'resume', draft: bodyless.draft }
  const turn = state.waiting[0]
  return turn === undefined ? { kind: 'body', draft: current } : waitingStep(current, turn, block)
}

/** Untitled text set apart after the story that was printed first: no note, no opening of a story. */
function resumes(current: Draft, block: Block): boolean {
  if (!hasBody(current) || block.lines[0]!.blankBefore === 0) return false
  return !isNoteBlock(block.text) && !startsWithMarker(block.text)
}

/** The next block looks like a headline line. */
function headlineFollows(state: SplitState, index: number): boolean {
  const next = state.input.blocks[index + 1]
  return next !== undefined && headlineCandidate(next) !== null
}

/** A headline waits for its body: the block is its byline, its turn, or the current story's. */
function waitingStep(current: Draft, turn: Waiting, block: Block): BodyStep {
  const credit = readCreditBlock(block.text) !== null
  if (turn.story && credit && !hasBody(current) && hasCredits(current.article)) return { kind: 'held', turn }
  // No byline of its own held: the `本报讯（记者…）` opening credits the waiting story, whose text comes first.
  const ahead = turn.story && turn.held.length === 0 && !hasBody(current) && hasCredits(current.article)
  if (ahead && startsWithMarker(block.text)) return { kind: 'ahead', turn }
  // A byline, or a 本报讯 marker (never inside a story), or a dateline under the bylines it held.
  const opens =
    turn.story && (credit || startsWithMarker(block.text) || (turn.held.length > 0 && startsLikeDateline(block.text)))
  if (hasBody(current) && (current.closed || opens)) return { kind: 'turn', turn }
  return { kind: 'body', draft: current }
}

/** Apply a body step: every kind takes the block. */
export function takeBodyStep(state: SplitState, step: BodyStep, block: Block): void {
  const { context, issue } = state.input
  switch (step.kind) {
    case 'item':
      return openItem(state, step.item, block)
    case 'preface':
      state.preface.push(block)
      return
    case 'leading':
      state.leading.push(block)
      return
    case 'continuation':
      return startContinued(state, block)
    case 'box':
      step.draft.closed = false
      return addBody(step.draft, block, context, issue)
    case 'held':
      step.turn.held.push(block)
      return
    case 'turn':
      state.waiting.shift()
      state.current = addBlock(openWaiting(state, step.turn), state.drafts, block, context, issue)
      return
    case 'ahead': {
      const first = state.current
      state.waiting.shift()
      state.current = addBlock(openWaiting(state, step.turn), state.drafts, block, context, issue)
      state.bodyless = first && { draft: first, at: null }
      return
    }
    case 'resume':
      state.bodyless = null
      state.current = addBlock(step.draft, state.drafts, block, context, issue)
      return
    case 'body':
      state.current = addBlock(step.draft, state.drafts, block, context, issue)
      return
  }
}

/** A 简讯 item: its title opens a story, its text is that story's body. */
function openItem(state: SplitState, item: { title: string; body: string }, block: Block): void {
  const { context, issue } = state.input
  const title: Block = { text: cleanTitle(item.title), lines: block.lines.slice(0, 1), heading: 0 }
  context.ledger.drop(residue(block.text, [title.text, item.body]))
  addBody(open(state, [title], undefined, true), { ...block, text: item.body }, context, issue)
}

/** Another story's continuation starts: every story before is finished, and the text waits as untitled. */
function startContinued(state: SplitState, block: Block): void {
  for (const earlier of state.drafts) earlier.closed = true
  state.current = null
  state.leading.push(block)
}

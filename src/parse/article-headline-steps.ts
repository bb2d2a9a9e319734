/**
 * Transitions while a headline is being read (`state.headline` holds its
 * lines). Each block is first classified — pure, from the state and the
 * block — as one kind of step, then that kind's handler changes the state:
 *
 * - `next-headline`: the layout says the block starts another headline; the
 *   one read so far opens its story.
 * - `headline-line`: the block is one more line of the headline (kicker,
 *   subtitle, wrapped tail, second line).
 * - `side-by-side`: two stories' headline rows read across the page; the
 *   first opens, the second waits for its byline.
 * - `headline-list`: a fourth headline-like line: the first line is the
 *   title, the others are its body (a list, verse).
 * - `headline-ends`: the block is no headline line; the headline opens and the
 *   block is read as body (./article-body-steps.ts).
 * - `two-bylined`, `one-subtitled-pair`: two stories' headlines read in one row,
 *   told apart by the credit lines under them (./side-by-side-credits.ts).
 */
import { joinsGroupByFrame } from './evidence.ts'
import { isSubtitleText } from './headline.ts'
import type { Block } from './model.ts'
import { readCreditBlock } from './note-blocks.ts'
import { sideBySide, type SideBySide, wrappedTail } from './side-by-side.ts'
import { oneSubtitledPair, twoBylined } from './side-by-side-credits.ts'
import { addBlock } from './article-add-block.ts'
import { type Candidate, isBulletItem, isHeadlineRow } from './article-candidate.ts'
import { open, openWaiting } from './article-open.ts'
import type { SplitState } from './article-state.ts'

export type HeadlineStep =
  | { kind: 'next-headline' }
  | { kind: 'headline-line' }
  | { kind: 'side-by-side'; pair: SideBySide }
  | { kind: 'headline-list' }
  | { kind: 'headline-ends' }
  | { kind: 'two-bylined'; groups: [Block[], Block[]] }
  | { kind: 'one-subtitled-pair'; groups: [Block[], Block[]]; firstStory: number }

/** What the block is to the headline being read. */
export function headlineStep(
  state: SplitState,
  block: Block,
  index: number,
  candidate: Candidate | null
): HeadlineStep {
  const { headline } = state
  const last = headline.at(-1)!
  // A bulleted item title is whole: only another item's title set beside it joins it.
  const afterItem = isBulletItem(last) && !isBulletItem(block)
  const joins = afterItem && candidate !== null ? false : joinsGroupByFrame(state.input.frame, headline, block)
  if (joins === false && candidate !== null) return { kind: 'next-headline' }
  if (
    joins === true ||
    (joins === null && wrappedTail(last, block)) ||
    (joins === null &&
      ((isSubtitleText(block.text) && block.lines[0]!.role === undefined) ||
        (candidate !== null && headline.length < 3)))
  )
    return { kind: 'headline-line' }
  const bylined = twoBylined(headline, block, state.input.blocks[index + 1])
  if (bylined !== null) return { kind: 'two-bylined', groups: bylined }
  const paired = oneSubtitledPair(headline, state.input.blocks, index)
  if (paired !== null) return { kind: 'one-subtitled-pair', ...paired }
  // A comma line is no headline's fourth line: the body starts here.
  if (candidate !== 'strong') return { kind: 'headline-ends' }
  const pair = sideBySide([...headline, block], state.input.blocks, index, isHeadlineRow)
  return pair === null ? { kind: 'headline-list' } : { kind: 'side-by-side', pair }
}

/** Apply a headline step; true when it took the block, false when the block is to be read as body. */
export function takeHeadlineStep(state: SplitState, step: HeadlineStep, block: Block): boolean {
  switch (step.kind) {
    case 'next-headline':
      startNextHeadline(state, block)
      return true
    case 'headline-line':
      state.headline.push(block)
      return true
    case 'side-by-side':
      openSideBySide(state, step.pair)
      return true
    case 'headline-list':
      openListTitle(state)
      return false
    case 'headline-ends':
      open(state, state.headline, block)
      state.headline = []
      return false
    case 'two-bylined':
      state.headline = []
      open(state, step.groups[0])
      state.waiting = [{ group: step.groups[1], held: [], story: true }]
      return false
    case 'one-subtitled-pair':
      openSubtitledPair(state, step.groups, block, step.firstStory)
      return true
  }
}

/**
 * Two stories side by side under one subtitle, the first's (oneSubtitledPair): the block is the
 * second story's byline, held while it waits, or its opening, which it opens with; the next
 * block set apart is the first story's.
 */
function openSubtitledPair(state: SplitState, groups: [Block[], Block[]], block: Block, firstStory: number): void {
  const { context, issue } = state.input
  state.headline = []
  const first = open(state, groups[0])
  if (readCreditBlock(block.text) !== null) {
    state.waiting = [{ group: groups[1], held: [block], story: true }]
    return
  }
  state.current = addBlock(
    openWaiting(state, { group: groups[1], held: [], story: true }),
    state.drafts,
    block,
    context,
    issue
  )
  state.bodyless = { draft: first, at: firstStory }
}

function startNextHeadline(state: SplitState, block: Block): void {
  open(state, state.headline)
  state.headline = [block]
}

/** The first story opens under its rows; the second waits for its byline. */
function openSideBySide(state: SplitState, pair: SideBySide): void {
  state.headline = []
  // After five rows the byline under them is the second story's: it is held, and read already.
  const held = pair.secondBylined ? [state.input.blocks[pair.last + 1]!] : []
  state.readUpTo = pair.last + held.length
  open(state, pair.groups[0])
  state.waiting = [{ group: pair.groups[1], held, story: true }]
}

/** Four headline-like lines in a row are not one headline (a list, verse): the first is the title. */
function openListTitle(state: SplitState): void {
  const { context, issue } = state.input
  const [first, ...rest] = state.headline
  let draft = open(state, [first!])
  for (const line of rest) draft = addBlock(draft, state.drafts, line, context, issue)
  state.current = draft
  state.headline = []
}

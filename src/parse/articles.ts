/**
 * Blocks → articles.
 *
 * Newspaper layout gives the rules: a headline (with its kicker and
 * subtitle) opens an article; a byline, a source unit, an editor's credit,
 * `（完）` or a continuation marker after body text closes it. Whether a
 * headline-like line opens an article depends on where it stands: inside an
 * open article over plain body text it is a subhead (kept as a paragraph);
 * a comma or ！/？ headline needs a story-like body, a second headline line
 * or a closed article before it. An 编者按 printed above a headline, and a
 * 相关链接 / 延伸阅读 box printed after the byline, belong to the article.
 * A page header naming a page (`第3版`) closes every article: nothing runs
 * over a page. Untitled text at the top of a page is a story continued from
 * another page (./article-continued.ts). Other untitled text after a closed article
 * is the rest of another story carried over from another column: it belongs
 * to the most recent earlier article that ended without a byline.
 *
 * The splitter is a state machine, read as mdast-util-from-markdown reads
 * tokens: one state record (./article-state.ts), and per block a kind chosen by a
 * pure classifier and one small handler per kind — headline kinds while a
 * headline is being read (./article-headline-steps.ts), body kinds otherwise
 * (./article-body-steps.ts) — with the transitions that open stories and settle
 * what is left at a page end in ./article-open.ts.
 */
import type { ParsedArticle, UnassignedText } from '../types.ts'
import type { IssueDate } from './dateline.ts'
import { frameOf, opensByFrame } from './evidence.ts'
import type { Block, Context } from './model.ts'
import { bodyStep, takeBodyStep } from './article-body-steps.ts'
import {
  type Candidate,
  headlineCandidate,
  opensArticle,
  kickersSetApart,
  storiesOpenDated,
  storiesSetApart,
  subtitlesDashed
} from './article-candidate.ts'
import { storyOpen } from './article-draft.ts'
import { headlineStep, takeHeadlineStep } from './article-headline-steps.ts'
import { endPage, settle } from './article-open.ts'
import type { SplitState } from './article-state.ts'

export interface SplitResult {
  articles: ParsedArticle[]
  unassigned: UnassignedText[]
}

export function splitArticles(blocks: Block[], context: Context, issue: IssueDate): SplitResult {
  const state = initialState(blocks, context, issue)
  blocks.forEach((block, index) => readBlock(state, block, index))
  settle(state)
  state.unassigned.sort((a, b) => a.lines[0] - b.lines[0])
  return { articles: state.drafts.map((draft) => draft.article), unassigned: state.unassigned }
}

/** The state before the first block: nothing read, and what the whole file says about its layout. */
export function initialState(blocks: Block[], context: Context, issue: IssueDate): SplitState {
  return {
    input: {
      blocks,
      context,
      issue,
      frame: frameOf(blocks),
      habits: {
        datedStories: storiesOpenDated(blocks),
        storiesSetApart: storiesSetApart(blocks),
        kickersApart: kickersSetApart(blocks),
        dashedSubtitles: subtitlesDashed(blocks)
      }
    },
    drafts: [],
    unassigned: [],
    continued: new Set(),
    current: null,
    headline: [],
    leading: [],
    preface: [],
    waiting: [],
    bodyless: null,
    lentKicker: null,
    readUpTo: -1
  }
}

/** One block through the machine: page marks first, then a headline step or a body step. */
export function readBlock(state: SplitState, block: Block, index: number): void {
  if (index <= state.readUpTo) return
  if (index > 0 && block.lines[0]!.pageStart) endPage(state)
  if (index > 0 && block.lines[0]!.breakBefore && state.current !== null) state.current.pageEnded = true
  const candidate = headlineCandidate(block)
  if (state.headline.length > 0) {
    if (takeHeadlineStep(state, headlineStep(state, block, index, candidate), block)) return
  } else if (opensHeadline(state, block, index, candidate)) {
    state.headline.push(block)
    return
  }
  takeBodyStep(state, bodyStep(state, block, index, candidate), block)
}

/** Outside a headline, a headline-like block starts one where the layout, or the text around it, says so. */
function opensHeadline(state: SplitState, block: Block, index: number, candidate: Candidate | null): boolean {
  if (candidate === null) return false
  const { blocks, frame, habits } = state.input
  return (
    opensByFrame(frame, blocks, index, storyOpen(state.current)) ??
    opensArticle(block, candidate, blocks[index + 1], state.current, habits)
  )
}

/**
 * The article splitter's state, as one typed record. The splitter reads the
 * file's blocks one at a time (./articles.ts, which also makes the initial
 * state); what it carries from one block to the next — the stories opened so
 * far, the story blocks go into, a headline still being read, untitled text
 * and editor's notes waiting for a headline, headlines read before their
 * bodies — lives here and nowhere else, so each transition
 * (./article-headline-steps.ts, ./article-body-steps.ts, ./article-open.ts)
 * is a function of this record and one block.
 */
import type { ParsedArticle, UnassignedText } from '../types.ts'
import type { IssueDate } from './dateline.ts'
import type { Frame } from './evidence.ts'
import type { Block, Context } from './model.ts'
import type { PaperHabits } from './article-candidate.ts'

/** A story being read: its record, and what the splitter knows about where it stands. */
export interface Draft {
  article: ParsedArticle
  /** The headline group the story opened under (kicker, headline, subtitle blocks). */
  headline?: Block[]
  /** A byline, source or forward marker was read after body text. */
  closed: boolean
  /** Paragraphs printed before the body (an 编者按 set above the headline). */
  bodyStart: number
  /** A page break came after its last body text: a headline may open the next article. */
  pageEnded?: boolean
}

/** A headline read before its body: its group, the bylines printed with it, and whether it is a story's (or an item title's). */
export interface Waiting {
  group: Block[]
  held: Block[]
  story: boolean
}

/** What every step reads and none changes: the file's blocks and what was learnt about them before the first step. */
export interface SplitInput {
  blocks: Block[]
  context: Context
  issue: IssueDate
  /** Layout evidence of the whole file (./evidence.ts). */
  frame: Frame
  /** Where every story opens with 本报讯 or a date (see `storiesOpenDated`). */
  /** What the file's layout says about where stories start. */
  habits: PaperHabits
}

export interface SplitState {
  readonly input: SplitInput
  /** Every story opened so far, in print order. */
  drafts: Draft[]
  /** Text no story took, with a message each. */
  unassigned: UnassignedText[]
  /** Stories whose headline has titled a continuation already. */
  continued: Set<ParsedArticle>
  /** The story the next body block goes into, or none (top of a page, after a continuation marker). */
  current: Draft | null
  /** Headline lines read and not opened yet: while there are any, the splitter is reading a headline. */
  headline: Block[]
  /** Untitled text at the top of a page (e.g. a story continued from another page). */
  leading: Block[]
  /** An editor's note printed before the next headline. */
  preface: Block[]
  /** Headlines read before their bodies (side by side): each waits for its own, holding bylines printed with it. */
  waiting: Waiting[]
  /**
   * A story set side by side whose byline was read but whose text the extractor printed after
   * its neighbour's (the neighbour opened with `本报讯（记者…）` under the two bylines): it takes
   * the next untitled text set apart, or the block at `at` when the headline rows said which.
   */
  bodyless: { draft: Draft; at: number | null } | null
  /** The kicker of a story beside, read under another headline: the next headline opened on its page takes it. */
  lentKicker: Block | null
  /** Blocks up to this index were read already (the rows of side-by-side headlines). */
  readUpTo: number
}

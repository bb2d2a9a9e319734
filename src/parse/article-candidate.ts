/**
 * What a block is, read from the block and the ones around it: how much it
 * looks like a headline line by itself, whether such a line opens an article
 * where it stands (or is a subhead inside one), and the paper-wide habit
 * (stories opening with 本报讯 or a date) those decisions lean on. Pure
 * functions: the transitions call them to choose, and change nothing here.
 */
import { readCreditBlock, readMarkerBlock } from './note-blocks.ts'
import { emptyNotes, takeHead } from './paragraph-notes.ts'
import { startsLikeDateline, startsWithMarkerOrDate } from './dateline.ts'
import { headlineByRole, isTaggedHeadline } from './evidence.ts'
import { cleanTitle, isBoxLabel, isHeadlineText, isLooseHeadlineText, isSubtitleText, titleBullet } from './headline.ts'
import type { Block } from './model.ts'
import { displayWidth } from './text.ts'
import { countIdeographs } from '../lexicon/han.ts'
import { hasBody } from './article-draft.ts'
import type { Draft } from './article-state.ts'
import { oneToTen } from '../lexicon/numerals.ts'

export type Candidate = 'strong' | 'loose'

/** `【编者按】…`, `编者按：…`: an editor's note, printed above or under a headline, part of that article. */
export const editorsNote = /^[【\[〔]?\s*(?:编者按|編者按|编者的话|编前)\s*[】\]〕:：]/

/** How much a block looks like a headline line by itself: `strong` (no clause marks), `loose` (commas, ！/？), or not. */
export function headlineCandidate(block: Block): Candidate | null {
  // Asked of each block by several steps (the paper's habits, then the splitter): read once.
  let candidate = candidates.get(block)
  if (candidate === undefined) candidates.set(block, (candidate = readCandidate(block)))
  return candidate
}

const candidates = new WeakMap<Block, Candidate | null>()

function readCandidate(block: Block): Candidate | null {
  const byRole = headlineByRole(block)
  if (byRole !== null) return byRole ? 'strong' : null
  if (block.heading > 0) return 'strong'
  if (block.lines.length === 1 && isTaggedHeadline(block.text)) return 'strong'
  if (block.lines.length !== 1 || isBoxLabel(block.text)) return null
  if (isHeadlineText(block.text)) return 'strong'
  return isLooseHeadlineText(block.text) ? 'loose' : null
}

/** A row of a headline block: a strong headline line or a subtitle. */
export function isHeadlineRow(block: Block): boolean {
  return headlineCandidate(block) === 'strong' || isSubtitleText(block.text)
}

/** A one-line item title set after a bullet (`■区文旅局召开推进会`), as 简讯 boxes print them. */
export function isBulletItem(block: Block): boolean {
  return block.lines.length === 1 && titleBullet.test(block.text.trim()) && isHeadlineText(cleanTitle(block.text))
}

/**
 * Whether a headline-like line opens an article here, from what is around it.
 * Papers set subheads inside a story (`抓牢项目建设`) between its paragraphs:
 * a short unpunctuated line inside an article that has not closed (no byline,
 * source or marker yet), followed by body text that does not open like a
 * story (no 本报讯, no date), is read as a subhead and kept as a paragraph.
 * A comma or ！/？ headline needs more: a body that opens like a story after
 * it, a subtitle or second headline line under it, or no open article
 * before it.
 */
export function opensArticle(
  block: Block,
  candidate: Candidate,
  next: Block | undefined,
  current: Draft | null,
  habits: PaperHabits = { datedStories: false, storiesSetApart: false, kickersApart: false, dashedSubtitles: false }
): boolean {
  if (block.heading > 0) return true
  const open = current !== null && !current.closed && !current.pageEnded && hasBody(current)
  if (candidate === 'strong') return strongOpens(block, next, open, habits)
  // Under a headline still waiting for its body, a comma line is that body's first line.
  if (current !== null && !current.closed && !hasBody(current)) return false
  return looseOpens(block, next, open)
}

/** A strong headline line opens an article unless it stands inside an open one over plain body text. */
function strongOpens(block: Block, next: Block | undefined, open: boolean, habits: PaperHabits): boolean {
  if (!open) return true
  if (next === undefined || next.lines[0]!.pageStart) return false
  if (
    startsWithMarkerOrDate(next.text) ||
    isSubtitleText(next.text) ||
    headlineCandidate(next) !== null ||
    startsLikeDateline(next.text) ||
    readCreditBlock(next.text) !== null
  )
    return true
  // Where blank lines set stories apart (not paragraphs), a headline line after one opens a story.
  if (habits.storiesSetApart && block.lines[0]!.blankBefore > 0) return true
  // Where every story opens with 本报讯 or a date, a line over plain prose is not a headline either.
  if (habits.datedStories) return false
  return displayWidth(block.text) > 24 || readsLikeNewsHeadline(block.text)
}

/** A comma or ！/？ line opens an article over a story's opening, or where no article is open. */
function looseOpens(block: Block, next: Block | undefined, open: boolean): boolean {
  const nextOnPage = next !== undefined && !next.lines[0]!.pageStart
  if (nextOnPage && (startsWithMarkerOrDate(next.text) || isSubtitleText(next.text))) return true
  if (!nextOnPage) return false
  // `据统计，截至…`: a comma line whose first phrase is too short to carry a headline opens a
  // sentence, unless a byline stands under it.
  const lead = block.text.trim().split(/[，,]/)[0] ?? ''
  if (countIdeographs(lead) < 4 && readCreditBlock(next.text) === null) return false
  // `您的医保卡激活了吗？` over `近日，…`: a story opens (a `问：…？` line of a Q&A does not).
  if (startsLikeDateline(next.text) && !/[:：]/.test(block.text) && displayWidth(block.text) >= 6) return true
  const nextCandidate = headlineCandidate(next)
  if (nextCandidate === 'strong') return !open
  return !open && nextCandidate === null
}

/** What a file's layout says about where its stories start (measured once per file). */
export interface PaperHabits {
  /** Stories open with 本报讯 or a date (storiesOpenDated). */
  datedStories: boolean
  /** Blank lines stand before headlines, not between paragraphs (storiesSetApart). */
  storiesSetApart: boolean
  /** A kicker stands a blank line apart from its headline, whose wrapped lines are tight (kickersSetApart). */
  kickersApart: boolean
  /** Subtitles are printed with their dash (`——…`), two or more of them (subtitlesDashed). */
  dashedSubtitles: boolean
}

/** Two or more headline-like blocks open with a subtitle's dash: the paper prints its subtitles dashed. */
export function subtitlesDashed(blocks: Block[]): boolean {
  return blocks.filter((block) => block.lines.length <= 2 && isSubtitleText(block.text)).length >= 2
}

/**
 * The file sets kickers apart: a headline line stands a blank line over a headline wrapped
 * tight over two lines, and no headline group sets its first two lines tight and its next
 * apart. Extractors that print each run of type as a block of its own (pdftotext) do this;
 * a web page's text sets kicker, headline and subtitle tight, one per line.
 */
export function kickersSetApart(blocks: Block[]): boolean {
  let apart = 0
  let against = 0
  let run: Block[] = []
  const endRun = () => {
    for (let index = 2; index < run.length; index++) {
      const first = run[index - 1]!.lines[0]!.blankBefore > 0
      const second = run[index]!.lines[0]!.blankBefore > 0
      if (first && !second) apart++
      if (!first && second && !isSubtitleText(run[index]!.text)) against++
    }
    run = []
  }
  for (const block of blocks) {
    if (block.lines.length === 1 && headlineCandidate(block) === 'strong' && !isSubtitleText(block.text))
      run.push(block)
    else endRun()
  }
  endRun()
  return apart > 0 && against === 0
}

/**
 * Blank lines set stories apart: of the blocks a blank line stands before (page breaks
 * aside), at least three are headline lines, and at least twice as many as the others. In
 * a file whose paragraphs are set apart by blank lines, most such blocks are body text.
 */
export function storiesSetApart(blocks: Block[]): boolean {
  let heads = 0
  let others = 0
  for (const block of blocks.slice(1)) {
    const first = block.lines[0]!
    if (first.blankBefore === 0 || first.breakBefore || first.pageStart) continue
    if (headlineCandidate(block) === 'strong') heads++
    else others++
  }
  return heads >= 3 && others * 2 <= heads
}

/**
 * The paper opens its stories with 本报讯 or a date: of the headline-like lines, at
 * least three stand over such an opening, twice as many as over plain prose (a
 * subhead, or a sentence cut by a PDF break).
 */
export function storiesOpenDated(blocks: Block[]): boolean {
  let dated = 0
  let bare = 0
  blocks.forEach((block, index) => {
    const next = blocks[index + 1]
    if (
      next === undefined ||
      headlineCandidate(block) !== 'strong' ||
      headlineCandidate(next) !== null ||
      isSubtitleText(next.text)
    )
      return
    if (startsLikeDateline(next.text)) dated++
    else bare++
  })
  return dated >= 3 && bare * 2 <= dated
}

/** Subheads are set as tasks, verb first: `抓牢项目建设`, `优化营商环境`, `聚焦主责主业`. */
const subheadStart = new RegExp(
  `^(?:[${oneToTen}]是)?(?:抓|优化|强化|聚焦|坚持|推动|推进|加强|加快|深化|突出|注重|做好|做实|做优|做强|打造|筑牢|织密|提升|坚定|紧扣|围绕|立足|着力|全力|持续|狠抓|压实|夯实|完善|健全|创新|激发|守牢|守住|凝聚|用好|把握|擦亮|培育|壮大|建强|锻造|当好|下好|念好|答好|走好|跑出|树牢|树立|践行|落实|发挥|厚植|补齐|破解|锚定|瞄准|勇当|争当|争创|争做|实现|构建|畅通|优|强|促|稳|保|惠|兴|治|育)`
)
/** News headlines name who did what: `我县召开…`, `全区开展…`, `县图书馆举办…`. */
const newsEvent =
  /^(?:我|全|本)(?:县|区|市|镇|乡|村|省|州|旗)|召开|举行|举办|开展|启动|出席|调研|督导|检查|视察|会见|签约|揭牌|开工|竣工|投产|表彰|部署|印发|发布|出台|获评|荣获|入选|亮相|落地|开幕|闭幕|走访|慰问/

/**
 * A strong headline line inside an open article, over plain body text: a
 * subhead when it reads as a task (verb first), a new story when it reads
 * like news (who did what).
 */
function readsLikeNewsHeadline(text: string): boolean {
  const title = cleanTitle(text)
  return !subheadStart.test(title) && newsEvent.test(title)
}

/** The block opens with `（上接第一版）` (alone or before body text). */
export function startsContinuation(text: string): boolean {
  const notes = emptyNotes()
  if (!readMarkerBlock(text, notes)) takeHead(text, notes)
  return notes.continuedFrom !== null
}

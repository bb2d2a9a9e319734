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
 * another page (see `continuedArticle`). Other untitled text after a closed
 * article is the rest of another story carried over from another column: it
 * belongs to the most recent earlier article that ended without a byline.
 */
import type { ParsedArticle, UnassignedText } from '../types.ts'
import type { Block, Context } from './model.ts'
import { emptyArticle, placeOf } from './model.ts'
import {
  type Credits,
  type Notes,
  emptyNotes,
  mergeCredits,
  readCaptionBlock,
  readCreditBlock,
  readMarkerBlock,
  endsWithNote,
  readEditorBlock,
  readSourceNoteBlock,
  readUnitBlock,
  takeHead,
  takeTail
} from './credits.ts'
import { type IssueDate, readDateline, startsLikeDateline, startsWithMarkerOrDate } from './dateline.ts'
import {
  cleanTitle,
  isBoxLabel,
  isHeadlineText,
  isTableRow,
  isLooseHeadlineText,
  isSubtitleText,
  splitBracketItem,
  splitInlineHeadline,
  titleBullet
} from './headline.ts'
import {
  type Frame,
  frameOf,
  headlineByRole,
  isTaggedHeadline,
  joinsGroupByFrame,
  opensByFrame,
  placeByRole,
  readTitleGroup,
  splitColumnTag
} from './evidence.ts'
import { sideBySide, wrappedTail } from './side-by-side.ts'
import { countCjk, displayWidth, normaliseInnerSpace, removeExtractionSpaces, residue } from './text.ts'

interface Draft {
  article: ParsedArticle
  /** A byline, source or forward marker was read after body text. */
  closed: boolean
  /** Paragraphs printed before the body (an 编者按 set above the headline). */
  bodyStart: number
  /** A page break came after its last body text: a headline may open the next article. */
  pageEnded?: boolean
}

export interface SplitResult {
  articles: ParsedArticle[]
  unassigned: UnassignedText[]
}

const source = 'bulletin-parse'

/** `【编者按】…`, `编者按：…`: an editor's note, printed above or under a headline, part of that article. */
const editorsNote = /^[【\[〔]?\s*(?:编者按|編者按|编者的话|编前)\s*[】\]〕:：]/

export function splitArticles(blocks: Block[], context: Context, issue: IssueDate): SplitResult {
  const drafts: Draft[] = []
  const unassigned: UnassignedText[] = []
  /** Stories whose headline has titled a continuation already. */
  const continued = new Set<ParsedArticle>()
  let current: Draft | null = null
  let headline: Block[] = []
  /** Untitled text at the top of a page (e.g. a story continued from another page). */
  let leading: Block[] = []
  /** An editor's note printed before the next headline. */
  let preface: Block[] = []
  /** Headlines read before their bodies (side by side): each waits for its own, holding bylines printed with it. */
  let waiting: Waiting[] = []
  /** Blocks up to this index were read already (the rows of side-by-side headlines). */
  let readUpTo = -1

  const datedStories = storiesOpenDated(blocks)
  const frame = frameOf(blocks)

  const flushLeading = () => {
    if (leading.length > 0) {
      const read = continuedArticle(leading, drafts, continued, context, issue)
      if (read) drafts.push(read.draft)
      const rest = read ? read.rest : leading
      if (rest.length > 0) unassign(rest, unassigned, context, 'text-before-headline')
    }
    leading = []
  }
  const open = (group: Block[]): Draft => {
    releaseWaiting()
    if (group.length > 1 && group.every(isBulletItem)) {
      // `■甲` / `■乙` over two bodies: each item's title, read in order, takes the next body.
      waiting = group.slice(1).map((block) => ({ group: [block], held: [], story: false }))
      return openOne(group.slice(0, 1))
    }
    return openOne(group)
  }
  /** A waiting headline's turn: it opens, with the bylines it held. */
  const openWaiting = (next: Waiting): Draft => {
    let draft = openOne(next.group)
    for (const block of next.held) draft = addBlock(draft, drafts, block, context, issue)
    current = draft
    return draft
  }
  /** Headlines still waiting when another opens or the page ends: a story with a byline opens, an item title is kept. */
  const releaseWaiting = () => {
    const rest = waiting
    waiting = []
    for (const next of rest) {
      if (next.held.length > 0) openWaiting(next)
      else unassign(next.group, unassigned, context, 'headline-without-body')
    }
  }
  const openOne = (group: Block[]) => {
    // `（上接第一版）` alone above a headline: the page repeats the continued story's headline.
    const markers =
      leading.length > 0 && leading.every((block) => readMarkerBlock(block.text, emptyNotes())) ? leading : []
    if (markers.length > 0) leading = []
    flushLeading()
    const draft = newDraft(group, context)
    drafts.push(draft)
    for (const block of markers) closeWith(draft, block, markerNotes(block), context)
    for (const block of preface) {
      extend(draft, block, context)
      draft.article.paragraphs.push(removeExtractionSpaces(block.text).trim())
    }
    draft.bodyStart = draft.article.paragraphs.length
    preface = []
    current = draft
    return draft
  }
  /** A page (版) ends: nothing runs over it; untitled text on the next page starts a story of its own. */
  const endPage = () => {
    if (headline.length > 0) unassign(headline, unassigned, context, 'headline-without-body')
    releaseWaiting()
    headline = []
    flushLeading()
    if (preface.length > 0) unassign(preface, unassigned, context, 'text-before-headline')
    preface = []
    for (const draft of drafts) draft.closed = true
    current = null
  }

  blocks.forEach((block, index) => {
    if (index <= readUpTo) return
    if (index > 0 && block.lines[0]!.pageStart) endPage()
    if (index > 0 && block.lines[0]!.breakBefore && current !== null) (current as Draft).pageEnded = true
    const next = blocks[index + 1]
    const candidate = headlineCandidate(block)
    if (headline.length > 0) {
      // A bulleted item title is whole: only another item's title set beside it joins it.
      const afterItem = isBulletItem(headline.at(-1)!) && !isBulletItem(block)
      const joins = afterItem && candidate !== null ? false : joinsGroupByFrame(frame, headline, block)
      if (joins === false && candidate !== null) {
        open(headline)
        headline = [block]
        return
      }
      if (
        joins === true ||
        (joins === null && wrappedTail(headline.at(-1)!, block)) ||
        (joins === null &&
          ((isSubtitleText(block.text) && block.lines[0]!.role === undefined) ||
            (candidate !== null && headline.length < 3)))
      ) {
        headline.push(block)
        return
      }
      // A comma line is no headline's fourth line: the body starts here.
      const pair = candidate === 'strong' ? sideBySide([...headline, block], blocks, index, isHeadlineRow) : null
      if (pair !== null) {
        // Two stories' headline rows read across the page: the first opens, the second waits for its byline.
        headline = []
        readUpTo = pair.last
        open(pair.groups[0])
        waiting = [{ group: pair.groups[1], held: [], story: true }]
        return
      }
      if (candidate === 'strong') {
        // Four headline-like lines in a row are not one headline (a list, verse): the first is the title.
        const [first, ...rest] = headline
        let draft = open([first!])
        for (const line of rest) draft = addBlock(draft, drafts, line, context, issue)
        current = draft
      } else {
        open(headline)
      }
      headline = []
    } else if (
      candidate !== null &&
      (opensByFrame(frame, blocks, index, storyOpen(current)) ??
        opensArticle(block, candidate, next, current, datedStories))
    ) {
      headline.push(block)
      return
    }
    // Under a headline with no body yet, a short `【…】` opens the body (a column tag), not a new item.
    const fresh = current !== null && !hasBody(current) && splitColumnTag(block.text) !== null
    const item =
      candidate === null && !fresh && !editorsNote.test(block.text)
        ? (splitBracketItem(block.text) ?? splitInlineHeadline(block.text))
        : null
    if (item) {
      const title: Block = { text: cleanTitle(item.title), lines: block.lines.slice(0, 1), heading: 0 }
      context.ledger.drop(residue(block.text, [title.text, item.body]))
      addBody(open([title]), { ...block, text: item.body }, context, issue)
      return
    }
    const draft: Draft | null = current
    if (
      editorsNote.test(block.text) &&
      (draft === null || draft.closed) &&
      next !== undefined &&
      headlineCandidate(next) !== null
    ) {
      preface.push(block)
      return
    }
    if (draft === null) {
      leading.push(block)
      return
    }
    if (draft.closed && startsContinuation(block.text)) {
      // `（上接第一版）` after a finished story: another story's continuation starts here.
      for (const earlier of drafts) earlier.closed = true
      current = null
      leading.push(block)
      return
    }
    if (isBoxLabel(block.text)) {
      // `相关链接`, `延伸阅读`: a box printed with the article, even after its byline.
      draft.closed = false
      addBody(draft, block, context, issue)
      return
    }
    const turn = waiting[0]
    if (turn !== undefined) {
      const credit = readCreditBlock(block.text) !== null
      if (turn.story && credit && !hasBody(draft) && hasCredits(draft.article)) {
        // The second story's byline, printed beside the first's: held until its body comes.
        turn.held.push(block)
        return
      }
      // The story before has ended (its unit, its byline), or the waiting story's byline or opening comes.
      const opens = turn.story && (credit || (turn.held.length > 0 && startsLikeDateline(block.text)))
      if (hasBody(draft) && (draft.closed || opens)) {
        waiting.shift()
        current = addBlock(openWaiting(turn), drafts, block, context, issue)
        return
      }
    }
    current = addBlock(draft, drafts, block, context, issue)
  })
  if (headline.length > 0) unassign(headline, unassigned, context, 'headline-without-body')
  releaseWaiting()
  flushLeading()
  if (preface.length > 0) unassign(preface, unassigned, context, 'text-before-headline')
  unassigned.sort((a, b) => a.lines[0] - b.lines[0])
  return { articles: drafts.map((draft) => draft.article), unassigned }
}

type Candidate = 'strong' | 'loose'

/** A headline read before its body: its group, the bylines printed with it, and whether it is a story's (or an item title's). */
interface Waiting {
  group: Block[]
  held: Block[]
  story: boolean
}

/** A row of a headline block: a strong headline line or a subtitle. */
function isHeadlineRow(block: Block): boolean {
  return headlineCandidate(block) === 'strong' || isSubtitleText(block.text)
}

function hasCredits(article: ParsedArticle): boolean {
  return article.reporters.length > 0 || article.correspondents.length > 0
}

/** A one-line item title set after a bullet (`■区文旅局召开推进会`), as 简讯 boxes print them. */
function isBulletItem(block: Block): boolean {
  return block.lines.length === 1 && titleBullet.test(block.text.trim()) && isHeadlineText(cleanTitle(block.text))
}

/** How much a block looks like a headline line by itself: `strong` (no clause marks), `loose` (commas, ！/？), or not. */
function headlineCandidate(block: Block): Candidate | null {
  const byRole = headlineByRole(block)
  if (byRole !== null) return byRole ? 'strong' : null
  if (block.heading > 0) return 'strong'
  if (block.lines.length === 1 && isTaggedHeadline(block.text)) return 'strong'
  if (block.lines.length !== 1 || isBoxLabel(block.text)) return null
  if (isHeadlineText(block.text)) return 'strong'
  return isLooseHeadlineText(block.text) ? 'loose' : null
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
function opensArticle(
  block: Block,
  candidate: Candidate,
  next: Block | undefined,
  current: Draft | null,
  datedStories = false
): boolean {
  if (block.heading > 0) return true
  const open = current !== null && !current.closed && !current.pageEnded && hasBody(current)
  const nextCandidate = next === undefined ? null : headlineCandidate(next)
  const nextOnPage = next !== undefined && !next.lines[0]!.pageStart
  const nextOpensStory = nextOnPage && (startsWithMarkerOrDate(next.text) || isSubtitleText(next.text))
  if (candidate === 'strong') {
    if (!open) return true
    if (!nextOnPage) return false
    if (
      nextOpensStory ||
      nextCandidate !== null ||
      startsLikeDateline(next.text) ||
      readCreditBlock(next.text) !== null
    )
      return true
    // Where every story opens with 本报讯 or a date, a line over plain prose is not a headline either.
    if (datedStories) return false
    return displayWidth(block.text) > 24 || readsLikeNewsHeadline(block.text)
  }
  // Under a headline still waiting for its body, a comma line is that body's first line.
  if (current !== null && !current.closed && !hasBody(current)) return false
  if (nextOpensStory) return true
  if (!nextOnPage) return false
  // `据统计，截至…`: a comma line whose first phrase is too short to carry a headline opens a
  // sentence, unless a byline stands under it.
  const lead = block.text.trim().split(/[，,]/)[0] ?? ''
  if (countCjk(lead) < 4 && readCreditBlock(next.text) === null) return false
  // `您的医保卡激活了吗？` over `近日，…`: a story opens (a `问：…？` line of a Q&A does not).
  if (startsLikeDateline(next.text) && !/[:：]/.test(block.text) && displayWidth(block.text) >= 6) return true
  if (nextCandidate === 'strong') return !open
  return !open && nextCandidate === null
}

/**
 * The paper opens its stories with 本报讯 or a date: of the headline-like lines, at
 * least three stand over such an opening, twice as many as over plain prose (a
 * subhead, or a sentence cut by a PDF break).
 */
function storiesOpenDated(blocks: Block[]): boolean {
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
const subheadStart =
  /^(?:[一二三四五六七八九十]是)?(?:抓|优化|强化|聚焦|坚持|推动|推进|加强|加快|深化|突出|注重|做好|做实|做优|做强|打造|筑牢|织密|提升|坚定|紧扣|围绕|立足|着力|全力|持续|狠抓|压实|夯实|完善|健全|创新|激发|守牢|守住|凝聚|用好|把握|擦亮|培育|壮大|建强|锻造|当好|下好|念好|答好|走好|跑出|树牢|树立|践行|落实|发挥|厚植|补齐|破解|锚定|瞄准|勇当|争当|争创|争做|实现|构建|畅通|优|强|促|稳|保|惠|兴|治|育)/
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
function startsContinuation(text: string): boolean {
  const notes = emptyNotes()
  if (!readMarkerBlock(text, notes)) takeHead(text, notes)
  return notes.continuedFrom !== null
}

/** Notes of a standalone marker block such as `（上接第一版）`. */
function markerNotes(block: Block): Notes {
  const notes = emptyNotes()
  readMarkerBlock(block.text, notes)
  return notes
}

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
function continuedArticle(
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
  const closing = (block: Block) =>
    readCreditBlock(block.text) !== null || readUnitBlock(block.text) !== null || endsWithNote(block.text)
  const closes = blocks.some(closing)
  if ((head.continuedFrom === null && !closes) || body.trim() === '') return null
  const sent = drafts.find((draft) => draft.article.continuedTo !== null && !continued.has(draft.article))
  let title: string
  if (sent) {
    continued.add(sent.article)
    title = sent.article.title
  } else {
    const words = removeExtractionSpaces(body).split(/[，,。；;！？!?：:]/)[0] ?? ''
    title = [...words].slice(0, 16).join('') + '…'
  }
  // The story ends where it closes (a byline, a source); more untitled body text after that is not part of it.
  let end = blocks.length
  for (let index = 0, closed = false; index < blocks.length; index++) {
    const block = blocks[index]!
    const text = block.text
    const note =
      readCreditBlock(text) !== null ||
      readUnitBlock(text) !== null ||
      readMarkerBlock(text, emptyNotes()) ||
      readCaptionBlock(text) !== null ||
      readEditorBlock(text) !== null ||
      readSourceNoteBlock(text) !== null
    if (closed && !note) {
      end = index
      break
    }
    if (closing(block)) closed = true
  }
  const rest = blocks.slice(end)
  blocks = blocks.slice(0, end)
  const lines = blocks.flatMap((block) => block.lines)
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
      place: { start: placeOf(first).start, end: placeOf(blocks.at(-1)!).end },
      ruleId: 'continued-without-headline',
      source
    }
  )
  let target = draft
  for (const block of blocks) {
    if (target.article.paragraphs.length === 0 && readMarkerBlock(block.text, emptyNotes()))
      closeWith(target, block, markerNotes(block), context)
    else target = addBlock(target, [draft], block, context, issue)
  }
  return { draft, rest }
}

function newDraft(group: Block[], context: Context): Draft {
  const parts = readTitleGroup(group)
  for (const block of group) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
    context.ledger.drop(residue(block.text, [parts.title, parts.kicker ?? '', parts.subtitle ?? '']))
  }
  const first = group[0]!.lines[0]!.line
  const last = group[group.length - 1]!.lines.at(-1)!.line
  return {
    closed: false,
    bodyStart: 0,
    article: {
      ...emptyArticle(parts.title, [first, last]),
      kicker: parts.kicker,
      subtitle: parts.subtitle,
      ...(parts.column === null ? {} : { column: parts.column })
    }
  }
}

/** Put one non-headline block into the current story; returns the story that takes the next block. */
function addBlock(draft: Draft, drafts: Draft[], block: Block, context: Context, issue: IssueDate): Draft {
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

function closeWith(draft: Draft, block: Block, notes: Notes, context: Context): Draft {
  extend(draft, block, context)
  applyNotes(draft, notes, context)
  if (hasBody(draft)) draft.closed = true
  return draft
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

function addBody(draft: Draft, block: Block, context: Context, issue: IssueDate): void {
  const head = emptyNotes()
  const notes = emptyNotes()
  const first = draft.article.paragraphs.length === draft.bodyStart
  let source = block.text
  const tag = first && draft.article.column === undefined ? splitColumnTag(source) : null
  if (tag) {
    // `【时政】新华社北京…` under the headline: the column the story runs in.
    draft.article.column = tag.column
    context.ledger.drop(residue(source, [tag.column, tag.rest]))
    source = tag.rest
  }
  let text = first ? takeHead(source, head) : source
  text = takeTail(text, notes)
  extend(draft, block, context)
  draft.pageEnded = false
  applyNotes(draft, head, context)
  applyNotes(draft, notes, context)
  const paragraph = isTableRow(text) ? normaliseInnerSpace(text) : removeExtractionSpaces(text).trim()
  if (paragraph !== '') {
    if (first) {
      // `新华社北京10月19日电`: the date is in the marker, the place before it.
      const agency = /[\d０-９]{1,2}\s*月\s*[\d０-９]{1,2}\s*日/.exec(head.datelineMarker ?? '')
      const dateline = readDateline(paragraph, issue) ?? (agency ? readDateline(agency[0], issue) : null)
      if (dateline) {
        draft.article.date = dateline.date
        draft.article.dateText = dateline.dateText
      }
    }
    draft.article.paragraphs.push(paragraph)
  }
  const closing =
    notes.credits.length > 0 ||
    notes.sourceUnit !== null ||
    notes.sourceNote !== null ||
    notes.continuedTo !== null ||
    notes.editors.length > 0 ||
    notes.end
  if (closing && hasBody(draft)) draft.closed = true
}

function applyNotes(draft: Draft, notes: Notes, context: Context): void {
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
  // A field printed twice keeps its first value; the repeat is warned about and its text accounted for.
  const once = (
    field: 'sourceNote' | 'continuedTo' | 'continuedFrom' | 'datelineMarker',
    value: string | null,
    label: string
  ) => {
    if (value === null) return
    const before = article[field]
    if (before === null) article[field] = value
    else {
      context.ledger.drop(value)
      if (before !== value) {
        context.file.message(
          `Unexpected second ${label} \`${value}\` in \`${article.title}\`, expected one; kept the first, \`${before}\``,
          {
            place: { line: article.lines[1], column: 1 },
            ruleId: 'repeated-note',
            source
          }
        )
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

/** An article with body text is open: no byline, source or page break has closed it yet. */
function storyOpen(current: Draft | null): boolean {
  return current !== null && !current.closed && !current.pageEnded && hasBody(current)
}

/** Body text was read (an editor's note printed above the headline does not count). */
function hasBody(draft: Draft): boolean {
  return draft.article.paragraphs.length > draft.bodyStart
}

/** The block is read into the draft (once): its line range grows, and heading marks (`#`) are accounted for. */
function extend(draft: Draft, block: Block, context?: Context): void {
  if (context)
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
  const lines = draft.article.lines
  lines[0] = Math.min(lines[0], block.lines[0]!.line)
  lines[1] = Math.max(lines[1], block.lines.at(-1)!.line)
}

/** Keep blocks no story takes as one unassigned run, with one message. */
function unassign(blocks: Block[], unassigned: UnassignedText[], context: Context, ruleId: string): void {
  const first = placeOf(blocks[0]!)
  const last = placeOf(blocks[blocks.length - 1]!)
  unassigned.push({ text: blocks.map((block) => block.text).join('\n'), lines: [first.start.line, last.end.line] })
  for (const block of blocks) {
    for (const line of block.lines) if (line.raw !== line.text) context.ledger.drop(residue(line.raw, [line.text]))
  }
  const reason =
    ruleId === 'text-before-headline'
      ? 'Unexpected text before the first headline, expected a headline; kept as unassigned'
      : 'Unexpected headline without body text, expected paragraphs after it; kept as unassigned'
  context.file.message(reason, { place: { start: first.start, end: last.end }, ruleId, source })
}

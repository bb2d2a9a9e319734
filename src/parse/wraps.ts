/**
 * Rejoin wrapped lines into paragraphs without losing or inventing a
 * character.
 *
 * Extractors wrap text in several ways: at a fixed column (most lines the
 * same width), anywhere mid-sentence, with or without a blank line after
 * every piece. A paragraph ends where a line ends a sentence and is shorter
 * than the column; an indent (　　) starts one; in files whose wraps are
 * single newlines, a blank line ends one. Headlines, bylines and notes stand
 * alone.
 */
import { type Block, type Line, standsAloneByRole } from './model.ts'
import { isNoteBlock, readCaptionBlock, readCreditBlock } from './note-blocks.ts'
import { endsWithNote } from './paragraph-notes.ts'
import { startsLikeDateline, startsWithMarkerOrDate } from './dateline.ts'
import {
  cleanTitle,
  endsOpen,
  isBoxLabel,
  isCommaHeadlineText,
  isFormLine,
  isHeadlineText,
  isLooseHeadlineText,
  isSubtitleText,
  isTableRow,
  startsWithInlineHeadline,
  titleBullet
} from './headline.ts'
import { displayWidth, endsSentence, hasClauseMarks, startsWithCloser } from './text.ts'
import { countIdeographs, hanScript, unifiedIdeographs } from '../lexicon/han.ts'
import { isIndented, lineWidth, type Layout } from './layout.ts'
import { letterSpaced } from './profile/letters.ts'

/** A line that is a block of its own: byline, note, caption, marker, subtitle, 简讯 item. */
export function standsAlone(text: string): boolean {
  return (
    isNoteBlock(text, 200) ||
    isSubtitleText(text) ||
    isBoxLabel(text) ||
    isTableRow(text) ||
    isFormLine(text) ||
    /^【[^【】]{2,40}】/.test(text)
  )
}

/** A photo's caption or credit (`图为…。本报记者 张三 摄`, `张三 摄`): set inside a story, it closes none. */
function isPhotoCredit(text: string): boolean {
  if (text.length < 200 && readCaptionBlock(text) !== null) return true
  const credit = readCreditBlock(text)
  return credit !== null && credit.reporters.length === 0 && credit.correspondents.length === 0
}

/** One to three Han characters: the length of a headline's wrapped tail. */
const hanTail = new RegExp(String.raw`^${hanScript}{1,3}$`, 'u')

/** One to three characters right under a headline line many times wider: the end of a headline wrapped in large type. */
function headlineTail(before: Line, line: Line): boolean {
  if (line.blankBefore > 0 || line.role !== undefined || before.role !== undefined || line.breakBefore) return false
  const tail = line.text.trim()
  if (!hanTail.test(tail) || readCreditBlock(tail) !== null) return false
  return isHeadlineText(before.text) && displayWidth(tail) <= 0.25 * displayWidth(before.text)
}

/** `图为…。本报记者 刘` / `嘉摄`: a caption whose photo credit the wrap cut; the short line ends it. */
function cutPhotoCredit(text: string, line: Line): boolean {
  const tail = line.text.trim()
  if (line.blankBefore > 0 || [...tail].length > 12 || !tail.endsWith('摄')) return false
  // The space before 摄 may be lost at the wrap (`刘` / `嘉摄`): the credit is read as if it were there.
  return readCaptionBlock(text) === null && readCaptionBlock(text.trimEnd() + tail.replace(/摄$/, ' 摄')) !== null
}

/** Stands alone for a reason other than opening with `【…】`. */
function standsAloneOtherwise(text: string): boolean {
  return standsAlone(text.replace(/^【[^【】]{2,40}】/, ''))
}

/** The block being rejoined, and whether the one before it closed a story. */
interface Rejoining {
  blocks: Block[]
  current: Line[]
  text: string
  /** The block before the current one closed a story (a byline, a source) or there is none: a headline may follow. */
  afterClosing: boolean
}

export function rejoinWraps(lines: Line[], layout: Layout): Block[] {
  const state: Rejoining = { blocks: [], current: [], text: '', afterClosing: true }
  lines.forEach((line, index) => {
    const previous = state.current[state.current.length - 1]
    const byRole = previous === undefined ? null : continuesByRole(previous, line)
    if (previous && state.current.length === 1 && byRole === null && headlineTail(previous, line)) {
      // `…筑牢营商环境优化防` / `线`: the headline's wrapped end, a block of its own for the splitter to join.
      flush(state)
      state.current = [line]
      state.text = line.text
      state.afterClosing = false
      flush(state)
    } else if (
      previous &&
      byRole === null &&
      !looseHeadline(state, previous, line) &&
      !headsStory(line, lines[index + 1]) &&
      continues(previous, state.text, line, state.current.length === 1, layout)
    ) {
      state.text = joinWrapped(state.text, line.text)
      state.current.push(line)
    } else if (previous && byRole === true) {
      joinBylinePiece(state, previous, line)
    } else {
      if (state.current.length > 0)
        state.afterClosing = (standsAlone(state.text) && !isPhotoCredit(state.text)) || endsWithNote(state.text)
      flush(state)
      state.current = [line]
      state.text = line.text
    }
  })
  flush(state)
  return state.blocks
}

/**
 * A headline line set apart by a blank line over a story's opening set tight under it
 * (`7月18日上午，…`, a byline), or over another headline line or a subtitle set apart, heads
 * that story: the unfinished sentence before the blank goes on in another column, not here.
 */
function headsStory(line: Line, next: Line | undefined): boolean {
  if (line.blankBefore === 0 || next === undefined || !isHeadlineText(line.text)) return false
  if (next.blankBefore === 0) return startsLikeDateline(next.text) || readCreditBlock(next.text) !== null
  // Over another headline line or a subtitle, each set apart: a headline group (kicker and headline), no sentence's end.
  const headlineLine = (text: string) => isHeadlineText(text) && !letterSpaced.test(text.trim())
  return (
    line.role === undefined &&
    next.role === undefined &&
    headlineLine(line.text) &&
    (headlineLine(next.text) || isSubtitleText(next.text))
  )
}

function flush(state: Rejoining): void {
  const { current } = state
  if (current.length > 0) state.blocks.push({ text: state.text, lines: current, heading: current[0]!.heading })
  state.current = []
  state.text = ''
}

/** A comma or ！/？ headline right after a closed story, set apart by a blank line, stands alone. */
function looseHeadline(state: Rejoining, previous: Line, line: Line): boolean {
  return (
    state.current.length === 1 &&
    state.afterClosing &&
    isLooseHeadlineText(previous.text) &&
    (line.blankBefore > 0 || isHeadlineText(line.text))
  )
}

/** A piece of a byline the profile joins to the line above. */
function joinBylinePiece(state: Rejoining, previous: Line, line: Line): void {
  const text = state.text
  if (line.role === 'byline-more') {
    // A name or label cut at the byline box's edge: letter-spaced pieces keep their spacing, others join.
    state.text = /\s/.test(line.text) ? text + ' ' + line.text : text + line.text
  } else {
    // A byline split letter by letter: single characters are one name, a whole name stands apart.
    const letters = [...previous.text].length === 1 && [...line.text].length === 1
    const piece = line.role === 'byline-part' ? line.text.replace(/[\s\u3000]+/g, '') : line.text
    const joined = line.role === 'byline-part' && state.current.length === 1 ? text.replace(/[\s\u3000]+/g, '') : text
    state.text = line.role === 'byline-part' && !letters ? joined + ' ' + piece : joined + piece
  }
  state.current.push(line)
}

/**
 * What the file's profile says about joining two lines: a listed headline's lines and a
 * letter-split byline's pieces go together; per-article lines, closing notes and page
 * lines stand alone; after a page break only an unfinished sentence goes on. Null: the
 * profile does not say, the layout rules decide.
 */
function continuesByRole(before: Line, line: Line): boolean | null {
  const head = (role: Line['role']) =>
    role === 'headline' ||
    role === 'shaped-headline' ||
    role === 'item-headline' ||
    role === 'over-opening' ||
    role === 'headline-more'
  if (line.role === 'headline-more') return head(before.role)
  if (line.role === 'byline-more' || before.role === 'byline-more') return line.role === 'byline-more'
  if (head(before.role) || head(line.role)) return false
  if (line.role === 'byline-part' || before.role === 'byline-part')
    return line.role === 'byline-part' && before.role === 'byline-part'
  if (standsAloneByRole(line) || standsAloneByRole(before) || line.role === 'opening') return false
  if (line.breakBefore && (endsSentence(before.text) || isHeadlineText(line.text))) return false
  return null
}

/**
 * Whether `line` carries on the block that `before` ends (`text` is the block so far: a
 * source unit wrapped over two lines, `（兴溪` / `乡）`, ends the block as a whole).
 */
function continues(before: Line, text: string, line: Line, beforeStartsBlock: boolean, layout: Layout): boolean {
  if (before.heading > 0 || line.heading > 0 || before.image || line.image || line.pageStart) return false
  // No line of Chinese text starts with a clause mark or a closing quote or bracket: it is the rest of the line before.
  if (startsWithCloser(line.text)) return true
  if (cutPhotoCredit(text, line)) return true
  // A `【标题】正文…` item opens a block of its own but takes the lines its body wraps onto.
  const bracketItem =
    /^【[^【】]{2,40}】.*[，,。；;]/.test(before.text) &&
    !standsAloneOtherwise(before.text) &&
    line.blankBefore === 0 &&
    !isHeadlineText(line.text)
  if (standsAlone(line.text) || (beforeStartsBlock && standsAlone(before.text) && !bracketItem)) return false
  // `■标题`: a bulleted item title opens an item of its own, however unfinished the line before it.
  if (titleBullet.test(line.text) && isHeadlineText(cleanTitle(line.text))) return false
  if (layout.indent && isIndented(line)) return false
  if (layout.blankBreaks && line.blankBefore > 0) return false
  const fullWidth = layout.column !== null && setWidth(before.text, layout) >= layout.column - 2
  if (beforeStartsBlock && cutDateline(before.text, line.text)) return true
  // A headline-like line over prose, `按照“属地管理”和“谁举办、谁负` over `责，谁组织…”的原则，…`: a sentence cut by a break.
  if (
    beforeStartsBlock &&
    !hasClauseMarks(before.text) &&
    hasClauseMarks(line.text) &&
    (unclosedQuote(before.text) || runsOnToProse(before.text, line.text))
  ) {
    return true
  }
  if (beforeStartsBlock && !fullWidth && isHeadlineText(before.text)) return false
  // Wider than the column, with no clause mark: a headline set across columns, over its story's first line.
  const overWidth = layout.column !== null && setWidth(before.text, layout) > layout.column + 2
  if (beforeStartsBlock && overWidth && isHeadlineText(before.text) && hasClauseMarks(line.text)) return false
  if (beforeStartsBlock && isCommaHeadlineText(before.text) && startsWithMarkerOrDate(line.text)) return false
  const opensArticle = isHeadlineText(line.text) || startsWithInlineHeadline(line.text) || startsLikeDateline(line.text)
  if (!endsSentence(before.text) && !endsWithNote(text))
    return !(beforeStartsBlock && isHeadlineText(before.text) && opensArticle)
  // A sentence ended: only a column-wrapped full line (or an unindented line in an indented file) goes on.
  if (layout.indent) return !isIndented(line) && !opensArticle
  return fullWidth && !opensArticle
}

/** Words that end what comes before them (`以来，`, `年以来，`, `日，`), never open a body. */
const boundTail = new RegExp(String.raw`^(?:[${unifiedIdeographs}\d]?(?:以来|期间|前夕|之际)|[年月日])`)

/**
 * `标题 今年` / `以来，县委…`, `标题 1` / `1月13日，…`: a headline run into its body, with
 * the body's opening time phrase cut by the wrap. The words after the line's last space
 * and the next line read together as a dateline; a next line that opens like a dateline
 * by itself (`今年以来，…` under `标题甲 标题乙`) only when a number or a word is cut in two.
 */
function cutDateline(before: string, line: string): boolean {
  const match = /^(.*\S)[ \t\u3000]+(\S+)$/.exec(before.trim())
  if (!match || countIdeographs(match[1]!) < 4) return false
  const tail = match[2]!
  if ([...tail].length > 8 || hasClauseMarks(tail)) return false
  const bound = boundTail.test(line) || (/\d$/.test(tail) && /^\d/.test(line))
  if (startsLikeDateline(line) && !bound) return false
  return startsLikeDateline(tail + line)
}

/** Curly quotes: set a full em wide in Chinese type, though `displayWidth` counts them half. */
const curlyQuotes = /[\u2018\u2019\u201c\u201d]/g

/** How wide a line is as set: a Chinese line's curly quotes take a full em, so a full line holding them is full. */
function setWidth(text: string, layout: Layout): number {
  const width = lineWidth(text, layout)
  if (layout.countsCharacters) return width
  return width + 0.5 * (text.match(curlyQuotes) ?? []).length
}

/** A quotation mark or bracket opened and not closed on the line. */
function unclosedQuote(text: string): boolean {
  const count = (pattern: RegExp) => (text.match(pattern) ?? []).length
  return (
    count(/“/g) > count(/”/g) ||
    count(/[（(]/g) > count(/[）)]/g) ||
    count(/《/g) > count(/》/g) ||
    count(/「/g) > count(/」/g)
  )
}

/**
 * `…主任孙磊文出席会议并` over `讲话，区党工委…`: a line ending on a word that needs more
 * (并, 的, 和…) over prose that does not open a story is a sentence cut by a break.
 */
function runsOnToProse(before: string, line: string): boolean {
  return endsOpen(before) && !startsLikeDateline(line) && !startsWithInlineHeadline(line) && !isHeadlineText(line)
}

/** Join two wrapped pieces; only Latin words cut at the wrap get a space back. */
export function joinWrapped(before: string, after: string): string {
  const asciiEnd = /[A-Za-z]$/.test(before)
  const asciiStart = /^[A-Za-z]/.test(after)
  return asciiEnd && asciiStart ? before + ' ' + after : before + after
}

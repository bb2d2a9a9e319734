/**
 * What the file's profile tells the article splitter, block by block: a
 * listed headline (the contents list names it) opens an article; a file that
 * prints a line under every headline block (a source line between headline and
 * body) opens articles only where such a line follows; per-article lines,
 * closing notes and bylines are never headlines. Where the profile says
 * nothing, the splitter's layout rules decide.
 */
import { isHeadlineText, isSubtitleText, readHeadlineGroup, type HeadlineParts } from './headline.ts'
import { readCreditBlock } from './note-blocks.ts'
import { startsWithMarker } from './dateline.ts'
import type { Block } from './model.ts'
import type { ParsedArticle } from '../types.ts'
import { normaliseInnerSpace, removeExtractionSpaces } from './text.ts'
import { oneToTen } from '../lexicon/numerals.ts'
import { anyWidthDigits } from '../lexicon/width.ts'

export interface Frame {
  /** The file's contents list names its headlines: they are aligned to it. */
  contents: boolean
  /** The file prints a line after every headline block. */
  headEnds: boolean
  /** For each block: a headline-end line follows it within the headline block. */
  headEndAhead: boolean[]
  /** The file's headline blocks have a shape of their own (three or more found by it). */
  shaped: boolean
  /** The file marks its headlines as headings (`# 标题`: markdown, or the PDF reader's large type), three or more. */
  headings: boolean
}

const roleOf = (block: Block) => block.lines[0]?.role
/** A column tag before a headline: `【时政】标题`. */
const columnTag = /^\u3010([^\u3010\u3011]{1,6})\u3011[\s\u3000]*(.+)$/
/** An item number before a listed or markdown headline: `1. 标题`, `2、标题`. */
const itemNumber = new RegExp(
  String.raw`^(?:[${anyWidthDigits}]{1,3}\s*[.\u3001\uff0e]|[${oneToTen}]{1,3}\u3001)\s*(?=\S)`
)

/** How far a headline block reaches: its kicker, headline lines, subtitle and byline. */
const reach = 5

export function frameOf(blocks: Block[]): Frame {
  const contents = blocks.some((block) => roleOf(block) === 'headline')
  // Only a line printed under many headline blocks frames the file's articles.
  const headEnds = blocks.filter((block) => roleOf(block) === 'headline-end').length >= 5
  const headEndAhead: boolean[] = new Array(blocks.length).fill(false)
  // From the end: the distance to the next headline-end line, reset by a block of body text.
  let distance = Infinity
  for (let index = blocks.length - 1; index >= 0; index--) {
    const block = blocks[index]!
    headEndAhead[index] = distance <= reach
    if (roleOf(block) === 'headline-end') distance = 0
    else if (block.lines.length > 1 && !block.lines.every((line) => line.role === 'byline-part')) distance = Infinity
    else distance++
  }
  // Shaped headlines frame the file when there are as many as its bylines.
  const shapedCount = blocks.filter((block) => roleOf(block) === 'shaped-headline').length
  const bylines = blocks.filter((block) => roleOf(block) === 'byline-part' || readCreditBlock(block.text) !== null)
  const shaped = shapedCount >= 3 && shapedCount >= bylines.length
  const headings = blocks.filter((block) => block.heading > 0).length >= 3
  return { contents, headEnds, headEndAhead, shaped, headings }
}

/** The profile's word on whether a block is a headline line: `true`, `false`, or null (it does not know). */
export function headlineByRole(block: Block): boolean | null {
  const role = roleOf(block)
  if (role === 'headline' || role === 'shaped-headline' || role === 'item-headline' || role === 'over-opening')
    return true
  if (role === undefined || role === 'headline-more') return null
  return false
}

/** A tagged headline, `【时政】国务院常务会议…`: the tag is a column label, the rest a headline. */
export function isTaggedHeadline(text: string): boolean {
  const match = columnTag.exec(text.trim())
  return match !== null && isHeadlineText(match[2]!)
}

/**
 * Whether a headline-like block opens an article, from the frame: null when the frame
 * does not decide. A listed headline opens one; with a contents list, so does a kicker
 * over a listed headline and nothing else; with a line under every headline block, only
 * a block that such a line follows; where headlines have a shape of their own, a
 * headline-like line without it does not open one inside a story not yet closed.
 */
export function opensByFrame(frame: Frame, blocks: Block[], index: number, storyOpen: boolean): boolean | null {
  const block = blocks[index]!
  const role = roleOf(block)
  if (role === 'headline' || role === 'shaped-headline' || role === 'item-headline') return true
  if (frame.contents) {
    // A kicker is set over a listed headline, in the same kind of line.
    const next = blocks[index + 1]
    return next !== undefined && roleOf(next) === 'headline' && next.heading === block.heading
  }
  if (frame.headEnds) return frame.headEndAhead[index] === true
  // Over the file's fixed story opener, a headline-like line is a headline.
  if (blocks[index + 1] !== undefined && roleOf(blocks[index + 1]!) === 'opening') return true
  // Where headlines have a shape of their own, a line without it inside an open story is a section head,
  // unless a story's opening stands under it (`本报讯（…）`, a byline): a section head is followed by prose.
  const next = blocks[index + 1]
  // A one-line shaped headline under it makes it that headline's kicker (a headline wrapped over two or three
  // lines is a national daily's, which sets no kicker: a line over it ends the story before, a section head).
  const kickerOver =
    next !== undefined &&
    ((roleOf(next) === 'shaped-headline' && next.lines.length === 1) || (frame.headings && next.heading > 0))
  // A subtitle (`——…`) under it is a headline's: no section head has one.
  const opening =
    next !== undefined &&
    (startsWithMarker(next.text) || readCreditBlock(next.text) !== null || kickerOver || isSubtitleText(next.text))
  if (frame.shaped && storyOpen && role === undefined && !opening) return false
  // Where headlines are marked as headings, an unmarked line inside an open story is a section head
  // (`锻造过硬队伍` over `今年以来，…`), unless a byline, 本报讯 or a marked headline (it is a kicker) stands under it.
  if (frame.headings && storyOpen && block.heading === 0 && !opening) return false
  return null
}

/** Whether a headline-like block joins the headline group being read (a subtitle, or a second line). */
export function joinsGroupByFrame(frame: Frame, group: Block[], block: Block): boolean | null {
  if (!frame.contents) return null
  const listed = group.some((member) => roleOf(member) === 'headline')
  if (roleOf(block) === 'headline') return !listed
  return listed ? isSubtitleText(block.text) : null
}

/** `【时政】…` at the start of a body: the column tag and the rest, or null. */
export function splitColumnTag(text: string): { column: string; rest: string } | null {
  const match = columnTag.exec(text.trim())
  return match ? { column: match[1]!.trim(), rest: match[2]! } : null
}

/** Kicker, title, subtitle and column tag, with an item number taken off a listed or markdown headline. */
export function readTitleGroup(group: Block[], kickersApart = false): HeadlineParts & { column: string | null } {
  const cleaned = group.map((block) => {
    const numbered = block.heading > 0 || roleOf(block) === 'headline' || roleOf(block) === 'item-headline'
    return numbered ? { ...block, text: block.text.replace(itemNumber, '') } : block
  })
  const last = cleaned.at(-1)!
  const tag = columnTag.exec(last.text.trim())
  if (tag && isHeadlineText(tag[2]!)) {
    const parts = readHeadlineGroup([...cleaned.slice(0, -1), { ...last, text: tag[2]! }], kickersApart)
    return { ...parts, column: normaliseInnerSpace(tag[1]!) }
  }
  return { ...readHeadlineGroup(cleaned, kickersApart), column: null }
}

/**
 * A block the profile gave a note's role, put into the article: a line printed once per
 * article is its source (the first; later ones are kept as captions), a closing note
 * (`（作者为…）`, `——编者`) its last paragraph. Returns whether it closes the article,
 * or null when the block has no such role.
 */
export function placeByRole(article: ParsedArticle, block: Block): 'closes' | 'stays' | null {
  const role = roleOf(block)
  if (role === 'headline-end' || role === 'article-end') {
    const note = block.text.trim()
    if (article.sourceNote === null) article.sourceNote = note
    else article.captions.push(note)
    return role === 'article-end' ? 'closes' : 'stays'
  }
  if (role === 'closing-note') {
    article.paragraphs.push(removeExtractionSpaces(block.text).trim())
    return 'closes'
  }
  return null
}

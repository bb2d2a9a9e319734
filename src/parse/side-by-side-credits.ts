/**
 * Two stories set side by side, told apart by the credit lines under their headline rows: two
 * bylines that each name reporters, or one subtitle and two credit lines naming different
 * people. An extractor reading across the page prints the credits row by row, as it printed
 * the headlines (./side-by-side.ts).
 */
import type { Credits } from './credits.ts'
import { startsWithMarker } from './dateline.ts'
import { isSubtitleText } from './headline.ts'
import type { Block } from './model.ts'
import { readCreditBlock } from './note-blocks.ts'
import { emptyNotes, takeHead } from './paragraph-notes.ts'
import { oneHeadlineLine, withTailsJoined, wrappedTail } from './side-by-side.ts'
import { displayWidth } from './text.ts'

/** The roles a byline names (reporters, correspondents, photographers). */
function rolesNamed(block: Block | undefined): string[] | null {
  const credits = block && readCreditBlock(block.text)
  if (!credits) return null
  return (['reporters', 'correspondents', 'photographers'] as const).filter((role) => credits[role].length > 0)
}

/**
 * `清林街道…防线` / `白山区召开…推进会` over `本报记者 贺春欣` / `本报记者 董波明 通讯员 …`: two
 * headline lines, each a headline whole, over two bylines that each name reporters are two stories
 * set side by side, their headlines read in one row: the first opens with the first byline, the
 * second waits for its own. (One story's byline set over two lines names a new role on the second.)
 */
export function twoBylined(headline: Block[], block: Block, next: Block | undefined): [Block[], Block[]] | null {
  const first = rolesNamed(block)
  const second = rolesNamed(next)
  if (first === null || second === null || !first.includes('reporters') || !second.includes('reporters')) return null
  if (headline.length < 2 || headline.length > 3 || headline.some((line) => isSubtitleText(line.text))) return null
  const [lead, ...rest] = headline
  // The second headline may have wrapped onto a tail line; the first is one line.
  if (rest.length === 2 && !wrappedTail(rest[0]!, rest[1]!) && !runsOnTight(rest[0]!, rest[1]!)) return null
  // A short line over a long headline is its kicker (`聚焦招商引资`), the bylines both that story's.
  if (displayWidth(lead!.text) < 0.6 * displayWidth(rest[0]!.text)) return null
  return [[lead!], rest]
}

/** A headline line wrapped tight onto the next (no blank line between). */
const runsOnTight = (a: Block, b: Block) => b.lines[0]!.blankBefore === 0 && a.lines[0]!.blankBefore > 0

/** The names a block credits, reporters first: a byline (alone, or on the block's first line over the text), or a `本报讯（记者…）` opening. */
function namesCredited(block: Block | undefined): string[] | null {
  if (block === undefined) return null
  const credits =
    readCreditBlock(block.text) ??
    readCreditBlock(block.lines[0]!.text) ??
    (startsWithMarker(block.text)
      ? (openingCredits(block.lines.map((line) => line.text.trim()).join('')) ?? null)
      : null)
  // One story's byline set over two lines names its correspondents on the second: each names reporters.
  if (credits === null || credits.reporters.length === 0) return null
  return [...credits.reporters, ...credits.correspondents]
}

/** The credits of a `本报讯（记者 甲 通讯员 乙）` opening. */
function openingCredits(text: string): Credits | undefined {
  const notes = emptyNotes()
  takeHead(text, notes)
  return notes.credits[0]
}

/**
 * `湖峰区…集中开工` / `区市场监管局…培训班` / `——累计服务群众16万人次`, then two credit lines naming
 * different people (`本报记者 万远俊 蒋新军`, `本报讯（记者 赵嘉俊）…`): two stories set side by side,
 * their headlines read in one row, and one subtitle in the next row: the first story's (its
 * column is read first), beside the second story's byline or opening. So the first credit line
 * after it is the second story's, the next set apart the first story's. Returns the two headline
 * groups and the index of the first story's credit line; null when the lines read otherwise.
 */
export function oneSubtitledPair(
  headline: Block[],
  blocks: Block[],
  index: number
): { groups: [Block[], Block[]]; firstStory: number } | null {
  const group = withTailsJoined(headline)
  if (group.length !== 3) return null
  const [first, second, subtitle] = group as [Block, Block, Block]
  if (isSubtitleText(first.text) || isSubtitleText(second.text) || !isSubtitleText(subtitle.text)) return null
  if (!oneHeadlineLine(first) || !oneHeadlineLine(second)) return null
  const credited = namesCredited(blocks[index])
  if (credited === null) return null
  // The first story's credit line is the next set apart: the second's opening may run on.
  let firstStory = index + 1
  while (firstStory < blocks.length && blocks[firstStory]!.lines[0]!.blankBefore === 0) firstStory++
  const next = blocks[firstStory]
  if (next === undefined || next.lines[0]!.pageStart) return null
  const after = namesCredited(next)
  if (after === null || credited.some((name) => after.includes(name))) return null
  return { groups: [[first, subtitle], [second]], firstStory }
}

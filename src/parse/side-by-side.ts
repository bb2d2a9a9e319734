/**
 * Two stories set side by side, each headline over its own columns: an extractor that
 * reads the page line by line across both columns prints their headline blocks
 * interleaved, row by row (`聚焦消防安全` / `坚持问题导向…` / `北水镇…` / `以乡村振兴…`: the two
 * kickers, then the two headlines), and only then the bylines and the bodies, one column
 * after the other. Read in order, the rows alternate between the two stories. The readers
 * here split such rows into the two stories' headline groups: by alternation, by the two
 * subtitles that close them, by a kicker in the first's row, by a third line no dashed paper
 * would print as a subtitle, and by a kicker read under the other headline. The readers that go
 * by the credit lines under the rows are in ./side-by-side-credits.ts.
 */
import { readCreditBlock } from './note-blocks.ts'
import { startsWithMarker } from './dateline.ts'
import { readTitleGroup } from './evidence.ts'
import { isSubtitleText, secondPhraseCut } from './headline.ts'
import type { Block } from './model.ts'
import { displayWidth, phrasesSideBySide } from './text.ts'
import { countIdeographs } from '../lexicon/han.ts'

/**
 * A headline or subtitle set in large type over narrow columns wraps, leaving a short tail on
 * a line of its own: `…确保全区经济社会平稳健` / `康发展`, `——区人社局…建设工` / `作综述`. A line of
 * at most six characters under a subtitle, or of at most four under a long headline line, is
 * that line's end, not a line of its own.
 */
export function wrappedTail(last: Block, block: Block): boolean {
  // A line the profile placed (a byline label alone, `本报记者`) is no tail.
  if (block.lines.length !== 1 || last.lines.length !== 1 || block.lines[0]!.role !== undefined) return false
  if (readCreditBlock(block.text) !== null) return false
  const tail = countIdeographs(block.text)
  if (tail !== [...block.text.trim()].length) return false
  if (isSubtitleText(last.text)) return tail <= 6 && displayWidth(last.text) >= 10
  return tail <= 4 && displayWidth(block.text) <= 0.3 * displayWidth(last.text)
}

export interface SideBySide {
  /** The first story's headline group (kicker, headline, subtitle) and the second's. */
  groups: [Block[], Block[]]
  /** Index of the last block the headline rows take. */
  last: number
  /**
   * The block after the rows is the second story's byline: read in turn, the rows ended on the
   * first story's (five rows: its kicker, headline and subtitle, the second's kicker and headline).
   */
  secondBylined: boolean
}

/**
 * Headline rows read across two stories (`stack`, ending at `blocks[index]`, with the rows
 * after it), split into the two stories' headline groups. Null when the rows do not read as
 * two headline groups, or no story opens under them (a list, a verse).
 *
 * - Four or six rows over a byline or a 本报讯 opener (or five over a byline): row by row, the
 *   first story takes rows 1, 3, 5 and the second rows 2, 4, 6 (kickers, then headlines, then
 *   subtitles); after five, the byline is the second story's.
 * - Two or three headline rows, then the two stories' subtitles (`——…`): the subtitles name
 *   two stories, whatever follows. Two headline rows are one each; of three, the first is a
 *   kicker, and it is the second story's (see kickerBeside).
 */
export function sideBySide(
  stack: Block[],
  blocks: Block[],
  index: number,
  isHeadlineRow: (block: Block) => boolean
): SideBySide | null {
  const { rows, next } = readRows(stack, blocks, index, isHeadlineRow)
  const read = twoSubtitled(rows) ?? kickerOverSecond(rows)
  const groups = read ?? alternating(rows, blocks[next])
  if (groups === null) return null
  const secondBylined = read === null && rows.length === 5
  return { groups: [groups[0].flat(), groups[1].flat()], last: next - 1, secondBylined }
}

/** The headline rows from the stack on, each with its wrapped tail; `next` is the first block after them. */
function readRows(
  stack: Block[],
  blocks: Block[],
  index: number,
  isHeadlineRow: (block: Block) => boolean
): { rows: Block[][]; next: number } {
  const rows: Block[][] = []
  const add = (block: Block) => {
    const row = rows.at(-1)
    if (row !== undefined && tightWrap(row, block)) row[0] = wrappedOnce(row[0]!, block)
    else if (row !== undefined && wrappedTail(row.at(-1)!, block)) row.push(block)
    else rows.push([block])
  }
  for (const block of stack) add(block)
  let next = index + 1
  for (; next < blocks.length; next++) {
    const block = blocks[next]!
    if (block.lines[0]!.pageStart) break
    const row = rows.at(-1)!
    if (!wrappedTail(row.at(-1)!, block) && (rows.length >= 6 || !isHeadlineRow(block))) break
    add(block)
  }
  return { rows, next }
}

/**
 * Where blank lines set the rows apart, a headline line no wider, tight under a row's one
 * line, is that headline's wrap (`全力以赴抓好垃圾分类 确保全区经济社会` / `平稳健康发展`).
 */
function tightWrap(row: Block[], block: Block): boolean {
  const last = row.at(-1)!
  if (row.length !== 1 || last.lines[0]!.blankBefore === 0 || block.lines[0]!.blankBefore > 0) return false
  if (isSubtitleText(last.text) || isSubtitleText(block.text) || readCreditBlock(block.text) !== null) return false
  return block.lines.length === 1 && displayWidth(block.text) <= displayWidth(last.text)
}

/** A headline and the line it wrapped onto, as one block. */
function wrappedOnce(first: Block, rest: Block): Block {
  return { text: first.text.trim() + rest.text.trim(), lines: [...first.lines, ...rest.lines], heading: first.heading }
}

type Groups = [Block[][], Block[][]]

/** Two or three headline rows, then exactly two subtitle rows: one subtitle each. */
function twoSubtitled(rows: Block[][]): Groups | null {
  const subtitles = rows.filter((row) => isSubtitleText(row[0]!.text))
  if (subtitles.length !== 2 || !rows.slice(-2).every((row) => subtitles.includes(row))) return null
  const heads = rows.slice(0, -2)
  if (heads.some((row) => isSubtitleText(row[0]!.text))) return null
  if (heads.length === 2)
    return [
      [heads[0]!, subtitles[0]!],
      [heads[1]!, subtitles[1]!]
    ]
  if (heads.length === 3) {
    // One of the first two is the kicker, the third's; read first, or under the first headline.
    const [a, b, c] = heads as [Block[], Block[], Block[]]
    const under = kickerUnder([a.reduce(wrappedOnce), b.reduce(wrappedOnce)]) !== null
    const groups = under ? kickerBeside(b, a, c) : kickerBeside(a, b, c)
    return groups.map((group, at) => [...group, subtitles[at]!]) as Groups
  }
  return null
}

/**
 * Side by side, the two headline blocks start level, so a kicker stands in the row of the other
 * story's headline, over its own: read top down, the kicker comes first (small type, its baseline
 * highest), then the other story's headline, then its own. The kicker heads the third row.
 */
function kickerBeside<T>(kicker: T, first: T, second: T): [T[], T[]] {
  return [[first], [kicker, second]]
}

/**
 * Three rows, the first a kicker's two phrases side by side (`坚持问题导向 狠抓工作落实`), then two
 * headlines: the kicker is the second's (kickerBeside); the first opens the story read first.
 */
function kickerOverSecond(rows: Block[][]): Groups | null {
  if (rows.length !== 3 || rows.some((row) => isSubtitleText(row[0]!.text))) return null
  const kicker = rows[0]!
  if (kicker.length !== 1 || !phrasesSideBySide(kicker[0]!.text)) return null
  return kickerBeside(kicker, rows[1]!, rows[2]!)
}

/**
 * Four or six rows over a byline or an opener, alternating between the stories; or five over
 * a byline, the second story's, its turn in the alternation.
 */
function alternating(rows: Block[][], after: Block | undefined): Groups | null {
  if (after === undefined) return null
  const byline = readCreditBlock(after.text) !== null
  if (!byline && !startsWithMarker(after.text)) return null
  if (rows.length !== 4 && rows.length !== 6 && !(rows.length === 5 && byline)) return null
  const column = (first: number) => rows.filter((_, row) => row % 2 === first)
  const groups: Groups = [column(0), column(1)]
  // Each story: headline rows first, a subtitle (`——…`) only as its last row.
  const whole = (group: Block[][]) =>
    group.every((row, at) => !isSubtitleText(row[0]!.text) || (at > 0 && at === group.length - 1))
  return groups.every(whole) ? groups : null
}

/**
 * `聚焦乡村振兴` / `区教育局开展…专项行动` / `区住建局开展…专项行动`: three headline lines read
 * whole as kicker, headline and subtitle, in a paper that prints its subtitles with their dash.
 * The third is no subtitle: it is the headline of the story set beside, read in the row of this
 * one, and the kicker is that story's (kickerBeside). The caller asks this only of such a paper.
 * Returns the headline group of the story read first and of the one beside; null when the group
 * reads otherwise.
 */
export function besideHeadline(lines: Block[], kickersApart: boolean): [Block[], Block[]] | null {
  const group = withTailsJoined(lines)
  if (group.length !== 3) return null
  if (group.some((block) => !oneHeadlineLine(block) || isSubtitleText(block.text))) return null
  const parts = readTitleGroup(group, kickersApart)
  return parts.kicker !== null && parts.subtitle !== null ? kickerBeside(group[0]!, group[1]!, group[2]!) : null
}

/** A headline group with each headline line's wrapped tail (`…生命财产安` / `全`, or tight under it) joined onto it. */
export function withTailsJoined(group: Block[]): Block[] {
  const joined: Block[] = []
  for (const block of group) {
    const last = joined.at(-1)
    if (last !== undefined && (wrappedTail(last, block) || tightWrap([last], block)))
      joined[joined.length - 1] = wrappedOnce(last, block)
    else joined.push(block)
  }
  return joined
}

/** One line, or one wrapped onto a short tail tight under it (`…改造提质` / `增效`). */
export function oneHeadlineLine(block: Block): boolean {
  if (block.lines.length === 1) return true
  if (block.lines.length !== 2) return false
  const [line, tail] = block.lines.map((line) => line.text.trim())
  return countIdeographs(tail!) === [...tail!].length && displayWidth(tail!) <= 0.5 * displayWidth(line!)
}

/**
 * `区教育局开展…专项行动` / `坚持问题导向 狠抓工作落实`, in a paper that prints its subtitles with
 * their dash: a kicker stands over its own headline, never under another, and an undashed line
 * is no subtitle there. The line under is the kicker of the story beside, read in this
 * headline's row (kickerBeside); its own headline comes later. Returns that kicker; null when
 * the two lines read as kicker and headline (the kicker no wider, or the only one of the two
 * set as two phrases side by side).
 */
export function kickerUnder(lines: Block[]): Block | null {
  const group = withTailsJoined(lines)
  if (group.length !== 2) return null
  const [head, under] = group as [Block, Block]
  if (!oneHeadlineLine(head) || under.lines.length !== 1 || under.lines[0]!.blankBefore === 0) return null
  if (isSubtitleText(head.text) || isSubtitleText(under.text)) return null
  // The line under is set apart: read as a paper that sets its kickers apart would (a wrap is tight).
  // A head whose second phrase was cut (`以医疗保障为抓手 推动信访`) goes on in the line under.
  if (readTitleGroup(group, true).kicker === null || secondPhraseCut(head.text)) return null
  const wide = displayWidth(head.text)
  const narrow = displayWidth(under.text)
  if (narrow <= 0.6 * wide) return under
  return phrasesSideBySide(under.text) && !phrasesSideBySide(head.text) && narrow <= wide ? under : null
}

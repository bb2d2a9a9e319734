/**
 * Headlines. A headline is a short printed line without clause marks that is
 * not a byline, a dateline, an in-body subhead (一、…), a box label (相关链接),
 * a form line (联系人：…) or a table row. Lines with one or two commas or an
 * ending ！/？ are "loose" headlines: the article splitter decides from the
 * context. Two or three headline lines in a row are a 引题 (kicker) over the
 * headline, a headline wrapped over two lines (its first line ends on a word
 * that needs more, or a short tail follows a long line), or a headline over a
 * `——副题` (subtitle). Some layouts run the headline into the body on one
 * line (`标题　去年以来，…`, `标题 1月 23日，…`).
 */
import type { Block } from './model.ts'
import { readCaptionBlock, readCreditBlock, readSourceNoteBlock, readUnitBlock } from './note-blocks.ts'
import { startsLikeDateline } from './dateline.ts'
import { collapseLetterSpacing, displayWidth, hasClauseMarks, normaliseInnerSpace } from './text.ts'
import { countIdeographs } from '../lexicon/han.ts'
import { titleBullets } from '../lexicon/bullets.ts'
import { oneToTen } from '../lexicon/numerals.ts'

const enumerator = new RegExp(
  String.raw`^(?:[${oneToTen}]+[、.．]|[（(][${oneToTen}\d]+[)）]|\d+[、.．]|第[${oneToTen}]+[，、,])`
)
const subtitleDash = /^(?:——|—|──|－－|--|―)\s*/

/** Bullets papers print before a short item's title: `■ 标题`, `● 标题`. */
export const titleBullet = new RegExp(String.raw`^[${titleBullets}]+[\s\u3000]*`)
/** Labels of a box printed inside an article: `相关链接`, `【延伸阅读】`. */
const boxLabel =
  /^[【\[〔]?\s*(?:相关链接|链接|延伸阅读|背景链接|新闻链接|知识链接|背景资料|相关新闻|相关阅读|记者手记|采访手记|编后语?|短评|小贴士|温馨提示|名词解释|数说|画外音|点评)\s*[】\]〕]?[:：]?$/
/** Lines of a notice or form: `联系人：王明`, `电话：…` are never headlines. */
const formLabel = /^(?:联系人|联系电话|电话|地址|邮编|邮箱|传真|网址|附件|抄送|印发)[:：]/

/** A box label such as `相关链接`: the box belongs to the article it is printed in. */
export function isBoxLabel(text: string): boolean {
  return boxLabel.test(text.trim())
}

/** A row of a table: three or more cells separated by tabs, or by wide gaps with a number among them. */
export function isTableRow(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed.split(/\t+/).filter((cell) => cell.trim() !== '').length >= 3) return true
  const cells = trimmed.split(/[ \u3000]{2,}/).filter(Boolean)
  return cells.length >= 3 && cells.some((cell) => /^[-+−]?[\d.,%％]+$/.test(cell) || cell === '—')
}

/** A line of a notice or form, `联系人：王明`: it stands alone. */
export function isFormLine(text: string): boolean {
  return formLabel.test(text.trim())
}

export function isHeadlineText(text: string): boolean {
  const trimmed = text.trim()
  const width = displayWidth(trimmed)
  if (width < 2 || width > 45 || countIdeographs(trimmed) < 2) return false
  if (isBoxLabel(trimmed) || formLabel.test(trimmed) || isTableRow(trimmed)) return false
  if (hasClauseMarks(trimmed) || /[、：:（(“‘《—\-]$/.test(trimmed)) return false
  if (enumerator.test(trimmed) || subtitleDash.test(trimmed)) return false
  if (startsLikeDateline(trimmed) || readCreditBlock(trimmed) || readUnitBlock(trimmed)) return false
  if (readSourceNoteBlock(trimmed) || readCaptionBlock(trimmed)) return false
  return !/^[（(【\[]/.test(trimmed) && !startsWithInlineHeadline(trimmed)
}

export function isSubtitleText(text: string): boolean {
  const trimmed = text.trim()
  return (
    subtitleDash.test(trimmed) &&
    countIdeographs(trimmed) >= 2 &&
    displayWidth(trimmed) <= 50 &&
    !/[。！？]$/.test(trimmed)
  )
}

/** Headline as printed, on one line: letter spacing collapsed, inner spacing normalised, bullets off. */
export function cleanTitle(text: string): string {
  return normaliseInnerSpace(collapseLetterSpacing(text.trim().replace(titleBullet, '')))
}

export interface HeadlineParts {
  title: string
  kicker: string | null
  subtitle: string | null
}

/** Words a headline line cannot end on when the headline runs on (`…基层的` / `宣传工作…`). */
const openEnd =
  /(?:的|和|与|及|并|暨|对|在|为|把|将|向|从|以|于|等|进行|开展|推进|加强|做好|关于|之|地|得|着|是|让|使|被|给|同|跟|就)$/
/** The line ends on a word that needs more after it (`…的`, `…并`): it runs on to the next line. */
export function endsOpen(text: string): boolean {
  return openEnd.test(text.trim())
}

/** Words a headline line cannot start with: it carries on the line before. */
const carriedStart = /^(?:的|了|和|与|及|并|暨|等|之|者|们|地|得|中|上|下|后|时)/

/**
 * A kicker (引题) is set above the headline in smaller type and reads as a
 * phrase of its own: two parallel phrases (`砥砺奋进新征程 建功立业新时代`,
 * `牢记嘱托，感恩奋进`), a slogan, a setting. A headline wrapped over two
 * lines instead breaks mid-phrase: its first line ends on a word that needs
 * more (`…基层的`, `…进行`) or the second starts with one that needs a word
 * before it, or the second line is a short tail under a long first line.
 */
/**
 * A headline line of two phrases side by side whose second the line's end cut short: at most
 * `most` characters, and the first `times` as long or more (`以养老服务为抓手 推动营商`).
 */
export function secondPhraseCut(text: string, most = 4, times = 2): boolean {
  const phrases = collapseLetterSpacing(text)
    .replace(titleBullet, '')
    .trim()
    .split(/[\s\u3000]+/)
  if (phrases.length !== 2) return false
  const cut = countIdeographs(phrases[1]!)
  return cut <= most && countIdeographs(phrases[0]!) >= times * cut
}

function runsOn(first: string, second: string, setApart = false): boolean {
  const a = first.trim()
  const b = second.trim()
  if (/[，,：:！？!?；;]$/.test(a) || /^[—–-]/.test(b)) return false
  // A wrapped headline fills its first line: a second line much wider than the first is a line of its own.
  if (displayWidth(b) > displayWidth(a) + 2 && !openEnd.test(a)) return false
  if (openEnd.test(a) || carriedStart.test(b)) return true
  // A tail of a few characters under a long line is its wrap: no headline is that short (`…平稳健` / `康发展`).
  if (countIdeographs(b) === [...b].length && displayWidth(b) <= 4 && displayWidth(b) <= 0.3 * displayWidth(a))
    return true
  // Two phrases, the second cut to a word or two by the wrap (`全力以赴抓好就业创业 确保` / `年度目标…`): it runs on;
  // cut to under half the first (`以养老服务为抓手 推动营商` / `环境优化提质增效`), when the next line is tight.
  if (secondPhraseCut(a, 3, 3) || (!setApart && secondPhraseCut(a))) return true
  // A tail of a few words under a line of two long phrases, a third as wide or less: that headline's wrap
  // (`全力以赴抓好垃圾分类 确保全区经济社会` / `平稳健康发展`). A kicker is no wider than its headline by that much.
  // Not where the paper sets its kickers apart and its wraps tight, and this one stands apart.
  if (!setApart && countIdeographs(b) === [...b].length && countIdeographs(b) <= 6 && countIdeographs(a) >= 16)
    if (displayWidth(b) <= 0.35 * displayWidth(a)) return true
  // Parallel phrases are a kicker, however the widths compare.
  if (/[\s\u3000，,]/.test(collapseLetterSpacing(a).replace(titleBullet, '').trim())) return false
  // A second line with a subject of its own (`我县召开宣讲会`) is the 主题 under a kicker.
  if (/^(?:我|全|本)(?:县|区|市|镇|乡|村|省|州|旗)/.test(b)) return false
  return displayWidth(b) <= 0.6 * displayWidth(a) && displayWidth(b) <= 12
}

/**
 * Kicker, title and subtitle from consecutive headline blocks. `kickersApart`: the file sets a
 * kicker apart from its headline by a blank line and a wrapped headline's lines tight
 * (`PaperHabits`), so a line tight under a headline line is that headline's wrap.
 */
export function readHeadlineGroup(blocks: Block[], kickersApart = false): HeadlineParts {
  const lines = blocks.map((block) => block.text.trim())
  let subtitle: string | null = null
  const dashed = lines.findIndex((line, index) => index > 0 && isSubtitleText(line))
  const titles = dashed === -1 ? lines : lines.slice(0, dashed)
  if (dashed !== -1)
    subtitle = normaliseInnerSpace(
      lines
        .slice(dashed)
        .map((line) => line.replace(subtitleDash, ''))
        .join(' ')
    )
  const depths = blocks.map((block) => block.heading)
  // A headline wrapped over lines is one title again.
  for (let index = titles.length - 1; index >= 1; index--) {
    const sameHeading = depths[index] === depths[index - 1]
    const tight = kickersApart && blocks[index]!.lines[0]!.blankBefore === 0
    const apart = kickersApart && !tight
    if (sameHeading && (tight || runsOn(titles[index - 1]!, titles[index]!, apart)))
      titles.splice(index - 1, 2, titles[index - 1]! + titles[index]!)
  }
  if (titles.length === 1) return { title: cleanTitle(titles[0]!), kicker: null, subtitle }
  // Three lines without a dash: 引题, 主题 and a 副题 printed without its dash.
  if (titles.length >= 3 && subtitle === null) {
    return {
      kicker: cleanTitle(titles[0]!),
      title: cleanTitle(titles[1]!),
      subtitle: cleanTitle(titles.slice(2).join(' '))
    }
  }
  // Two headline lines that each read whole: the first is the 引题 (kicker), set above the 主题.
  const kicker = cleanTitle(titles[0]!)
  return { title: cleanTitle(titles.slice(1).join(' ')), kicker, subtitle }
}

/**
 * Where a line may break into a headline and the body printed after it on the same line:
 * at each run of spaces before the first clause mark, where the part before reads as a
 * headline (at least 4 Han characters, not too wide, not itself a dateline).
 */
function* inlineHeadlineBreaks(text: string): Generator<{ prefix: string; body: string; gap: string }> {
  const scan = text.slice(0, 80)
  const clause = scan.search(/[，,。；;！？!?]/)
  const limit = clause === -1 ? scan.length : clause
  const spaces = /[ \t\u3000]+/g
  for (let match = spaces.exec(scan); match && match.index < limit; match = spaces.exec(scan)) {
    const prefix = text.slice(0, match.index)
    if (countIdeographs(prefix) < 4 || displayWidth(prefix) > 45 || startsLikeDateline(prefix)) continue
    yield { prefix, body: text.slice(match.index + match[0].length), gap: match[0] }
  }
}

/**
 * `标题 1月 23日，…` or `标题　去年以来，…`: the headline printed on the
 * same line as the start of the body.
 */
export function splitInlineHeadline(text: string): { title: string; body: string } | null {
  for (const { prefix, body, gap } of inlineHeadlineBreaks(text)) {
    if (/[、：:]$/.test(prefix) || !hasClauseMarks(body)) continue
    const wideGap = gap.includes('\u3000') || gap.length >= 2
    if (startsLikeDateline(body) || (wideGap && !/[\dA-Za-z]/.test(body[0] ?? ''))) return { title: prefix, body }
  }
  return null
}

/** `【标题】正文…` (简讯 items). */
export function splitBracketItem(text: string): { title: string; body: string } | null {
  const match = /^【([^【】]{2,40})】[\s\u3000]*/.exec(text)
  if (!match) return null
  return { title: match[1] ?? '', body: text.slice(match[0].length) }
}

/** Line that may start a body paragraph as a whole-line headline with body on the same line. */
export function startsWithInlineHeadline(text: string): boolean {
  for (const { body } of inlineHeadlineBreaks(text)) if (startsLikeDateline(body)) return true
  return false
}

/**
 * Headlines may hold a comma (`稳字当头，进中求好`): a short line with one or
 * two commas and no stop. The caller decides from the context (what comes
 * next, whether an article is open) whether it is a headline.
 */
export function isCommaHeadlineText(text: string): boolean {
  const trimmed = text.trim()
  const commas = (trimmed.match(/[，,]/g) ?? []).length
  if (commas === 0 || commas > 2 || /[。；;！？!?、]/.test(trimmed) || /[，,]$/.test(trimmed)) return false
  // `标题 连日来，县委…`: a headline run into a body that opens with a time phrase, not a comma headline.
  if (startsWithInlineHeadline(trimmed)) return false
  return isHeadlineText(trimmed.replace(/[，,]/g, ' '))
}

/**
 * A headline that ends in ！ or ？ (`乡村振兴路在何方？`, `春耕时节，田间地头忙起来！`),
 * maybe with one or two commas or one more ！/？ inside. Like a comma
 * headline, it is one only where the context says so: a short exclamation
 * between paragraphs is prose.
 */
export function isExclaimHeadlineText(text: string): boolean {
  const trimmed = text.trim()
  const match = /^(.*?)[！？!?]{1,3}[”"’」]?$/.exec(trimmed)
  if (!match) return false
  const inner = (match[1] ?? '').replace(/[！？!?]/g, ' ').trim()
  if ((trimmed.match(/[！？!?]/g) ?? []).length > 4 || countIdeographs(inner) < 4) return false
  return isHeadlineText(inner) || isCommaHeadlineText(inner)
}

/** A comma or exclamation headline: needs context to be read as one. */
export function isLooseHeadlineText(text: string): boolean {
  return isCommaHeadlineText(text) || isExclaimHeadlineText(text)
}

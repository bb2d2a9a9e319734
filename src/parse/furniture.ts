/**
 * Page furniture: printed text that belongs to the page, not to an article —
 * 版次 lines (`第2版 要闻`, `要闻 2`, `城关时讯 · 综合`, a date with the page's
 * editors), page numbers, editors' credits, image placeholders, rules and
 * ornaments, section labels, a table of contents, lines repeated on every
 * page, and stray OCR noise (a lone character or punctuation after a finished
 * sentence, warned about).
 */
import type { Furniture } from '../types.ts'
import type { Context, Line } from './model.ts'
import { placeOf } from './model.ts'
import { readCreditBlock } from './note-blocks.ts'
import { startsLikeDateline } from './dateline.ts'
import { endsSentence, hasClauseMarks, startsWithCloser } from './text.ts'
import { foldFullWidthAlphanumerics } from '../lexicon/width.ts'
import { unifiedIdeographs } from '../lexicon/han.ts'
import { headingBullets, ornaments } from '../lexicon/bullets.ts'
import { dateLineStaffLabels, pageEditorLabels } from '../lexicon/labels.ts'
import { oneToTen } from '../lexicon/numerals.ts'
import { pageInHeader } from '../lexicon/pages.ts'

type Kind = Furniture['kind']

const numeral = `[\\d${oneToTen}]`
const separator = '[\\s:：·•・|丨｜/／]'
const staff = `(?:${dateLineStaffLabels})`
/** A page's section name, as printed beside its number: `要闻`, `综合新闻`, `副刊`… */
const sectionName = `[${unifiedIdeographs}]{2,6}`
const pageHeader = [
  new RegExp(`^第\\s*${numeral}+\\s*版(?:${separator}+\\S{1,12})*$`),
  new RegExp(`^\\S{0,12}${separator}*第\\s*${numeral}+\\s*版$`),
  new RegExp(
    `^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:星期.|周.)?\\s*(?:第\\s*${numeral}+\\s*版)?(?:[\\s|丨]+\\S{1,12})?$`
  ),
  // `2020年3月1日 星期日 编辑：张三 版式：李四`: the date and the page's staff.
  new RegExp(`^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{0,20}?${staff}\\s*[:：]\\s*\\S.{0,40}$`),
  // `人民日报 2025年10月20日 星期一 第01版`: the paper, the date and the page on one line.
  new RegExp(`^[^《（(]{0,16}?\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日.{0,12}?第\\s*${numeral}+\\s*版.{0,16}$`),
  // `要闻 2`, `2 要闻`, `A2 综合`.
  new RegExp(`^${sectionName}[\\s\\u3000]+[A-D]?\\d{1,2}$`),
  new RegExp(`^[A-D]?\\d{1,2}[\\s\\u3000]+${sectionName}$`),
  // `城关时讯 · 综合`: the paper's name and the page's section.
  new RegExp(
    `^[${unifiedIdeographs}]{1,10}(?:时讯|日报|晚报|周报|报|快讯|周刊|简报|通讯|资讯|信息)[\\s\\u3000]*[·•・|丨｜/／][\\s\\u3000]*${sectionName}$`
  )
]
/** Page headers that start a new printed page (版): `第2版`, `要闻 2`. */
const pageMarker = [
  pageInHeader,
  new RegExp(`^${sectionName}[\\s\\u3000]+([A-D]?\\d{1,2})$`),
  new RegExp(`^([A-D]?\\d{1,2})[\\s\\u3000]+${sectionName}$`)
]
const pageNumber = [
  /^[-—–－]\s*\d+\s*[-—–－]$/,
  /^第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$/,
  /^\d+\s*\/\s*\d+$/,
  /^page\s*\d+(?:\s*of\s*\d+)?$/i
]
const editor = new RegExp(String.raw`^(?:${pageEditorLabels})\s*[:：]`)
const imagePlaceholder = [
  /^!\[[^\]]*\]\([^)]*\)$/,
  /^\[(?:图片|图像|图|照片|image|img|figure)[^\]]{0,20}\]$/i,
  /^<img\b[^>]*>$/i
]
const rule = /^[-=_*—─━·.~]{3,}$/
/** Ornaments printed between items: `◆`, `※ ※ ※`, `★★★`. */
const ornament = new RegExp(String.raw`^[${ornaments}\s\u3000]+$`)
/** A line of punctuation only, or one stray character: OCR noise. */
const punctuationOnly = /^[\p{P}\p{S}\s\u3000]+$/u
const section = new RegExp(
  String.raw`^[${headingBullets}【\[]?\s*(?:简讯|要闻|快讯|短讯|综合新闻|图片新闻|一周要闻|工作动态|基层动态|信息快递|新闻速递|时评|评论|专题)\s*[】\]]?$`
)
const tocHeading = new RegExp(
  String.raw`^[${headingBullets}【\[]?\s*(?:本期导读|本期要目|要目|目录|导读|本期目录)\s*[】\]]?$`
)
const tocItem = new RegExp(`^.{2,40}?[\\s.…·．]*[（(]?\\s*(?:第?\\s*${numeral}+\\s*版|\\d{1,3})\\s*[)）]?$`)

/** What kind of furniture a line is, ignoring repetition and tables of contents. */
export function furnitureKind(line: Line): Kind | null {
  const text = foldFullWidthAlphanumerics(line.raw)
  if (line.image || imagePlaceholder.some((pattern) => pattern.test(text))) return 'image'
  if (line.rule || rule.test(text) || ornament.test(text)) return 'rule'
  if (pageNumber.some((pattern) => pattern.test(text))) return 'page-number'
  // A bare number on its own line between paragraphs is a page number (a masthead's day was read before).
  if (/^\d{1,3}$/.test(text)) return 'page-number'
  if (pageHeader.some((pattern) => pattern.test(text))) return 'page-header'
  if (editor.test(text)) return 'editor'
  // `简  讯`: a section label printed letter-spaced is the same label.
  if (section.test(text) || (text.length <= 12 && section.test(text.replace(/[\s\u3000]+/g, '')))) return 'section'
  return null
}

/** Furniture the file's profile found: its contents list, running heads and feet, staff credits. */
function profileKind(line: Line): Kind | null {
  if (line.role === 'contents') return 'toc'
  if (line.role === 'running') return 'page-header'
  if (line.role === 'page-line') return 'page-number'
  if (line.role === 'staff') return 'editor'
  return null
}

/** The page (版) a page header names, e.g. `第2版 要闻` → `2`, `要闻 2` → `2`; null for other furniture. */
export function pageOf(text: string): string | null {
  const half = foldFullWidthAlphanumerics(text)
  for (const pattern of pageMarker) {
    const match = pattern.exec(half)
    if (match) return match[1] ?? null
  }
  return null
}

/**
 * A stray character or a line of punctuation only, printed alone after a
 * finished sentence: extraction noise. After an unfinished line it is the
 * wrapped end of that line's sentence (`…生命` / `。`), and stays text.
 */
function isStray(line: Line, previous: Line | undefined, next: Line | undefined): boolean {
  if (previous !== undefined && !endsSentence(previous.text) && previous.text.length > 4) return false
  if (punctuationOnly.test(line.raw) && !rule.test(line.raw)) return true
  const single = [...line.raw].length === 1
  return single && line.blankBefore > 0 && (next === undefined || next.blankBefore > 0)
}

/**
 * Split lines into page furniture and content, in order. A page header that
 * names a page (`第3版`, `要闻 3`) starts a new page: the next content line
 * is marked, so that no paragraph or article runs over it.
 */
export function pickFurniture(lines: Line[], context?: Context): { furniture: Furniture[]; content: Line[] } {
  const repeated = repeatedLines(lines)
  const furniture: Furniture[] = []
  const content: Line[] = []
  let inToc = false
  let page: string | null = null
  let pageStart = false
  /** A form feed or page footer was printed since the last content line. */
  let pageBreak = false
  lines.forEach((line, index) => {
    pageBreak ||= line.formFeed === true
    let kind = furnitureKind(line) ?? profileKind(line)
    const kept = line.role !== undefined && profileKind(line) === null
    if (kind === null && !kept && isStray(line, content.at(-1), lines[index + 1])) {
      kind = 'other'
      context?.file.message(`Unexpected stray \`${line.raw}\` on a line of its own, expected text; kept as furniture`, {
        place: placeOf(line),
        ruleId: 'stray-line',
        source: 'bulletin-parse'
      })
    }
    if (kind === null && tocHeading.test(line.raw)) {
      kind = 'toc'
      inToc = true
    } else if (
      inToc &&
      kind === null &&
      tocItem.test(foldFullWidthAlphanumerics(line.raw)) &&
      !hasClauseMarks(line.raw)
    ) {
      kind = 'toc'
    } else {
      inToc = false
    }
    if (kind === null && !kept && repeated.has(line.raw)) kind = 'page-header'
    if (kind === null) {
      const placed = pageStart ? { ...line, page, pageStart } : page === null ? line : { ...line, page }
      content.push(pageBreak && content.length > 0 ? { ...placed, breakBefore: true } : placed)
      pageStart = false
      pageBreak = false
    } else {
      if (kind === 'page-number') pageBreak = true
      furniture.push({ kind, text: line.raw, line: line.line })
      const named = kind === 'page-header' ? pageOf(line.raw) : null
      if (named !== null && named !== page) {
        page = named
        pageStart = true
      }
    }
  })
  return { furniture, content }
}

/**
 * Lines printed three times or more (running heads and feet), but never credits, and
 * never a line that every time stands over a story's opening (`5月3日，…`, `本报讯 …`):
 * that is a headline printed again over another story; nor a line of text that runs on
 * into a line opening with a comma.
 */
function repeatedLines(lines: Line[]): Set<string> {
  const counts = new Map<string, number>()
  /** Repeated lines seen over something other than a story's opening. */
  const overText = new Set<string>()
  /** Repeated lines seen running on into the next line. */
  const inText = new Set<string>()
  lines.forEach((line, index) => {
    counts.set(line.raw, (counts.get(line.raw) ?? 0) + 1)
    const next = lines[index + 1]
    if (next === undefined || !startsLikeDateline(next.text)) overText.add(line.raw)
    // No printed line, a page's first one included, opens with a comma: the line goes on into it.
    if (next !== undefined && startsWithCloser(next.text)) inText.add(line.raw)
  })
  const repeated = new Set<string>()
  for (const [text, count] of counts) {
    if (count < 3 || [...text].length < 4 || hasClauseMarks(text)) continue
    if (readCreditBlock(text) || /^[（(].*[)）]$/.test(text) || !overText.has(text) || inText.has(text)) continue
    repeated.add(text)
  }
  return repeated
}

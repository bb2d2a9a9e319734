/**
 * Page furniture: printed text that belongs to the page, not to an article —
 * 版次 lines, page numbers, editors' credits, image placeholders, rules,
 * section labels, a table of contents, and lines repeated on every page.
 */
import type {Furniture} from '../types.ts'
import type {Line} from './model.ts'
import {readCreditBlock} from './credits.ts'
import {hasClauseMarks, toHalfWidth} from './text.ts'

type Kind = Furniture['kind']

const numeral = '[\\d一二三四五六七八九十]'
const pageHeader = [
  new RegExp(`^第\\s*${numeral}+\\s*版(?:[\\s:：·|丨]+\\S{1,12})?$`),
  new RegExp(`^\\S{0,12}[\\s|丨]*第\\s*${numeral}+\\s*版$`),
  new RegExp(`^\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日\\s*(?:星期.|周.)?\\s*(?:第\\s*${numeral}+\\s*版)?(?:[\\s|丨]+\\S{1,12})?$`)
]
const pageNumber = [/^[-—–－]\s*\d+\s*[-—–－]$/, /^第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?$/, /^\d+\s*\/\s*\d+$/, /^page\s*\d+(?:\s*of\s*\d+)?$/i]
const editor = /^(?:责任编辑|本版编辑|本版责编|责编|编辑|校对|美编|审核|审校|终审|值班编辑|版式|组版|排版|签发)\s*[:：]/
const imagePlaceholder = [/^!\[[^\]]*\]\([^)]*\)$/, /^\[(?:图片|图像|图|照片|image|img|figure)[^\]]{0,20}\]$/i, /^<img\b[^>]*>$/i]
const rule = /^[-=_*—─━·.~]{3,}$/
const section = /^[■●◆▲★【\[]?\s*(?:简讯|要闻|快讯|短讯|综合新闻|图片新闻|一周要闻|工作动态|基层动态|信息快递|新闻速递|时评|评论|专题)\s*[】\]]?$/
const tocHeading = /^[■●◆▲★【\[]?\s*(?:本期导读|本期要目|要目|目录|导读|本期目录)\s*[】\]]?$/
const tocItem = new RegExp(`^.{2,40}?[\\s.…·．]*[（(]?\\s*(?:第?\\s*${numeral}+\\s*版|\\d{1,3})\\s*[)）]?$`)

/** What kind of furniture a line is, ignoring repetition and tables of contents. */
export function furnitureKind(line: Line): Kind | null {
  const text = toHalfWidth(line.raw)
  if (line.image || imagePlaceholder.some((pattern) => pattern.test(text))) return 'image'
  if (line.rule || rule.test(text)) return 'rule'
  if (pageNumber.some((pattern) => pattern.test(text))) return 'page-number'
  if (pageHeader.some((pattern) => pattern.test(text))) return 'page-header'
  if (editor.test(text)) return 'editor'
  if (section.test(text)) return 'section'
  return null
}

/** Split lines into page furniture and content, in order. */
export function pickFurniture(lines: Line[]): {furniture: Furniture[]; content: Line[]} {
  const repeated = repeatedLines(lines)
  const furniture: Furniture[] = []
  const content: Line[] = []
  let inToc = false
  for (const line of lines) {
    let kind = furnitureKind(line)
    if (kind === null && tocHeading.test(line.raw)) {
      kind = 'toc'
      inToc = true
    } else if (inToc && kind === null && tocItem.test(toHalfWidth(line.raw)) && !hasClauseMarks(line.raw)) {
      kind = 'toc'
    } else {
      inToc = false
    }
    if (kind === null && repeated.has(line.raw)) kind = 'page-header'
    if (kind === null) content.push(line)
    else furniture.push({kind, text: line.raw, line: line.line})
  }
  return {furniture, content}
}

/** Lines printed three times or more (running heads and feet), but never credits. */
function repeatedLines(lines: Line[]): Set<string> {
  const counts = new Map<string, number>()
  for (const line of lines) counts.set(line.raw, (counts.get(line.raw) ?? 0) + 1)
  const repeated = new Set<string>()
  for (const [text, count] of counts) {
    if (count < 3 || [...text].length < 4 || hasClauseMarks(text)) continue
    if (readCreditBlock(text) || /^[（(].*[)）]$/.test(text)) continue
    repeated.add(text)
  }
  return repeated
}

/**
 * Text → mdast tree, one node per printed line.
 *
 * Bulletins are line-oriented: a PDF or OCR extractor wrote one printed line
 * (or one paragraph) per text line. So the tree keeps every non-blank line as
 * its own `paragraph` node, with its position, and remembers how many blank
 * lines came before it and how it was indented. Lines that look like
 * markdown (a PDF converter's `# 标题`, `![](image1.png)`, `---`) are read by
 * remark-parse, so headings, images and rules come out as mdast nodes.
 */
import type { Heading, Paragraph, Root, RootContent, ThematicBreak } from 'mdast'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { readingOrder } from './columns.ts'

/** What the tree remembers about a printed line. */
export interface LineData {
  /** Blank lines right before this one. */
  blankBefore: number
  /** Leading whitespace as printed. */
  indent: string
  /** The line without its leading and trailing whitespace (markdown marks included). */
  raw: string
  /** Set when remark-parse read the line as an image. */
  image?: boolean
  /** A form feed (a page's end, as pdftotext prints it) stands before the line's text. */
  formFeed?: boolean
}

declare module 'mdast' {
  interface ParagraphData {
    line?: LineData
  }
  interface HeadingData {
    line?: LineData
  }
  interface ThematicBreakData {
    line?: LineData
  }
}

const markdownLike = /^(#{1,6}\s|!\[|<img\b|[-*_=]{3,}\s*$)/
const markdown = unified().use(remarkParse)

export function fromBulletin(text: string): Root {
  const children: RootContent[] = []
  let blankBefore = 0
  let formFeed = false
  const lines = text.split('\n')
  const offsets: number[] = []
  let offset = 0
  for (const source of lines) {
    offsets.push(offset)
    offset += source.length + 1
  }
  for (const piece of readingOrder(lines)) {
    const source = piece.source
    const index = piece.line
    const lineOffset = offsets[index]! + piece.start
    const raw = source.trim()
    const feed = source.includes('\f')
    if (raw === '') {
      blankBefore++
      formFeed ||= feed
      continue
    }
    const lead = source.slice(0, source.length - source.trimStart().length)
    const indent = piece.indent ?? lead
    const at = piece.start + lead.length
    const start = { line: index + 1, column: at + 1, offset: lineOffset + lead.length }
    const endColumn = at + raw.length + 1
    const end = { line: index + 1, column: endColumn, offset: offsets[index]! + endColumn - 1 }
    const data: LineData = { blankBefore, indent, raw }
    if (formFeed || lead.includes('\f')) data.formFeed = true
    blankBefore = 0
    formFeed = false
    children.push(lineNode(raw, data, { start, end }))
  }
  return { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) } }
}

function lineNode(
  raw: string,
  data: LineData,
  position: NonNullable<Paragraph['position']>
): Paragraph | Heading | ThematicBreak {
  if (markdownLike.test(raw)) {
    const first = markdown.parse(raw).children[0]
    if (first?.type === 'heading') {
      const value = raw.replace(/^#{1,6}\s+/, '').replace(/\s+#+\s*$/, '')
      return {
        type: 'heading',
        depth: first.depth,
        children: [{ type: 'text', value, position }],
        position,
        data: { line: data }
      }
    }
    if (first?.type === 'thematicBreak') return { type: 'thematicBreak', position, data: { line: data } }
    if (
      first?.type === 'html' ||
      (first?.type === 'paragraph' && first.children.every((child) => child.type === 'image'))
    ) {
      data.image = true
    }
  }
  return { type: 'paragraph', children: [{ type: 'text', value: raw, position }], position, data: { line: data } }
}

function endPoint(text: string) {
  const lines = text.split('\n')
  const last = lines[lines.length - 1] ?? ''
  return { line: lines.length, column: last.length + 1, offset: text.length }
}

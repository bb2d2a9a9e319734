/**
 * Working types of the parse steps: printed lines, rejoined blocks, and the
 * ledger that accounts for every character.
 */
import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import type { LineRange, Masthead, ParsedArticle } from '../types.ts'

/** One printed line, read from the tree. */
export interface Line {
  /** Text without leading/trailing whitespace and without markdown heading marks. */
  text: string
  /** The line as printed, trimmed (with `#` marks). */
  raw: string
  line: number
  /** 1-based column where the text starts. */
  column: number
  indent: string
  blankBefore: number
  /** Markdown heading depth, 0 for none. */
  heading: number
  /** Markdown image or html image. */
  image: boolean
  /** Markdown thematic break. */
  rule: boolean
  /** The page (版) the line is printed on, when a page header named it (`第3版` → `3`). */
  page?: string | null
  /** The first content line after a page header: nothing runs over from the page before. */
  pageStart?: boolean
  /** A form feed stands before the line (a printed page ended). */
  formFeed?: boolean
  /** A page break (form feed, page footer) stands between this line and the content line before it. */
  breakBefore?: boolean
  /** What the file's profile says the line is, when it knows (see profile/). */
  role?: LineRole
}

/** Roles the profile gives lines from the file's own evidence. */
export type LineRole =
  | 'running'
  | 'headline-end'
  | 'article-end'
  | 'contents'
  | 'byline-part'
  /** The rest of the byline on the line before, cut at a narrow box's edge. */
  | 'byline-more'
  | 'page-line'
  | 'headline'
  | 'headline-more'
  | 'shaped-headline'
  | 'item-headline'
  | 'opening'
  | 'over-opening'
  | 'closing-note'
  | 'staff'

/** Lines rejoined into one paragraph (or one headline, one byline…). */
export interface Block {
  text: string
  lines: Line[]
  heading: number
}

/** Characters taken out of the text on purpose (labels such as 记者, brackets, `#`). */
export class Ledger {
  dropped: string[] = []
  drop(text: string): void {
    if (text.trim() !== '') this.dropped.push(text)
  }
}

export interface Context {
  file: VFile
  ledger: Ledger
}

export function linesOf(tree: Root): Line[] {
  const lines: Line[] = []
  for (const node of tree.children) {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'thematicBreak') continue
    const data = node.data?.line
    const start = node.position?.start
    if (!data || !start) continue
    const first = 'children' in node ? node.children[0] : undefined
    const text = first && first.type === 'text' ? first.value : data.raw
    lines.push({
      text,
      raw: data.raw,
      line: start.line,
      column: start.column,
      indent: data.indent,
      blankBefore: data.blankBefore,
      heading: node.type === 'heading' ? node.depth : 0,
      image: data.image === true,
      rule: node.type === 'thematicBreak',
      ...(data.formFeed ? { formFeed: true } : {})
    })
  }
  return lines
}

/** Roles of lines that are a block of their own: never joined with the lines around them. */
export function standsAloneByRole(line: Line): boolean {
  return (
    line.role === 'headline-end' ||
    line.role === 'article-end' ||
    line.role === 'closing-note' ||
    line.role === 'page-line' ||
    line.role === 'staff'
  )
}

export function blockOf(lines: Line[], text: string): Block {
  return { text, lines, heading: lines[0]?.heading ?? 0 }
}

export function placeOf(block: Block | Line) {
  const first = 'lines' in block ? block.lines[0] : block
  const last = 'lines' in block ? block.lines[block.lines.length - 1] : block
  const line = first?.line ?? 1
  const column = first?.column ?? 1
  const endLine = last?.line ?? line
  const endColumn = (last?.column ?? 1) + (last?.raw.length ?? 0)
  return { start: { line, column }, end: { line: endLine, column: endColumn } }
}

/** An article with a headline and nothing read yet: the one place the record's empty fields are listed. */
export function emptyArticle(title: string, lines: LineRange): ParsedArticle {
  return {
    title,
    kicker: null,
    subtitle: null,
    date: null,
    dateText: null,
    datelineMarker: null,
    paragraphs: [],
    reporters: [],
    correspondents: [],
    photographers: [],
    editors: [],
    sourceUnit: null,
    sourceNote: null,
    continuedTo: null,
    continuedFrom: null,
    captions: [],
    lines
  }
}

/** A masthead with nothing read yet, over `lines`: the one place its empty fields are listed. */
export function emptyMasthead(lines: LineRange): Masthead {
  return {
    publication: null,
    englishName: null,
    publisher: null,
    date: null,
    dateText: null,
    lunarDate: null,
    issueNumber: null,
    totalIssueNumber: null,
    registration: null,
    notes: [],
    lines
  }
}

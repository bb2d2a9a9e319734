/**
 * The PDF reader's data: what a page's text runs are, the printed lines made of them, and
 * the evidence kept per output line (page, type size, weight) for the parser's later
 * line-role scorer. Plain data only: it is V8-serialised into the parse cache.
 */

/** One run of text as PDF.js gives it, in top-down page coordinates (points). */
export interface TextRun {
  text: string
  /** Left edge. */
  x: number
  /** Baseline, measured down from the page's top edge. */
  y: number
  width: number
  /** Type size in points. */
  size: number
  /** The font's name as the PDF names it, e.g. `STSongStd-Light`, `FZXiaoBiaoSong-B05S`. */
  font: string
  bold: boolean
}

/** One page's text runs, in the order the content stream drew them. */
export interface PageRuns {
  /** 1-based. */
  page: number
  width: number
  height: number
  runs: TextRun[]
}

/** One printed line: the runs on one baseline that are not separated by a column's gap. */
export interface PrintedLine {
  text: string
  page: number
  x: number
  /** Baseline from the top of the page. */
  y: number
  width: number
  /** The line's type size: the size most of its characters are set in. */
  size: number
  bold: boolean
}

/**
 * What a line's type size says it is, relative to the page's body text: `masthead` is the
 * front page's name block, in type far larger than anything else on the page; `label` a line
 * in headline type too short for a headline (a box's or section's name: 简讯, 导读).
 */
export type SizeRole = 'masthead' | 'headline' | 'label' | 'medium' | 'body' | 'small'

/** Evidence for one line of the text the PDF reader hands to the parser. */
export interface LineEvidence {
  /** 1-based line number in that text. */
  line: number
  /** 1-based PDF page. */
  page: number
  /** Type size in points (a headline joined from several printed lines: the first one's). */
  size: number
  bold: boolean
  role: SizeRole
  /** The page's body type size, the yardstick of `role`. */
  bodySize: number
  /** Printed lines this text line was made of (a headline printed on two lines is one text line). */
  printedLines: number
  /** Position of the (first) printed line: left edge and baseline from the page's top, in points. */
  x: number
  y: number
}

/** A PDF read into text for the parser, with the evidence beside it. */
export interface PdfLayout {
  /** Pages in the PDF. */
  pages: number
  /** Pages that carry no text at all. */
  pagesWithoutText: number[]
  /** One record per non-blank text line, in line order. */
  lines: LineEvidence[]
}

/**
 * Shared record types: the typed hand-offs between pipeline stages.
 *
 * read     bytes → text (+ encoding messages)            src/read/
 * parse    text → ParsedBulletin (masthead, articles…)   src/parse/
 * segment  articles → tags, people, places…             src/segment/
 * render   records → HTML pages through Eleventy         src/render/
 * search   pages → static search index (own format)      src/search/
 *
 * Field names of ArticleRecord and IssueRecord are fixed by docs/SCHEMA.md.
 */
import type { PdfLayout } from './read/pdf/types.ts'

/** One row of `corpus/manifest.csv`: what the text itself may not say. */
export interface ManifestEntry {
  /** Corpus-relative path, e.g. `002_a91af3f4be450be0.txt`. */
  file: string
  /** e.g. `上街时讯`. */
  publication: string | null
  /** `YYYY-MM-DD`, or a partial `YYYY` / `YYYY-MM` when only that is known. */
  date: string | null
  /** Page (版) number or name, e.g. `1` or `一版`. */
  page: string | null
  /** District or county the bulletin covers, e.g. `上街区`. */
  region: string | null
}

/** Source span in a file, 1-based lines. */
export type LineRange = [number, number]

/** Masthead (报头) facts read from the top of an issue. */
export interface Masthead {
  /** e.g. `上街时讯`. */
  publication: string | null
  /** e.g. `SHANGJIE NEWSLETTER`. */
  englishName: string | null
  /** e.g. `中共上街区委宣传部传媒中心`. */
  publisher: string | null
  /** ISO date `YYYY-MM-DD`. */
  date: string | null
  /** The date as printed, lines joined, e.g. `2020年2月29日 星期六`. */
  dateText: string | null
  /** e.g. `庚子年二月初七`. */
  lunarDate: string | null
  /** 第7期 gives 7. */
  issueNumber: number | null
  /** 总第634期 gives 634. */
  totalIssueNumber: number | null
  /** Registration lines, e.g. `河南省连续性内资 【审郑州连】00015号`. */
  registration: string | null
  /** Other masthead lines kept verbatim (内部资料 免费交流, 监督电话 …). */
  notes: string[]
  lines: LineRange
}

/** Text that is not an article: 版次 lines, 责任编辑, page numbers, image placeholders… */
export interface Furniture {
  kind: 'page-header' | 'page-footer' | 'page-number' | 'editor' | 'image' | 'toc' | 'section' | 'rule' | 'other'
  text: string
  line: number
}

/** Text the parser could not place; kept, never dropped, and warned about. */
export interface UnassignedText {
  text: string
  lines: LineRange
}

/** An article as the parser reads it, before ids, urls and tags are given. */
export interface ParsedArticle {
  /** The headline as printed, one line, inner spacing normalised. */
  title: string
  /** 引题 above the headline. */
  kicker: string | null
  /** 副题 below the headline, without its leading dash. */
  subtitle: string | null
  /** `YYYY-MM-DD` when the year is known, `--MM-DD` otherwise. */
  date: string | null
  /** The dateline as printed, e.g. `3月19日下午`. */
  dateText: string | null
  /** The dateline marker, e.g. `本报讯`, when printed. */
  datelineMarker: string | null
  paragraphs: string[]
  reporters: string[]
  correspondents: string[]
  photographers: string[]
  /** 责任编辑 etc. credited with the article. */
  editors: string[]
  /** `（峡窝镇）` gives `峡窝镇`. */
  sourceUnit: string | null
  /** Per-article source line, e.g. `《人民日报》（2025年10月20日 第 01 版）`. */
  sourceNote: string | null
  /** `（下转二版）` gives `二版`. */
  continuedTo: string | null
  /** `（上接第一版）` gives `第一版`. */
  continuedFrom: string | null
  captions: string[]
  /** First and last source line the article was read from. */
  lines: LineRange
  /** The column (栏目) tag printed before the headline or the body: `【时政】` gives `时政`. Absent when none. */
  column?: string
  /**
   * A story printed in pieces in this file (`（下转第二版）` … `（上接第一版）`), joined into this one
   * article: each piece in print order, with its lines. Absent for a story printed in one piece.
   */
  parts?: ArticlePart[]
  /** How strong the evidence for this article's start and headline is, 0..1 (src/parse/confidence.ts). */
  confidence?: number
  /** Short reason codes behind `confidence`, e.g. `listed-in-contents`, `previous-closed`, `title-supplied`. */
  evidence?: string[]
}

/** One printed piece of a story continued on another page of the same file. */
export interface ArticlePart {
  /** First and last source line of the piece. */
  lines: LineRange
  /** The page (版) it was printed on, as the page header prints it (`2`), or null when none says. */
  page: string | null
  /** The headline printed again over a later piece, or null (the first piece's is the article's title). */
  title: string | null
  /** `（下转第二版）` at the piece's end gives `第二版`. */
  continuedTo: string | null
  /** `（上接第一版）` at the piece's start gives `第一版`. */
  continuedFrom: string | null
}

/** Everything read from one corpus file. */
export interface ParsedBulletin {
  /** Corpus-relative path. */
  file: string
  /** Encoding the file was decoded from, e.g. `utf-8`, `gb18030`, `utf-16le`. */
  encoding: string
  masthead: Masthead | null
  articles: ParsedArticle[]
  furniture: Furniture[]
  unassigned: UnassignedText[]
  /** Read from a PDF (src/read/pdf/): its layout evidence per text line and the text the parser read. */
  pdf?: PdfLayout & { text: string }
  /** Mean confidence of the file's articles, 0..1 (0 when none). */
  confidence?: number
  /** The weakest article's confidence. */
  weakestConfidence?: number
  /** What the file's profile found (src/parse/profile/): widths, templates with roles, page breaks, contents list. */
  profile?: ProfileSummary
}

/** The per-file layout profile, as reported. */
export interface ProfileSummary {
  column: number | null
  headlineWidth: number | null
  blank: 'paragraph' | 'wrap' | 'none'
  pageBreaks: number
  templates: Array<{ template: string; count: number; role: string }>
  contents: { items: number; matched: number } | null
  shapedHeadlines: number
  letterSplitBylines: number
}

export interface Tags {
  keywords: string[]
  people: string[]
  places: string[]
  organizations: string[]
}

/**
 * Article record published in `data/articles.json` (docs/SCHEMA.md): what the parser read
 * (ParsedArticle: title, dateline, body, credits, lines…) plus where it belongs.
 */
export interface ArticleRecord extends Omit<ParsedArticle, 'column' | 'confidence' | 'evidence' | 'parts'> {
  /** The pieces of a story continued inside its file, or null when it was printed in one piece. */
  parts: ArticlePart[] | null
  /**
   * The page (版) it was printed on, as its file's page headers name it (`3`; a story in
   * pieces: its first piece's), else the manifest's page of the file, else `1` when the
   * file opens with a masthead; null when nothing says.
   */
  page: string | null
  /** The column (栏目) tag, or null. */
  column: string | null
  /** The parser's confidence in this article's start and headline, 0..1, or null when not measured. */
  confidence: number | null
  /** The reason codes behind `confidence`. */
  evidence: string[]
  /** Stable: `<issue id>-<order>`, e.g. `002_a91af3f4be450be0-01`. */
  id: string
  /** Site-relative URL of the article's page, e.g. `/articles/002_a91af3f4be450be0-01/`. */
  url: string
  /** Corpus-relative path of the source file. */
  file: string
  publication: string | null
  /** ISO date of the issue the article appeared in. */
  issueDate: string | null
  issueId: string
  /** Position in the issue, 1-based. */
  order: number
  tags: Tags
  /** Region (district) from the manifest, when known. */
  region: string | null
  /** Page of the issue's PDF the article was printed on (its headline's page); null when read from text. */
  printedPage?: number | null
  /** What the article was read from: the issue's PDF, or a text file. */
  source?: RecordSource
}

/** What a record was read from: a PDF (src/read/pdf/), or a text file. */
export type RecordSource = 'pdf' | 'text'

/** Issue record published in `data/issues.json` (docs/SCHEMA.md). */
export interface IssueRecord {
  id: string
  url: string
  file: string
  publication: string | null
  date: string | null
  /** Year when only the year is known (from the manifest or the text). */
  year: number | null
  page: string | null
  region: string | null
  encoding: string
  issueNumber: number | null
  totalIssueNumber: number | null
  publisher: string | null
  masthead: Masthead | null
  articleIds: string[]
  furniture: Furniture[]
  unassigned: string[]
  /** Mean confidence of the issue's articles, 0..1, or null when not measured. */
  confidence: number | null
  /** Site-relative URL of the issue's original PDF (`/pdf/<id>.pdf`) when it was read from one. */
  pdf?: string | null
  /** Pages in that PDF. */
  pdfPages?: number | null
  /** What the issue was read from: its PDF, or a text file. */
  source?: RecordSource
}

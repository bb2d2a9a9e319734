/**
 * What the render stage is given: the records, what tagging found, and the corpus files
 * the article pages read their bodies and source lines from.
 */
import { createHash } from 'node:crypto'
import type { ArticleRecord, IssueRecord } from '../types.ts'

/** What the tagging stage tells about a person (src/segment). */
export interface PersonInfo {
  name: string
  articleIds: readonly string[]
  roles: readonly { role: string; first: string | null; last: string | null }[]
  coMentioned: readonly { name: string; count: number }[]
}

/** The parts of the tagging result the pages use. */
export interface TagInput {
  people?: readonly PersonInfo[]
  related?: ReadonlyMap<string, readonly string[]>
}

/**
 * A corpus file as the article pages need it, for the "original lines" view and the body.
 * A rebuild renders few pages, so the text is only asked for when a page is rendered.
 */
export interface SourceFile {
  /**
   * Changes whenever the file's parse could: its bytes, path, manifest date, the parser.
   * An article's body and source lines derive from that parse alone (its paragraphs,
   * captions and line span), so this key stands for them in the page's render hash.
   */
  key: string
  /** The decoded text, LF line endings. */
  text(): string
}

/** A source file whose text is at hand (tests, tools): keyed by its text. */
export function textSource(text: string): SourceFile {
  return { key: createHash('sha256').update(text).digest('hex'), text: () => text }
}

export interface SiteInput {
  issues: readonly IssueRecord[]
  articles: readonly ArticleRecord[]
  tagged?: TagInput
  /** The corpus files, by corpus-relative path (the records' `file`). */
  sources?: ReadonlyMap<string, SourceFile>
}

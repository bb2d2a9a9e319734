/** What the tagging stage takes and gives (tagCorpus in index.ts). */
import type { VFileMessage } from 'vfile-message'
import type { Tags } from '../types.ts'
import type { TokenCache } from './token-cache.ts'
import type { ScanCache } from './scan-cache.ts'

/** What the tagger needs from an article record. */
export interface TaggableArticle {
  id: string
  title: string
  paragraphs: string[]
  reporters: string[]
  correspondents: string[]
  photographers: string[]
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  date: string | null
  /** ISO date of the issue. */
  issueDate: string | null
  /** Corpus-relative source file and lines, when known: messages about the article name them. */
  file?: string
  lines?: [number, number]
}

export interface TagOptions {
  /** Contents of `corpus/dictionary.txt`, when the corpus has one. */
  dictionaryText?: string
  /** Cuts of earlier builds (token-cache.ts): unchanged articles are not cut again. */
  tokenCache?: TokenCache
  /** Learning scans of earlier builds (scan-cache.ts): unchanged articles are not scanned again. */
  scanCache?: ScanCache
}

export interface PersonRole {
  /** Title as printed before the name, e.g. `区委书记`. */
  role: string
  /** Date of the first and last article showing this title (null when no article date is known). */
  first: string | null
  last: string | null
}

export interface PersonEntry {
  name: string
  /** Articles tagged with this person, in corpus order. */
  articleIds: string[]
  /** Titles seen before the name, by first date. */
  roles: PersonRole[]
  /** People tagged in the same articles, most frequent first (at most 10). */
  coMentioned: { name: string; count: number }[]
}

export interface TagResult {
  /** Tags per article id. */
  tags: Map<string, Tags>
  /** People index, most-mentioned first. */
  people: PersonEntry[]
  /** Up to 5 related article ids per article id, weighted by shared tags. */
  related: Map<string, string[]>
  /** Warnings (dictionary lines that could not be read, duplicate ids…), each on its file (`dictionary.txt`, an article's). */
  messages: VFileMessage[]
}

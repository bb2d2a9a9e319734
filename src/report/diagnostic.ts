/**
 * One diagnostic as data: the file, the place, the rule and the stage's own (English) words.
 *
 * The stages speak English, and fixture snapshots compare those words; the office reads
 * Chinese. Every stage hands over vfile messages on the file they concern
 * (src/util/file-message.ts); each is kept as a record keyed on its rule (`source:ruleId`),
 * and ./messages-zh.ts says it in Chinese for the terminal and the report.
 */
import type { VFileMessage } from 'vfile-message'
import { corpusConfigFiles } from '../corpus/read-corpus.ts'

export interface Diagnostic {
  /** How the file is named to the office: the corpus folder as given, then the path (`corpus/a.txt`). */
  file: string
  /** Corpus-relative path of a bulletin the message is about, or null (the manifest, the dictionary, no file). */
  corpusPath: string | null
  line: number | null
  column: number | null
  /** Last line of the span the message is about, when it is longer than one line. */
  endLine: number | null
  /** `bulletin-parse:orphan-continuation`, `manifest:bad-date`… */
  rule: string
  /** The stage's own message, in English. */
  reason: string
}

/**
 * A vfile message on a corpus file (`message.file`, corpus-relative; '' for none), the file
 * named under `corpusDisplay`. A config file of the corpus (the manifest, the dictionary) is
 * named but is no bulletin of the report.
 */
export function fromVFileMessage(corpusDisplay: string, message: VFileMessage): Diagnostic {
  const path = message.file ?? ''
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : null
  return {
    file: path === '' ? '' : `${corpusDisplay}/${path}`,
    corpusPath: path === '' || corpusConfigFiles.has(path) ? null : path,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end && start && end.line > start.line ? end.line : null,
    rule: `${message.source ?? 'bulletin'}:${message.ruleId ?? 'message'}`,
    reason: message.reason
  }
}

/** `corpus/a.txt:12:3`, as much of it as is known. */
export function placeText(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.file === '') return ''
  return `${d.file}${d.line === null ? '' : `:${d.line}`}${d.line !== null && d.column !== null ? `:${d.column}` : ''}`
}

/**
 * Collects diagnostics from every stage as records (src/report/diagnostic.ts), so that the
 * terminal and the report can say them in Chinese with their place: `corpus/a.txt:12:1: 原因 [rule]`.
 */
import type { VFileMessage } from 'vfile-message'
import { fromTextLine, fromVFileMessage, placeText, type Diagnostic } from '../report/diagnostic.ts'
import { chineseReason } from '../report/messages-zh.ts'

export class Diagnostics {
  readonly entries: Diagnostic[] = []
  /** `corpusDisplay`: the corpus folder as messages name it (`corpus`), to tell its files. */
  constructor(readonly corpusDisplay = 'corpus') {}
  get count(): number {
    return this.entries.length
  }
  /** The diagnostics as the terminal prints them, in Chinese. */
  get lines(): string[] {
    return this.entries.map(chineseLine)
  }
  /** A plain-text message, `path:line:column: reason`. */
  add(line: string): void {
    this.entries.push(fromTextLine(line, this.corpusDisplay))
  }
  /** Adds vfile messages of the corpus file `path`, prefixed with the corpus folder. */
  addMessages(corpusDisplay: string, path: string, messages: readonly VFileMessage[]): void {
    for (const message of messages) this.entries.push(fromVFileMessage(corpusDisplay, path, message))
  }
}

/** `corpus/a.txt:12:1: 中文 [bulletin-parse:orphan-continuation]`. */
export function chineseLine(d: Diagnostic): string {
  const place = placeText(d)
  return `${place === '' ? '' : `${place}: `}${chineseReason(d)} [${d.rule}]`
}

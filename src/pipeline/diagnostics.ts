/**
 * Collects the vfile messages of every stage (src/util/file-message.ts), each on the corpus
 * file it concerns, as records (src/report/diagnostic.ts), so that the terminal and the
 * report say them in Chinese with their place: `corpus/a.txt:12:1: 原因 [rule]`.
 */
import type { VFileMessage } from 'vfile-message'
import { fromVFileMessage, placeText, type Diagnostic } from '../report/diagnostic.ts'
import { chineseReason } from '../report/messages-zh.ts'

export class Diagnostics {
  readonly entries: Diagnostic[] = []
  /** `corpusDisplay`: the corpus folder as messages name it (`corpus`), before each file's path. */
  constructor(readonly corpusDisplay = 'corpus') {}
  get count(): number {
    return this.entries.length
  }
  /** The diagnostics as the terminal prints them, in Chinese. */
  get lines(): string[] {
    return this.entries.map(chineseLine)
  }
  /** Adds messages, each on its corpus file (`message.file`, corpus-relative). */
  add(messages: readonly VFileMessage[]): void {
    for (const message of messages) this.entries.push(fromVFileMessage(this.corpusDisplay, message))
  }
}

/** `corpus/a.txt:12:1: 中文 [bulletin-parse:orphan-continuation]`. */
export function chineseLine(d: Diagnostic): string {
  const place = placeText(d)
  return `${place === '' ? '' : `${place}: `}${chineseReason(d)} [${d.rule}]`
}

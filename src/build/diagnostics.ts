/**
 * Collects diagnostics from every stage as printable lines: `corpus/a.txt:12:1: reason`.
 */
import type { VFileMessage } from 'vfile-message'

export class Diagnostics {
  readonly lines: string[] = []
  get count(): number {
    return this.lines.length
  }
  add(line: string): void {
    this.lines.push(line)
  }
  /** Adds vfile messages of the corpus file `path`, prefixed with the corpus folder. */
  addMessages(corpusDisplay: string, path: string, messages: readonly VFileMessage[]): void {
    for (const message of messages) {
      const place = message.place
      const start = place && 'start' in place ? place.start : place
      const where = start ? `:${start.line}:${start.column}` : ''
      const rule = message.ruleId ? ` [${message.source ? `${message.source}:` : ''}${message.ruleId}]` : ''
      this.add(`${corpusDisplay}/${path}${where}: ${message.reason}${rule}`)
    }
  }
}

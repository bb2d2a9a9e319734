/**
 * Every stage says what it found as a vfile message on the file it concerns: the reader,
 * the parser, the manifest, the dictionary, the tagger and the build alike. The message
 * carries the file (corpus-relative: `a.txt`, `manifest.csv`), the place, and the rule as
 * `source:ruleId`; the build's diagnostics (src/pipeline/diagnostics.ts) take them as they
 * are and src/report/ says them in Chinese, once, for the terminal and the report.
 *
 * Worker threads and the parse cache carry messages as plain data (`StoredMessage`):
 * structured cloning keeps none of a message's own fields.
 */
import { VFileMessage } from 'vfile-message'

export interface MessageOptions {
  /** `{ line, column }`, or `{ start, end }` for a span; none when the message is about no place. */
  place?: VFileMessage['place']
  /** The stage: `bulletin-read`, `manifest`, `dictionary`… */
  source: string
  /** The rule within the stage: `bad-date`, `invalid-bytes`… */
  ruleId: string
}

/** A message on `file` (corpus-relative, or '' when it is about no file). */
export function fileMessage(file: string, reason: string, options: MessageOptions): VFileMessage {
  return onFile(new VFileMessage(reason, options), file)
}

/** Puts the message on `file`; its name (what `String(message)` starts with) says the file and place. */
function onFile(message: VFileMessage, file: string): VFileMessage {
  message.file = file
  if (file !== '') message.name = `${file}:${message.name}`
  return message
}

/** A vfile message as plain data: what V8 serialisation and worker messages can carry. */
export interface StoredMessage {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  source: string | undefined
  file: string
}

export const storeMessages = (messages: readonly VFileMessage[]): StoredMessage[] =>
  messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source, file: m.file ?? '' }))

export const restoreMessages = (messages: readonly StoredMessage[]): VFileMessage[] =>
  messages.map((m) =>
    onFile(new VFileMessage(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source }), m.file)
  )

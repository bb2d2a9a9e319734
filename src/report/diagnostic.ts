/**
 * One diagnostic as data: the file, the place, the rule and the stage's own (English) words.
 *
 * The stages speak English, and fixture snapshots compare those words; the office reads
 * Chinese. So every message is kept as a record keyed on its rule (`source:ruleId` of a
 * vfile message, or a rule this file gives to the plain-text messages of the manifest, the
 * dictionary and the build), and ./messages-zh.ts says it in Chinese for the terminal and
 * the report.
 */
import type { VFileMessage } from 'vfile-message'

export interface Diagnostic {
  /** How the file is named to the office: the corpus folder as given, then the path (`corpus/a.txt`). */
  file: string
  /** Corpus-relative path of a corpus file the message is about, or null (manifest, dictionary, search). */
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

/** A vfile message of the corpus file `path` (corpus-relative), named under `corpusDisplay`. */
export function fromVFileMessage(corpusDisplay: string, path: string, message: VFileMessage): Diagnostic {
  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'end' in place ? place.end : null
  return {
    file: `${corpusDisplay}/${path}`,
    corpusPath: path,
    line: start?.line ?? null,
    column: start?.column ?? null,
    endLine: end && start && end.line > start.line ? end.line : null,
    rule: `${message.source ?? 'bulletin'}:${message.ruleId ?? 'message'}`,
    reason: message.reason
  }
}

/**
 * Rules of the messages that are plain text (`path:line:column: reason`): the first pattern
 * that matches the reason names the rule. Keep in step with their writers (src/corpus/manifest.ts,
 * src/segment/dictionary.ts, src/segment/index.ts, src/pipeline/index.ts).
 */
export const textRules: ReadonlyArray<{ rule: string; pattern: RegExp }> = [
  { rule: 'manifest:bad-header', pattern: /^Unexpected manifest header/ },
  { rule: 'manifest:empty-file-cell', pattern: /^Unexpected empty `file` cell/ },
  { rule: 'manifest:bad-date', pattern: /^Unexpected date `/ },
  { rule: 'manifest:unknown-file', pattern: /^The manifest names `/ },
  { rule: 'dictionary:field-count', pattern: /^Unexpected \d+ fields in `/ },
  { rule: 'dictionary:stop-with-kind', pattern: /after a leading `-`/ },
  { rule: 'dictionary:bad-kind', pattern: /^Unexpected kind `/ },
  { rule: 'dictionary:bad-word', pattern: /^Unexpected word `/ },
  { rule: 'dictionary:second-entry', pattern: /^Unexpected second entry for `/ },
  { rule: 'segment:duplicate-id', pattern: /^Unexpected duplicate article id `/ },
  { rule: 'build:parse-failed', pattern: /^Could not parse this file/ }
]

/** Rule of a plain-text message from where it comes (`manifest.csv`, `dictionary.txt`) and its words. */
export function textRule(file: string, reason: string): string {
  for (const { rule, pattern } of textRules) if (pattern.test(reason)) return rule
  if (file.endsWith('manifest.csv')) return 'manifest:other'
  if (file.endsWith('dictionary.txt')) return 'dictionary:other'
  return 'build:other'
}

/**
 * A plain-text message, `corpus/a.txt:12:3: reason` (line and column optional), as a record.
 * `corpusDisplay` is the corpus folder as named in it, to tell a corpus file's path.
 */
export function fromTextLine(line: string, corpusDisplay: string): Diagnostic {
  const match = /^(.*?)(?::(\d+))?(?::(\d+))?: (.*)$/s.exec(line)
  if (!match) {
    return {
      file: '',
      corpusPath: null,
      line: null,
      column: null,
      endLine: null,
      rule: textRule('', line),
      reason: line
    }
  }
  const [, file = '', lineText, columnText, reason = ''] = match
  const prefix = `${corpusDisplay}/`
  const corpusPath = file.startsWith(prefix) ? file.slice(prefix.length) : null
  const isConfig = corpusPath === 'manifest.csv' || corpusPath === 'dictionary.txt' || corpusPath === 'corrections.csv'
  return {
    file,
    corpusPath: isConfig ? null : corpusPath,
    line: lineText === undefined ? null : Number(lineText),
    column: columnText === undefined ? null : Number(columnText),
    endLine: null,
    rule: textRule(file, reason),
    reason
  }
}

/** `corpus/a.txt:12:3`, as much of it as is known. */
export function placeText(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.file === '') return ''
  return `${d.file}${d.line === null ? '' : `:${d.line}`}${d.line !== null && d.column !== null ? `:${d.column}` : ''}`
}

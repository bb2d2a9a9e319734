/**
 * Parse `corpus/dictionary.txt`, the office's editable word list.
 *
 * One entry a line: `词 类别`, separated by spaces, a tab or a comma.
 * Kinds: person / place / org / term / stop (Chinese aliases 人名 / 地名 /
 * 机构 / 词语 / 停用). A word without a kind is a `term`; a word written
 * `-词` is a `stop` word (never a tag). `#` starts a comment.
 * Bad lines give a message (a vfile message at the line) and are skipped; parsing never throws.
 */
import type { VFileMessage } from 'vfile-message'
import { fileMessage } from '../util/file-message.ts'

export type EntryKind = 'person' | 'place' | 'org' | 'term' | 'stop'

export interface DictionaryEntry {
  word: string
  kind: EntryKind
  /** 1-based line in the dictionary file. */
  line: number
}

export interface ParsedDictionary {
  entries: DictionaryEntry[]
  messages: VFileMessage[]
}

/** The dictionary's name in the corpus folder: its messages are on this file. */
export const DICTIONARY_FILE = 'dictionary.txt'

/** The stage its messages name in their rule (`dictionary:bad-kind`). */
const source = 'dictionary'

type Point = { line: number; column: number }

const KIND_ALIASES: ReadonlyMap<string, EntryKind> = new Map<string, EntryKind>([
  ['person', 'person'],
  ['people', 'person'],
  ['name', 'person'],
  ['人名', 'person'],
  ['人物', 'person'],
  ['人', 'person'],
  ['place', 'place'],
  ['location', 'place'],
  ['地名', 'place'],
  ['地点', 'place'],
  ['地', 'place'],
  ['org', 'org'],
  ['organization', 'org'],
  ['organisation', 'org'],
  ['机构', 'org'],
  ['单位', 'org'],
  ['term', 'term'],
  ['word', 'term'],
  ['keyword', 'term'],
  ['词语', 'term'],
  ['词', 'term'],
  ['术语', 'term'],
  ['stop', 'stop'],
  ['停用', 'stop'],
  ['停用词', 'stop'],
  ['不标注', 'stop']
])

const SEPARATORS = /[\s,，\t]+/u
/** A usable word: 1–20 characters, no spaces, at least one letter, digit or CJK character. */
const WORD_OK = /^[^\s#]{1,20}$/u
const HAS_CONTENT = /[\p{L}\p{N}]/u

/** `file`: the dictionary as its messages name it, corpus-relative. */
export function parseDictionary(text: string, file = DICTIONARY_FILE): ParsedDictionary {
  const entries: DictionaryEntry[] = []
  const messages: VFileMessage[] = []
  const seen = new Map<string, DictionaryEntry>()
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const raw = lines[i] ?? ''
    const hash = raw.indexOf('#')
    const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim()
    if (content === '') continue
    const place: Point = { line: lineNo, column: raw.search(/\S/u) + 1 }
    const say: Say = (reason, { ruleId }) => messages.push(fileMessage(file, reason, { place, source, ruleId }))
    const read = readEntry(content, say)
    if (read === null) continue
    const { word, kind } = read
    const previous = seen.get(word)
    if (previous !== undefined) {
      if (previous.kind !== kind) {
        say(
          `Unexpected second entry for \`${word}\` (${kind}), expected one entry per word; keeping line ${previous.line} (${previous.kind})`,
          { ruleId: 'second-entry' }
        )
      }
      continue
    }
    const entry: DictionaryEntry = { word, kind, line: lineNo }
    seen.set(word, entry)
    entries.push(entry)
  }
  return { entries, messages }
}

/** Adds a message at the line being read, under the rule `dictionary:<ruleId>`. */
type Say = (reason: string, rule: { ruleId: string }) => void

/** One line's word and kind (`词 类别`, or `-词` for a stop word), or null when the line is skipped (with why, said). */
function readEntry(content: string, say: Say): { word: string; kind: EntryKind } | null {
  const fields = content.split(SEPARATORS).filter((field) => field !== '')
  let word = fields[0] ?? ''
  let kind: EntryKind = 'term'
  if (fields.length > 2) {
    say(
      `Unexpected ${fields.length} fields in \`${truncate(content)}\`, expected \`词 类别\` (e.g. \`复工复产 term\`); line skipped`,
      { ruleId: 'field-count' }
    )
    return null
  }
  if (fields.length === 2) {
    const named = KIND_ALIASES.get((fields[1] ?? '').toLowerCase())
    if (named === undefined) {
      say(
        `Unexpected kind \`${truncate(fields[1] ?? '')}\`, expected person, place, org, term or stop (人名/地名/机构/词语/停用); line skipped`,
        { ruleId: 'bad-kind' }
      )
      return null
    }
    kind = named
  }
  if (word.startsWith('-') || word.startsWith('－')) {
    word = word.slice(1)
    if (fields.length === 2 && kind !== 'stop') {
      say(`Unexpected kind \`${fields[1] ?? ''}\` after a leading \`-\`, expected no kind or stop; read as stop`, {
        ruleId: 'stop-with-kind'
      })
    }
    kind = 'stop'
  }
  if (!WORD_OK.test(word) || !HAS_CONTENT.test(word)) {
    say(
      `Unexpected word \`${truncate(word)}\`, expected 1–20 characters without spaces (e.g. \`万人助万企\`); line skipped`,
      { ruleId: 'bad-word' }
    )
    return null
  }
  return { word, kind }
}

function truncate(text: string): string {
  return text.length > 30 ? text.slice(0, 30) + '…' : text
}

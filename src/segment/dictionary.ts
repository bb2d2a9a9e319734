/**
 * Parse `corpus/dictionary.txt`, the office's editable word list.
 *
 * One entry a line: `词 类别`, separated by spaces, a tab or a comma.
 * Kinds: person / place / org / term / stop (Chinese aliases 人名 / 地名 /
 * 机构 / 词语 / 停用). A word without a kind is a `term`; a word written
 * `-词` is a `stop` word (never a tag). `#` starts a comment.
 * Bad lines give a message and are skipped; parsing never throws.
 */

export type EntryKind = 'person' | 'place' | 'org' | 'term' | 'stop'

export interface DictionaryEntry {
  word: string
  kind: EntryKind
  /** 1-based line in the dictionary file. */
  line: number
}

export interface ParsedDictionary {
  entries: DictionaryEntry[]
  messages: string[]
}

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

export function parseDictionary(text: string, source = 'corpus/dictionary.txt'): ParsedDictionary {
  const entries: DictionaryEntry[] = []
  const messages: string[] = []
  const seen = new Map<string, DictionaryEntry>()
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u)
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1
    const raw = lines[i] ?? ''
    const hash = raw.indexOf('#')
    const content = (hash >= 0 ? raw.slice(0, hash) : raw).trim()
    if (content === '') continue
    const place = `${source}:${lineNo}:${raw.search(/\S/u) + 1}`
    const read = readEntry(content, place, messages)
    if (read === null) continue
    const { word, kind } = read
    const previous = seen.get(word)
    if (previous !== undefined) {
      if (previous.kind !== kind) {
        messages.push(
          `${place}: Unexpected second entry for \`${word}\` (${kind}), expected one entry per word; keeping line ${previous.line} (${previous.kind})`
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

/** One line's word and kind (`词 类别`, or `-词` for a stop word), or null when the line is skipped (with why in `messages`). */
function readEntry(content: string, place: string, messages: string[]): { word: string; kind: EntryKind } | null {
  const fields = content.split(SEPARATORS).filter((field) => field !== '')
  let word = fields[0] ?? ''
  let kind: EntryKind = 'term'
  if (fields.length > 2) {
    messages.push(
      `${place}: Unexpected ${fields.length} fields in \`${truncate(content)}\`, expected \`词 类别\` (e.g. \`复工复产 term\`); line skipped`
    )
    return null
  }
  if (fields.length === 2) {
    const named = KIND_ALIASES.get((fields[1] ?? '').toLowerCase())
    if (named === undefined) {
      messages.push(
        `${place}: Unexpected kind \`${truncate(fields[1] ?? '')}\`, expected person, place, org, term or stop (人名/地名/机构/词语/停用); line skipped`
      )
      return null
    }
    kind = named
  }
  if (word.startsWith('-') || word.startsWith('－')) {
    word = word.slice(1)
    if (fields.length === 2 && kind !== 'stop') {
      messages.push(
        `${place}: Unexpected kind \`${fields[1] ?? ''}\` after a leading \`-\`, expected no kind or stop; read as stop`
      )
    }
    kind = 'stop'
  }
  if (!WORD_OK.test(word) || !HAS_CONTENT.test(word)) {
    messages.push(
      `${place}: Unexpected word \`${truncate(word)}\`, expected 1–20 characters without spaces (e.g. \`万人助万企\`); line skipped`
    )
    return null
  }
  return { word, kind }
}

function truncate(text: string): string {
  return text.length > 30 ? text.slice(0, 30) + '…' : text
}

/**
 * One corpus file, bytes → parse result, with every message of the reader and the parser.
 * The same function runs on the main thread and in the parse workers (./parse-pool.ts).
 * A PDF is read into text first (../read/pdf/, asynchronous, main thread only), and its
 * layout evidence and the text read from it go with the parse (`bulletin.pdf`).
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ParsedBulletin } from '../types.ts'
import { decodeBulletin } from '../read/decode.ts'
import { readPdf } from '../read/pdf/index.ts'
import { parseBulletin } from '../parse/index.ts'
import { fileMessage } from '../util/file-message.ts'

export type ParseOutcome =
  /** `messages`: the reader's, then the parser's. */
  | { kind: 'parsed'; bulletin: ParsedBulletin; messages: VFileMessage[] }
  /** Not a bulletin (binary, empty): the reader says why. */
  | { kind: 'skipped'; messages: VFileMessage[] }
  /** The parser threw: the reader's messages, then the failure, then what the parser said before it. */
  | { kind: 'failed'; messages: VFileMessage[] }

export function parseFile(bytes: Uint8Array, path: string, issueDate: string | null): ParseOutcome {
  const decoded = decodeBulletin(bytes, path)
  if (decoded.kind === 'skip') return { kind: 'skipped', messages: decoded.messages }
  return parseText(decoded.text, decoded.encoding, decoded.messages, path, issueDate)
}

/** A PDF: read into text with PDF.js, then parsed as text is; the layout evidence goes on `bulletin.pdf`. */
export async function parsePdfFile(bytes: Uint8Array, path: string, issueDate: string | null): Promise<ParseOutcome> {
  const read = await readPdf(bytes, path)
  if (read.kind === 'skip') return { kind: 'skipped', messages: read.messages }
  const outcome = parseText(read.text, 'pdf', read.messages, path, issueDate)
  if (outcome.kind === 'parsed') outcome.bulletin.pdf = { ...read.layout, text: read.text }
  return outcome
}

function parseText(
  text: string,
  encoding: string,
  readMessages: VFileMessage[],
  path: string,
  issueDate: string | null
): ParseOutcome {
  const file = new VFile({ path, value: text })
  try {
    const bulletin = parseBulletin(file, { encoding, issueDate })
    return { kind: 'parsed', bulletin, messages: [...readMessages, ...file.messages] }
  } catch (error) {
    return { kind: 'failed', messages: [...readMessages, parseFailedMessage(path, error as Error), ...file.messages] }
  }
}

/** The file is skipped: the parser threw. At its first line, with the parser's words. */
const parseFailedMessage = (path: string, error: Error): VFileMessage =>
  fileMessage(path, `Could not parse this file, skipped it: ${error.message}`, {
    place: { line: 1, column: 1 },
    source: 'build',
    ruleId: 'parse-failed'
  })

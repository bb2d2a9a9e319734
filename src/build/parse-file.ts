/**
 * One corpus file, bytes → parse result, with every message of the reader and the parser.
 * The same function runs on the main thread and in the parse workers (./parse-pool.ts).
 */
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { ParsedBulletin } from '../types.ts'
import { decodeBulletin } from '../read/decode.ts'
import { parseBulletin } from '../parse/index.ts'

export type ParseOutcome =
  /** `messages`: the reader's, then the parser's. */
  | { kind: 'parsed'; bulletin: ParsedBulletin; messages: VFileMessage[] }
  /** Not a bulletin (binary, empty): the reader says why. */
  | { kind: 'skipped'; messages: VFileMessage[] }
  /** The parser threw: `error` is its message; `parseMessages` what it said before. */
  | { kind: 'failed'; messages: VFileMessage[]; error: string; parseMessages: VFileMessage[] }

export function parseFile(bytes: Uint8Array, path: string, issueDate: string | null): ParseOutcome {
  const decoded = decodeBulletin(bytes, path)
  if (decoded.kind === 'skip') return { kind: 'skipped', messages: decoded.messages }
  const file = new VFile({ path, value: decoded.text })
  try {
    const bulletin = parseBulletin(file, { encoding: decoded.encoding, issueDate })
    return { kind: 'parsed', bulletin, messages: [...decoded.messages, ...file.messages] }
  } catch (error) {
    return { kind: 'failed', messages: decoded.messages, error: (error as Error).message, parseMessages: file.messages }
  }
}

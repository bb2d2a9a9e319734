/**
 * A parse worker thread (see ./parse-pool.ts): parses the files it is sent, one message
 * each, and replies with the result encoded as the parse cache keeps it.
 */
import { parentPort } from 'node:worker_threads'
import { encodeEntry } from './parse-cache.ts'
import { storeMessages, type StoredMessage } from '../util/file-message.ts'
import { parseFile } from './parse-file.ts'

export interface ParseJob {
  id: number
  bytes: Uint8Array
  path: string
  issueDate: string | null
}

export type ParseReply =
  | { id: number; kind: 'parsed'; entry: Uint8Array }
  | { id: number; kind: 'skipped' | 'failed'; messages: StoredMessage[] }

const port = parentPort
if (!port) throw new Error('parse-worker.ts runs as a worker thread: see parse-pool.ts')

port.on('message', (job: ParseJob) => {
  const outcome = parseFile(job.bytes, job.path, job.issueDate)
  let reply: ParseReply
  if (outcome.kind === 'parsed')
    reply = { id: job.id, kind: 'parsed', entry: encodeEntry(outcome.bulletin, outcome.messages) }
  else reply = { id: job.id, kind: outcome.kind, messages: storeMessages(outcome.messages) }
  port.postMessage(reply)
})

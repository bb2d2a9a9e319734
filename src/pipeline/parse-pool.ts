/**
 * Parse workers for a cold or much-changed corpus: parsing is the longest single-core
 * stage of a full build (~4.5 MB/s), and each file parses on its own. The main thread
 * parses files too, and hands a file to the least-loaded worker whenever the workers
 * have been given fewer bytes than it has parsed itself.
 */
import type { Worker } from 'node:worker_threads'
import type { VFileMessage } from 'vfile-message'
import { restoreMessages } from '../util/file-message.ts'
import type { ParseJob, ParseReply } from './parse-worker.ts'
import { listenToWorker, startTsWorker } from '../util/ts-worker.ts'

const workerUrl = new URL('./parse-worker.ts', import.meta.url)

/** A worker's result: a parsed file comes encoded as the parse cache keeps it. */
export type EncodedOutcome =
  | { kind: 'parsed'; entry: Uint8Array }
  | { kind: 'skipped' | 'failed'; messages: VFileMessage[] }

interface Waiting {
  resolve: (outcome: EncodedOutcome) => void
  reject: (error: Error) => void
}

export class ParsePool {
  private readonly lanes: { worker: Worker; bytes: number }[]
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 0

  private constructor(count: number) {
    this.lanes = Array.from({ length: count }, () => {
      const worker = startTsWorker(workerUrl, null)
      listenToWorker<ParseReply>(
        worker,
        'A parse worker',
        (reply) => this.settle(reply),
        (error) => this.failAll(error)
      )
      return { worker, bytes: 0 }
    })
  }

  static start(count: number): ParsePool {
    return new ParsePool(Math.max(1, count))
  }

  /** Bytes given to the least-loaded worker so far. */
  get leastBytes(): number {
    return Math.min(...this.lanes.map((lane) => lane.bytes))
  }

  parse(bytes: Uint8Array, path: string, issueDate: string | null): Promise<EncodedOutcome> {
    const lane = this.lanes.reduce((a, b) => (b.bytes < a.bytes ? b : a))
    lane.bytes += bytes.length
    const id = this.nextId++
    const job: ParseJob = { id, bytes, path, issueDate }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      lane.worker.postMessage(job)
    })
  }

  async close(): Promise<void> {
    this.waiting.clear()
    await Promise.all(this.lanes.map((lane) => lane.worker.terminate()))
  }

  private settle(reply: ParseReply): void {
    const waiting = this.waiting.get(reply.id)
    if (!waiting) return
    this.waiting.delete(reply.id)
    if (reply.kind === 'parsed') waiting.resolve({ kind: 'parsed', entry: reply.entry })
    else waiting.resolve({ kind: reply.kind, messages: restoreMessages(reply.messages) })
  }

  private failAll(error: Error): void {
    for (const waiting of this.waiting.values()) waiting.reject(error)
    this.waiting.clear()
  }
}

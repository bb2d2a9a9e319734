/**
 * The main thread's side of ./tag-worker.ts: start it early, send it the records once,
 * get the tags back, and later wait for the data files and caches it writes.
 *
 *   const tagger = TagThread.start({ cacheDir })   // jieba loads while we parse
 *   const { result } = await tagger.tag({ articles, issues, dataDir })
 *   …
 *   await tagger.finished()                         // data files and caches written
 */
import type { Worker } from 'node:worker_threads'
import { listenToWorker, startTsWorker } from '../util/ts-worker.ts'
import { restoreMessages } from '../util/file-message.ts'
import type { TagResult } from '../segment/index.ts'
import type { TagReply, TagRequest, TagWorkerOptions } from './tag-worker.ts'

const workerUrl = new URL('./tag-worker.ts', import.meta.url)

interface Deferred<T> {
  promise: Promise<T>
  resolve: (value: T) => void
  reject: (error: Error) => void
  settled: boolean
}

function deferred<T>(): Deferred<T> {
  const d = { settled: false } as Deferred<T>
  d.promise = new Promise<T>((resolve, reject) => {
    d.resolve = (value) => ((d.settled = true), resolve(value))
    d.reject = (error) => ((d.settled = true), reject(error))
  })
  // Whoever awaits sees the error; an unawaited failure (the build failed first) is not a crash.
  d.promise.catch(() => {})
  return d
}

export class TagThread {
  private readonly tagged = deferred<{ result: TagResult }>()
  private readonly done = deferred<{ dataSeconds: number | null }>()

  private constructor(private readonly worker: Worker) {
    const fail = (error: Error) => {
      if (!this.tagged.settled) this.tagged.reject(error)
      if (!this.done.settled) this.done.reject(error)
    }
    listenToWorker<TagReply>(
      worker,
      'The tagging thread',
      (reply) => {
        if (reply.kind === 'tagged') {
          this.tagged.resolve({ result: { ...reply.result, messages: restoreMessages(reply.result.messages) } })
        } else if (reply.kind === 'done') this.done.resolve({ dataSeconds: reply.dataSeconds })
        else fail(new Error(`Tagging failed: ${reply.message}`))
      },
      fail
    )
  }

  /** Starts the thread: it loads jieba and reads the caches in `cacheDir` straight away. */
  static start(options: TagWorkerOptions): TagThread {
    return new TagThread(startTsWorker(workerUrl, options))
  }

  /** Sends the records (a copy goes to the thread) and resolves with their tags. */
  tag(request: TagRequest): Promise<{ result: TagResult }> {
    this.worker.postMessage(request)
    return this.tagged.promise
  }

  /** Resolves when the data files (if asked for) and the caches are written. */
  async finished(): Promise<{ dataSeconds: number | null }> {
    const outcome = await this.done.promise
    await this.worker.terminate()
    return outcome
  }

  /** Stops the thread, done or not (a failed build). */
  async stop(): Promise<void> {
    await this.worker.terminate()
  }
}

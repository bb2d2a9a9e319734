/**
 * Worker threads running a TypeScript module, and the one way the build listens to them.
 * Node 20's workers do not inherit the `--import tsx` hooks, so the thread registers tsx
 * itself, then loads the module.
 */
import { Worker } from 'node:worker_threads'

export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData })
}

/**
 * Hands each message of `worker` to `onMessage`, and calls `onFailure` once it throws or
 * stops (an exit is a failure for whatever the caller still waits for: a thread that is
 * done has answered first, and the caller ignores a failure after that).
 */
export function listenToWorker<Reply>(
  worker: Worker,
  what: string,
  onMessage: (reply: Reply) => void,
  onFailure: (error: Error) => void
): void {
  worker.on('message', onMessage)
  worker.on('error', onFailure)
  worker.on('exit', (code) => onFailure(new Error(`${what} stopped (exit code ${code}) before it answered`)))
}

/** The first message of a one-shot worker, or its failure. */
export function firstReply<Reply>(worker: Worker, what: string): Promise<Reply> {
  return new Promise<Reply>((resolve, reject) => {
    let settled = false
    const settle = (outcome: () => void) => {
      if (!settled) ((settled = true), outcome())
    }
    listenToWorker<Reply>(
      worker,
      what,
      (reply) => settle(() => resolve(reply)),
      (error) => settle(() => reject(error))
    )
  })
}

/**
 * Worker threads running a TypeScript module. Node 20's workers do not inherit the
 * `--import tsx` hooks, so the thread registers tsx itself, then loads the module.
 */
import { Worker } from 'node:worker_threads'

export function startTsWorker(moduleUrl: URL, workerData: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}) })`
  return new Worker(bootstrap, { eval: true, workerData })
}

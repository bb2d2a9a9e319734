/** Worker thread: writes the search index of the documents it is given (index.ts). */
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { writeIndex } from './write-index.ts'
import type { SearchDoc } from './records.ts'

/** CPU seconds of this thread (Linux: /proc/thread-self/stat), or null elsewhere. */
function threadCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

const { root, docs } = workerData as { root: string; docs: SearchDoc[] }
try {
  const before = threadCpuSeconds()
  const stats = writeIndex(root, docs)
  const after = threadCpuSeconds()
  parentPort!.postMessage({
    stats: { ...stats, cpuSeconds: before === null || after === null ? null : after - before }
  })
} catch (error) {
  parentPort!.postMessage({ error: String((error as Error).stack ?? error) })
}

/**
 * Worker thread: writes the search index of the documents it is given (index.ts), going
 * on from the previous build's posting tables when the cache folder holds them.
 */
import { readFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { writeIndex } from './write-index.ts'
import { indexStateFile, readIndexState, saveIndexState } from './index-state.ts'
import type { SearchDoc } from './search-docs.ts'

/** CPU seconds of this thread (Linux: /proc/thread-self/stat), or null elsewhere. */
function threadCpuSeconds(): number | null {
  try {
    const fields = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' ')
    return (Number(fields[11]) + Number(fields[12])) / 100
  } catch {
    return null
  }
}

const { root, docs, cacheDir } = workerData as { root: string; docs: SearchDoc[]; cacheDir: string | null }
try {
  const before = threadCpuSeconds()
  const stateFile = indexStateFile(cacheDir)
  const { stats, state, reused } = writeIndex(root, docs, readIndexState(stateFile), stateFile.path !== null)
  if (state !== null) await saveIndexState(stateFile, state)
  const after = threadCpuSeconds()
  parentPort!.postMessage({
    stats: { ...stats, reused, cpuSeconds: before === null || after === null ? null : after - before }
  })
} catch (error) {
  parentPort!.postMessage({ error: String((error as Error).stack ?? error) })
}

/** Worker thread: writes the search index of the documents it is given (index.ts). */
import { parentPort, workerData } from 'node:worker_threads'
import { writeIndex } from './write-index.ts'
import type { SearchDoc } from './records.ts'

const { root, docs } = workerData as { root: string; docs: SearchDoc[] }
try {
  parentPort!.postMessage({ stats: writeIndex(root, docs) })
} catch (error) {
  parentPort!.postMessage({ error: String((error as Error).stack ?? error) })
}

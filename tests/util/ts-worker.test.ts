import { test } from 'node:test'
import assert from 'node:assert/strict'
import { firstReply, startTsWorker } from '../../src/util/ts-worker.ts'

test('a TypeScript worker answers once; its first reply is what the caller gets', async () => {
  const worker = startTsWorker(new URL('./fixtures/worker-answers.ts', import.meta.url), { n: 7 })
  assert.deepEqual(await firstReply(worker, 'The echo thread'), { echo: { n: 7 } })
})

test('a worker that stops before it answers fails its caller, naming it and the exit code', async () => {
  const worker = startTsWorker(new URL('./fixtures/worker-exits.ts', import.meta.url), null)
  await assert.rejects(firstReply(worker, 'The silent thread'), /The silent thread stopped \(exit code 3\)/)
})

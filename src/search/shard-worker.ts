/**
 * Child process: indexes shards with Pagefind, one ShardJob per line of stdin, one
 * ShardResult per line of stdout. Each lane of the pool has one such process, so two
 * shards can be indexed at once; Pagefind's service (and its memory) ends with each shard.
 */
import * as pagefind from 'pagefind'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ShardJob, ShardResult } from './index.ts'

async function indexShard(job: ShardJob): Promise<ShardResult> {
  const errors: string[] = []
  const created = await pagefind.createIndex({ keepIndexUrl: false })
  errors.push(...created.errors)
  const index = created.index
  if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`)
  for (const record of job.records) {
    const added = await index.addCustomRecord(record)
    errors.push(...added.errors.map((e) => `${record.url}: ${e}`))
  }
  const written = await index.writeFiles({ outputPath: job.outputPath })
  errors.push(...written.errors)
  // Our search page drives pagefind.js itself: Pagefind's ready-made UIs are not needed.
  for (const unused of [
    'pagefind-ui.js',
    'pagefind-ui.css',
    'pagefind-modular-ui.js',
    'pagefind-modular-ui.css',
    'pagefind-component-ui.js',
    'pagefind-component-ui.css',
    'pagefind-highlight.js'
  ]) {
    await rm(join(job.outputPath, unused), { force: true })
  }
  const entry = JSON.parse(await readFile(join(job.outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  const pages = Object.values(entry.languages).reduce((sum, info) => sum + info.page_count, 0)
  return { key: job.key, pages, errors }
}

// One job per line in, one result per line out: a lane's process indexes shard after
// shard, so Node and tsx start once per lane, not once per shard. Closing Pagefind after
// each shard ends its service process and frees its memory.
let pending = ''
let queue = Promise.resolve()
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk: string) => {
  pending += chunk
  let newline: number
  while ((newline = pending.indexOf('\n')) >= 0) {
    const line = pending.slice(0, newline)
    pending = pending.slice(newline + 1)
    if (line.trim() === '') continue
    queue = queue.then(async () => {
      let result: ShardResult
      try {
        result = await indexShard(JSON.parse(line) as ShardJob)
      } catch (error) {
        result = { key: '', pages: 0, errors: [String((error as Error).stack ?? error)] }
      } finally {
        await pagefind.close()
      }
      process.stdout.write(JSON.stringify(result) + '\n')
    })
  }
})

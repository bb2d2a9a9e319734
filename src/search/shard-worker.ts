/**
 * Child process: indexes one shard with Pagefind. Reads a ShardJob as JSON on stdin and
 * prints a ShardResult as JSON on stdout. One process per shard, so each Pagefind service
 * (and its memory) ends with its shard, and two shards can be indexed at once.
 */
import * as pagefind from 'pagefind'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { ShardJob, ShardResult } from './index.ts'
import { indexedDocument } from './shards.ts'

async function indexShard(job: ShardJob): Promise<ShardResult> {
  const errors: string[] = []
  const created = await pagefind.createIndex({ keepIndexUrl: false })
  errors.push(...created.errors)
  const index = created.index
  if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`)
  for (const url of job.urls) {
    // Pagefind reads only the data-pagefind-body element: hand it just that.
    const content = indexedDocument(await readFile(join(job.siteDir, url, 'index.html'), 'utf8'))
    const added = await index.addHTMLFile({ url, content })
    errors.push(...added.errors.map((e) => `${url}: ${e}`))
  }
  const written = await index.writeFiles({ outputPath: job.outputPath })
  errors.push(...written.errors)
  // Our search page drives pagefind.js itself: Pagefind's ready-made UIs are not needed.
  for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
    'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js']) {
    await rm(join(job.outputPath, unused), { force: true })
  }
  const entry = JSON.parse(await readFile(join(job.outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>
  }
  const pages = Object.values(entry.languages).reduce((sum, info) => sum + info.page_count, 0)
  return { key: job.key, pages, errors }
}

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => { input += chunk })
process.stdin.on('end', async () => {
  try {
    const result = await indexShard(JSON.parse(input) as ShardJob)
    process.stdout.write(JSON.stringify(result))
  } catch (error) {
    process.stdout.write(JSON.stringify({ key: '', pages: 0, errors: [String((error as Error).stack ?? error)] }))
    process.exitCode = 1
  } finally {
    await pagefind.close()
  }
})

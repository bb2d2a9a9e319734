/**
 * Parser throughput on large inputs: a 50 MB bulletin made of real seed text, and a
 * 300,000-character line without a sentence end. Prints MB/s for decode + parse.
 *
 *   node --import tsx scripts/bench-parse.ts [--mb 50]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { decodeBulletin } from '../src/read/decode.ts'
import { parseBulletin } from '../src/parse/index.ts'

const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' } } })
const corpus = new URL('../corpus/', import.meta.url)
const seeds = readdirSync(corpus)
  .filter((name) => /^\d{3}_.*\.txt$/.test(name))
  .map((name) => readFileSync(new URL(name, corpus), 'utf8'))

function measure(label: string, text: string): void {
  const bytes = Buffer.from(text)
  const start = performance.now()
  const decoded = decodeBulletin(bytes, 'bench.txt')
  if (decoded.kind !== 'text') throw new Error(decoded.reason)
  const bulletin = parseBulletin(new VFile({ path: 'bench.txt', value: decoded.text }), {})
  const seconds = (performance.now() - start) / 1000
  const mb = bytes.length / 1024 / 1024
  console.log(
    `${label}: ${mb.toFixed(1)} MB, ${bulletin.articles.length} articles, ${seconds.toFixed(2)} s, ${(mb / seconds).toFixed(2)} MB/s`
  )
}

const target = Number(values.mb) * 1024 * 1024
const parts: string[] = []
let size = 0
for (let i = 0; size < target; i++) {
  const seed = seeds[i % seeds.length]!
  parts.push(seed)
  size += Buffer.byteLength(seed)
}
measure(
  'one line of 300,000 characters',
  '标题\n\n' + '区领导调研督导疫情防控工作 织密基层网格 '.repeat(15_000).slice(0, 300_000) + '\n'
)
measure(`${values.mb} MB file (seed bulletins one after another)`, parts.join('\n\n'))

/**
 * Baseline: bare `nodejieba.cut` over the same article texts (one JSON string per line).
 *
 *   node --import tsx scripts/bench/child-jieba.ts TEXTS.jsonl
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mark, result } from './child-common.ts'

const [file] = process.argv.slice(2)
if (!file) throw new Error('usage: child-jieba.ts TEXTS.jsonl')
const texts = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as string)
mark('start')
let t = performance.now()
const nodejieba = createRequire(import.meta.url)('nodejieba') as { load: () => void; cut: (s: string) => string[] }
nodejieba.load()
const loadSeconds = (performance.now() - t) / 1000
mark('load')
t = performance.now()
let words = 0
let chars = 0
for (const text of texts) {
  words += nodejieba.cut(text).length
  chars += text.length
}
const cutSeconds = (performance.now() - t) / 1000
mark('cut')
result({ loadSeconds, cutSeconds, words, chars, texts: texts.length })

/**
 * Fuzz: every seed, mutated many times with a fixed-seed PRNG (cuts,
 * duplicated ranges, flipped bytes before decoding, shuffled lines, markup
 * and template syntax), goes through decode → parse → credits without
 * throwing, in bounded time, and with every character accounted for (the
 * parser's own safety net never fires).
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { accountFor, parseBulletin, resolveCredits } from '../../src/parse/index.ts'
import { decodeBulletin } from '../../src/read/decode.ts'
import { prng } from '../../src/util/prng.ts'

const corpus = new URL('../../corpus/', import.meta.url)
/** The seed bulletins (`000_….txt`), not the other files the corpus folder holds (a user dictionary…). */
const seeds = readdirSync(corpus)
  .filter((name) => /^\d+_.*\.txt$/.test(name))
  .sort()
const perSeed = Math.ceil(300 / Math.max(1, seeds.length))
const boundMs = 2000

const snippets = [
  '<script>alert(1)</script>',
  '{{ title }}',
  '{% raw %}',
  '{{{ x }}}',
  '${process.exit(1)}',
  '<img src=x onerror=alert(1)>',
  '# ',
  '## 标题',
  '![](a.png)',
  '---',
  '***',
  '【编者按】',
  '（上接第一版）',
  '（下转第二版）',
  '本报讯',
  '记者 张三',
  '（记者 李四 通讯员 王五）',
  '第2版 要闻',
  '■',
  '——',
  '３月１９日，',
  '二〇二〇年三月十九日',
  '\u0000',
  '\uFFFD',
  '\u200b',
  '\t\u3000',
  '\r',
  '（',
  '）',
  '[',
  ']',
  '*',
  '_',
  '|',
  '>',
  '\\'
]

type Mutation = (bytes: Uint8Array, random: () => number) => Uint8Array

const pick = <T>(list: readonly T[], random: () => number): T => list[Math.floor(random() * list.length)]!
const encoder = new TextEncoder()
const decoder = new TextDecoder()
const lines = (bytes: Uint8Array) => decoder.decode(bytes).split('\n')
const join = (list: string[]) => encoder.encode(list.join('\n'))

const mutations: Record<string, Mutation> = {
  cut(bytes, random) {
    const start = Math.floor(random() * bytes.length)
    const end = start + Math.floor(random() * (bytes.length - start))
    return random() < 0.5 ? bytes.slice(0, start) : concat(bytes.slice(0, start), bytes.slice(end))
  },
  duplicate(bytes, random) {
    const start = Math.floor(random() * bytes.length)
    const end = Math.min(bytes.length, start + Math.floor(random() * 2000))
    const at = Math.floor(random() * bytes.length)
    return concat(bytes.slice(0, at), bytes.slice(start, end), bytes.slice(at))
  },
  flip(bytes, random) {
    const copy = bytes.slice()
    const count = 1 + Math.floor(random() * 40)
    for (let index = 0; index < count && copy.length > 0; index++) {
      const at = Math.floor(random() * copy.length)
      copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(random() * 8))
    }
    return copy
  },
  shuffle(bytes, random) {
    const list = lines(bytes)
    for (let index = list.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1))
      ;[list[index], list[other]] = [list[other]!, list[index]!]
    }
    return join(list)
  },
  markup(bytes, random) {
    const list = lines(bytes)
    const count = 1 + Math.floor(random() * 12)
    for (let index = 0; index < count; index++) {
      const at = Math.floor(random() * (list.length + 1))
      const snippet = pick(snippets, random)
      if (random() < 0.5) list.splice(at, 0, snippet)
      else if (list.length > 0) {
        const line = list[Math.min(at, list.length - 1)]!
        const column = Math.floor(random() * (line.length + 1))
        list[Math.min(at, list.length - 1)] = line.slice(0, column) + snippet + line.slice(column)
      }
    }
    return join(list)
  },
  mixed(bytes, random) {
    let out = bytes
    for (let step = 0; step < 3; step++)
      out = pick(
        Object.values(mutations).filter((m) => m !== mutations.mixed),
        random
      )(out, random)
    return out
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0))
  let offset = 0
  for (const part of parts) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

seeds.forEach((name, seedIndex) => {
  test(`${name}: should survive ${perSeed} deterministic mutations`, () => {
    const original = new Uint8Array(readFileSync(new URL(name, corpus)))
    const random = prng(0x5eed + seedIndex)
    const kinds = Object.keys(mutations)
    const failures: string[] = []
    for (let round = 0; round < perSeed; round++) {
      const kind = kinds[round % kinds.length]!
      const bytes = mutations[kind]!(original, random)
      const label = `${name} round ${round} (${kind})`
      const start = performance.now()
      if (process.env.FUZZ_DUMP === `${seedIndex}:${round}`) writeFileSync('/tmp/fuzz-case.txt', bytes)
      const decoded = decodeBulletin(bytes, name)
      if (decoded.kind !== 'text') continue
      const file = new VFile({ path: name, value: decoded.text })
      const bulletin = parseBulletin(file, {
        encoding: decoded.encoding,
        issueDate: round % 2 === 0 ? null : '2020-03'
      })
      resolveCredits([bulletin])
      const elapsed = performance.now() - start
      if (elapsed >= boundMs) failures.push(`${label}: took ${Math.round(elapsed)} ms`)
      const lost = accountFor(bulletin, decoded.text, file.data.bulletinDropped ?? [])
      if (lost !== '') failures.push(`${label}: lost \`${lost.slice(0, 40)}\``)
      const safetyNet = file.messages.filter((message) => message.ruleId === 'lost-text').map(String)
      if (safetyNet.length > 0)
        failures.push(`${label}: the safety net caught text no step placed: ${safetyNet.join('; ')}`)
    }
    assert.deepEqual(failures, [])
  })
})

/**
 * A rebuild that goes on from the previous build's posting tables (write-index.ts
 * IndexState) writes the same index, byte for byte, as a cold build over the same articles.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { deserialize, serialize } from 'node:v8'
import { writeIndex, type IndexState } from '../../src/search/write-index.ts'
import type { SearchDoc } from '../../src/search/search-docs.ts'
import { prng } from '../../src/util/prng.ts'
import { tempDir } from '../helpers.ts'

/** Articles of random text over a small alphabet; `rare` characters only in the later ones. */
function docs(count: number, seed = 7): SearchDoc[] {
  const random = prng(seed)
  const common = '区委书记召开会议强调疫情防控项目建设发展经济'
  const rare = '𠀋龘靐'
  return Array.from({ length: count }, (_, n) => {
    const pick = (alphabet: string) => Array.from(alphabet)[Math.floor(random() * Array.from(alphabet).length)]
    const chars = Array.from({ length: 40 + Math.floor(random() * 80) }, () =>
      n >= 20 && random() < 0.05 ? pick(rare) : pick(common)
    )
    const month = String(1 + (n % 12)).padStart(2, '0')
    return {
      url: `/articles/a-${String(n).padStart(3, '0')}/`,
      title: chars.slice(0, 8).join(''),
      meta: ['某某时讯', `2020年${Number(month)}月1日`],
      text: chars.join(''),
      body: [0, chars.length],
      sortDate: `${2000 + n}-${month}-01`,
      filters: { 刊名: ['某某时讯'], 年份: [String(2000 + n)], 人物: n % 3 === 0 ? ['张三'] : [] }
    }
  })
}

function filesOf(root: string): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else files.set(relative(root, path), readFileSync(path).toString('base64'))
    }
  }
  walk(root)
  return files
}

/** Writes the index of `all` cold, and again going on from the state of `first`; returns both trees. */
function coldAndWarm(first: SearchDoc[], all: SearchDoc[]) {
  const dirs = [tempDir('index-cold'), tempDir('index-first'), tempDir('index-warm')]
  try {
    writeIndex(dirs[0]!.path, all)
    const { state } = writeIndex(dirs[1]!.path, first, null, true)
    // Through serialisation, as the cache folder keeps it.
    const saved = deserialize(serialize(state)) as IndexState
    const warm = writeIndex(dirs[2]!.path, all, saved, true)
    return { cold: filesOf(dirs[0]!.path), warm: filesOf(dirs[2]!.path), reused: warm.reused }
  } finally {
    for (const dir of dirs) dir.remove()
  }
}

test('articles added after the last indexed one reuse its tables and give the cold build bytes', () => {
  const all = docs(60)
  const { cold, warm, reused } = coldAndWarm(all.slice(0, 15), all)
  assert.equal(reused, 15)
  assert.equal(warm.size, cold.size)
  for (const [file, bytes] of cold) assert.equal(warm.get(file), bytes, file)
})

test('an article changed or added before the last indexed one makes a fresh index, the same bytes', () => {
  const all = docs(40)
  const changed = all.map((doc, n) => (n === 3 ? { ...doc, text: doc.text + '变' } : doc))
  const edited = coldAndWarm(all.slice(0, 30), changed)
  assert.equal(edited.reused, 0)
  assert.deepEqual(edited.warm, edited.cold)
  // An article dated before the others is numbered first: nothing of the old numbering holds.
  const backdated = [{ ...all[39]!, url: '/articles/early/', sortDate: '1990-01-01' }, ...all.slice(0, 39)]
  const inserted = coldAndWarm(all.slice(0, 39), backdated)
  assert.equal(inserted.reused, 0)
  assert.deepEqual(inserted.warm, inserted.cold)
})

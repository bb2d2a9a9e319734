import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cacheFile } from '../../src/util/build-cache.ts'
import { tempDir } from '../helpers.ts'

const bytes = (text: string) => new TextEncoder().encode(text)
const text = (data: Uint8Array | null) => (data === null ? null : new TextDecoder().decode(data))

test('a cache file is named by its cache and version, and reads back what was written', async (t) => {
  const dir = tempDir('build-cache')
  t.after(dir.remove)
  const file = cacheFile(dir.path, 'scans', 'nodejieba-2.5.2-0123abcd', 'v8')
  assert.equal(file.path, join(dir.path, 'scans-nodejieba-2.5.2-0123abcd.v8'))
  assert.equal(file.readSync(), null, 'nothing written yet: a cold start')
  assert.equal(await file.read(), null)
  await file.write(bytes('one'))
  assert.equal(text(file.readSync()), 'one')
  assert.equal(text(await file.read()), 'one')
})

test('writing a cache removes its other versions and nothing of the other caches or of a build still writing', async (t) => {
  const dir = tempDir('build-cache')
  t.after(dir.remove)
  for (const name of ['parse.v8', 'parse.json', 'parse-2.aaaa.v8', 'parse-3.bbbb.v8.123.tmp', 'parser-notes.txt'])
    writeFileSync(join(dir.path, name), name)
  for (const name of ['search-index-cccc.v8', 'scans.v8', 'tokens-nodejieba-2.5.2.bin'])
    writeFileSync(join(dir.path, name), name)
  await cacheFile(dir.path, 'parse', '3.dddd', 'v8').write(bytes('new'))
  assert.deepEqual(readdirSync(dir.path).sort(), [
    'parse-3.bbbb.v8.123.tmp',
    'parse-3.dddd.v8',
    'parser-notes.txt',
    'scans.v8',
    'search-index-cccc.v8',
    'tokens-nodejieba-2.5.2.bin'
  ])
})

test('without a cache folder a cache file keeps nothing', async () => {
  const file = cacheFile(null, 'parse', '3.dddd', 'v8')
  assert.equal(file.path, null)
  await file.write(bytes('lost'))
  assert.equal(file.readSync(), null)
})

test('a version that cannot be part of a file name is refused', () => {
  assert.throws(() => cacheFile('/tmp', 'scans', 'nodejieba-2.5.2/0123', 'v8'), /cache version/)
})

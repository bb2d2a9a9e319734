import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { decodeEntry } from '../../src/pipeline/parse-cache.ts'
import { storeMessages } from '../../src/util/file-message.ts'
import { parseFile } from '../../src/pipeline/parse-file.ts'
import { ParsePool } from '../../src/pipeline/parse-pool.ts'

const corpus = join(import.meta.dirname, '../../corpus')

// Messages are compared by what the diagnostics print of them (reason, place, rule, source).
test('a parse worker gives what the main thread gives, file for file, messages included', async () => {
  const pool = ParsePool.start(1)
  try {
    const names = readdirSync(corpus)
      .filter((name) => name.endsWith('.txt'))
      .sort()
    assert.ok(names.length >= 5)
    const files = [
      ...names.map((name) => ({ name, bytes: readFileSync(join(corpus, name)) })),
      { name: 'scan.pdf', bytes: Buffer.from('%PDF-1.4\n') }
    ]
    const fromWorker = await Promise.all(files.map(({ name, bytes }) => pool.parse(bytes, name, null)))
    for (const [i, { name, bytes }] of files.entries()) {
      const here = parseFile(bytes, name, null)
      const there = fromWorker[i]!
      assert.equal(there.kind, here.kind, name)
      if (there.kind === 'parsed' && here.kind === 'parsed') {
        const decoded = decodeEntry(there.entry)
        assert.deepEqual(decoded.bulletin, here.bulletin, name)
        assert.deepEqual(storeMessages(decoded.messages), storeMessages(here.messages), name)
      } else if (there.kind !== 'parsed' && here.kind !== 'parsed') {
        assert.deepEqual(storeMessages(there.messages), storeMessages(here.messages), name)
      }
    }
    assert.equal(fromWorker.at(-1)!.kind, 'skipped', 'a PDF is not a bulletin')
  } finally {
    await pool.close()
  }
})

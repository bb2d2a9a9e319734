import { test } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { codeFingerprint } from '../../src/util/code-fingerprint.ts'
import { tempDir } from '../helpers.ts'

test('the code fingerprint changes with any .ts file of a folder, subfolders included, and with the files named', (t) => {
  const dir = tempDir('fingerprint')
  t.after(dir.remove)
  mkdirSync(join(dir.path, 'code/profile'), { recursive: true })
  writeFileSync(join(dir.path, 'code/a.ts'), 'a')
  writeFileSync(join(dir.path, 'code/profile/b.ts'), 'b')
  writeFileSync(join(dir.path, 'rules.js'), 'r')
  const folder = pathToFileURL(join(dir.path, 'code') + '/')
  const rules = pathToFileURL(join(dir.path, 'rules.js'))
  const first = codeFingerprint([folder], [rules])
  writeFileSync(join(dir.path, 'code/notes.md'), 'not code')
  assert.equal(codeFingerprint([folder], [rules]), first)
  writeFileSync(join(dir.path, 'code/profile/b.ts'), 'b2')
  const second = codeFingerprint([folder], [rules])
  assert.notEqual(second, first)
  writeFileSync(join(dir.path, 'rules.js'), 'r2')
  assert.notEqual(codeFingerprint([folder], [rules]), second)
})

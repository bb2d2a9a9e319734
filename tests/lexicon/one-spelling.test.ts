/**
 * The lexicon's conventions are spelt in src/lexicon/ only: no other source file writes a
 * Han range, the full-width offset, a full-width digit range or an inline string
 * comparator of its own. A new copy fails here; import the lexicon's instead.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'lexicon' ? [] : sourceFiles(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

/** What the lexicon spells, as other files would copy it. */
const spellings: Array<[string, RegExp]> = [
  ['a Han range (src/lexicon/han.ts)', /\\u4e00-|\\u3400-|0x4e00|0x3400|\\p\{Script=Han\}|\\p\{sc=Han\}/i],
  ['the full-width offset (src/lexicon/width.ts)', /0xfee0|65248/i],
  ['a full-width digit range (src/lexicon/width.ts: anyWidthDigits)', /\\uff10-\\uff19|０-９/i],
  ['an inline string comparator (src/lexicon/order.ts: byCodeUnits)', /\? -1 : [a-z.[\]]+ > [a-z.[\]]+ \? 1 : 0/]
]

/**
 * Places that spell one on purpose: a terminal's double-width table (East Asian Width,
 * not a Han class), and the personal-data masker's digits with the ID number's X in
 * both widths (a class of its own, masked one unit for one unit).
 */
const exceptions = new Map([
  ['report/outline.ts', 'a Han range (src/lexicon/han.ts)'],
  ['privacy/personal-data.ts', 'a full-width digit range (src/lexicon/width.ts: anyWidthDigits)']
])

test('the lexicon conventions are spelt in src/lexicon/ only', () => {
  const found: string[] = []
  for (const file of sourceFiles(src)) {
    const name = relative(src, file).split('\\').join('/')
    const code = readFileSync(file, 'utf8')
    for (const [what, pattern] of spellings) {
      if (exceptions.get(name) === what) continue
      const line = code.split('\n').findIndex((text) => pattern.test(text))
      if (line >= 0) found.push(`${name}:${line + 1} spells ${what}`)
    }
  }
  assert.deepEqual(found, [])
})

/** The one string order (src/lexicon/order.ts): UTF-16 code units, as `<` compares them. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { byCodeUnits } from '../../src/lexicon/order.ts'
import { prng } from '../../src/util/prng.ts'

test('equal strings tie, others sort as their code units do', () => {
  assert.equal(byCodeUnits('宋洁', '宋洁'), 0)
  assert.equal(byCodeUnits('a', 'b'), -1)
  assert.equal(byCodeUnits('b', 'a'), 1)
  assert.equal(byCodeUnits('张', '张三'), -1)
})

test('a character beyond U+FFFF sorts before U+E000–U+FFFF (code units, not code points)', () => {
  assert.deepEqual(['ｚ', '𠀀', '中'].sort(byCodeUnits), ['中', '𠀀', 'ｚ'])
})

test('the order is the default sort of JavaScript, whatever the locale', () => {
  const random = prng(7)
  const alphabet = ['a', 'Z', '中', '国', '𠀀', 'ｚ', '1', ' ', 'é']
  const words = Array.from({ length: 500 }, () =>
    Array.from({ length: 1 + Math.floor(random() * 4) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
      ''
    )
  )
  assert.deepEqual([...words].sort(byCodeUnits), [...words].sort())
})

/**
 * The lexicon's meanings of "a Chinese character" (src/lexicon/han.ts): the code-unit
 * tests agree with their class bodies, and the classes differ where they are meant to.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import {
  countIdeographs,
  hanScript,
  ideographsFromExtA,
  ideographsWithExtA,
  isIdeograph,
  isIdeographFromExtACode,
  isIdeographWithExtACode,
  isUnifiedIdeographCode,
  unifiedIdeographs
} from '../../src/lexicon/han.ts'

const inClass = (body: string) => new RegExp(`^[${body}]$`, 'u')

test('the code-unit tests agree with their class bodies on every BMP code unit', () => {
  const unified = inClass(unifiedIdeographs)
  const withExtA = inClass(ideographsWithExtA)
  const fromExtA = inClass(ideographsFromExtA)
  for (let unit = 0; unit <= 0xffff; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue
    const char = String.fromCharCode(unit)
    assert.equal(isUnifiedIdeographCode(unit), unified.test(char), unit.toString(16))
    assert.equal(isIdeographWithExtACode(unit), withExtA.test(char), unit.toString(16))
    assert.equal(isIdeographFromExtACode(unit), fromExtA.test(char), unit.toString(16))
  }
})

test('the ranges differ only where they are meant to', () => {
  const unified = inClass(unifiedIdeographs)
  const withExtA = inClass(ideographsWithExtA)
  const fromExtA = inClass(ideographsFromExtA)
  assert.ok(unified.test('中') && withExtA.test('中') && fromExtA.test('中'))
  // Extension A (㐀, U+3400) is not in the Unified Ideographs block.
  assert.ok(!unified.test('㐀') && withExtA.test('㐀') && fromExtA.test('㐀'))
  // The Yijing hexagrams (䷀, U+4DC0) lie between Extension A and the Unified Ideographs.
  assert.ok(!withExtA.test('䷀') && fromExtA.test('䷀'))
  for (const char of ['a', '。', '〇', '々', '⺀']) assert.ok(!fromExtA.test(char), char)
})

test('an ideograph of any block counts, punctuation and letters do not', () => {
  for (const char of ['中', '㐀', '豈', '𠀀', '𰀀']) assert.ok(isIdeograph(char), char)
  for (const char of ['a', '。', '，', '〇', 'Ａ']) assert.ok(!isIdeograph(char), char)
  assert.equal(countIdeographs('第3版 要闻𠀀。'), 5)
})

test('the Han script holds 〇, 々 and the radicals, which no range does', () => {
  const script = new RegExp(`^${hanScript}$`, 'u')
  for (const char of ['中', '〇', '々', '⺀', '𠀀']) assert.ok(script.test(char), char)
  for (const char of ['。', 'a', '㈠']) assert.ok(!script.test(char), char)
})

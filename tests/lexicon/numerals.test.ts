/** Chinese numerals (src/lexicon/numerals.ts): what `chineseNumber` reads and what it refuses. */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { chineseNumber, chineseNumberChars, oneToTen } from '../../src/lexicon/numerals.ts'

test('numbers with units read as counted', () => {
  const cases: Array<[string, number]> = [
    ['十', 10],
    ['十九', 19],
    ['二十', 20],
    ['两千', 2000],
    ['一百零五', 105],
    ['六百三十四', 634]
  ]
  for (const [text, value] of cases) assert.equal(chineseNumber(text), value, text)
})

test('numbers without units read digit by digit, every zero form alike', () => {
  for (const year of ['二〇二〇', '二零二零', '二○二○', '二Ｏ二Ｏ']) assert.equal(chineseNumber(year), 2020, year)
})

test('anything but numerals is no number', () => {
  for (const text of ['', '第三', '3', '十a', '廿']) assert.equal(chineseNumber(text), null, text)
})

test('the numerals one to ten read 1 to 10, and every numeral character is read', () => {
  assert.deepEqual([...oneToTen].map(chineseNumber), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
  for (const char of chineseNumberChars) assert.notEqual(chineseNumber(char), null, char)
})

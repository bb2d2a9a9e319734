/**
 * The lexicon's width folding (src/lexicon/width.ts), and the search page's copy of it
 * (`fold` in templates/assets/terms.js) held equal on every code point: a change to
 * either alone fails here.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fold } from '../../templates/assets/terms.js'
import {
  FULL_WIDTH_OFFSET,
  foldForSearch,
  foldFullWidthAlphanumerics,
  foldFullWidthAscii,
  foldFullWidthIdDigits
} from '../../src/lexicon/width.ts'

/** Every BMP code unit (lone surrogates included), then astral samples from each plane in use. */
function* everyCharacter(): Generator<string> {
  for (let unit = 0; unit <= 0xffff; unit++) yield String.fromCharCode(unit)
  const astral = [0x10000, 0x1d400, 0x1f600, 0x20000, 0x2a6df, 0x2b740, 0x2f800, 0x30000, 0x3134f, 0xe0001, 0x10ffff]
  for (const point of astral) yield String.fromCodePoint(point)
}

test('the search page folds every character as the lexicon does', () => {
  const differ: string[] = []
  for (const char of everyCharacter()) {
    if (fold(char) !== foldForSearch(char)) differ.push(char.codePointAt(0)!.toString(16))
  }
  assert.deepEqual(differ, [])
})

test('the search page folds whole texts as the lexicon does (runs of space, context-dependent case)', () => {
  const texts = [
    'ＡＢ　c d',
    'ΟΔΟΣ ΟΔΟΣ',
    'İstanbul',
    'ＣＯＶＩＤ－１９ 疫情',
    ' \t\n\u3000 ',
    '𠀀Ａ𠀀',
    '第３版　要闻',
    ''
  ]
  for (const text of texts) assert.equal(fold(text), foldForSearch(text), JSON.stringify(text))
})

test('a full-width form is its ASCII character moved by one offset', () => {
  assert.equal(FULL_WIDTH_OFFSET, '！'.charCodeAt(0) - '!'.charCodeAt(0))
  assert.equal(foldFullWidthAscii('！～＃ｚ'), '!~#z')
  assert.equal(foldFullWidthAscii('　￠｟'), '　￠｟', 'the ideographic space and forms past U+FF5E stay')
})

test('digits and letters fold for reading numbers; punctuation stays as printed', () => {
  assert.equal(foldFullWidthAlphanumerics('２０２０年３月，ＣＯＶＩＤｘ：'), '2020年3月，COVIDx：')
  const folded = [...everyCharacter()].filter((char) => foldFullWidthAlphanumerics(char) !== char)
  assert.equal(
    folded.join(''),
    '０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ'
  )
})

test('an ID number folds its digits and check letter, one unit for one unit', () => {
  assert.equal(foldFullWidthIdDigits('１１０１０５１９４９１２３１００２Ｘ'), '11010519491231002X')
  assert.equal(foldFullWidthIdDigits('ｘＹ，'), 'xＹ，')
  const folded = [...everyCharacter()].filter((char) => foldFullWidthIdDigits(char) !== char)
  assert.equal(folded.join(''), '０１２３４５６７８９Ｘｘ')
})

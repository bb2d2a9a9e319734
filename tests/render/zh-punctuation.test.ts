import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fullWidthPunctuation } from '../../src/render/zh-punctuation.ts'

test('half-width punctuation in Chinese running text becomes full-width', () => {
  assert.equal(fullWidthPunctuation('2月28日,区委书记宋洁主持'), '2月28日，区委书记宋洁主持')
  assert.equal(fullWidthPunctuation('二七区:走访企业解难题'), '二七区：走访企业解难题')
  assert.equal(fullWidthPunctuation('社区(村)做好;是否?是!'), '社区（村）做好；是否？是！')
  assert.equal(fullWidthPunctuation('做好防控 , 确保安全'), '做好防控，确保安全')
})

test('numbers, times and Latin text keep their half-width punctuation', () => {
  assert.equal(fullWidthPunctuation('总投资2,550亿元'), '总投资2,550亿元')
  assert.equal(fullWidthPunctuation('10:30召开'), '10:30召开')
  assert.equal(fullWidthPunctuation('COVID-19 (Delta), B.1'), 'COVID-19 (Delta), B.1')
  const same = '没有要改的，全是全角。'
  assert.equal(fullWidthPunctuation(same), same)
})

/** The first, code-point-array form of the rule: the one above must give the same text on any input. */
function byCodePoints(text: string): string {
  const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' }
  const isChinese = (ch: string | undefined) =>
    ch !== undefined && /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—]/u.test(ch)
  const chars = Array.from(text)
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!
    const full = FULL[ch]
    if (!full) continue
    let b = i - 1
    while (b >= 0 && chars[b] === ' ') b--
    let a = i + 1
    while (a < chars.length && chars[a] === ' ') a++
    const [before, after] = [chars[b], chars[a]]
    const chineseSide = ch === '(' || ch === ')' ? isChinese(after) || isChinese(before) : isChinese(before)
    if (!chineseSide) continue
    chars[i] = full
    for (let k = b + 1; k < i; k++) chars[k] = ''
    for (let k = i + 1; k < a; k++) chars[k] = ''
  }
  return chars.join('')
}

test('the rule gives the same text as the code-point form on random mixtures of marks, spaces, Han, surrogates', () => {
  const pieces = [
    ',',
    ';',
    ':',
    '?',
    '!',
    '(',
    ')',
    ' ',
    ' ',
    '中',
    '文',
    'a',
    '1',
    '𠀋',
    '，',
    '\uD800',
    '\uDC00',
    '—'
  ]
  let state = 12345
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648
  for (let round = 0; round < 20000; round++) {
    const length = 1 + Math.floor(random() * 12)
    const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('')
    assert.equal(fullWidthPunctuation(text), byCodePoints(text), JSON.stringify(text))
  }
})

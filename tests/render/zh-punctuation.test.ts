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

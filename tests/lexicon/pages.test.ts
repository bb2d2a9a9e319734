/** Page (版) numbers as bulletins print them (src/lexicon/pages.ts), for the parser and the links between files. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pageInHeader, pageNumber } from '../../src/lexicon/pages.ts'

test('page numbers are read the ways bulletins print them', () => {
  assert.equal(pageNumber('二版'), 2)
  assert.equal(pageNumber('第一版'), 1)
  assert.equal(pageNumber('第12版'), 12)
  assert.equal(pageNumber('十二版'), 12)
  assert.equal(pageNumber('十版'), 10)
  assert.equal(pageNumber('二十版'), 20)
  assert.equal(pageNumber('第二十三版'), 23)
  // Not how a page number is written: two 十, a zero before 十, digits side by side.
  assert.equal(pageNumber('十十版'), null)
  assert.equal(pageNumber('零十五版'), null)
  assert.equal(pageNumber('一二版'), null)
  assert.equal(pageNumber('２'), 2)
  assert.equal(pageNumber('要闻'), null)
  assert.equal(pageNumber(null), null)
})

test('a page header names its page with 第 or with a number standing as a word before 版', () => {
  const named = (text: string) => pageInHeader.exec(text)?.[1] ?? null
  assert.equal(named('2020年3月1日 星期日 第2版 要闻'), '2')
  assert.equal(named('第 ３ 版'), '３')
  assert.equal(named('二版 综合'), '二')
  assert.equal(named('上街时讯 十二版'), '十二')
  // A name ending in a numeral before 版式, 版权: no page.
  assert.equal(named('2020年3月1日 星期日 编辑：张三 版式：李四'), null)
  assert.equal(named('版权所有 一版权'), null)
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { findPersonalData, isResidentId, maskPersonalData, passesLuhn } from '../../src/privacy/personal-data.ts'
import { personalDataPlaces, redactIssue, redactSourceText } from '../../src/privacy/redact.ts'
import { emptyMasthead } from '../../src/parse/model.ts'
import { makeIssue } from '../helpers.ts'
import { invented, withIdCheckDigit } from '../report/problem-corpus.ts'

const kinds = (text: string) => findPersonalData(text).map((f) => `${f.kind}:${f.value}`)

test('an 18-digit ID number counts only with a real birth date and the right check character', () => {
  assert.ok(isResidentId('11010519491231002X'))
  assert.ok(!isResidentId('110105194912310021'), 'wrong check digit')
  assert.ok(!isResidentId(withIdCheckDigit('41010219851315123')), 'month 13')
  assert.deepEqual(kinds(`身份证号${invented.idNumber}。`), [`id-number:${invented.idNumber}`])
})

test('a mobile number is 11 digits from 13 to 19, alone or as 3-4-4 groups, never part of a longer run', () => {
  assert.deepEqual(kinds('电话13812345678，'), ['mobile:13812345678'])
  assert.deepEqual(kinds('电话 138-1234-5678'), ['mobile:138-1234-5678'])
  assert.deepEqual(kinds('电话１３８１２３４５６７８'), ['mobile:１３８１２３４５６７８'])
  assert.deepEqual(kinds('编号 213812345678 与 12812345678'), [])
  assert.deepEqual(kinds('2020-02-29 投资2550万元 0371-67183172'), [])
})

test('a bank card number is 16 to 19 digits that pass the Luhn check', () => {
  assert.ok(passesLuhn(invented.bankCard))
  assert.deepEqual(kinds(`卡号${invented.bankCard}`), [`bank-card:${invented.bankCard}`])
  assert.deepEqual(kinds('卡号6222021234567890129'.slice(0, -1) + '0'), [])
  assert.deepEqual(kinds('卡号 4111 1111 1111 1111 到账'), ['bank-card:4111 1111 1111 1111'])
})

test('masking keeps the first and last few digits', () => {
  assert.equal(maskPersonalData('电话13812345678'), '电话138****5678')
  assert.equal(maskPersonalData('身份证11010519491231002X'), '身份证110**************X')
})

test("a masthead's 监督电话 line stays as printed; the same number in an article is found and masked", () => {
  const text = `上街时讯\n监督电话 13912345678\n\n区里召开会议\n\n请致电13912345678。\n`
  const places = personalDataPlaces(text, [1, 2])
  assert.deepEqual(
    places.map((p) => [p.line, p.column]),
    [[6, 4]]
  )
  assert.equal(
    redactSourceText(text, [1, 2]),
    `上街时讯\n监督电话 13912345678\n\n区里召开会议\n\n请致电139****5678。\n`
  )
  const issue = makeIssue({ id: 'a', articleIds: [] })
  issue.masthead = {
    ...emptyMasthead([1, 2]),
    publication: '上街时讯',
    notes: ['监督电话 13912345678', '联系人手机13912345678']
  }
  redactIssue(issue)
  assert.deepEqual(issue.masthead!.notes, ['监督电话 13912345678', '联系人手机139****5678'])
})

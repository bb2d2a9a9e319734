/**
 * The printed marks of the lexicon (src/lexicon/bullets.ts, markers.ts, labels.ts): each
 * set is what its readers are said to take, safe to set inside a regular expression.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as bullets from '../../src/lexicon/bullets.ts'
import * as labels from '../../src/lexicon/labels.ts'
import * as markers from '../../src/lexicon/markers.ts'

const has = (set: string, subset: string) => [...subset].every((char) => set.includes(char))

test('bullet sets are single characters, none repeated and none a class metacharacter', () => {
  for (const [name, set] of Object.entries(bullets)) {
    assert.equal(new Set(set).size, [...set].length, `${name} repeats a character`)
    assert.ok(!/[\]\\^\-[]/.test(set), `${name} holds a class metacharacter`)
  }
})

test('each bullet set is built from the smaller ones, as its readers need', () => {
  const {
    datelineBullets,
    headingBullets,
    labelBullets,
    creditBullets,
    titleBullets,
    captionBullets,
    captionPointers
  } = bullets
  assert.ok(has(headingBullets, datelineBullets) && has(labelBullets, headingBullets))
  assert.ok(has(titleBullets, creditBullets) && has(captionBullets, captionPointers))
  // The dateline readers take the solid four only.
  assert.equal(datelineBullets, '■●▲◆')
})

test('marker and label lists are plain alternations: words only, none empty, none repeated', () => {
  for (const [name, list] of Object.entries({ ...markers, ...labels })) {
    const words = list.split('|')
    assert.ok(
      words.every((word) => /^\p{Script=Han}+$/u.test(word)),
      `${name}: ${list}`
    )
    assert.equal(new Set(words).size, words.length, `${name} repeats a word`)
  }
})

test('the readers read the lexicon: a dateline marker after its bullet, an editor before the colon', async () => {
  const { datelineMarker, editorLabel } = await import('../../src/parse/credit-marks.ts')
  const { startsWithMarkerOrDate } = await import('../../src/parse/dateline.ts')
  assert.equal(datelineMarker.exec('□本報訊 3月1日')?.[1], '本報訊')
  assert.ok(startsWithMarkerOrDate('■本网讯 近日，'))
  assert.ok(!startsWithMarkerOrDate('□本网讯 近日，'), 'the dateline reader takes the solid four only')
  assert.equal(editorLabel.exec('本文编辑：张三')?.[0], '本文编辑：')
})

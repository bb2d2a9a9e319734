import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PostingTable, alphabetOf, frequencyClass } from '../../src/search/postings.ts'
import { smallerForm, sparseList } from '../../src/search/list-forms.ts'
import { BITMAP, decodeList, intersect } from '../../templates/assets/postings.js'
import { prng } from '../../src/util/prng.ts'

test('a gram table lists every 1- to 4-gram with its articles and frequency classes', () => {
  const texts = ['阿阿阿阿阿', '阿b', 'b阿阿']
  const table = new PostingTable(alphabetOf(texts))
  texts.forEach((text, n) => {
    table.addText(text)
    table.endArticle(n)
  })
  const lists = new Map([...table.lists()].map((l) => [l.key, decodeList(l.sparse, 0, l.count)]))
  assert.deepEqual([...lists.get('阿')!.docs], [0, 1, 2])
  assert.deepEqual([...lists.get('阿')!.tf], [frequencyClass(5), frequencyClass(1), frequencyClass(2)])
  assert.deepEqual([...lists.get('阿阿阿')!.docs], [0])
  assert.deepEqual([...lists.get('阿阿阿阿')!.docs], [0])
  assert.deepEqual([...lists.get('阿阿阿阿')!.tf], [frequencyClass(2)])
  assert.deepEqual([...lists.get('阿阿')!.docs], [0, 2])
  assert.deepEqual([...lists.get('b阿阿')!.docs], [2])
  assert.equal(lists.has('阿b阿'), false)
  assert.equal(table.grams, lists.size)
})

test('characters outside the alphabet make grams of their own, keyed by their text', () => {
  const table = new PostingTable(alphabetOf(['阿阿']))
  table.addText('阿x阿')
  table.endArticle(0)
  table.addText('x阿')
  table.endArticle(1)
  const lists = new Map([...table.lists()].map((l) => [l.key, [...decodeList(l.sparse, 0, l.count).docs]]))
  assert.deepEqual(Object.fromEntries(lists), { 阿: [0, 1], x: [0, 1], 阿x: [0], x阿: [0, 1], 阿x阿: [0] })
})

test('long lists become bitmaps when smaller, and read back the same', () => {
  const random = prng(3)
  for (const density of [0.001, 0.05, 0.3, 0.9]) {
    const articles = 5000
    const docs: number[] = []
    for (let d = 0; d < articles; d++) if (random() < density) docs.push(d)
    const table = new PostingTable(alphabetOf(['字']))
    for (let d = 0; d < articles; d++) {
      if (docs.includes(d)) table.addText(d % 3 === 0 ? '字字字' : '字')
      table.endArticle(d)
    }
    const list = [...table.lists()].find((l) => l.key === '字')!
    const { form, payload } = smallerForm(list.sparse, list.count, articles)
    assert.equal(form === BITMAP, density >= 0.3, `density ${density}`)
    const read = decodeList(payload, form, list.count)
    assert.deepEqual([...read.docs], docs)
    assert.deepEqual(
      [...read.tf],
      docs.map((d) => frequencyClass(d % 3 === 0 ? 3 : 1))
    )
  }
})

test('lists intersect to the articles in both, with the smaller frequency class', () => {
  const a = decodeList(sparseList([1, 4, 9, 200000]), 0, 4)
  const b = { docs: Int32Array.from([0, 4, 200000]), tf: Uint8Array.from([3, 2, 1]) }
  const both = intersect(b, a)
  assert.deepEqual([...both.docs], [4, 200000])
  assert.deepEqual([...both.tf], [0, 0])
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { planShards } from '../../src/search/shards.ts'

const page = (n: number, sortDate: string) => ({ url: `/articles/a-${String(n).padStart(3, '0')}/`, sortDate })

test('shards are years, newest first, undated last', () => {
  const plans = planShards(
    [page(1, '2020-02-29'), page(2, '0000-00-00'), page(3, '2022-03-19'), page(4, '2020-01-05')],
    10
  )
  assert.deepEqual(
    plans.map((p) => p.key),
    ['2022', '2020', 'undated']
  )
  assert.deepEqual(plans[1]!.urls, ['/articles/a-004/', '/articles/a-001/'])
  assert.equal(plans[1]!.firstDate, '2020-01-05')
  assert.equal(plans[2]!.lastDate, null)
})

test('a year larger than a shard is cut by quarter, then by month, then into equal blocks', () => {
  const pages = [
    ...Array.from({ length: 6 }, (_, i) => page(i, '2021-02-01')),
    ...Array.from({ length: 3 }, (_, i) => page(10 + i, '2021-05-01')),
    ...Array.from({ length: 7 }, (_, i) => page(20 + i, `2021-1${i % 2}-0${1 + i}`)),
    ...Array.from({ length: 9 }, (_, i) => page(30 + i, '2021-12-24'))
  ]
  const plans = planShards(pages, 5)
  assert.deepEqual(
    plans.map((p) => `${p.key}:${p.urls.length}`),
    ['2021-12-2:4', '2021-12-1:5', '2021-11:3', '2021-10:4', '2021-q2:3', '2021-02-2:3', '2021-02-1:3']
  )
  assert.equal(
    plans.reduce((n, p) => n + p.urls.length, 0),
    pages.length
  )
  assert.ok(plans.every((p) => p.urls.length <= 5))
  for (let i = 1; i < plans.length; i++)
    assert.ok(plans[i - 1]!.firstDate! >= plans[i]!.lastDate!, 'shards do not overlap in time')
})

test('a new issue at the end changes only its own period', () => {
  const pages = Array.from({ length: 40 }, (_, i) => page(i, `2021-${String(1 + (i % 12)).padStart(2, '0')}-15`))
  const before = planShards(pages, 8)
  const after = planShards([...pages, page(99, '2021-12-28')], 8)
  const changed = after.filter((plan) => {
    const old = before.find((b) => b.key === plan.key)
    return !old || old.urls.join() !== plan.urls.join()
  })
  assert.deepEqual(
    changed.map((p) => p.key),
    ['2021-12']
  )
})

test('the plan does not depend on the order pages come in', () => {
  const pages = Array.from({ length: 30 }, (_, i) => page(i, `2019-0${1 + (i % 9)}-1${i % 10}`))
  assert.deepEqual(planShards(pages, 7), planShards([...pages].reverse(), 7))
})

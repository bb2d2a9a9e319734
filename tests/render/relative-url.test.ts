import { test } from 'node:test'
import assert from 'node:assert/strict'
import { relativeUrl } from '../../src/render/relative-url.ts'

test('links between pages are relative paths that resolve to the same address', () => {
  const cases: [string, string, string][] = [
    ['/articles/a-01/', '/issues/a/', '../../issues/a/'],
    ['/articles/a-01/', '/', '../../'],
    ['/', '/', './'],
    ['/', '/assets/style.css', 'assets/style.css'],
    ['/dates/2022/', '/dates/2022/#m3', './#m3'],
    ['/dates/2022/', '/dates/2022/03/', '03/'],
    ['/tags/people/x/', '/search/?q=宋洁', '../../../search/?q=宋洁'],
    ['/index.html', '/feed.xml', 'feed.xml'],
    ['/dates/', '/dates', '../dates']
  ]
  for (const [from, to, expected] of cases) {
    assert.equal(relativeUrl(from, to), expected, `${from} → ${to}`)
    assert.equal(new URL(expected, `http://h${from}`).href, new URL(to, 'http://h').href, `${expected} resolves`)
  }
})

/**
 * The seed bulletins against the careful human reading in tests/parse/gold/seeds.json (a copy of
 * the project's gold file, kept byte for byte).
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin, resolveCredits } from '../../src/parse/index.ts'
import type { ParsedBulletin } from '../../src/types.ts'

interface GoldArticle {
  title: string
  date: string | null
  reporters: string[]
  correspondents: string[]
  sourceUnit: string | null
  continuedTo: string | null
  paragraphStarts: string[]
  maxParagraphs: number
  lastWords: string
}
interface GoldFile {
  masthead: {
    publication: string
    date: string
    issueNumber: number
    totalIssueNumber: number
    publisher: string
  } | null
  articles: GoldArticle[]
}

const goldUrl = new URL('./gold/seeds.json', import.meta.url)
const corpus = new URL('../../corpus/', import.meta.url)
/** What the corpus manifest will say about each seed's date. */
const manifestDates: Record<string, string | null> = { '001_8727214cb3b0a05c.txt': '2022' }

const gold = JSON.parse(readFileSync(goldUrl, 'utf8')) as { files: Record<string, GoldFile> }

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '')
const names = Object.keys(gold.files).sort()
const bulletins = new Map<string, ParsedBulletin>()
for (const name of names) {
  const file = new VFile({ path: name, value: readFileSync(new URL(name, corpus), 'utf8') })
  bulletins.set(name, parseBulletin(file, { issueDate: manifestDates[name] ?? null }))
}
resolveCredits([...bulletins.values()])

for (const name of names) {
  const expected = gold.files[name]!
  const bulletin = bulletins.get(name)!

  test(`${name}: should read ${expected.articles.length} articles`, () => {
    assert.deepEqual(
      bulletin.articles.map((article) => squash(article.title)),
      expected.articles.map((article) => squash(article.title))
    )
  })

  test(`${name}: should read the masthead`, () => {
    if (expected.masthead === null) {
      assert.equal(bulletin.masthead, null)
      return
    }
    const masthead = bulletin.masthead
    assert.ok(masthead, 'expected a masthead')
    assert.equal(squash(masthead.publication), squash(expected.masthead.publication))
    assert.equal(masthead.date, expected.masthead.date)
    assert.equal(masthead.issueNumber, expected.masthead.issueNumber)
    assert.equal(masthead.totalIssueNumber, expected.masthead.totalIssueNumber)
    assert.equal(squash(masthead.publisher), squash(expected.masthead.publisher))
  })

  expected.articles.forEach((want, index) => {
    const label = `${name} #${index + 1} ${want.title}`
    const got = () => {
      const article = bulletin.articles.find((candidate) => squash(candidate.title) === squash(want.title))
      assert.ok(article, `expected an article titled ${want.title}`)
      return article
    }

    test(`${label}: should read the dateline's month and day`, () => {
      if (want.date === null) return
      assert.equal(got().date?.slice(-5) ?? null, want.date)
    })

    test(`${label}: should read the credits and notes`, () => {
      const article = got()
      assert.deepEqual(article.reporters, want.reporters)
      assert.deepEqual(article.correspondents, want.correspondents)
      assert.equal(article.sourceUnit, want.sourceUnit)
      assert.equal(article.continuedTo, want.continuedTo)
    })

    test(`${label}: should start paragraphs where the reader does`, () => {
      const starts = got().paragraphs.map((paragraph) => squash(paragraph).replace(/^本报讯/, ''))
      for (const start of want.paragraphStarts) {
        assert.ok(
          starts.some((paragraph) => paragraph.startsWith(squash(start))),
          `expected a paragraph starting ${start}`
        )
      }
    })

    test(`${label}: should rejoin wrapped lines (at most ${want.maxParagraphs} paragraphs)`, () => {
      assert.ok(got().paragraphs.length <= want.maxParagraphs, `got ${got().paragraphs.length} paragraphs`)
    })

    test(`${label}: should end the body without bylines or notes`, () => {
      assert.ok(
        squash(got().paragraphs.join('')).endsWith(squash(want.lastWords)),
        `body ends ${got().paragraphs.at(-1)?.slice(-30)}`
      )
    })
  })
}

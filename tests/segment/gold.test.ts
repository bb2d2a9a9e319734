import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { tagCorpus } from '../../src/segment/index.ts'
import { loadSeedArticles } from './seed-articles.ts'

const dictionaryText = readFileSync(new URL('../../corpus/dictionary.txt', import.meta.url), 'utf8')

for (const [label, options] of [
  ['without a dictionary', {}],
  ['with corpus/dictionary.txt', { dictionaryText }]
] as const) {
  test(`should tag the seed articles' people and places as the gold reading does (${label})`, () => {
    const seeds = loadSeedArticles()
    assert.equal(seeds.length, 23)
    const result = tagCorpus(
      seeds.map((s) => s.article),
      options
    )
    let goldPeople = 0,
      foundPeople = 0,
      predicted = 0,
      correct = 0,
      goldPlaces = 0,
      foundPlaces = 0
    const errors: string[] = []
    for (const { article, gold } of seeds) {
      const tags = result.tags.get(article.id)
      assert.ok(tags, `no tags for ${article.id}`)
      const acceptable = new Set([...gold.people, ...article.reporters, ...article.correspondents])
      goldPeople += gold.people.length
      foundPeople += gold.people.filter((p) => tags.people.includes(p)).length
      predicted += tags.people.length
      correct += tags.people.filter((p) => acceptable.has(p)).length
      goldPlaces += gold.places.length
      foundPlaces += gold.places.filter((p) => tags.places.includes(p)).length
      for (const p of gold.people) if (!tags.people.includes(p)) errors.push(`${article.id} missed person ${p}`)
      for (const p of tags.people) if (!acceptable.has(p)) errors.push(`${article.id} wrong person ${p}`)
      for (const p of gold.places) if (!tags.places.includes(p)) errors.push(`${article.id} missed place ${p}`)
    }
    const peopleRecall = foundPeople / goldPeople
    const peoplePrecision = correct / predicted
    const placesRecall = foundPlaces / goldPlaces
    console.log(
      `[segment gold ${label}] people recall ${peopleRecall.toFixed(3)} (${foundPeople}/${goldPeople}), ` +
        `precision ${peoplePrecision.toFixed(3)} (${correct}/${predicted}); places recall ${placesRecall.toFixed(3)} (${foundPlaces}/${goldPlaces})`
    )
    if (errors.length > 0) console.log(errors.join('\n'))
    assert.ok(peopleRecall >= 0.95, `people recall ${peopleRecall}`)
    assert.ok(peoplePrecision >= 0.9, `people precision ${peoplePrecision}`)
    assert.ok(placesRecall >= 0.9, `places recall ${placesRecall}`)
  })
}

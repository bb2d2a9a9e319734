/** People index, most-mentioned first: articles, titles by first date, and who else is named alongside. */
import type { Tags } from '../types.ts'
import { articleDate } from './article-text.ts'
import { byCodeUnits } from '../lexicon/order.ts'
import type { Learned } from './learned-words.ts'
import type { PersonEntry, PersonRole, TaggableArticle } from './tagger-types.ts'

/** At most this many people named alongside each person. */
const MAX_CO_MENTIONED = 10

interface RoleSpan {
  first: string | null
  last: string | null
  /** Order of first sighting: breaks ties between titles first seen on the same date. */
  order: number
}

/** People as integer ids, each with its articles in corpus order; article i's people are peopleOf[peopleStart[i] .. peopleStart[i + 1]). */
interface PeopleById {
  names: string[]
  articlesOf: number[][]
  peopleStart: Int32Array
  peopleOf: number[]
}

export function peopleIndex(articles: TaggableArticle[], tagsByIndex: Tags[], learned: Learned): PersonEntry[] {
  const people = numberPeople(tagsByIndex)
  const roleSpans = roleSpansByName(articles, learned)
  const coCount = new Int32Array(people.names.length)
  const index: PersonEntry[] = []
  for (let id = 0; id < people.names.length; id++) {
    const name = people.names[id] as string
    const articleIndices = people.articlesOf[id] as number[]
    index.push({
      name,
      articleIds: articleIndices.map((i) => articles[i]?.id ?? ''),
      roles: rolesByFirstDate(roleSpans.get(name)),
      coMentioned: coMentioned(id, people, coCount)
    })
  }
  index.sort((a, b) => b.articleIds.length - a.articleIds.length || byCodeUnits(a.name, b.name))
  return index
}

function numberPeople(tagsByIndex: Tags[]): PeopleById {
  const personId = new Map<string, number>()
  const names: string[] = []
  const articlesOf: number[][] = []
  const peopleStart = new Int32Array(tagsByIndex.length + 1)
  const peopleOf: number[] = []
  tagsByIndex.forEach((tags, i) => {
    for (const person of tags.people) {
      let id = personId.get(person)
      if (id === undefined) {
        id = names.length
        personId.set(person, id)
        names.push(person)
        articlesOf.push([])
      }
      articlesOf[id]?.push(i)
      peopleOf.push(id)
    }
    peopleStart[i + 1] = peopleOf.length
  })
  return { names, articlesOf, peopleStart, peopleOf }
}

/** Each person's titles (as printed before the name), with the first and last date each was seen. */
function roleSpansByName(articles: TaggableArticle[], learned: Learned): Map<string, Map<string, RoleSpan>> {
  const roleSpans = new Map<string, Map<string, RoleSpan>>()
  let roleOrder = 0
  learned.seen.names.forEach((hits, i) => {
    const date = articleDate(articles[i] ?? { date: null, issueDate: null })
    for (const hit of hits) {
      const name = learned.resolve(hit.name, hit.alt)
      if (!learned.people.has(name)) continue
      for (const role of hit.roles) {
        let byRole = roleSpans.get(name)
        if (byRole === undefined) {
          byRole = new Map()
          roleSpans.set(name, byRole)
        }
        let span = byRole.get(role)
        if (span === undefined) {
          span = { first: null, last: null, order: roleOrder++ }
          byRole.set(role, span)
        }
        if (date !== null) {
          if (span.first === null || date < span.first) span.first = date
          if (span.last === null || date > span.last) span.last = date
        }
      }
    }
  })
  return roleSpans
}

function rolesByFirstDate(spans: Map<string, RoleSpan> | undefined): PersonRole[] {
  return [...(spans ?? new Map<string, RoleSpan>())]
    .sort((a, b) => byCodeUnits(a[1].first ?? '9999', b[1].first ?? '9999') || a[1].order - b[1].order)
    .map(([role, span]) => ({ role, first: span.first, last: span.last }))
}

/** People tagged in the same articles as person `id`, most often first; `coCount` is all zeros before and after. */
function coMentioned(id: number, people: PeopleById, coCount: Int32Array): { name: string; count: number }[] {
  const { names, articlesOf, peopleStart, peopleOf } = people
  const touched: number[] = []
  for (const i of articlesOf[id] as number[]) {
    for (let k = peopleStart[i] as number; k < (peopleStart[i + 1] as number); k++) {
      const other = peopleOf[k] as number
      if (other === id) continue
      if (coCount[other] === 0) touched.push(other)
      coCount[other] = (coCount[other] as number) + 1
    }
  }
  const co = touched.map((other) => ({ name: names[other] as string, count: coCount[other] as number }))
  for (const other of touched) coCount[other] = 0
  co.sort((a, b) => b.count - a.count || byCodeUnits(a.name, b.name))
  if (co.length > MAX_CO_MENTIONED) co.length = MAX_CO_MENTIONED
  return co
}

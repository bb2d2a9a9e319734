/**
 * A page per topic, person, place or organisation that has one (tag-index.ts says which):
 * its articles over time as a chart and a list, and for a person their roles and who is
 * named with them. `/tags/<kind>/<slug>/`, the slug from slug.ts.
 */
import { chartOf } from '../chart.ts'
import { kindInfo, slugFor, slugPattern, tagKindPathPattern, tagKinds, type TagKind } from '../slug.ts'
import { pathShape, pageKind } from './kind.ts'
import type { TagFacts } from './tag-facts.ts'
import { tagKindUrl } from './tag-index.ts'

/** `kind` is the kind's path under `/tags/` (slug.ts), `slug` the word's. */
export const tagShape = pathShape('/tags/<kind>/<slug>/', { kind: tagKindPathPattern, slug: slugPattern })

export const tagUrl = (kind: TagKind, word: string) => tagShape.make({ kind: kindInfo(kind).path, slug: slugFor(word) })

/** Most articles listed on one tag page (newest first); the rest are a search away. */
export const TAG_PAGE_LIMIT = 500

/** `2020-02-29` / `2020` → `2020`; a span of two → `2020–2022`. */
export function yearSpan(first: string | null, last: string | null): string {
  const a = first?.slice(0, 4) ?? null
  const b = last?.slice(0, 4) ?? null
  if (a && b && a !== b) return `${a}–${b}`
  return a ?? b ?? ''
}

const known = (sortDate: string): string | null => (sortDate.startsWith('0000') ? null : sortDate)

function tagPage(tags: TagFacts, kind: TagKind, name: string, url: string) {
  const { sortDates, linkOf } = tags.corpus
  const info = kindInfo(kind)
  const list = tags.articles[kind].get(name)!
  const person = kind === 'people' ? tags.personInfo.get(name) : undefined
  const chartId = `chart-${slugFor(name).replace(/[^a-z0-9_]/g, '') || 'tag'}`
  return {
    kind,
    kindLabel: info.label,
    kindUrl: tagKindUrl.make({ kind: info.path }),
    name,
    url,
    pageTitle: `${info.label}：${name}`,
    count: list.length,
    span: yearSpan(known(sortDates.get(list.at(-1)!.id)!), known(sortDates.get(list[0]!.id)!)),
    ...chartOf(
      list.map((a) => sortDates.get(a.id)!),
      chartId,
      `“${name}”各时期出现的文章数`
    ),
    roles: (person?.roles ?? []).map((r) => ({ role: r.role, span: yearSpan(r.first, r.last) })),
    coMentioned: (person?.coMentioned ?? []).slice(0, 10).map((c) => ({
      name: c.name,
      count: c.count,
      url: tags.pageUrls.people.get(c.name) ?? null
    })),
    // Bounded, so a word in half of 100k articles does not make a 50k-link page.
    articles: list.slice(0, TAG_PAGE_LIMIT).map(linkOf),
    more: Math.max(0, list.length - TAG_PAGE_LIMIT)
  }
}

const tagPages = (tags: TagFacts) =>
  tagKinds.flatMap(({ kind }) => [...tags.pageUrls[kind]].map(([name, url]) => tagPage(tags, kind, name, url)))

export const tagKind = pageKind('tag.njk', tagShape, { each: { key: 'tagPages', tagged: tagPages } })

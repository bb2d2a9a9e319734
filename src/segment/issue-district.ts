/**
 * 我区 / 区委 in an issue that names its district elsewhere: an article saying
 * only "our district" is tagged with the issue's one administrative district.
 */
import type { Tags } from '../types.ts'
import { bodyOf } from './article-text.ts'
import { byCodeUnits } from '../lexicon/order.ts'
import type { TaggableArticle } from './tagger-types.ts'

const DISTRICT_HINT = /我区|区委|区政府|区领导|区长|区人大|全区/u

export function addIssueDistrict(
  articles: TaggableArticle[],
  titles: string[],
  tagsByIndex: Tags[],
  adminPlaces: Set<string>
): void {
  const isDistrict = (place: string): boolean => adminPlaces.has(place) && place.endsWith('区')
  for (const members of articlesByIssue(articles)) {
    const district = issueDistrict(members, tagsByIndex, isDistrict)
    if (district === null) continue
    for (const i of members) {
      const tags = tagsByIndex[i]
      if (tags === undefined || tags.places.some(isDistrict)) continue
      if (mentionsDistrict(titles[i] ?? '', articles[i])) tags.places.push(district)
    }
  }
}

/** Article indices grouped by issue date, issues in order of first appearance. */
function articlesByIssue(articles: TaggableArticle[]): Iterable<number[]> {
  const byIssue = new Map<string, number[]>()
  articles.forEach((article, i) => {
    if (article.issueDate !== null) {
      const members = byIssue.get(article.issueDate) ?? []
      members.push(i)
      byIssue.set(article.issueDate, members)
    }
  })
  return byIssue.values()
}

/** The district tagged in most of the issue's articles, or null when none or two tie. */
function issueDistrict(members: number[], tagsByIndex: Tags[], isDistrict: (place: string) => boolean): string | null {
  const votes = new Map<string, number>()
  for (const i of members)
    for (const place of tagsByIndex[i]?.places ?? [])
      if (isDistrict(place)) votes.set(place, (votes.get(place) ?? 0) + 1)
  const ranked = [...votes].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))
  const top = ranked[0]
  if (top === undefined || (ranked[1] !== undefined && ranked[1][1] === top[1])) return null
  return top[0]
}

/** DISTRICT_HINT in title + body, without building the concatenation. */
function mentionsDistrict(title: string, article: TaggableArticle | undefined): boolean {
  if (DISTRICT_HINT.test(title)) return true
  const body = bodyOf(article)
  return DISTRICT_HINT.test(body) || DISTRICT_HINT.test(title.slice(-2) + body.slice(0, 2))
}

/**
 * Repeated line templates and the role each plays, from where it stands.
 *
 * A line printed again and again (digits and URLs abstracted) is either page
 * furniture — a running head or foot, beside the page breaks — or a line
 * printed once per article: the strongest boundary signal a file has. Per
 * article, its neighbours tell which end it marks: after a headline block (or
 * its byline) it closes the headline block (`headline-end`); after body text
 * it closes the article (`article-end`).
 */
import type { LineRole } from '../model.ts'
import type { LineFeatures } from './features.ts'

export interface TemplateRole {
  template: string
  count: number
  role: LineRole
}

export interface TemplateOptions {
  /** Whether the line at this index may be a per-article line (not a headline, not page furniture). */
  perArticle: (index: number) => boolean
  /** Whether the line at this index reads as part of a headline block (headline, kicker, byline). */
  headlineLike: (index: number) => boolean
  /** Whether the line at this index is a page break token (page footer) or stands next to one. */
  nearBreak: (index: number) => boolean
  /** The file prints page breaks at all. */
  hasBreaks: boolean
  /** Whether the line at this index is a story's own marker (`（下转第2版）`, `（完）`): never furniture. */
  storyMarker: (index: number) => boolean
}

/** Templates printed at least three times, each with its role; one pass to group, one over each group. */
export function templateRoles(features: LineFeatures[], options: TemplateOptions): TemplateRole[] {
  const groups = new Map<string, number[]>()
  features.forEach((feature, index) => {
    if ([...feature.template].length < 4) return
    const group = groups.get(feature.template)
    if (group) group.push(index)
    else groups.set(feature.template, [index])
  })
  // Repetition is a signal only where the rest of the text does not repeat (a file of copies repeats everything).
  let repeatedLines = 0
  for (const indices of groups.values()) if (indices.length >= 3) repeatedLines += indices.length
  const perArticleAllowed = repeatedLines <= 0.5 * features.length
  const roles: TemplateRole[] = []
  for (const [template, indices] of groups) {
    // A sentence printed again and again is text (a form's wording), neither furniture nor a note;
    // `（下转第2版）` at each page's foot is each story's own marker, read with the story.
    if (indices.length < 3 || features[indices[0]!]!.clauseMarks || indices.some(options.storyMarker)) continue
    const near = indices.filter(options.nearBreak).length
    if (options.hasBreaks && near * 2 >= indices.length) {
      roles.push({ template, count: indices.length, role: 'running' })
      continue
    }
    if (!perArticleAllowed || !indices.every(options.perArticle)) continue
    // Printed once per article: occurrences stand apart, with text between them.
    let spread = true
    for (let k = 1; k < indices.length; k++) if (indices[k]! - indices[k - 1]! < 3) spread = false
    if (!spread) continue
    const afterHead = indices.filter((index) => index > 0 && options.headlineLike(index - 1)).length
    const afterBody = indices.filter((index) => index > 0 && features[index - 1]!.endsStop).length
    if (afterHead * 2 > indices.length) roles.push({ template, count: indices.length, role: 'headline-end' })
    else if (afterBody * 2 > indices.length) roles.push({ template, count: indices.length, role: 'article-end' })
  }
  return roles
}

/**
 * Line-start templates printed once per article: a fixed opener (`本报讯（记者…）`,
 * `XX消息（…）：`) that most times stands right under a headline-like line. Indices of
 * the lines that open with one; lines the whole-line templates placed are left out.
 */
export function openingLines(
  features: LineFeatures[],
  options: TemplateOptions,
  taken: (index: number) => boolean
): number[] {
  const groups = new Map<string, number[]>()
  features.forEach((feature, index) => {
    if (taken(index) || !feature.clauseMarks) return
    // A fixed opener is a label: words closed by a colon or a closing bracket near the line's start.
    const label = /^[^\s\uff0c,\u3002]{2,16}?[\uff1a:\uff09)]/.exec(feature.template)?.[0]
    if (label === undefined) return
    const group = groups.get(label)
    if (group) group.push(index)
    else groups.set(label, [index])
  })
  const openings: number[] = []
  for (const indices of groups.values()) {
    if (indices.length < 3) continue
    const whole = new Set(indices.map((index) => features[index]!.template))
    if (whole.size * 2 < indices.length) continue
    const underHead = indices.filter((index) => index > 0 && options.headlineLike(index - 1)).length
    if (underHead * 2 > indices.length) openings.push(...indices)
  }
  return openings.sort((a, b) => a - b)
}

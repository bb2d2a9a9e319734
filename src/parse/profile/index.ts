/**
 * Pass 1: a profile of one file, from the file alone, before any line is
 * placed. It measures the body column and the headline width, reads what a
 * blank line means here, keeps page breaks as tokens, gives repeated line
 * templates their roles, finds a leading contents list the headlines recur
 * from, and joins bylines split letter by letter. The later steps consult it:
 * each line comes back with the role the profile found for it, if any, and a
 * mark when a page break stands before it.
 */
import { readCreditBlock, readMarkerBlock } from '../note-blocks.ts'
import { emptyNotes } from '../paragraph-notes.ts'
import { furnitureKind, pageOf } from '../furniture.ts'
import { isHeadlineText, isSubtitleText } from '../headline.ts'
import type { Line, LineRole } from '../model.ts'
import { type Contents, findContents } from './contents.ts'
import { type LineFeatures, featuresOf } from './features.ts'
import { headlineBlocks } from './headblocks.ts'
import { numberedItems } from './items.ts'
import { brokenBylineTails, letterSplitBylines } from './letters.ts'
import { bylineLabel, closingNote, pageLine, staffLine } from './lexicon.ts'
import { openingLines, type TemplateOptions, type TemplateRole, templateRoles } from './templates.ts'

export interface Profile {
  /** The body column: the width most long lines share, or null. */
  column: number | null
  /** Headline blocks found by their shape (narrower wrapped lines over a byline or dateline), when three or more. */
  shapedHeadlines: number
  /** The width headlines wrap at, when two-line headlines show one, or null. */
  headlineWidth: number | null
  /** What a blank line means here. */
  blank: 'paragraph' | 'wrap' | 'none'
  /** Page breaks printed (form feeds and page footers). */
  pageBreaks: number
  templates: TemplateRole[]
  contents: { items: number; matched: number } | null
  letterSplitBylines: number
  /** The lines again, each with the role the profile found for it. */
  lines: Line[]
}

type Roles = Array<LineRole | undefined>

export function buildProfile(lines: Line[]): Profile {
  const features = lines.map(featuresOf)
  const roles: Roles = new Array(lines.length)
  const edge = pageEdges(features)
  features.forEach((feature, index) => {
    if (isPageLine(feature)) roles[index] = 'page-line'
  })
  const pageBreaks = edge.filter(Boolean).length
  markBylines(features, roles)
  const options = templateOptions(features, roles, edge, pageBreaks > 0)
  const templates = templateRoles(features, options)
  const contents = findContents(features)
  markRepeatedLines(features, roles, templates)
  for (const index of openingLines(features, options, (index) => roles[index] !== undefined)) {
    roles[index] = 'opening'
    // The headline-like line right over a fixed opener is that story's headline.
    const above = index - 1
    if (above >= 0 && roles[above] === undefined && isHeadlineText(features[above]!.line.text))
      roles[above] = 'over-opening'
  }
  markContents(contents, roles)
  const column = bodyColumn(features)
  const shapes = contents ? null : headlineBlocks(features, column, roles)
  const shaped = shapes?.blocks ?? new Map<number, number>()
  if (shaped.size >= 3) markHeadlines(shaped, roles, 'shaped-headline')
  for (const index of contents ? [] : numberedItems(features, roles)) roles[index] = 'item-headline'
  return {
    column,
    shapedHeadlines: shaped.size >= 3 ? shaped.size : 0,
    headlineWidth: headlineWidth(features, contents) ?? shapes?.width ?? null,
    blank: blankMeaning(features),
    pageBreaks,
    templates,
    contents: contents && { items: contents.items.length, matched: contents.headlines.size },
    letterSplitBylines: roles.filter((role) => role === 'byline-part').length,
    lines: withRoles(lines, roles)
  }
}

const isPageLine = (feature: LineFeatures) => pageLine.test(feature.line.text)

/** Page edges: a form feed before the line, a page footer, a 版次 line naming a page. */
function pageEdges(features: LineFeatures[]): boolean[] {
  return features.map(
    (feature) =>
      feature.pageBreakBefore ||
      isPageLine(feature) ||
      (furnitureKind(feature.line) === 'page-header' && pageOf(feature.line.text) !== null)
  )
}

/** Bylines split letter by letter, cut at a box's edge, or a label alone: their lines' roles. */
function markBylines(features: LineFeatures[], roles: Roles): void {
  for (const run of letterSplitBylines(features)) for (const index of run) roles[index] = 'byline-part'
  const creditRoles = (text: string) => {
    const credit = readCreditBlock(text)
    return credit && Object.values(credit).filter((names) => names.length > 0).length
  }
  for (const index of brokenBylineTails(features, creditRoles))
    if (roles[index] === undefined && (roles[index - 1] ?? 'byline-more') === 'byline-more')
      roles[index] = 'byline-more'
  // A byline label alone, its names printed elsewhere (another column): never a headline.
  features.forEach((feature, index) => {
    if (roles[index] === undefined && bylineLabel.test(feature.line.text.replace(/[\s\u3000]+/g, '')))
      roles[index] = 'byline-part'
  })
}

/** What the template and opening readers ask of a line: near a page break, headline-like, printable once per article. */
function templateOptions(features: LineFeatures[], roles: Roles, edge: boolean[], hasBreaks: boolean): TemplateOptions {
  /** Beside a page edge, or two lines from one with only a short line between (a page's second running line). */
  const nearBreak = (index: number) => {
    if (index === 0 || index === features.length - 1 || edge[index] === true) return true
    if (edge[index - 1] === true || edge[index + 1] === true) return true
    const short = (near: number) => features[near]!.width <= 24 && !features[near]!.endsStop
    return (edge[index - 2] === true && short(index - 1)) || (edge[index + 2] === true && short(index + 1))
  }
  const headlineLike = (index: number) => {
    const feature = features[index]!
    if (roles[index] === 'byline-part' || readCreditBlock(feature.line.text) !== null) return true
    return !feature.endsStop && !feature.clauseMarks && feature.width <= 45
  }
  const perArticle = (index: number) => {
    const line = features[index]!.line
    const kind = furnitureKind(line)
    // A sentence printed again and again is text (a form's wording), not a note.
    if (features[index]!.clauseMarks || readCreditBlock(line.text) !== null || isSubtitleText(line.text)) return false
    // A line with a link in it is a source line, however headline-like its words.
    const linked = features[index]!.template.includes('<url>')
    return (linked || !isHeadlineText(line.text)) && kind !== 'page-header' && kind !== 'page-number' && kind !== 'rule'
  }
  const storyMarker = (index: number) => readMarkerBlock(features[index]!.line.text, emptyNotes())
  return { perArticle, headlineLike, nearBreak, hasBreaks, storyMarker }
}

/** Lines not placed yet: a repeated template's role, a closing note, a staff line. */
function markRepeatedLines(features: LineFeatures[], roles: Roles, templates: TemplateRole[]): void {
  const byTemplate = new Map(templates.map((entry) => [entry.template, entry.role]))
  features.forEach((feature, index) => {
    if (roles[index] !== undefined) return
    const text = feature.line.text
    const role = byTemplate.get(feature.template)
    if (role !== undefined) roles[index] = role
    else if (closingNote.test(text)) roles[index] = 'closing-note'
    else if (staffLine.test(text) && !feature.endsStop) roles[index] = 'staff'
  })
}

function markContents(contents: Contents | null, roles: Roles): void {
  if (!contents) return
  for (const index of contents.items) roles[index] = 'contents'
  markHeadlines(contents.headlines, roles)
}

function markHeadlines(headlines: Map<number, number>, roles: Roles, role: LineRole = 'headline'): void {
  for (const [start, count] of headlines)
    for (let index = start; index < start + count; index++) roles[index] = index === start ? role : 'headline-more'
}

/** Each line with the role the profile found for it (the same object when none). */
function withRoles(lines: Line[], roles: Roles): Line[] {
  return lines.map((line, index) => {
    const role = roles[index]
    return role === undefined ? line : { ...line, role }
  })
}

/** The width most lines of 20 or more share, within one character. */
function bodyColumn(features: LineFeatures[]): number | null {
  const counts = new Map<number, number>()
  for (const feature of features) {
    if (feature.width < 20) continue
    const width = Math.round(feature.width)
    counts.set(width, (counts.get(width) ?? 0) + 1)
  }
  let best: number | null = null
  let bestCount = 0
  for (const [width, count] of counts) {
    const near = count + (counts.get(width - 1) ?? 0)
    if (near > bestCount || (near === bestCount && best !== null && width > best)) {
      best = width
      bestCount = near
    }
  }
  return bestCount >= 6 ? best : null
}

/** The width of the first line of headlines the contents list shows wrapped over two or more lines. */
function headlineWidth(features: LineFeatures[], contents: Contents | null): number | null {
  if (!contents) return null
  const widths: number[] = []
  for (const [start, count] of contents.headlines) if (count > 1) widths.push(features[start]!.width)
  if (widths.length === 0) return null
  return widths.sort((a, b) => a - b)[Math.floor(widths.length / 2)]!
}

/** Blank lines between finished sentences mean paragraphs; between unfinished full lines, wraps. */
function blankMeaning(features: LineFeatures[]): Profile['blank'] {
  let ended = 0
  let open = 0
  for (let index = 1; index < features.length; index++) {
    if (features[index]!.line.blankBefore === 0) continue
    if (features[index - 1]!.endsStop) ended++
    else if (features[index - 1]!.clauseMarks) open++
  }
  if (ended + open === 0) return 'none'
  return open > ended ? 'wrap' : 'paragraph'
}

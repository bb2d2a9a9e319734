/**
 * Scores the parser against gold, one family at a time. Files are read exactly
 * as the build reads them (decode → parseBulletin → resolveCredits over the
 * family's bulletins), so a figure here is a figure for the archive.
 *
 * Metrics (all strings compared with whitespace removed):
 * - headline precision/recall: produced titles equal to gold titles, one-to-one;
 * - article-start F1: a produced article starts where a gold one does (title equal,
 *   or its first paragraph begins with the gold bodyStart, both taken past any
 *   `本报讯（…）` opener and leading `3月5日，` date, see startKey);
 * - credits: of the title-matched pairs, how many have the gold reporters and correspondents;
 * - kicker/subtitle: of the title-matched pairs whose gold says, how many have both right.
 */
import { VFile } from 'vfile'
import { decodeBulletin, parseBulletin, resolveCredits } from '../../src/parse/index.ts'
import type { ParsedArticle, ParsedBulletin } from '../../src/types.ts'
import type { EvalFamily, EvalFile, GoldArticle } from './gold.ts'

export interface Counts {
  files: number
  gold: number
  produced: number
  titleHits: number
  startHits: number
  creditChecked: number
  creditHits: number
  headChecked: number
  headHits: number
}

export interface FileResult {
  name: string
  /** Gold titles with no produced title equal to them, with the title of the produced article that starts there, if one does. */
  missed: { gold: string; produced: string | null }[]
  /** Produced titles equal to no gold title. */
  spurious: string[]
  counts: Counts
}

export interface FamilyScore {
  name: string
  family: string
  extractor: string | null
  kind: EvalFamily['kind']
  counts: Counts
  headlinePrecision: number
  headlineRecall: number
  startF1: number
  creditAccuracy: number | null
  headAccuracy: number | null
  files: FileResult[]
}

export const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, '')

/** `本报讯（记者 …）`, `本报北京3月5日电（记者 …）`, `新华社…电`, then a leading `3月5日上午，` or `近日，`. */
const opener = /^(?:本报讯|本刊讯|[^，。,（(]{0,14}[电讯])?(?:[（(][^）)]{0,40}[）)])?/
const leadingDate =
  /^(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:[上下]午|晚|早|中午|晚间)?|近日|日前|今年以来|连日来|近年来)[，,]?/

/** The comparable start of a paragraph: no whitespace, no dateline opener, no leading date. */
export function startKey(text: string): string {
  return squash(text).replace(opener, '').replace(leadingDate, '')
}

function emptyCounts(): Counts {
  return {
    files: 0,
    gold: 0,
    produced: 0,
    titleHits: 0,
    startHits: 0,
    creditChecked: 0,
    creditHits: 0,
    headChecked: 0,
    headHits: 0
  }
}

function addCounts(into: Counts, from: Counts): void {
  for (const key of Object.keys(into) as (keyof Counts)[]) into[key] += from[key]
}

/** Parses a family's files the way the build does; null for a file the reader skips. */
export function parseFamily(files: EvalFile[]): (ParsedBulletin | null)[] {
  const bulletins = files.map((file) => {
    const decoded = decodeBulletin(file.bytes, file.name)
    if (decoded.kind === 'skip') return null
    const vfile = new VFile({ path: file.name, value: decoded.text })
    return parseBulletin(vfile, { encoding: decoded.encoding, issueDate: file.issueDate })
  })
  resolveCredits(bulletins.filter((b): b is ParsedBulletin => b !== null))
  return bulletins
}

/** One-to-one title matching: gold index → produced index. */
function matchTitles(gold: GoldArticle[], produced: ParsedArticle[]): Map<number, number> {
  const free = new Map<string, number[]>()
  produced.forEach((article, index) => {
    const key = squash(article.title)
    free.set(key, [...(free.get(key) ?? []), index])
  })
  const pairs = new Map<number, number>()
  gold.forEach((article, index) => {
    const candidates = free.get(squash(article.title))
    const taken = candidates?.shift()
    if (taken !== undefined) pairs.set(index, taken)
  })
  return pairs
}

function startsAt(gold: GoldArticle, produced: ParsedArticle): boolean {
  if (squash(gold.title) !== '' && squash(gold.title) === squash(produced.title)) return true
  // 12 characters: past the opener and date, enough to tell two stories apart, and less than a
  // narrow column's line, so a paragraph broken at its first wrap still counts as starting here.
  const want = startKey(gold.bodyStart).slice(0, 12)
  if (want.length < 4) return false
  const first = produced.paragraphs[0] ?? ''
  return startKey(first).startsWith(want) || startKey(`${produced.datelineMarker ?? ''}${first}`).startsWith(want)
}

/** Greedy one-to-one start matching in reading order. */
function countStarts(gold: GoldArticle[], produced: ParsedArticle[]): number {
  const used = new Set<number>()
  let hits = 0
  for (const article of gold) {
    const index = produced.findIndex((candidate, i) => !used.has(i) && startsAt(article, candidate))
    if (index < 0) continue
    used.add(index)
    hits++
  }
  return hits
}

const sameNames = (a: string[], b: string[]) =>
  JSON.stringify(a.map(squash).sort()) === JSON.stringify(b.map(squash).sort())

export function scoreFile(file: EvalFile, bulletin: ParsedBulletin | null): FileResult {
  const produced = bulletin?.articles ?? []
  const counts = emptyCounts()
  counts.files = 1
  counts.gold = file.gold.length
  counts.produced = produced.length
  const pairs = matchTitles(file.gold, produced)
  counts.titleHits = pairs.size
  counts.startHits = countStarts(file.gold, produced)
  for (const [goldIndex, producedIndex] of pairs) {
    const want = file.gold[goldIndex]!
    const got = produced[producedIndex]!
    counts.creditChecked++
    if (sameNames(want.reporters, got.reporters) && sameNames(want.correspondents, got.correspondents))
      counts.creditHits++
    if (want.kicker === undefined && want.subtitle === undefined) continue
    counts.headChecked++
    if (squash(want.kicker) === squash(got.kicker) && squash(want.subtitle) === squash(got.subtitle)) counts.headHits++
  }
  const matchedProduced = new Set(pairs.values())
  const startingHere = (gold: GoldArticle) =>
    produced.find((got, i) => !matchedProduced.has(i) && startsAt(gold, got))?.title ?? null
  return {
    name: file.name,
    missed: file.gold
      .filter((_, i) => !pairs.has(i))
      .map((article) => ({ gold: article.title, produced: startingHere(article) })),
    spurious: produced.filter((_, i) => !matchedProduced.has(i)).map((article) => article.title),
    counts
  }
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total)

/** Precision, recall and F1 figures from summed counts. */
export function figures(counts: Counts) {
  const startPrecision = ratio(counts.startHits, counts.produced)
  const startRecall = ratio(counts.startHits, counts.gold)
  return {
    headlinePrecision: ratio(counts.titleHits, counts.produced),
    headlineRecall: ratio(counts.titleHits, counts.gold),
    startF1:
      startPrecision + startRecall === 0 ? 0 : (2 * startPrecision * startRecall) / (startPrecision + startRecall),
    creditAccuracy: counts.creditChecked === 0 ? null : counts.creditHits / counts.creditChecked,
    headAccuracy: counts.headChecked === 0 ? null : counts.headHits / counts.headChecked
  }
}

export function scoreFamily(family: EvalFamily): FamilyScore {
  const bulletins = parseFamily(family.files)
  const files = family.files.map((file, i) => scoreFile(file, bulletins[i] ?? null))
  return summarise(family.name, family, files)
}

/** Sums file results into one row. */
export function summarise(
  name: string,
  family: Pick<EvalFamily, 'family' | 'extractor' | 'kind'>,
  files: FileResult[]
): FamilyScore {
  const counts = emptyCounts()
  for (const file of files) addCounts(counts, file.counts)
  return {
    name,
    family: family.family,
    extractor: family.extractor,
    kind: family.kind,
    counts,
    ...figures(counts),
    files
  }
}

/**
 * Headline accuracy on PDFs with known gold, read three ways: by our PDF reader (type size and
 * position), by Poppler's `pdftotext` and by `pdftotext -layout` (plain text, as the corpus's
 * text files came), each then parsed by the same parser. Per layout: exact-headline precision
 * (parsed titles that are gold titles), recall (gold titles parsed exactly) and F1; and the F1
 * of article starts (a parsed article whose body opens with a gold article's first words,
 * whatever its title). The part of a story continued from another page (`（上接第1版）`) repeats
 * its headline and is not counted among the parsed titles. Also PDF reading speed (pages per second, peak RSS).
 *
 *   node --import tsx scripts/measure-pdf-headlines.ts                 # the test fixtures
 *   node --import tsx scripts/measure-pdf-headlines.ts --typeset DIR   # DIR/_pdf/<layout>/*.pdf with DIR/_gold/<layout>/*.json
 *   … --verbose      per file, for our reader: spurious titles (with the PDF line's role and size) and missed ones
 *
 * `pdftotext` (Debian's poppler-utils) is needed for the comparison only; the build never runs it.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parseFile, parsePdfFile, type ParseOutcome } from '../src/pipeline/parse-file.ts'
import type { ParsedArticle } from '../src/types.ts'

const { values } = parseArgs({ options: { typeset: { type: 'string' }, verbose: { type: 'boolean' } } })

interface GoldArticle {
  title: string
  bodyStart?: string
}

interface Case {
  layout: string
  pdf: string
  gold: GoldArticle[]
}

function cases(): Case[] {
  if (!values.typeset) {
    const dir = fileURLToPath(new URL('../tests/read/fixtures/pdf/', import.meta.url))
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { headlines: Record<string, string[]> }
    return Object.entries(gold.headlines).map(([file, titles]) => ({
      layout: file.replace(/\.pdf$/, ''),
      pdf: join(dir, file),
      gold: titles.map((title) => ({ title }))
    }))
  }
  const root = values.typeset
  const found: Case[] = []
  for (const layout of readdirSync(join(root, '_pdf')).sort()) {
    for (const file of readdirSync(join(root, '_pdf', layout))
      .filter((f) => f.endsWith('.pdf'))
      .sort()) {
      const gold = JSON.parse(readFileSync(join(root, '_gold', layout, file.replace(/\.pdf$/, '.json')), 'utf8')) as {
        articles: GoldArticle[]
      }
      found.push({ layout, pdf: join(root, '_pdf', layout, file), gold: gold.articles })
    }
  }
  return found
}

const articlesOf = (outcome: ParseOutcome): ParsedArticle[] =>
  outcome.kind === 'parsed' ? outcome.bulletin.articles : []

const squash = (text: string) => text.replace(/\s+/g, '')

/** Matches of gold items to parsed items, each used once: how many matched, and what was left on either side. */
function match<G, P>(gold: G[], got: P[], same: (g: G, p: P) => boolean): { matched: number; missed: G[]; extra: P[] } {
  const left = [...got]
  const missed: G[] = []
  for (const item of gold) {
    const at = left.findIndex((p) => same(item, p))
    if (at === -1) missed.push(item)
    else left.splice(at, 1)
  }
  return { matched: gold.length - missed.length, missed, extra: left }
}

/** A parsed article starts where a gold one does: its body opens with the gold body's first words. */
const startsAt = (gold: GoldArticle, article: ParsedArticle) =>
  gold.bodyStart !== undefined &&
  squash(article.paragraphs.slice(0, 2).join('')).slice(0, 60).includes(squash(gold.bodyStart).slice(0, 16))

function pdftotext(pdf: string, layout: boolean): Uint8Array {
  const result = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 1 << 28
  })
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${String(result.stderr)}${result.error ?? ''}`)
  return result.stdout
}

interface Counts {
  /** Exact titles, parsed titles. */
  exact: number
  got: number
  /** Article starts matched, parsed articles. */
  starts: number
}

const readers = ['ours', 'plain', 'layout'] as const
type Reader = (typeof readers)[number]
interface Tally {
  gold: number
  goldStarts: number
  pages: number
  counts: Record<Reader, Counts>
}

/** Where a spurious title came from in the text our reader wrote: the line's role and type size. */
function describe(outcome: ParseOutcome, title: string): string {
  if (outcome.kind !== 'parsed' || !outcome.bulletin.pdf) return title
  const { text, lines } = outcome.bulletin.pdf
  const textLines = text.split('\n')
  const wanted = squash(title)
  const at = textLines.findIndex((line) => squash(line.replace(/^#\s*/, '')).startsWith(wanted.slice(0, 8)))
  const evidence = lines.find((record) => record.line === at + 1)
  if (!evidence) return `${title} [?]`
  return `${title} [p${evidence.page} ${evidence.role} ${evidence.size}/${evidence.bodySize} x${evidence.x} y${evidence.y}]`
}

const tallies = new Map<string, Tally>()
let readSeconds = 0
let pages = 0
for (const c of cases()) {
  const bytes = new Uint8Array(readFileSync(c.pdf))
  const name = basename(c.pdf)
  const started = performance.now()
  const ours = await parsePdfFile(bytes, name, null)
  readSeconds += (performance.now() - started) / 1000
  const pageCount = ours.kind === 'parsed' ? (ours.bulletin.pdf?.pages ?? 0) : 0
  pages += pageCount
  const outcomes: Record<Reader, ParseOutcome> = {
    ours,
    plain: parseFile(pdftotext(c.pdf, false), name.replace(/\.pdf$/, '.txt'), null),
    layout: parseFile(pdftotext(c.pdf, true), name.replace(/\.pdf$/, '.txt'), null)
  }
  const tally = tallies.get(c.layout) ?? {
    gold: 0,
    goldStarts: 0,
    pages: 0,
    counts: Object.fromEntries(readers.map((r) => [r, { exact: 0, got: 0, starts: 0 }])) as Record<Reader, Counts>
  }
  tally.gold += c.gold.length
  tally.goldStarts += c.gold.filter((g) => g.bodyStart !== undefined).length
  tally.pages += pageCount
  for (const reader of readers) {
    const articles = articlesOf(outcomes[reader])
    const titles = match(c.gold, articles, (g, a) => g.title === a.title)
    // The part of a story continued from another page repeats its headline, as printed: not a spurious title.
    const jumps = titles.extra.filter((a) => a.continuedFrom !== null && c.gold.some((g) => g.title === a.title))
    titles.extra = titles.extra.filter((a) => !jumps.includes(a))
    const starts = match(c.gold, articles, startsAt)
    const counts = tally.counts[reader]
    counts.exact += titles.matched
    counts.got += articles.length - jumps.length
    counts.starts += starts.matched
    if (values.verbose && reader === 'ours' && (titles.missed.length > 0 || titles.extra.length > 0)) {
      console.log(`${name}:`)
      for (const a of titles.extra) console.log(`  + ${describe(ours, a.title)}`)
      for (const g of titles.missed) console.log(`  - ${g.title}`)
    }
  }
  tallies.set(c.layout, tally)
}

const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(3) : '—')
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r))
const cell = (t: Tally, c: Counts) => {
  const p = c.exact / c.got
  const r = c.exact / t.gold
  const starts = t.goldStarts === 0 ? NaN : f1(c.starts / c.got, c.starts / t.goldStarts)
  return `${fixed(p)} ${fixed(r)} ${fixed(f1(p, r))} ${fixed(starts)}`
}
console.log('Exact headlines: precision recall F1, then F1 of article starts, per reader')
console.log(
  'layout | gold | pages | PDF reader P R F1 starts | pdftotext P R F1 starts | pdftotext -layout P R F1 starts'
)
for (const [layout, t] of tallies) {
  console.log(
    `${layout} | ${t.gold} | ${t.pages} | ${cell(t, t.counts.ours)} | ${cell(t, t.counts.plain)} | ${cell(t, t.counts.layout)}`
  )
}
console.log(
  `PDF reading + parsing: ${pages} pages in ${readSeconds.toFixed(2)} s (${(pages / readSeconds).toFixed(1)} pages/s), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
)

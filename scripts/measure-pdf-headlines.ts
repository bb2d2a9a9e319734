/**
 * Headline accuracy on PDFs with known gold, read two ways: by our PDF reader (type size and
 * position) and by Poppler's `pdftotext` (plain text, as the corpus's text files came), each
 * then parsed by the same parser. Exact headlines: a gold headline counts when an article of
 * the issue has exactly that title. Also PDF reading speed (pages per second, peak RSS).
 *
 *   node --import tsx scripts/measure-pdf-headlines.ts                 # the test fixtures
 *   node --import tsx scripts/measure-pdf-headlines.ts --typeset DIR   # DIR/_pdf/<layout>/*.pdf with DIR/_gold/<layout>/*.json
 *
 * `pdftotext` (Debian's poppler-utils) is needed for the comparison only; the build never runs it.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parseFile, parsePdfFile, type ParseOutcome } from '../src/build/parse-file.ts'

const { values } = parseArgs({ options: { typeset: { type: 'string' }, verbose: { type: 'boolean' } } })

interface Case {
  layout: string
  pdf: string
  gold: string[]
}

function cases(): Case[] {
  if (!values.typeset) {
    const dir = fileURLToPath(new URL('../tests/read/fixtures/pdf/', import.meta.url))
    const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { headlines: Record<string, string[]> }
    return Object.entries(gold.headlines).map(([file, titles]) => ({
      layout: file.replace(/\.pdf$/, ''),
      pdf: join(dir, file),
      gold: titles
    }))
  }
  const root = values.typeset
  const found: Case[] = []
  for (const layout of readdirSync(join(root, '_pdf')).sort()) {
    for (const file of readdirSync(join(root, '_pdf', layout))
      .filter((f) => f.endsWith('.pdf'))
      .sort()) {
      const gold = JSON.parse(readFileSync(join(root, '_gold', layout, file.replace(/\.pdf$/, '.json')), 'utf8')) as {
        articles: { title: string }[]
      }
      found.push({ layout, pdf: join(root, '_pdf', layout, file), gold: gold.articles.map((a) => a.title) })
    }
  }
  return found
}

const titles = (outcome: ParseOutcome): string[] =>
  outcome.kind === 'parsed' ? outcome.bulletin.articles.map((a) => a.title) : []

/** Gold headlines matched exactly by a parsed title (each title matches once), and titles left over. */
function score(gold: string[], got: string[]): { exact: number; extra: number; missed: string[] } {
  const left = [...got]
  const missed: string[] = []
  let exact = 0
  for (const title of gold) {
    const at = left.indexOf(title)
    if (at === -1) missed.push(title)
    else {
      exact++
      left.splice(at, 1)
    }
  }
  return { exact, extra: left.length, missed }
}

function pdftotext(pdf: string, layout: boolean): Uint8Array {
  const result = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdf, '-'], {
    maxBuffer: 1 << 28
  })
  if (result.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${String(result.stderr)}${result.error ?? ''}`)
  return result.stdout
}

interface Tally {
  gold: number
  pages: number
  ours: { exact: number; extra: number }
  plain: { exact: number; extra: number }
  layout: { exact: number; extra: number }
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
  const plain = parseFile(pdftotext(c.pdf, false), name.replace(/\.pdf$/, '.txt'), null)
  const laidOut = parseFile(pdftotext(c.pdf, true), name.replace(/\.pdf$/, '.txt'), null)
  const tally = tallies.get(c.layout) ?? {
    gold: 0,
    pages: 0,
    ours: { exact: 0, extra: 0 },
    plain: { exact: 0, extra: 0 },
    layout: { exact: 0, extra: 0 }
  }
  tally.gold += c.gold.length
  tally.pages += pageCount
  for (const [key, outcome] of [
    ['ours', ours],
    ['plain', plain],
    ['layout', laidOut]
  ] as const) {
    const s = score(c.gold, titles(outcome))
    tally[key].exact += s.exact
    tally[key].extra += s.extra
    if (values.verbose && key === 'ours' && (s.missed.length > 0 || s.extra > 0)) {
      console.log(`${name}: missed ${JSON.stringify(s.missed)}; got ${JSON.stringify(titles(outcome))}`)
    }
  }
  tallies.set(c.layout, tally)
}

const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(3))
console.log(
  'layout | headlines | pages | PDF reader exact (extra) | pdftotext exact (extra) | pdftotext -layout exact (extra)'
)
for (const [layout, t] of tallies) {
  console.log(
    `${layout} | ${t.gold} | ${t.pages} | ${ratio(t.ours.exact, t.gold)} (${t.ours.extra}) | ${ratio(t.plain.exact, t.gold)} (${t.plain.extra}) | ${ratio(t.layout.exact, t.gold)} (${t.layout.extra})`
  )
}
console.log(
  `PDF reading + parsing: ${pages} pages in ${readSeconds.toFixed(2)} s (${(pages / readSeconds).toFixed(1)} pages/s), peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`
)

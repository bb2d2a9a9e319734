/**
 * Exact headline precision/recall per family, from the file alone:
 *   seeds     tests/parse/gold/seeds.json titles
 *   fixtures  each fixture's records.json snapshot titles (a change shows as a loss until reviewed)
 *   heldout-* each tests/parse/fixtures/<case>/headlines.txt (gold written by scripts/heldout/)
 * Usage: node --import tsx scripts/headline-eval.ts [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { VFile } from 'vfile'
import { parseBulletin } from '../src/parse/index.ts'
import { decodeBulletin } from '../src/read/decode.ts'

const verbose = process.argv.includes('--verbose')
const squash = (text: string) => text.replace(/\s+/g, '')
const fixtures = new URL('../tests/parse/fixtures/', import.meta.url)
const families = new Map<string, { tp: number; got: number; want: number }>()

function score(family: string, name: string, got: string[], want: string[]): void {
  const entry = families.get(family) ?? { tp: 0, got: 0, want: 0 }
  const pool = new Map<string, number>()
  for (const title of want) pool.set(squash(title), (pool.get(squash(title)) ?? 0) + 1)
  let tp = 0
  const wrong: string[] = []
  for (const title of got) {
    const left = pool.get(squash(title)) ?? 0
    if (left > 0) {
      tp++
      pool.set(squash(title), left - 1)
    } else wrong.push(title)
  }
  entry.tp += tp
  entry.got += got.length
  entry.want += want.length
  families.set(family, entry)
  if (verbose && (wrong.length > 0 || tp < want.length)) {
    const missed = [...pool].filter(([, count]) => count > 0).map(([title]) => title)
    console.log(`${family} ${name}: spurious ${JSON.stringify(wrong)} missed ${JSON.stringify(missed)}`)
  }
}

function parse(name: string, text: string, issueDate: string | null): string[] {
  const file = new VFile({ path: name, value: text })
  return parseBulletin(file, { issueDate }).articles.map((article) => article.title)
}

const gold = JSON.parse(readFileSync(new URL('../tests/parse/gold/seeds.json', import.meta.url), 'utf8')) as {
  files: Record<string, { articles: Array<{ title: string }> }>
}
const manifestDates: Record<string, string> = { '001_8727214cb3b0a05c.txt': '2022' }
for (const [name, expected] of Object.entries(gold.files)) {
  const text = readFileSync(new URL(`../corpus/${name}`, import.meta.url), 'utf8')
  score(
    'seeds',
    name,
    parse(name, text, manifestDates[name] ?? null),
    expected.articles.map((article) => article.title)
  )
}
for (const name of readdirSync(fixtures).sort()) {
  const input = new URL(`${name}/input.txt`, fixtures)
  if (!existsSync(input)) continue
  const decoded = decodeBulletin(readFileSync(input), name)
  if (decoded.kind !== 'text') continue
  const optionsUrl = new URL(`${name}/options.json`, fixtures)
  const options = existsSync(optionsUrl) ? (JSON.parse(readFileSync(optionsUrl, 'utf8')) as { issueDate?: string }) : {}
  const got = parse(name, decoded.text, options.issueDate ?? null)
  const headlines = new URL(`${name}/headlines.txt`, fixtures)
  if (existsSync(headlines)) {
    const want = readFileSync(headlines, 'utf8').split('\n').filter(Boolean)
    score(name.replace(/-\d+$/, ''), name, got, want)
    continue
  }
  const records = new URL(`${name}/records.json`, fixtures)
  if (!existsSync(records)) continue
  const snapshot = JSON.parse(readFileSync(records, 'utf8')) as { articles: Array<{ title: string }> } | null
  score('fixtures', name, got, snapshot?.articles.map((article) => article.title) ?? [])
}
for (const [family, { tp, got, want }] of [...families].sort()) {
  const p = got === 0 ? 1 : tp / got
  const r = want === 0 ? 1 : tp / want
  console.log(`${family.padEnd(32)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  (${tp}/${got} right, ${want} wanted)`)
}

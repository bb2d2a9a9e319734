/**
 * How well does the parser read text it was not written against? Runs it over
 * every evaluation family (seeds gold, fixture regression, typeset corpus per
 * layout × extractor) and prints one table. See docs/PARSER-EVAL.md.
 *
 *   npm run eval-parser                       # checked-in typeset sample
 *   npm run eval-parser -- --full             # scripts/typeset-corpus output (tests/output/typeset/)
 *   npm run eval-parser -- --family district-2col --verbose district-2col
 *   npm run eval-parser -- --leave-out daily-digest --json
 *   npm run eval-parser -- --full --issues 1-8   # typeset issues 01–08 only (the tuning half)
 */
import { parseArgs } from 'node:util'
import { type EvalFamily, loadFamilies } from './parser-eval/gold.ts'
import { type FamilyScore, scoreFamily, summarise } from './parser-eval/score.ts'

const { values } = parseArgs({
  options: {
    family: { type: 'string', multiple: true },
    'leave-out': { type: 'string', multiple: true },
    verbose: { type: 'string', multiple: true },
    json: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
    issues: { type: 'string' }
  }
})

/** `--issues 1-8` or `--issues 9-16`: keep typeset files whose issue number is in range; seeds and fixtures stay whole. */
function issueRange(spec: string | undefined): ((family: EvalFamily) => EvalFamily) | null {
  if (spec === undefined) return null
  const match = /^(\d+)(?:-(\d+))?$/.exec(spec)
  if (!match) {
    console.error(`--issues wants N or N-M, got ${spec}`)
    process.exit(1)
  }
  const first = Number(match[1])
  const last = Number(match[2] ?? match[1])
  const inRange = (name: string) => {
    const issue = /-(\d+)\.txt$/.exec(name)
    return issue !== null && Number(issue[1]) >= first && Number(issue[1]) <= last
  }
  return (family) =>
    family.kind === 'typeset' ? { ...family, files: family.files.filter((file) => inRange(file.name)) } : family
}

/** `district-2col` names every extractor of that layout; `district-2col/pdftotext` one. */
const names = (family: EvalFamily | FamilyScore, wanted: string[] | undefined) =>
  (wanted ?? []).some((name) => name === family.name || name === family.family)

const byIssue = issueRange(values.issues)
const all = loadFamilies({ full: values.full })
  .map((family) => (byIssue ? byIssue(family) : family))
  .filter((family) => family.files.length > 0)
const chosen = values.family ? all.filter((family) => names(family, values.family)) : all
if (chosen.length === 0) {
  console.error(`No family matches ${values.family?.join(', ')}; families: ${all.map((f) => f.name).join(', ')}`)
  process.exit(1)
}
const scores = chosen.map(scoreFamily)
const heldOut = scores.filter((score) => names(score, values['leave-out']))
const kept = scores.filter((score) => !heldOut.includes(score))
const typesetTotal = (rows: FamilyScore[]) =>
  summarise(
    'typeset (all)',
    { family: 'typeset', extractor: null, kind: 'typeset' },
    rows.flatMap((row) => row.files)
  )

if (values.json) {
  const strip = (score: FamilyScore) => ({
    ...score,
    files: values.verbose && names(score, values.verbose) ? score.files : undefined
  })
  const typesetRows = kept.filter((row) => row.kind === 'typeset')
  const output = {
    families: kept.map(strip),
    typesetTotal: typesetRows.length > 0 ? strip(typesetTotal(typesetRows)) : null,
    heldOut: heldOut.map(strip)
  }
  console.log(JSON.stringify(output, null, 2))
} else {
  printTable(kept, heldOut)
  for (const score of scores.filter((row) => names(row, values.verbose))) printMisses(score)
}

function printTable(rows: FamilyScore[], held: FamilyScore[]): void {
  const header = ['family', 'kind', 'files', 'gold', 'produced', 'head P', 'head R', 'start F1', 'credits', 'kick/sub']
  const body = rows.map((row) => cells(row))
  const typesetRows = rows.filter((row) => row.kind === 'typeset')
  if (typesetRows.length > 1) body.push(cells(typesetTotal(typesetRows)))
  const heldRows = held.map((row) => cells(row, ' (held out)'))
  const widths = header.map((title, i) =>
    Math.max(title.length, ...[...body, ...heldRows].map((row) => row[i]!.length))
  )
  const line = (row: string[]) =>
    row.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
  console.log(line(header))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of body) console.log(line(row))
  if (heldRows.length === 0) return
  console.log('held out:')
  for (const row of heldRows) console.log(line(row))
}

function cells(row: FamilyScore, suffix = ''): string[] {
  const percent = (value: number | null) => (value === null ? '-' : value.toFixed(2))
  return [
    row.name + suffix,
    row.kind,
    String(row.counts.files),
    String(row.counts.gold),
    String(row.counts.produced),
    percent(row.headlinePrecision),
    percent(row.headlineRecall),
    percent(row.startF1),
    percent(row.creditAccuracy),
    percent(row.headAccuracy)
  ]
}

function printMisses(score: FamilyScore): void {
  console.log(
    `\n${score.name}: per-file misses (- gold title not produced, → what starts there instead; + produced title not in gold)`
  )
  const short = (title: string) => (title.length > 60 ? title.slice(0, 60) + '…' : title)
  for (const file of score.files) {
    if (file.missed.length === 0 && file.spurious.length === 0) continue
    console.log(`  ${file.name}: ${file.counts.titleHits}/${file.counts.gold} titles, ${file.counts.produced} produced`)
    for (const miss of file.missed) {
      console.log(`    - gold:     ${miss.gold}`)
      console.log(`      → ${miss.produced === null ? '(no produced article starts here)' : short(miss.produced)}`)
    }
    for (const title of file.spurious) console.log(`    + produced: ${short(title)}`)
  }
}

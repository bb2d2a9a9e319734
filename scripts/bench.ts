#!/usr/bin/env node
/**
 * Benchmark: our build against bare Eleventy + Pagefind and bare nodejieba.cut, on the
 * same synthetic text (scripts/generate-corpus.ts), on tmpfs (/dev/shm).
 *
 *   npm run bench -- [--articles N] [--names few|many] [--seed S] [--keep] [--heap MB]
 *                    [--skip-baseline] [--skip-rebuild] [--skip-search] [--json FILE]
 *                    [--pdf DIR] [--pdf-pages N]
 *
 * Every measurement runs in its own child process (scripts/bench/child-*.ts) so its peak
 * RSS is its own: CPU seconds and the largest process's peak from /usr/bin/time -v, and the
 * process tree's summed RSS (Node + Pagefind's binary) sampled every 100 ms.
 *
 *   ours       build() from src/pipeline, per-stage seconds (read, parse, tag, write, render,
 *              index), and per phase wall and CPU seconds and peak tree RSS
 *   --names    the corpus shape: `many` quotes ~3 one-off residents per article (issue 20)
 *   +1 issue   one new issue (8 articles) added to the built corpus, build again into the
 *              same output folder (what an editor does each week)
 *   baseline   bare Eleventy 3 (one .md page per article, <html lang="zh-CN"> layout) then
 *              Pagefind's Node API over the output
 *   cut        bare nodejieba.cut over the same title + body texts
 *   search     bytes a first search fetches (scripts/bench/first-search.ts), ours and baseline
 *   pdf        PDF reading (src/read/pdf/) then parsing, pages per second and peak RSS, on the
 *              PDFs under --pdf DIR (default tests/output/typeset/_pdf, made by
 *              `npm run typeset-corpus`), read in turn until --pdf-pages pages (default 300)
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateNewIssue, nameShapes, type NameShape, writeCorpus } from './generate-corpus.ts'
import { BaselineWriter } from './bench/baseline-input.ts'
import { measure, type Measurement } from './bench/measure.ts'
import type { SearchProfile } from './bench/first-search.ts'
import type { BuildResult } from './bench/child-build.ts'
import { describeQuality, type PageQuality } from '../tests/search/page-quality.ts'

const repo = fileURLToPath(new URL('../', import.meta.url))
const child = (name: string) => join(repo, 'scripts', 'bench', name)
/** tsx by URL, so children can run from any working folder. */
const tsx = import.meta.resolve('tsx')

const usage = `Usage: npm run bench -- [--articles N] [--names few|many] [--seed S] [--keep] [--heap MB]
                      [--skip-baseline] [--skip-rebuild] [--skip-search] [--json FILE]
                      [--pdf DIR] [--pdf-pages N]`

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    names: { type: 'string', default: 'few' },
    keep: { type: 'boolean', default: false },
    stages: { type: 'boolean', default: false },
    heap: { type: 'string' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-rebuild': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
    json: { type: 'string' },
    pdf: { type: 'string' },
    'pdf-pages': { type: 'string', default: '300' },
    help: { type: 'boolean', default: false }
  },
  strict: true
})
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const articles = Number(values.articles)
if (!Number.isInteger(articles) || articles < 1) {
  console.error(`Unexpected --articles \`${values.articles}\`, expected a positive whole number\n${usage}`)
  process.exit(2)
}
const names = values.names as NameShape
if (!nameShapes.includes(names)) {
  console.error(`Unexpected --names \`${values.names}\`, expected few or many\n${usage}`)
  process.exit(2)
}
if (values.heap !== undefined && !/^\d+$/.test(values.heap)) {
  console.error(`Unexpected --heap \`${values.heap}\`, expected megabytes, e.g. 8192\n${usage}`)
  process.exit(2)
}

const QUERIES = ['疫情防控', '项目建设', '核酸检测', '营商环境']

// ---------------------------------------------------------------------------------------

const tmpRoot = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
const root = mkdtempSync(join(tmpRoot, 'bulletin-bench-'))
const corpusDir = join(root, 'corpus')
const outDir = join(root, 'site')
const baseSrc = join(root, 'baseline-src')
const baseOut = join(root, 'baseline-site')
const textsFile = join(root, 'texts.jsonl')
/** The parse cache, as the CLI keeps it: cold for the first build, warm for the rebuild. */
const cacheDir = join(root, 'cache')
const logFile = join(root, 'bench.log')

function say(line: string) {
  console.log(line)
  appendFileSync(logFile, line + '\n')
}
const gb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024 ** 3).toFixed(2)} GB`)
const sec = (s: number | null | undefined) => (s == null ? '—' : `${s.toFixed(s < 10 ? 2 : 1)} s`)
const kb = (b: number) => `${(b / 1000).toFixed(0)} kB`
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || !b ? '—' : `${(a / b).toFixed(2)}×`

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0
  let files = 0
  if (!existsSync(dir)) return { bytes, files }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      const sub = dirSize(path)
      bytes += sub.bytes
      files += sub.files
    } else if (entry.isFile()) {
      bytes += statSync(path).size
      files++
    }
  }
  return { bytes, files }
}

/** Sizes of our index (search-index/: buckets, long lists, article files). */
function searchIndexStats(site: string) {
  const root = join(site, 'search-index')
  if (!existsSync(join(root, 'index.json'))) return null
  const part = (name: string) => (existsSync(join(root, name)) ? dirSize(join(root, name)) : { bytes: 0, files: 0 })
  return { total: dirSize(root), buckets: part('b'), lists: part('l'), articles: part('d') }
}

/** Sizes of a Pagefind bundle at pagefind/. */
function pagefindStats(site: string) {
  const single = join(site, 'pagefind')
  const bundles = existsSync(single) ? [single] : []
  if (bundles.length === 0) return null
  const sum = (dirs: string[]) =>
    dirs.map(dirSize).reduce((a, b) => ({ bytes: a.bytes + b.bytes, files: a.files + b.files }), { bytes: 0, files: 0 })
  const metas = bundles.map((b) =>
    readdirSync(b)
      .filter((f) => f.endsWith('.pf_meta'))
      .map((f) => statSync(join(b, f)).size)
      .reduce((x, y) => x + y, 0)
  )
  return {
    bundles: bundles.length,
    total: dirSize(single),
    index: sum(bundles.map((b) => join(b, 'index'))),
    fragment: sum(bundles.map((b) => join(b, 'fragment'))),
    filter: sum(bundles.map((b) => join(b, 'filter'))),
    metaBytes: Math.max(...metas)
  }
}

function report(name: string, m: Measurement) {
  const status = m.ok ? 'ok' : `FAILED (exit ${m.exitCode})`
  say(
    `  ${name}: ${status}, wall ${sec(m.wallSeconds)}, CPU ${sec(m.cpuSeconds)}, peak RSS tree ${gb(m.peakTreeRssBytes)} / largest process ${gb(m.maxRssBytes)}`
  )
  if (!m.ok) {
    say(
      m.stderrTail
        .split('\n')
        .slice(-25)
        .map((l) => `    ! ${l}`)
        .join('\n')
    )
    say(
      m.stdoutTail
        .split('\n')
        .slice(-10)
        .map((l) => `    | ${l}`)
        .join('\n')
    )
  }
}

// Every child runs with the flags of `npm run build` (package.json), its heap unless --heap says
// otherwise: a young generation of 64 MB saves ~10 % of garbage collection on this kind of work,
// for ours and the baselines alike.
const buildScript: string = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).scripts.build
const heap = values.heap ?? /--max-old-space-size=(\d+)/.exec(buildScript)?.[1]
const nodeArgs = (script: string, ...args: string[]) => [
  ...(heap ? [`--max-old-space-size=${heap}`] : []),
  '--max-semi-space-size=64',
  '--import',
  tsx,
  child(script),
  ...args
]

// ---------------------------------------------------------------------------------------

say(
  `Bench: ${articles} articles, ${names} names, seed ${values.seed}, in ${root}${heap ? `, --max-old-space-size=${heap}` : ''}`
)
let t = performance.now()
const writer = values['skip-baseline'] ? null : new BaselineWriter(baseSrc, textsFile)
const corpus = writeCorpus({ articles, seed: values.seed, names, out: corpusDir, onArticle: (a) => writer?.add(a) })
writer?.close()
const generateSeconds = (performance.now() - t) / 1000
say(
  `  corpus: ${corpus.files} files, ${corpus.articles} articles, ${(corpus.bytes / 1e6).toFixed(1)} MB (${sec(generateSeconds)})`
)

// (a) our build
say('Our build …')
const ours = await measure(process.execPath, nodeArgs('child-build.ts', corpusDir, outDir, cacheDir), { cwd: repo })
report('ours', ours)
const oursResult = ours.result as null | BuildResult
if (oursResult) {
  say(
    `  ${oursResult.files} files → ${oursResult.issues} issues, ${oursResult.articles} articles (generated ${corpus.articles}), ${oursResult.pages} pages, ${oursResult.warnings} warnings`
  )
  say(
    `  stages: ${Object.entries(oursResult.stageSeconds)
      .map(([k, v]) => `${k} ${sec(v)}`)
      .join(', ')}`
  )
}
const oursSite = ours.ok
  ? { html: dirSize(outDir), pagefind: pagefindStats(outDir), index: searchIndexStats(outDir) }
  : null

// (d) first search, ours
let oursSearch: SearchProfile[] | null = null
if (ours.ok && !values['skip-search']) {
  say('First search, ours …')
  const m = await measure(process.execPath, ['--import', tsx, child('first-search.ts'), outDir, ...QUERIES], {
    cwd: repo
  })
  if (m.ok) oursSearch = (m.result as { profiles: SearchProfile[] }).profiles
  else report('search', m)
}

// (d2) search quality through the page: the query set of the generated records
let searchQuality: { quality: unknown } | null = null
if (ours.ok && !values['skip-search']) {
  say('Search quality through the page …')
  const m = await measure(
    process.execPath,
    ['--import', tsx, join(repo, 'scripts/search-quality.ts'), '--site', outDir, '--corpus', corpusDir],
    { cwd: repo }
  )
  if (m.ok) {
    searchQuality = m.result as { quality: unknown }
    const q = searchQuality.quality as PageQuality
    say(describeQuality(q, '  search quality'))
  } else report('search quality', m)
}

// (e) one new issue into the built archive
let rebuild: Measurement | null = null
if (ours.ok && !values['skip-rebuild']) {
  say('One new issue, build again into the same folder …')
  const extra = generateNewIssue({ articles, seed: values.seed, names })
  writeFileSync(join(corpusDir, extra.file), extra.text)
  appendFileSync(join(corpusDir, 'manifest.csv'), extra.manifestRow + '\n')
  rebuild = await measure(process.execPath, nodeArgs('child-build.ts', corpusDir, outDir, cacheDir), { cwd: repo })
  report('+1 issue', rebuild)
}

// (b) bare Eleventy + Pagefind, (c) bare cut
let baseline: Measurement | null = null
let cut: Measurement | null = null
let baseSearch: SearchProfile[] | null = null
let baseSite: ReturnType<typeof pagefindStats> = null
if (!values['skip-baseline']) {
  say('Baseline: bare Eleventy + Pagefind …')
  baseline = await measure(process.execPath, nodeArgs('child-baseline.ts', baseSrc, baseOut), { cwd: root })
  report('baseline', baseline)
  if (baseline.ok) {
    baseSite = pagefindStats(baseOut)
    if (!values['skip-search']) {
      const m = await measure(process.execPath, ['--import', tsx, child('first-search.ts'), baseOut, ...QUERIES], {
        cwd: repo
      })
      if (m.ok) baseSearch = (m.result as { profiles: SearchProfile[] }).profiles
    }
  }
  say('Baseline: bare nodejieba.cut …')
  cut = await measure(process.execPath, nodeArgs('child-jieba.ts', textsFile), { cwd: repo })
  report('cut', cut)
}

// (f) PDF reading, on the typeset corpus's PDFs when they are there
const pdfDir = values.pdf ? resolve(values.pdf) : join(repo, 'tests/output/typeset/_pdf')
let pdf: Measurement | null = null
if (existsSync(pdfDir)) {
  say(`PDF reading: ${values['pdf-pages']} pages of the PDFs under ${pdfDir} …`)
  pdf = await measure(process.execPath, nodeArgs('child-pdf.ts', pdfDir, values['pdf-pages']), { cwd: repo })
  report('pdf', pdf)
} else say(`PDF reading: no PDFs at ${pdfDir} (make them with npm run typeset-corpus, or pass --pdf DIR)`)

// ---------------------------------------------------------------------------------------
// The table.

const st = oursResult?.stageSeconds ?? {}
const b = baseline?.result as null | { eleventySeconds: number; pagefindSeconds: number; pages: number }
const c = cut?.result as null | { loadSeconds: number; cutSeconds: number; chars: number }
const rows: [string, string, string, string][] = []
const row = (what: string, oursV: string, base: string, r: string) => rows.push([what, oursV, base, r])
type Measured = number | null | undefined
/** A row comparing our figure with the baseline's, in one unit, with their ratio. */
const compare = (what: string, oursValue: Measured, baseValue: Measured, unit: (v: Measured) => string) =>
  row(what, unit(oursValue), unit(baseValue), ratio(oursValue, baseValue))
compare('wall, whole build', ours.wallSeconds, baseline?.wallSeconds, sec)
compare('CPU (user+sys), whole build', ours.cpuSeconds, baseline?.cpuSeconds, sec)
compare('peak RSS, process tree (sampled)', ours.peakTreeRssBytes, baseline?.peakTreeRssBytes, gb)
compare('peak RSS, largest single process', ours.maxRssBytes, baseline?.maxRssBytes, gb)
compare('render (Eleventy)', st.render, b?.eleventySeconds, sec)
compare('index (ours: search/; bare: Pagefind)', st.index, b?.pagefindSeconds, sec)
const perSecond = (count: number | undefined, seconds: number | undefined) =>
  count && seconds ? `${(count / seconds).toFixed(0)} pages/s` : '—'
row('render, pages per second', perSecond(oursResult?.pages, st.render), perSecond(b?.pages, b?.eleventySeconds), '')
row(
  'index, articles per second',
  perSecond(oursResult?.articles, st.index),
  perSecond(b?.pages, b?.pagefindSeconds),
  ''
)
compare('tag vs bare cut (cut only)', st.tag, c?.cutSeconds, sec)
compare('tag vs bare cut (load + cut)', st.tag, c ? c.loadSeconds + c.cutSeconds : null, sec)
for (const stage of ['read', 'parse', 'tag', 'write', 'render', 'index'])
  if (stage in st) row(`stage ${stage}`, sec(st[stage]), '', '')
const otherStages = Object.keys(st).filter((k) => !['read', 'parse', 'tag', 'write', 'render', 'index'].includes(k))
for (const stage of otherStages) row(`stage ${stage}`, sec(st[stage]), '', '')
if (st.parse)
  row(
    'parser throughput',
    `${(corpus.bytes / 1e6 / st.parse).toFixed(2)} MB/s`,
    '',
    `${(corpus.articles / st.parse).toFixed(0)} articles/s`
  )
if (c) row('bare cut throughput', '', `${(c.chars / c.cutSeconds / 1e6).toFixed(2)} M chars/s`, '')
if (rebuild)
  row(
    '+1 issue rebuild, wall',
    sec(rebuild.wallSeconds),
    '',
    `CPU ${sec(rebuild.cpuSeconds)}, ${gb(rebuild.peakTreeRssBytes)}`
  )
if (oursSite)
  row(
    'output: HTML+data / pagefind',
    `${(oursSite.html.bytes / 1e6).toFixed(0)} MB, ${oursSite.html.files} files`,
    baseline?.ok ? `${(dirSize(baseOut).bytes / 1e6).toFixed(0)} MB` : '',
    ''
  )
for (const [label, site] of [
  ['ours', oursSite?.pagefind],
  ['baseline', baseSite]
] as const) {
  if (site)
    row(
      `pagefind bundle (${label})`,
      `${(site.total.bytes / 1e6).toFixed(1)} MB in ${site.bundles} bundle(s)`,
      `largest meta ${kb(site.metaBytes)}`,
      `${site.index.files} chunks ${(site.index.bytes / 1e6).toFixed(1)} MB, ${site.fragment.files} fragments, ${site.filter.files} filter chunks`
    )
}
const p = pdf?.ok
  ? (pdf.result as { pages: number; files: number; articles: number; readSeconds: number; parseSeconds: number })
  : null
if (pdf && p)
  row(
    `PDF reading + parsing (${p.pages} pages, ${p.files} PDFs)`,
    `read ${(p.pages / p.readSeconds).toFixed(1)} pages/s, parse ${(p.pages / p.parseSeconds).toFixed(0)} pages/s (wall)`,
    `CPU ${sec(pdf.cpuSeconds)} = ${(p.pages / (pdf.cpuSeconds ?? NaN)).toFixed(1)} pages per CPU second`,
    `peak RSS ${gb(pdf.maxRssBytes)}, ${p.articles} articles`
  )
if (oursSite?.index) {
  const i = oursSite.index
  const part = (p: { bytes: number; files: number }) => `${(p.bytes / 1e6).toFixed(1)} MB in ${p.files} files`
  row(
    'search index (ours)',
    `${(i.total.bytes / 1e6).toFixed(1)} MB, ${i.total.files} files`,
    '',
    `buckets ${part(i.buckets)}, long lists ${part(i.lists)}, articles ${part(i.articles)}`
  )
}
const searchSummary = (profiles: SearchProfile[] | null, profile: 'minimal' | 'ours') => {
  if (!profiles) return '—'
  const list = profiles.filter((p) => p.profile === profile)
  if (list.length === 0) return '—'
  const sizes = list.map((p) => p.bytes).sort((x, y) => x - y)
  return `${kb(sizes[Math.floor(sizes.length / 2)]!)} median, ${kb(sizes.at(-1)!)} max`
}
row(
  'first search (ours: our search page; bare: Pagefind, 5 results)',
  searchSummary(oursSearch, 'ours'),
  searchSummary(baseSearch, 'minimal'),
  ''
)

say('')
say(`## ${articles} articles, ${names} names (${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB)`)
say('')
say('| measure | ours | bare Eleventy+Pagefind / bare cut | ratio / note |')
say('|---|---|---|---|')
for (const r of rows) say(`| ${r.join(' | ')} |`)

// Per phase: always printed (issue 20 asks for wall, CPU and peak RSS per stage); --stages is kept for old scripts.
{
  for (const [name, m] of [
    ['ours', ours],
    ['+1 issue', rebuild],
    ['baseline', baseline],
    ['cut', cut]
  ] as const) {
    if (!m) continue
    say('')
    say(
      `${name}: phases, each ending at a progress line (wall seconds, CPU seconds of the process tree, peak tree RSS in the phase; 'start' = Node + imports)`
    )
    for (const s of m.stages)
      say(
        `  ${s.label.padEnd(14)} ${sec(s.seconds).padStart(9)}  CPU ${sec(s.cpuSeconds).padStart(8)}  ${gb(s.peakTreeRssBytes)}`
      )
    const procs = new Map<string, { cpu: number; rss: number; n: number }>()
    for (const p of m.processes) {
      const e = procs.get(p.comm) ?? { cpu: 0, rss: 0, n: 0 }
      procs.set(p.comm, { cpu: e.cpu + p.cpuSeconds, rss: Math.max(e.rss, p.peakRssBytes), n: e.n + 1 })
    }
    say(
      `  processes: ${[...procs].map(([k, v]) => `${k}${v.n > 1 ? ` ×${v.n}` : ''} CPU ${sec(v.cpu)}, peak ${gb(v.rss)}`).join('; ')}`
    )
  }
}
if (oursSearch || baseSearch) {
  say('')
  say('First search, bytes by kind (cold start):')
  for (const [label, profiles] of [
    ['ours', oursSearch],
    ['baseline', baseSearch]
  ] as const) {
    for (const p of profiles ?? []) {
      const kinds = Object.entries(p.byKind)
        .map(([k, v]) => `${k} ${kb(v.bytes)}/${v.requests}`)
        .join(', ')
      say(
        `  ${label.padEnd(8)} ${p.profile.padEnd(7)} ${p.query}: ${kb(p.bytes)} in ${p.requests} requests (${kinds}); ${p.candidates} candidates, ${p.shown} shown` +
          (p.second
            ? `; first result ${p.firstResultMs?.toFixed(0)} ms; then “${p.second.query}” on the same page: ${kb(p.second.bytes)} in ${p.second.requests} requests, ${p.second.doneMs.toFixed(0)} ms`
            : '') +
          (p.filters
            ? `; its filters counted over ${p.second?.query}'s results: ${kb(p.filters.bytes)} in ${p.filters.requests} requests, ${p.filters.ms.toFixed(0)} ms`
            : '')
      )
    }
  }
}

// Targets (issues 7 and 20).
say('')
say('Targets:')
const at20k = articles === 20000 ? '' : ` (measured at ${articles}, target is for 20,000)`
const wallRatio = baseline?.ok && ours.ok ? ours.wallSeconds / baseline.wallSeconds : null
const cpuRatio =
  baseline?.ok && ours.ok && ours.cpuSeconds && baseline.cpuSeconds ? ours.cpuSeconds / baseline.cpuSeconds : null
const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'MET' : 'MISSED')
say(
  `  20,000 articles ≤ 0.5× bare Eleventy+Pagefind: wall ${ratio(wallRatio, 1)}, CPU ${ratio(cpuRatio, 1)} → ${verdict(wallRatio === null ? null : wallRatio <= 0.5)}${at20k}`
)
say(
  `  20,000 articles ≤ 4 GB peak RSS: ${gb(ours.peakTreeRssBytes)} → ${verdict(ours.ok ? ours.peakTreeRssBytes <= 4 * 1024 ** 3 : null)}${at20k}`
)
if (ours.ok && articles === 100000) {
  const ok = ours.wallSeconds <= 600 && ours.peakTreeRssBytes <= 8 * 1024 ** 3
  say(
    `  100,000 articles ≤ 10 min, ≤ 8 GB: ${sec(ours.wallSeconds)}, ${gb(ours.peakTreeRssBytes)} peak (process tree) → ${verdict(ok)}`
  )
} else if (ours.ok && articles >= 2000) {
  const scale = 100000 / articles
  say(
    `  100,000 articles ≤ 10 min, ≤ 8 GB: not measured here; wall × ${scale} from this run = ${sec(ours.wallSeconds * scale)} (a lower bound: Eleventy and Pagefind grow faster than linearly; run --articles 100000 --skip-baseline)`
  )
}
say(
  `  +1 issue into a built 20,000-article archive ≤ 5 s: ${sec(rebuild?.wallSeconds)} → ${verdict(rebuild?.ok ? rebuild.wallSeconds <= 5 : null)}${at20k}`
)
const tagRatio = c && st.tag ? st.tag / (c.loadSeconds + c.cutSeconds) : null
say(
  `  tagging ≤ 1.5× bare nodejieba.cut (load + cut): ${ratio(tagRatio, 1)} → ${verdict(tagRatio === null ? null : tagRatio <= 1.5)}`
)
if (oursSearch) {
  const worst = Math.max(...oursSearch.filter((p) => p.profile === 'ours').map((p) => p.bytes))
  say(
    `  first search of 100,000 articles ≤ 300 KB: ${kb(worst)} at ${articles} with our search page (worst of ${QUERIES.length} queries)`
  )
  const seconds = oursSearch.flatMap((p) => (p.second ? [p.second.bytes] : []))
  if (seconds.length)
    say(`  each further query ≤ 150 KB: ${kb(Math.max(...seconds))} at ${articles} (worst of ${seconds.length})`)
  const firsts = oursSearch.flatMap((p) => (p.firstResultMs === undefined ? [] : [p.firstResultMs]))
  if (firsts.length)
    say(`  first results on screen ≤ 300 ms: worst ${Math.max(...firsts).toFixed(0)} ms at ${articles}`)
  const facets = oursSearch.flatMap((p) => (p.filters ? [p.filters] : []))
  if (facets.length)
    say(
      `  (no target) filters counted over a result set when the panel is opened: worst ${kb(Math.max(...facets.map((f) => f.bytes)))}, ${Math.max(...facets.map((f) => f.ms)).toFixed(0)} ms at ${articles}`
    )
}

const json = {
  articles,
  seed: values.seed,
  corpus,
  generateSeconds,
  root,
  ours,
  rebuild,
  baseline,
  cut,
  oursSite,
  baseSite,
  oursSearch,
  baseSearch,
  pdf,
  searchQuality
}
writeFileSync(join(root, 'results.json'), JSON.stringify(json, null, 1))
if (values.json) writeFileSync(resolve(values.json), JSON.stringify(json, null, 1))
if (values.keep) say(`\nKept ${root} (corpus/, site/, baseline-src/, baseline-site/, results.json, bench.log)`)
else rmSync(root, { recursive: true, force: true })
process.exitCode = ours.ok ? 0 : 1

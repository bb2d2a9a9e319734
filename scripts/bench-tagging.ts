/**
 * Benchmark the tagging stage against bare `nodejieba.cut` over the same text.
 *
 *   node --import tsx scripts/bench-tagging.ts [--articles N[,N…]] [--runs R] [--dir folder] [--seeds folder]
 *
 * Without --dir it builds N synthetic articles (default 2000) by recombining the
 * sentences of the seed bulletins deterministically. With --dir each .txt file
 * is read as one article (first line the title, other non-empty lines paragraphs).
 * Several sizes (`--articles 4000,20000`) are measured one after another, each in
 * a fresh child process so that every size starts cold.
 *
 * Both sides are CPU time (process.cpuUsage: user + system, all threads), best of
 * R runs (default 3), alternating cut and tagCorpus. The baseline is what a user
 * would write: `nodejieba.cut(text)` (default, no HMM) once per article, over the
 * title and paragraphs joined by newlines — the same text tagCorpus cuts, after the
 * same dictionary load (excluded from both sides). The first tagCorpus run (cold
 * JIT, empty caches, words not yet inserted) is reported too: it is what a build pays.
 *
 * `benchTagging(articles, options)` is exported for the overall benchmark
 * (scripts/bench.ts); `formatTaggingBench` gives the lines printed here.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { tagCorpus, type TaggableArticle, type TagOptions } from '../src/segment/index.ts'
import { cutText, warmUp } from '../src/segment/jieba.ts'
import { prng } from '../src/util/prng.ts'

export interface TaggingBench {
  articles: number
  chars: number
  runs: number
  /** Bare nodejieba.cut, one call per article: CPU seconds of each run, and the best. */
  cutRunsSeconds: number[]
  cutSeconds: number
  /** tagCorpus over the same articles: CPU seconds of each run (the first one cold), and the best. */
  tagRunsSeconds: number[]
  tagSeconds: number
  tagFirstSeconds: number
  /** tagSeconds / cutSeconds: the issue asks for ≤ 1.5; we aim for ≤ 1.4. */
  ratio: number
  /** tagFirstSeconds / cutSeconds. */
  firstRatio: number
  cutCharsPerSecond: number
  tagCharsPerSecond: number
  /** Older names of cutSeconds and tagSeconds, in milliseconds. */
  cutMs: number
  tagMs: number
}

/** The text tagCorpus cuts for an article, as a user would hand it to nodejieba. */
function articleText(a: TaggableArticle): string {
  return a.title + '\n' + a.paragraphs.join('\n')
}

/** CPU seconds (user + system) spent in `fn`: steadier than wall time on a shared machine. */
function cpuSeconds(fn: () => void): number {
  const t0 = process.cpuUsage()
  fn()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1e6
}

function timeCut(texts: string[]): number {
  let tokens = 0
  const s = cpuSeconds(() => {
    for (const t of texts) tokens += cutText(t).length
  })
  if (tokens < 0) console.log(tokens)
  return s
}

/**
 * Time bare cut and tagCorpus over the same articles, alternating, `runs` times each
 * (strings are read as one-paragraph articles). Loads jieba's dictionary first.
 */
export function benchTagging(input: TaggableArticle[] | string[], options: TagOptions = {}, runs = 3): TaggingBench {
  const articles: TaggableArticle[] = input.map((x, i) =>
    typeof x === 'string'
      ? {
          id: `t${i}`,
          title: '',
          paragraphs: [x],
          reporters: [],
          correspondents: [],
          photographers: [],
          date: null,
          issueDate: null
        }
      : x
  )
  const texts = articles.map(articleText)
  const chars = texts.reduce((n, t) => n + t.length, 0)
  warmUp()
  timeCut(texts.slice(0, 50))
  const cutRunsSeconds: number[] = []
  const tagRunsSeconds: number[] = []
  for (let r = 0; r < Math.max(1, runs); r++) {
    cutRunsSeconds.push(timeCut(texts))
    tagRunsSeconds.push(
      cpuSeconds(() => {
        tagCorpus(articles, options)
      })
    )
  }
  const cutSeconds = Math.min(...cutRunsSeconds)
  const tagSeconds = Math.min(...tagRunsSeconds)
  const tagFirstSeconds = tagRunsSeconds[0] as number
  return {
    articles: articles.length,
    chars,
    runs: cutRunsSeconds.length,
    cutRunsSeconds,
    cutSeconds,
    tagRunsSeconds,
    tagSeconds,
    tagFirstSeconds,
    ratio: tagSeconds / cutSeconds,
    firstRatio: tagFirstSeconds / cutSeconds,
    cutCharsPerSecond: chars / cutSeconds,
    tagCharsPerSecond: chars / tagSeconds,
    cutMs: cutSeconds * 1000,
    tagMs: tagSeconds * 1000
  }
}

/** Human-readable lines for a TaggingBench. */
export function formatTaggingBench(r: TaggingBench): string[] {
  const sec = (x: number): string => x.toFixed(3) + ' s'
  const rate = (x: number): string => (x / 1e6).toFixed(2) + ' M chars/s'
  const runs = (xs: number[]): string => xs.map((x) => x.toFixed(3)).join(' / ')
  return [
    `articles ${r.articles}, ${r.chars} chars; CPU seconds, best of ${r.runs}`,
    `bare nodejieba.cut  ${sec(r.cutSeconds)}  ${rate(r.cutCharsPerSecond)}  (runs ${runs(r.cutRunsSeconds)})`,
    `tagCorpus           ${sec(r.tagSeconds)}  ${rate(r.tagCharsPerSecond)}  (runs ${runs(r.tagRunsSeconds)})`,
    `ratio tagCorpus / cut = ${r.ratio.toFixed(2)} best, ${r.firstRatio.toFixed(2)} first run (issue: ≤ 1.5, aim: ≤ 1.4)`
  ]
}

/** N synthetic ~1,200-character articles recombined from the seed bulletins' sentences. */
export function syntheticArticles(n: number, seedsDir: string): TaggableArticle[] {
  const sentences: string[] = []
  for (const f of readdirSync(seedsDir)
    .filter((x) => x.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(seedsDir, f), 'utf8').replace(/\s+/gu, '')
    for (const s of text.split(/(?<=[。！？])/u)) if (s.length >= 12 && s.length <= 400) sentences.push(s)
  }
  const rnd = prng(20200229)
  const pick = (): string => sentences[Math.floor(rnd() * sentences.length)] ?? ''
  const out: TaggableArticle[] = []
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = []
    let len = 0
    let p = ''
    while (len < 1200) {
      const s = pick()
      p += s
      len += s.length
      if (p.length > 250 || len >= 1200) {
        paragraphs.push(p)
        p = ''
      }
    }
    const day = 1 + (i % 28)
    const month = 1 + (Math.floor(i / 28) % 12)
    const issueDate = `${2020 + Math.floor(i / 336)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    out.push({
      id: `s${String(i).padStart(6, '0')}`,
      title: pick()
        .slice(0, 24)
        .replace(/[，。,]/gu, ' ')
        .trim(),
      paragraphs,
      reporters: [],
      correspondents: [],
      photographers: [],
      date: issueDate,
      issueDate
    })
  }
  return out
}

function readDir(dir: string): TaggableArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f, i) => {
      const lines = readFileSync(join(dir, f), 'utf8')
        .split(/\r?\n/u)
        .map((l) => l.trim())
        .filter((l) => l !== '')
      return {
        id: `d${i}`,
        title: lines[0] ?? '',
        paragraphs: lines.slice(1),
        reporters: [],
        correspondents: [],
        photographers: [],
        date: null,
        issueDate: null
      }
    })
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function benchOne(n: number, runs: number): void {
  const dir = arg('--dir')
  const seeds = arg('--seeds') ?? 'corpus'
  const articles = dir !== undefined ? readDir(dir) : syntheticArticles(n, seeds)
  const dictPath = 'corpus/dictionary.txt'
  const options: TagOptions = existsSync(dictPath) ? { dictionaryText: readFileSync(dictPath, 'utf8') } : {}
  for (const line of formatTaggingBench(benchTagging(articles, options, runs))) console.log(line)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (arg('--articles') ?? '2000').split(',').map(Number)
  const runs = Number(arg('--runs') ?? 3)
  if (sizes.length === 1 || arg('--dir') !== undefined) benchOne(sizes[0] ?? 2000, runs)
  else {
    // One child per size: each starts cold, as a build would.
    const self = fileURLToPath(import.meta.url)
    const rest = process.argv.slice(2).filter((x, i, all) => x !== '--articles' && all[i - 1] !== '--articles')
    for (const n of sizes) {
      const child = spawnSync(process.execPath, [...process.execArgv, self, '--articles', String(n), ...rest], {
        stdio: 'inherit'
      })
      if (child.status !== 0) process.exit(child.status ?? 1)
    }
  }
}

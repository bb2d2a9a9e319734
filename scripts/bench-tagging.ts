/**
 * Benchmark the tagging stage against bare `nodejieba.cut` over the same text.
 *
 *   node --import tsx scripts/bench-tagging.ts [--articles N] [--dir folder] [--seeds folder]
 *
 * Without --dir it builds N synthetic articles (default 2000) by recombining the
 * sentences of the seed bulletins deterministically. With --dir each .txt file
 * is read as one article (first line the title, other non-empty lines paragraphs).
 * `benchTagging(articles)` is exported for the overall benchmark.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { tagCorpus, type TaggableArticle, type TagOptions } from '../src/segment/index.ts'
import { cutText, warmUp } from '../src/segment/jieba.ts'

export interface TaggingBench {
  articles: number
  chars: number
  /** Bare nodejieba.cut over every title and body, CPU milliseconds (best of a run before and after). */
  cutMs: number
  /** tagCorpus over the same articles, CPU milliseconds (first run: what a build pays). */
  tagMs: number
  cutCharsPerSecond: number
  tagCharsPerSecond: number
  /** tagMs / cutMs: the target is ≤ 1.5. */
  ratio: number
}

function textsOf(articles: TaggableArticle[]): string[] {
  const out: string[] = []
  for (const a of articles) { out.push(a.title); out.push(a.paragraphs.join('\n')) }
  return out
}

/** CPU milliseconds (user + system) spent in `fn`: steadier than wall time on a shared machine. */
function cpuMs(fn: () => void): number {
  const t0 = process.cpuUsage()
  fn()
  const d = process.cpuUsage(t0)
  return (d.user + d.system) / 1000
}

function timeCut(texts: string[]): number {
  let tokens = 0
  const ms = cpuMs(() => { for (const t of texts) tokens += cutText(t).length })
  if (tokens < 0) console.log(tokens)
  return ms
}

/** Time bare cut and tagCorpus over the same articles (strings are read as one-paragraph articles). */
export function benchTagging(input: TaggableArticle[] | string[], options: TagOptions = {}): TaggingBench {
  const articles: TaggableArticle[] = input.map((x, i) => typeof x === 'string'
    ? { id: `t${i}`, title: '', paragraphs: [x], reporters: [], correspondents: [], photographers: [], date: null, issueDate: null }
    : x)
  const texts = textsOf(articles)
  const chars = texts.reduce((n, t) => n + t.length, 0)
  warmUp()
  timeCut(texts.slice(0, 50))
  const cutBefore = timeCut(texts)
  const tagMs = cpuMs(() => { tagCorpus(articles, options) })
  const cutAfter = timeCut(texts)
  const cutMs = Math.min(cutBefore, cutAfter)
  return {
    articles: articles.length, chars, cutMs, tagMs,
    cutCharsPerSecond: chars / (cutMs / 1000), tagCharsPerSecond: chars / (tagMs / 1000), ratio: tagMs / cutMs
  }
}

/** Deterministic PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** N synthetic ~1,200-character articles recombined from the seed bulletins' sentences. */
export function syntheticArticles(n: number, seedsDir: string): TaggableArticle[] {
  const sentences: string[] = []
  for (const f of readdirSync(seedsDir).filter((x) => x.endsWith('.txt')).sort()) {
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
      if (p.length > 250 || len >= 1200) { paragraphs.push(p); p = '' }
    }
    const day = 1 + (i % 28)
    const month = 1 + (Math.floor(i / 28) % 12)
    const issueDate = `${2020 + Math.floor(i / 336)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    out.push({
      id: `s${String(i).padStart(6, '0')}`,
      title: pick().slice(0, 24).replace(/[，。,]/gu, ' ').trim(),
      paragraphs, reporters: [], correspondents: [], photographers: [],
      date: issueDate, issueDate
    })
  }
  return out
}

function readDir(dir: string): TaggableArticle[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f, i) => {
    const lines = readFileSync(join(dir, f), 'utf8').split(/\r?\n/u).map((l) => l.trim()).filter((l) => l !== '')
    return { id: `d${i}`, title: lines[0] ?? '', paragraphs: lines.slice(1), reporters: [], correspondents: [], photographers: [], date: null, issueDate: null }
  })
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(arg('--articles') ?? 2000)
  const dir = arg('--dir')
  const seeds = arg('--seeds') ?? (existsSync('/work/shared/seeds') ? '/work/shared/seeds' : 'corpus')
  const articles = dir !== undefined ? readDir(dir) : syntheticArticles(n, seeds)
  const dictPath = 'corpus/dictionary.txt'
  const options: TagOptions = existsSync(dictPath) ? { dictionaryText: readFileSync(dictPath, 'utf8') } : {}
  const r = benchTagging(articles, options)
  const fmt = (x: number): string => (x / 1e6).toFixed(2) + ' M chars/s'
  console.log(`articles ${r.articles}, ${r.chars} chars`)
  console.log(`bare nodejieba.cut  ${r.cutMs.toFixed(0)} ms  ${fmt(r.cutCharsPerSecond)}`)
  console.log(`tagCorpus           ${r.tagMs.toFixed(0)} ms  ${fmt(r.tagCharsPerSecond)}`)
  console.log(`ratio tagCorpus / cut = ${r.ratio.toFixed(2)} (target ≤ 1.5)`)
}

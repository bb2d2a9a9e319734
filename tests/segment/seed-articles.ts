/**
 * Test fixture: cut the five seed bulletins into articles with the help of the
 * human gold reading (titles and paragraph starts). Test-only: src/ never sees gold.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TaggableArticle } from '../../src/segment/index.ts'

/** The seed bulletins (the bundled corpus) and their gold reading, both inside the repository. */
const seedsDir = fileURLToPath(new URL('../../corpus/', import.meta.url))
const goldPath = fileURLToPath(new URL('../parse/gold/seeds.json', import.meta.url))

export interface GoldArticle {
  title: string
  date: string | null
  reporters: string[]
  correspondents: string[]
  sourceUnit: string | null
  paragraphStarts: string[]
  people: string[]
  places: string[]
}
interface GoldFile {
  masthead: { date?: string } | null
  articles: GoldArticle[]
}

export interface SeedArticle {
  article: TaggableArticle
  gold: GoldArticle
}

const compact = (s: string): string => s.replace(/\s+/gu, '').replace(/^#+/u, '')

function cleanParagraph(p: string, gold: GoldArticle): string {
  let s = p.replace(/#+/gu, '')
  s = s.replace(/[（(](?:下转|上接)[^）)]{1,8}[）)]/gu, '')
  const byline = /[（(]?(?:记者|通讯员)[\u4e00-\u9fff/、]{2,16}[）)]?$/u.exec(s)
  if (byline !== null) s = s.slice(0, byline.index)
  if (gold.sourceUnit !== null) s = s.replace(new RegExp(`[（(]${gold.sourceUnit}[）)]$`, 'u'), '')
  s = s.replace(/[（(][\u4e00-\u9fff]{2,12}(?:管委会|街道|镇|办事处)[）)]$/u, '')
  return s
}

export function loadSeedArticles(): SeedArticle[] {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { files: Record<string, GoldFile> }
  const out: SeedArticle[] = []
  const files = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
  for (const file of files) {
    const g = gold.files[file]
    if (g === undefined) continue
    const text = compact(readFileSync(join(seedsDir, file), 'utf8'))
    const issueDate = g.masthead?.date ?? null
    // Boundaries: title spans and paragraph starts.
    const titleSpans: [number, number][] = []
    let cursor = 0
    for (const a of g.articles) {
      const t = compact(a.title)
      const at = text.indexOf(t, cursor)
      if (at < 0) throw new Error(`fixture: title not found in ${file}: ${a.title}`)
      titleSpans.push([at, at + t.length])
      cursor = at + t.length
    }
    const starts: { pos: number; article: number }[] = []
    g.articles.forEach((a, k) => {
      const from = titleSpans[k]?.[1] ?? 0
      for (const ps of a.paragraphStarts) {
        const at = text.indexOf(compact(ps), from)
        if (at < 0) throw new Error(`fixture: paragraph start not found in ${file}: ${ps}`)
        starts.push({ pos: at, article: k })
      }
    })
    const cuts = [...starts.map((s) => s.pos), ...titleSpans.map((t) => t[0]), text.length].sort((a, b) => a - b)
    const paragraphs: string[][] = g.articles.map(() => [])
    for (const s of starts.sort((a, b) => a.pos - b.pos)) {
      const end = cuts.find((c) => c > s.pos) ?? text.length
      paragraphs[s.article]?.push(cleanParagraph(text.slice(s.pos, end), g.articles[s.article] as GoldArticle))
    }
    g.articles.forEach((a, k) => {
      const date = a.date === null ? null : issueDate !== null ? `${issueDate.slice(0, 4)}-${a.date}` : `--${a.date}`
      out.push({
        gold: a,
        article: {
          id: `${file.slice(0, 3)}-${String(k + 1).padStart(2, '0')}`,
          title: a.title,
          paragraphs: paragraphs[k] ?? [],
          reporters: a.reporters,
          correspondents: a.correspondents,
          photographers: [],
          date,
          issueDate
        }
      })
    })
  }
  return out
}

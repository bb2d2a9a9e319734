/**
 * The evaluation families and their gold: what a careful reader (or the
 * typesetter) says each file holds. One shape for every source, so one scorer
 * serves the seeds, the parser's own fixtures and the typeset corpus.
 *
 * Paths are found from this module's URL, never from the machine, so a fresh
 * clone evaluates the same way.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { parseManifest } from '../../src/corpus/manifest.ts'

/** One article as the gold reads it. Strings are compared with all whitespace removed. */
export interface GoldArticle {
  title: string
  /** `undefined`: this gold does not say (the seeds gold has no kicker field). */
  kicker?: string | null
  subtitle?: string | null
  /**
   * How the first body paragraph begins, after any `本报讯（…）` opener: 20 characters in the
   * typeset gold, the seeds gold's first paragraphStart, 12 characters of a fixture's first paragraph.
   */
  bodyStart: string
  reporters: string[]
  correspondents: string[]
}

export interface EvalFile {
  /** Shown in verbose output, relative to the repository. */
  name: string
  bytes: Uint8Array
  issueDate: string | null
  gold: GoldArticle[]
}

export interface EvalFamily {
  /** `seeds`, `fixtures`, `district-2col/pdftotext`… */
  name: string
  /** The layout family without the extractor. */
  family: string
  extractor: string | null
  /** `regression`: gold taken from the parser's own snapshots, not an independent reading. */
  kind: 'gold' | 'regression' | 'typeset'
  files: EvalFile[]
}

const repo = new URL('../../', import.meta.url)
export const sampleDir = new URL('tests/parse/typeset/', repo)
export const fullDir = new URL('tests/output/typeset/', repo)

interface SeedGoldArticle {
  title: string
  reporters: string[]
  correspondents: string[]
  paragraphStarts: string[]
}

/** The five seed bulletins in corpus/ against tests/parse/gold/seeds.json (a copy of the shared gold). */
export function loadSeeds(): EvalFamily {
  const gold = JSON.parse(readFileSync(new URL('tests/parse/gold/seeds.json', repo), 'utf8')) as {
    files: Record<string, { articles: SeedGoldArticle[] }>
  }
  const manifest = parseManifest(readFileSync(new URL('corpus/manifest.csv', repo), 'utf8')).entries
  const files = Object.keys(gold.files)
    .sort()
    .map((name) => ({
      name: `corpus/${name}`,
      bytes: readFileSync(new URL(`corpus/${name}`, repo)),
      issueDate: manifest.get(name)?.date ?? null,
      gold: gold.files[name]!.articles.map((article) => ({
        title: article.title,
        bodyStart: article.paragraphStarts[0] ?? '',
        reporters: article.reporters,
        correspondents: article.correspondents
      }))
    }))
  return { name: 'seeds', family: 'seeds', extractor: null, kind: 'gold', files }
}

interface FixtureArticle {
  title: string
  kicker: string | null
  subtitle: string | null
  paragraphs: string[]
  reporters: string[]
  correspondents: string[]
}

/** tests/parse/fixtures/*: gold is the parser's own records.json snapshot, so this is a regression check. */
export function loadFixtures(): EvalFamily {
  const dir = new URL('tests/parse/fixtures/', repo)
  const files: EvalFile[] = []
  for (const name of readdirSync(dir).sort()) {
    const input = new URL(`${name}/input.txt`, dir)
    const recordsUrl = new URL(`${name}/records.json`, dir)
    if (!existsSync(input) || !existsSync(recordsUrl)) continue
    const records = JSON.parse(readFileSync(recordsUrl, 'utf8')) as { articles: FixtureArticle[] } | null
    const optionsUrl = new URL(`${name}/options.json`, dir)
    const options = existsSync(optionsUrl)
      ? (JSON.parse(readFileSync(optionsUrl, 'utf8')) as { issueDate?: string })
      : {}
    files.push({
      name: `tests/parse/fixtures/${name}/input.txt`,
      bytes: readFileSync(input),
      issueDate: options.issueDate ?? null,
      gold: (records?.articles ?? []).map((article) => ({
        title: article.title,
        kicker: article.kicker,
        subtitle: article.subtitle,
        bodyStart: (article.paragraphs[0] ?? '').slice(0, 12),
        reporters: article.reporters,
        correspondents: article.correspondents
      }))
    })
  }
  return { name: 'fixtures', family: 'fixtures', extractor: null, kind: 'regression', files }
}

interface TypesetGold {
  family: string
  extractor: string
  issueDate: string | null
  articles: GoldArticle[]
}

/**
 * The typeset corpus: `<dir>/<family>/<extractor>/<issue>.txt` with `<issue>.gold.json`
 * beside it, as scripts/typeset-corpus writes it. One family per layout × extractor.
 */
export function loadTypeset(dir: URL): EvalFamily[] {
  if (!existsSync(dir)) return []
  const families: EvalFamily[] = []
  for (const family of readdirSync(dir).sort()) {
    if (family.startsWith('_')) continue // _pdf, _gold: the generator's own files
    const familyDir = new URL(`${family}/`, dir)
    if (!isDirectory(familyDir)) continue
    for (const extractor of readdirSync(familyDir).sort()) {
      const extractorDir = new URL(`${extractor}/`, familyDir)
      if (!isDirectory(extractorDir)) continue
      const files = readdirSync(extractorDir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => typesetFile(extractorDir, name, `${family}/${extractor}/${name}`))
      if (files.length > 0) families.push({ name: `${family}/${extractor}`, family, extractor, kind: 'typeset', files })
    }
  }
  return families
}

function typesetFile(dir: URL, name: string, display: string): EvalFile {
  const gold = JSON.parse(readFileSync(new URL(name.replace(/\.txt$/, '.gold.json'), dir), 'utf8')) as TypesetGold
  return {
    name: display,
    bytes: readFileSync(new URL(name, dir)),
    issueDate: gold.issueDate ?? null,
    gold: gold.articles
  }
}

function isDirectory(url: URL): boolean {
  return existsSync(url) && statSync(url).isDirectory()
}

/** Every family: seeds, fixtures (regression), then the typeset sample or, with `full`, the generated corpus. */
export function loadFamilies(options: { full?: boolean } = {}): EvalFamily[] {
  return [loadSeeds(), loadFixtures(), ...loadTypeset(options.full ? fullDir : sampleDir)]
}

/**
 * The files a search counts its facets from (templates/assets/facets.js reads them;
 * docs/SCHEMA.md, "search-index/"): for 记者, 人物, 地点 and 机构, the values numbered by how
 * many articles hold them, most first, written as name files of VALUE_CHUNK values each; and
 * per FACET_BLOCK article numbers a block file with each article's values. A search over a
 * few articles reads a few small blocks; the names it reads are those of the values it shows.
 *
 * Most people in local news are named once. Values held by one article only are numbered
 * last, in the order of their articles, so a block need not spell them: it says how many
 * an article has, and where in that numbering the block starts.
 */
import { COUNTED_FACETS, FACET_BLOCK, VALUE_CHUNK } from '../../templates/assets/facets.js'
import { varint } from './list-forms.ts'
import { byCodeUnits } from '../lexicon/order.ts'
import type { SearchDoc } from './search-docs.ts'

type WriteFile = (kind: string, n: number, extension: string, data: string | Uint8Array) => void

export interface FacetManifest {
  /** The counted facets, in the order a block holds them. */
  names: string[]
  /** How many values each has. */
  values: number[]
  /** How many of them more than one article holds: the values numbered first. */
  multi: number[]
  block: number
  chunk: number
}

/** An article's values of one facet, each once, in code-unit order. */
const valuesOf = (doc: SearchDoc, name: string) => [...new Set(doc.filters[name])].sort(byCodeUnits)

/**
 * One facet's values with their article counts: those of several articles most first (ties
 * in code-unit order), then those of one article in article order; and how many are of several.
 */
function rankedValues(docs: readonly SearchDoc[], name: string): { values: [string, number][]; multi: number } {
  const counts = new Map<string, number>()
  for (const doc of docs) for (const value of valuesOf(doc, name)) counts.set(value, (counts.get(value) ?? 0) + 1)
  const multi = [...counts].filter(([, n]) => n > 1).sort(([a, x], [b, y]) => y - x || byCodeUnits(a, b))
  const singles: [string, number][] = []
  for (const doc of docs) for (const value of valuesOf(doc, name)) if (counts.get(value) === 1) singles.push([value, 1])
  return { values: [...multi, ...singles], multi: multi.length }
}

/** One block: per facet where its one-article values start, then per article and facet its values. */
function blockBytes(docs: readonly SearchDoc[], numbers: Map<string, number>[], singlesBefore: number[]): Uint8Array {
  const bytes: number[] = []
  for (const start of singlesBefore) varint(start, bytes)
  for (const doc of docs)
    COUNTED_FACETS.forEach((name, f) => {
      const held = valuesOf(doc, name).map((value) => numbers[f]!.get(value)!)
      const multi = held.filter((n) => n >= 0).sort((a, b) => a - b)
      const singles = held.length - multi.length
      varint(multi.length * 8 + Math.min(singles, 7), bytes)
      if (singles >= 7) varint(singles - 7, bytes)
      let previous = -1
      for (const n of multi) (varint(n - previous - 1, bytes), (previous = n))
      singlesBefore[f]! += singles
    })
  return Uint8Array.from(bytes)
}

/**
 * Writes the name files `v<f>/…/<chunk>.json` and the blocks `f/…/<n>.bin` (through
 * `write`), for articles numbered as in `docs`; returns what index.json says of them.
 */
export function writeFacetColumns(docs: readonly SearchDoc[], write: WriteFile): FacetManifest {
  const ranked = COUNTED_FACETS.map((name) => rankedValues(docs, name))
  ranked.forEach(({ values }, f) => {
    for (let c = 0; c * VALUE_CHUNK < values.length; c++)
      write(`v${f}`, c, 'json', JSON.stringify(values.slice(c * VALUE_CHUNK, (c + 1) * VALUE_CHUNK)))
  })
  // A value of several articles by its number; one of a single article as −1 (blocks only count those).
  const numbers = ranked.map(({ values, multi }) => new Map(values.map(([value], n) => [value, n < multi ? n : -1])))
  const singlesBefore = COUNTED_FACETS.map(() => 0)
  for (let first = 0; first < docs.length; first += FACET_BLOCK)
    write('f', first / FACET_BLOCK, 'bin', blockBytes(docs.slice(first, first + FACET_BLOCK), numbers, singlesBefore))
  return {
    names: [...COUNTED_FACETS],
    values: ranked.map(({ values }) => values.length),
    multi: ranked.map(({ multi }) => multi),
    block: FACET_BLOCK,
    chunk: VALUE_CHUNK
  }
}

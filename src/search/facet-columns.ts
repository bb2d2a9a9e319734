/**
 * The files a search counts its facets from (templates/assets/facets.js reads them;
 * docs/SCHEMA.md, "search-index/"): for 记者, 人物, 地点 and 机构, the values numbered by how
 * many articles hold them, most first (ties in code-unit order), written as name files of
 * VALUE_CHUNK values each; and per FACET_BLOCK article numbers a block file with each
 * article's value numbers. A search over a few articles reads a few small blocks; the names
 * it reads are those of the values it shows.
 */
import { COUNTED_FACETS, FACET_BLOCK, VALUE_CHUNK } from '../../templates/assets/facets.js'
import { varint } from './list-forms.ts'
import type { SearchDoc } from './search-docs.ts'

type WriteFile = (kind: string, n: number, extension: string, data: string | Uint8Array) => void

export interface FacetManifest {
  /** The counted facets, in the order a block holds them. */
  names: string[]
  /** How many values each has. */
  values: number[]
  block: number
  chunk: number
}

const compareUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Each facet's values, most articles first, with their article counts. */
function rankedValues(docs: readonly SearchDoc[]): [string, number][][] {
  return COUNTED_FACETS.map((name) => {
    const counts = new Map<string, number>()
    for (const doc of docs) for (const value of new Set(doc.filters[name])) counts.set(value, (counts.get(value) ?? 0) + 1)
    return [...counts].sort(([a, x], [b, y]) => y - x || compareUnits(a, b))
  })
}

/**
 * Writes the name files `v/<facet>/<chunk>.json` (paths through `write` as kind `v<facet>`)
 * and the blocks `f/`, for articles numbered as in `docs`; returns what index.json says of them.
 */
export function writeFacetColumns(docs: readonly SearchDoc[], write: WriteFile): FacetManifest {
  const ranked = rankedValues(docs)
  ranked.forEach((values, f) => {
    for (let c = 0; c * VALUE_CHUNK < values.length; c++)
      write(`v${f}`, c, 'json', JSON.stringify(values.slice(c * VALUE_CHUNK, (c + 1) * VALUE_CHUNK)))
  })
  const numbers = ranked.map((values) => new Map(values.map(([value], n) => [value, n])))
  for (let first = 0; first < docs.length; first += FACET_BLOCK) {
    const bytes: number[] = []
    for (const doc of docs.slice(first, first + FACET_BLOCK))
      COUNTED_FACETS.forEach((name, f) => {
        const held = [...new Set(doc.filters[name])].map((value) => numbers[f]!.get(value)!).sort((a, b) => a - b)
        varint(held.length, bytes)
        let previous = -1
        for (const n of held) (varint(n - previous - 1, bytes), (previous = n))
      })
    write('f', first / FACET_BLOCK, 'bin', Uint8Array.from(bytes))
  }
  return { names: [...COUNTED_FACETS], values: ranked.map((values) => values.length), block: FACET_BLOCK, chunk: VALUE_CHUNK }
}

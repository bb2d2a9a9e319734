// The facets a search counts over its whole result set, one definition for the search page
// and for the build that writes them (src/search/facet-columns.ts; formats in
// docs/SCHEMA.md, "search-index/").
//
// 刊名, 年份 and 月份 come from index.json (every article's publication and date). The
// filters with many values — reporters, people, places, organisations — have, per facet,
// its values numbered by how many articles hold them (most first) and, per block of
// article numbers, each article's value numbers. A search reads only the blocks its results
// fall in, counts their values, and reads the names of the values it shows.

import { readVarint } from './postings.js'

export const RESULT_FACETS = ['刊名', '年份', '月份']
/** Facets with a value list and blocks of their own, in the order a block holds them. */
export const COUNTED_FACETS = ['记者', '人物', '地点', '机构']
/** Articles per block file `f/`. */
export const FACET_BLOCK = 1024
/** Values per name file `v/`. */
export const VALUE_CHUNK = 1024

/**
 * Adds the value numbers of the articles marked in `wanted` (a byte per article number) of
 * one block to `counts` (per facet, a count per value number). `multi`: per facet, how many
 * of its values more than one article holds; the values of one article only come after
 * them, numbered in article order, so a block gives only how many of those each article has.
 * @param {Uint8Array} block @param {number} first the block's first article number
 * @param {Uint8Array} wanted @param {Int32Array[]} counts @param {number[]} multi
 */
export function countBlock(block, first, wanted, counts, multi) {
  const cursor = { at: 0 }
  const single = multi.map((n) => n + readVarint(block, cursor))
  for (let doc = first; cursor.at < block.length; doc++) {
    const take = wanted[doc] === 1
    for (let f = 0; f < COUNTED_FACETS.length; f++) {
      const head = readVarint(block, cursor)
      let singles = head & 7
      if (singles === 7) singles += readVarint(block, cursor)
      let value = -1
      for (let k = 0; k < head >> 3; k++) {
        value += readVarint(block, cursor) + 1
        if (take) counts[f][value]++
      }
      if (take) for (let k = 0; k < singles; k++) counts[f][single[f] + k]++
      single[f] += singles
    }
  }
}

/**
 * The value numbers held by at least one article, most articles first, then in value
 * order (which is archive frequency), at most `limit`.
 * @param {Int32Array} counts @param {number} limit @returns {number[]}
 */
export function topValues(counts, limit) {
  const held = []
  for (let v = 0; v < counts.length; v++) if (counts[v] > 0) held.push(v)
  held.sort((a, b) => counts[b] - counts[a] || a - b)
  return held.slice(0, limit)
}

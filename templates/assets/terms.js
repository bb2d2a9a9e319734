// How text is compared, indexed and searched: one definition, used by the search page in
// the browser, by the build when it writes the index (src/search/) and by the benchmark.
//
// The index (README, "Search") holds posting lists of character grams of the folded text:
// every run of one to four characters. A query term of up to four characters is one gram,
// so its list is exactly the articles holding it; a longer term is the articles holding
// each of its overlapping four-character runs. Any substring of an article is found,
// whatever a word segmenter would have made of it.

/** Text as compared: full-width ASCII folded to half-width, no white space, lower case. */
/** @param {string} text @returns {string} */
export function fold(text) {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase()
}

/** Namespaces of the index's keys: grams of the whole text, grams of the headline, filter values. */
export const TEXT = 0
export const TITLE = 1
export const FILTER = 2

/** Longest gram the index holds. */
export const GRAM = 4

/**
 * The grams whose lists together give a folded term's articles: the term itself up to
 * four characters, else its overlapping four-character runs.
 * @param {string} folded @returns {string[]}
 */
export function termGrams(folded) {
  if (folded.length <= GRAM) return folded ? [folded] : []
  const grams = new Set()
  for (let at = 0; at + GRAM <= folded.length; at++) grams.add(folded.slice(at, at + GRAM))
  return [...grams]
}

/**
 * The bucket file holding a key's posting list: FNV-1a over the namespace and the key's
 * UTF-16 code units, modulo the number of buckets.
 * @param {number} namespace @param {string} key @param {number} buckets @returns {number}
 */
export function bucketOf(namespace, key, buckets) {
  let hash = 0x811c9dc5 ^ namespace
  hash = Math.imul(hash, 0x01000193)
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i)
    hash = Math.imul(hash ^ (unit & 0xff), 0x01000193)
    hash = Math.imul(hash ^ (unit >>> 8), 0x01000193)
  }
  return (hash >>> 0) % buckets
}

/** A filter value's key: the filter's name and the value. */
/** @param {string} name @param {string} value @returns {string} */
export const filterKey = (name, value) => `${name}\u0001${value}`

/** A date `YYYY-MM-DD` (parts may be 00) as the number YYYYMMDD; 0 when unknown. */
/** @param {string} date @returns {number} */
export function dateNumber(date) {
  return date.startsWith('0000') ? 0 : Number(date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10))
}

/** Terms of a query: split on white space, quotes around a term dropped. */
/** @param {string} query @returns {string[]} */
export function termsOf(query) {
  return query
    .split(/[\s\u3000]+/)
    .map((t) => t.replace(/^["“”'‘’]+|["“”'‘’]+$/g, ''))
    .filter((t) => fold(t) !== '')
}

// How text is compared, indexed and searched: one definition, used by the search page in
// the browser, by the build when it writes the search records (src/search/records.ts) and by
// the benchmark of a first search.
//
// The index holds every letter and digit as a word of its own ("侯明芬" → "侯 明 芬"), and a
// term is searched as the phrase of its characters. So any substring of an article is
// found, whatever a word segmenter would have made of it (MEASURED.md: Pagefind's own
// Chinese segmentation cuts names and places apart and costs ~2.5× the indexing time).

/** Text as compared: full-width ASCII folded to half-width, no white space, lower case. */
/** @param {string} text @returns {string} */
export function fold(text) {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toLowerCase()
}

/** @type {Uint8Array | null} 1 for each UTF-16 code unit that is a letter or digit on its own. */
let wordUnit = null
const utf16 = new TextDecoder('utf-16le')

/**
 * Text as the index holds it: a space after every letter or digit, so each becomes one word
 * (Pagefind lower-cases words itself). Full-width letters and digits are folded as the query
 * is; runs of spaces become one; punctuation stays as written, for the excerpts. One pass
 * over the code units with a table (a regular expression costs 8× as much).
 * @param {string} text @returns {string}
 */
export function indexForm(text) {
  if (wordUnit === null) {
    wordUnit = new Uint8Array(0x10000)
    for (let c = 0; c < 0x10000; c++) if (LETTER_OR_DIGIT.test(String.fromCharCode(c))) wordUnit[c] = 1
  }
  const out = new Uint16Array(text.length * 2)
  let n = 0
  let spaced = true // the last unit written is a space (or nothing is written yet)
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i)
    if (c === 0x20 || c === 0x09 || c === 0x3000) {
      if (!spaced) out[n++] = 0x20
      spaced = true
      continue
    }
    if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) c -= 0xfee0
    out[n++] = c
    spaced = false
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(++i)
      out[n++] = low
      if (LETTER_OR_DIGIT.test(String.fromCharCode(c, low))) ((out[n++] = 0x20), (spaced = true))
    } else if (wordUnit[c] === 1) {
      out[n++] = 0x20
      spaced = true
    }
  }
  if (n > 0 && out[n - 1] === 0x20) n--
  return utf16.decode(out.subarray(0, n))
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** A query term as the phrase Pagefind is asked for: its letters and digits, one word each. */
/** @param {string} term @returns {string} */
export function termPhrase(term) {
  return [...fold(term)].filter((c) => LETTER_OR_DIGIT.test(c)).join(' ')
}

/**
 * Candidate pages of one Pagefind index for the query terms: the pages holding every term's
 * phrase, in the first term's order. With no phrase to look for, every page (filters apply).
 * @param {{ search: (term: string | null, options?: object) => Promise<{ results: { id: string }[] } | null> }} pagefind
 * @param {string[]} terms
 * @param {object} [options] Pagefind search options: filters, sort
 */
export async function candidates(pagefind, terms, options = {}) {
  const phrases = terms.map(termPhrase).filter(Boolean)
  if (phrases.length === 0) return (await pagefind.search(null, options))?.results ?? []
  const lists = await Promise.all(
    phrases.map(async (phrase) => (await pagefind.search(`"${phrase}"`, options))?.results ?? [])
  )
  const inAll = lists.slice(1).map((list) => new Set(list.map((r) => r.id)))
  return lists[0].filter((r) => inAll.every((ids) => ids.has(r.id)))
}

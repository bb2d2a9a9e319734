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

/**
 * Text as the index holds it: a space after every letter or digit, so each becomes one word
 * (Pagefind lower-cases words itself). Full-width letters and digits are folded as the query
 * is; punctuation stays as written, for the excerpts.
 */
/** @param {string} text @returns {string} */
export function indexForm(text) {
  return text
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\p{L}\p{N}]/gu, '$& ')
    .replace(/[ \t\u3000]+/g, ' ')
    .trim()
}

/** A query term as the phrase Pagefind is asked for: its letters and digits, one word each. */
/** @param {string} term @returns {string} */
export function termPhrase(term) {
  return [...fold(term)].filter((c) => /[\p{L}\p{N}]/u.test(c)).join(' ')
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
  const lists = await Promise.all(phrases.map(async (phrase) => (await pagefind.search(`"${phrase}"`, options))?.results ?? []))
  const inAll = lists.slice(1).map((list) => new Set(list.map((r) => r.id)))
  return lists[0].filter((r) => inAll.every((ids) => ids.has(r.id)))
}

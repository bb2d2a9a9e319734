/**
 * Corpus-level checks on the candidates the scans found, each memoised per
 * distinct candidate: is it a name or an ordinary word, which leading words
 * cannot be part of a name, does its suffix stand as a word of its own, is it
 * a generic place or organisation.
 */
import { tagText, cutText } from './jieba.ts'
import { GENERIC_PLACES, GENERIC_ORGS } from './rules.ts'

/** POS tags that cannot be inside a place or organisation name: verbs, prepositions, adverbs… */
const NON_NAME_POS = /^(?:v|vd|vi|vq|p|c|u|ud|uj|ul|uv|uz|r|rr|rz)$/u
const NAME_POS = /^(?:nr|nrt|nrfg|x)$/u
const PROPER_NOUN_POS = /^(?:ns|nt|nz|nr|x)$/u

/** `decide` run once per distinct candidate; later calls with the same candidate get the first verdict. */
function memoisedByCandidate(
  decide: (candidate: string, suffix: string) => boolean
): (candidate: string, suffix: string) => boolean {
  const verdicts = new Map<string, boolean>()
  return (candidate, suffix) => {
    let verdict = verdicts.get(candidate)
    if (verdict === undefined) {
      verdict = decide(candidate, suffix)
      verdicts.set(candidate, verdict)
    }
    return verdict
  }
}

/** The last word jieba cuts from `candidate`. */
function lastWord(candidate: string): string {
  const tokens = cutText(candidate)
  return tokens[tokens.length - 1] ?? ''
}

const nameVerdict = memoisedByCandidate((candidate) => {
  const tags = tagText(candidate)
  return !(tags.length === 1 && !NAME_POS.test(tags[0]?.tag ?? ''))
})
/** False when jieba's dictionary knows the string as an ordinary word (全体, 关于…), not a name. */
export function looksLikeName(candidate: string): boolean {
  return nameVerdict(candidate, '')
}

/** The suffix must stand as its own word (not 格局, 超市, 市场), unless jieba knows the whole as a place or organisation. */
export const suffixStandsAlone = memoisedByCandidate((candidate, suffix) => {
  const last = lastWord(candidate)
  if (last === suffix || (last.length > suffix.length && last.endsWith(suffix) && suffix.length >= 2)) return true
  if (!last.endsWith(suffix)) return false
  const tags = tagText(last)
  return tags.length === 1 && PROPER_NOUN_POS.test(tags[0]?.tag ?? '')
})

/** The last word of an organisation name must not be an ordinary word (格局, 大局, 布局…). */
export const orgTailOk = memoisedByCandidate((candidate, suffix) => {
  const last = lastWord(candidate)
  return !(last.length > suffix.length && GENERIC_ORGS.has(last))
})

export function isGenericPlace(place: string): boolean {
  return (
    GENERIC_PLACES.has(place) ||
    (place.length > 1 && (place[0] === '区' || place[0] === '市') && GENERIC_PLACES.has(place.slice(1)))
  )
}

export function isGenericOrg(org: string): boolean {
  return GENERIC_ORGS.has(org) || (org.length > 1 && /^[区市县省镇]/u.test(org) && GENERIC_ORGS.has(org.slice(1)))
}

const trimCache = new Map<string, string>()
/** While set, every trim looked up, so a cache can keep them for the next build. */
let trimsRecorded: Map<string, string> | null = null

/**
 * Trims known from an earlier build (scan-cache.ts), then record the trims looked up until
 * `stopRecordingTrims`. Only while jieba holds no inserted words: trims depend on them.
 */
export function recordTrims(known: ReadonlyMap<string, string>): Map<string, string> {
  for (const [part, trimmed] of known) if (!trimCache.has(part)) trimCache.set(part, trimmed)
  trimsRecorded = new Map()
  return trimsRecorded
}

export function stopRecordingTrims(): void {
  trimsRecorded = null
}

/**
 * Drop leading words of a name part that cannot be in a name (verbs, prepositions…):
 * `培育峡窝` gives `峡窝`, `收听收看` gives ``.
 */
export function trimNamePart(namePart: string): string {
  let trimmed = trimCache.get(namePart)
  if (trimmed === undefined) {
    const tags = tagText(namePart)
    let keepFrom = 0
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]
      if (tag !== undefined && tag.word.length > 1 && NON_NAME_POS.test(tag.tag)) keepFrom = i + 1
    }
    trimmed = tags
      .slice(keepFrom)
      .map((tag) => tag.word)
      .join('')
    trimCache.set(namePart, trimmed)
  }
  trimsRecorded?.set(namePart, trimmed)
  return trimmed
}

/**
 * Corpus pass over credits: split names printed without a space between them
 * (`记者 雷霄许峰` → 雷霄, 许峰), using the names the corpus credits on their
 * own elsewhere. Pure and deterministic.
 */
import type { ParsedBulletin } from '../types.ts'

const roles = ['reporters', 'correspondents', 'photographers', 'editors'] as const

export function resolveCredits(bulletins: ParsedBulletin[]): void {
  const known = knownNames(bulletins)
  for (const bulletin of bulletins) {
    for (const article of bulletin.articles) {
      for (const role of roles) {
        const names: string[] = []
        for (const name of article[role]) {
          const parts = splitRunTogether(name, known)
          // A part credited already would vanish from the record: keep the run whole instead.
          const clash = (part: string, index: number) =>
            names.includes(part) || article[role].includes(part) || parts.indexOf(part) !== index
          if (parts.length > 1 && parts.some(clash)) names.push(name)
          else for (const part of parts) if (!names.includes(part)) names.push(part)
        }
        article[role] = names
      }
    }
  }
}

/** Names of two or three characters credited anywhere in the corpus. */
export function knownNames(bulletins: ParsedBulletin[]): Set<string> {
  const known = new Set<string>()
  for (const bulletin of bulletins) {
    for (const article of bulletin.articles) {
      for (const role of roles) {
        for (const name of article[role]) {
          const length = [...name].length
          if (length >= 2 && length <= 3) known.add(name)
        }
      }
    }
  }
  return known
}

/**
 * Split a run of four to nine characters into names of two or three
 * characters, when at least one part is a known name; the split with the most
 * known parts wins, the earliest in a fixed order on a tie.
 */
export function splitRunTogether(name: string, known: ReadonlySet<string>): string[] {
  const chars = [...name]
  if (chars.length < 4 || chars.length > 9 || name.includes('·')) return [name]
  let best: string[] | null = null
  let bestKnown = 0
  for (const parts of segmentations(chars)) {
    const count = parts.filter((part) => known.has(part)).length
    if (count > bestKnown) {
      best = parts
      bestKnown = count
    }
  }
  return best ?? [name]
}

function* segmentations(chars: string[]): Generator<string[]> {
  if (chars.length === 0) {
    yield []
    return
  }
  for (const size of [2, 3]) {
    if (chars.length < size) continue
    const head = chars.slice(0, size).join('')
    for (const rest of segmentations(chars.slice(size))) yield [head, ...rest]
  }
}

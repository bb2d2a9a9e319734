/**
 * How alike two headlines are: the share of character bigrams the shorter one has in the
 * other, 0–1. A continued story's second piece repeats its headline, often shortened, so
 * the parser (joining pieces in one file) and the links between files compare them so.
 */
export function titleSimilarity(a: string, b: string): number {
  const ga = bigrams(a)
  const gb = bigrams(b)
  if (ga.size === 0 || gb.size === 0) return 0
  let shared = 0
  for (const gram of ga) if (gb.has(gram)) shared++
  return shared / Math.min(ga.size, gb.size)
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/\s+/g, ''))
  const grams = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!)
  return grams
}

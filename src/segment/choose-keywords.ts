/** Keywords per article: TF-IDF with IDF over this corpus; a keyword contained in a better one is skipped. */
import { byCodeUnits } from '../lexicon/order.ts'
import type { CutCounts } from './cut-and-count.ts'

const MAX_KEYWORDS = 8
/** Terms (quoted slogans, the dictionary's terms) weigh this much more than other words. */
const TERM_BOOST = 1.5

export function chooseKeywords(cut: CutCounts, terms: Set<string>): void {
  const { vocab, df, docStart, docWords, docCounts, tagsByIndex, fragment } = cut
  const articleCount = tagsByIndex.length
  const idf = new Float64Array(vocab.length)
  const isTerm = new Uint8Array(vocab.length)
  for (let id = 0; id < vocab.length; id++) {
    idf[id] = Math.log((articleCount + 1) / ((df[id] as number) + 0.5)) + 0.1
    isTerm[id] = terms.has(vocab[id] as string) ? 1 : 0
  }
  const score = new Float64Array(vocab.length)
  const candidates: number[] = []
  const byScore = (a: number, b: number): number =>
    (score[b] as number) - (score[a] as number) || byCodeUnits(vocab[a] as string, vocab[b] as string)
  for (let i = 0; i < articleCount; i++) {
    candidates.length = 0
    for (let k = docStart[i] as number; k < (docStart[i + 1] as number); k++) {
      const id = docWords[k] as number
      const count = docCounts[k] as number
      if (count < 2 && isTerm[id] === 0) continue
      if (fragment[id] === 1 && isTerm[id] === 0) continue
      score[id] = count * (idf[id] as number) * (isTerm[id] === 1 ? TERM_BOOST : 1)
      candidates.push(id)
    }
    candidates.sort(byScore)
    const tags = tagsByIndex[i]
    if (tags !== undefined) tags.keywords = bestNotContained(candidates, vocab)
  }
}

/** The first MAX_KEYWORDS candidates, best first, skipping any contained in one chosen before. */
function bestNotContained(ranked: number[], vocab: string[]): string[] {
  const chosen: string[] = []
  for (const id of ranked) {
    if (chosen.length >= MAX_KEYWORDS) break
    const word = vocab[id] as string
    if (chosen.some((better) => better.includes(word))) continue
    chosen.push(word)
  }
  return chosen
}

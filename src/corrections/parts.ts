/**
 * A correction that splits or joins a story printed in pieces (`parts`, src/parse/jumps.ts)
 * keeps each piece's lines with the article that now holds them.
 */
import type { ArticlePart, ParsedArticle } from '../types.ts'

/** The pieces before `line` (the one holding it cut at `lastBefore`) and from it; null where one piece is left. */
export function splitParts(
  parts: readonly ArticlePart[],
  line: number,
  lastBefore: number
): { before: ArticlePart[] | null; after: ArticlePart[] | null } {
  const before: ArticlePart[] = []
  const after: ArticlePart[] = []
  for (const part of parts) {
    const [first, last] = part.lines
    if (last < line) before.push(part)
    else if (first >= line) after.push(part)
    else {
      before.push({ ...part, lines: [first, lastBefore], continuedTo: null })
      after.push({ ...part, lines: [line, last], title: null, continuedFrom: null })
    }
  }
  const kept = (list: ArticlePart[]) => (list.length > 1 ? list : null)
  return { before: kept(before), after: kept(after) }
}

/** The article's pieces once `joined` (an article printed after it) is part of it; null when it is one piece. */
export function joinParts(article: ParsedArticle, joined: ParsedArticle): ArticlePart[] | null {
  if (!article.parts && !joined.parts) return null
  const own = article.parts ?? [onePiece(article)]
  const more = joined.parts ?? [onePiece(joined)]
  return [...own, ...more].sort((a, b) => a.lines[0] - b.lines[0])
}

function onePiece(article: ParsedArticle): ArticlePart {
  return { lines: article.lines, page: null, title: null, continuedTo: null, continuedFrom: null }
}

/** Sets or removes the article's `parts` (absent for a story in one piece). */
export function setParts(article: ParsedArticle, parts: ArticlePart[] | null): void {
  if (parts === null) delete article.parts
  else article.parts = parts
}

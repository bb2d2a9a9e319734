/**
 * Stories continued inside one file (jumps): a story that breaks off with
 * `（下转第二版）` and goes on, later in the same file, under `（上接第一版）` (often
 * below its headline printed again, or with no headline at all) is one article, as a
 * reader of the printed issue reads it. Its pieces are kept in `parts`.
 *
 * A later piece is matched to the story it continues by what the markers say and the
 * page headers show: the page `下转` names must be the page the piece is printed on,
 * and the page `上接` names must be the page the story started on, when the file says.
 * Among the stories that fit, the most alike headline wins, then the nearest. A piece
 * with no `上接` marker is joined only when it carries the story's very headline
 * (printed again, or supplied by ./article-continued.ts from the story sent on).
 *
 * Stories continued in another file of the same issue are linked, not joined
 * (src/render/continuation.ts).
 */
import type { ArticlePart, ParsedArticle } from '../types.ts'
import { pageNumber } from '../lexicon/pages.ts'
import { titleSimilarity } from '../util/title-similarity.ts'
import type { PagedArticle } from './article-pages.ts'
import type { Ledger } from './model.ts'
import { endsSentence } from './text.ts'

const squash = (text: string) => text.replace(/\s+/g, '')

export interface JoinedPiece {
  /** The piece as the splitter read it (its first line is where any message about it was said). */
  piece: ParsedArticle
  /** The story it was joined to. */
  story: ParsedArticle
}

export interface JumpResult {
  articles: ParsedArticle[]
  joined: JoinedPiece[]
}

/**
 * Joins each later piece of a story to it. `supplied` holds the first lines of articles
 * whose headline the splitter supplied (it was not printed there).
 */
export function joinJumps(
  articles: readonly PagedArticle[],
  supplied: ReadonlySet<number>,
  ledger: Ledger
): JumpResult {
  const joinedTo = new Map<number, number>()
  // The story each article's text now belongs to, by index, and whether it has been sent on and not yet picked up.
  const open = new Set<number>()
  articles.forEach((article, index) => {
    const story = storyFor(articles, index, open)
    if (story !== null) {
      joinedTo.set(index, story)
      open.delete(story)
      // The joined piece may itself go on (`下转第三版`): the story stays open.
      if (article.continuedTo !== null) open.add(story)
    } else if (article.continuedTo !== null) open.add(index)
  })
  if (joinedTo.size === 0) return { articles: articles.map(withoutPage), joined: [] }
  const stories = new Map<number, ParsedArticle>()
  const joined: JoinedPiece[] = []
  const result: ParsedArticle[] = []
  articles.forEach((article, index) => {
    const into = joinedTo.get(index)
    if (into === undefined) {
      const own = withoutPage(article)
      stories.set(index, own)
      result.push(own)
      return
    }
    const story = stories.get(into)!
    const piece = withoutPage(article)
    Object.assign(story, joinPiece(story, articles[into]!.page, piece, article.page, supplied, ledger))
    stories.set(index, story)
    joined.push({ piece, story })
  })
  return { articles: result, joined }
}

/** The index of the open story the article continues, or null when it is a story of its own. */
function storyFor(articles: readonly PagedArticle[], index: number, open: ReadonlySet<number>): number | null {
  const piece = articles[index]!
  let best: { score: number; index: number } | null = null
  for (const candidate of open) {
    const story = articles[candidate]!
    const score = fit(story, piece)
    if (score === null) continue
    // Ties go to the nearest story before the piece.
    if (best === null || score > best.score || (score === best.score && candidate > best.index))
      best = { score, index: candidate }
  }
  return best?.index ?? null
}

/** How well a piece fits a story sent on, or null when the markers, pages or headline rule it out. */
function fit(story: PagedArticle, piece: PagedArticle): number | null {
  const target = pageNumber(story.continuedTo)
  const piecePage = pageNumber(piece.page)
  if (target !== null && piecePage !== null && target !== piecePage) return null
  const back = pageNumber(piece.continuedFrom)
  const storyPage = pageNumber(story.page)
  if (back !== null && storyPage !== null && back !== storyPage) return null
  // A page the piece must not be on: the story's own, before it was sent on.
  if (storyPage !== null && piecePage !== null && storyPage === piecePage) return null
  // Without `上接`, only the story's own headline (printed again, or supplied from it) says the piece is its.
  if (piece.continuedFrom === null && squash(piece.title) !== squash(story.title)) return null
  let score = titleSimilarity(story.title, piece.title)
  if (target !== null && piecePage === target) score += 2
  if (back !== null && storyPage === back) score += 1
  return score
}

/** The story with the piece added after it: body, credits and notes in print order, the piece in `parts`. */
function joinPiece(
  story: ParsedArticle,
  storyPage: string | null,
  piece: ParsedArticle,
  piecePage: string | null,
  supplied: ReadonlySet<number>,
  ledger: Ledger
): ParsedArticle {
  const printedTitle = supplied.has(piece.lines[0]) ? null : piece.title
  const parts: ArticlePart[] = [
    ...(story.parts ?? [partOf(story, storyPage, null)]),
    partOf(piece, piecePage, printedTitle)
  ]
  const column = once(story.column ?? null, piece.column ?? null, ledger)
  return {
    ...story,
    ...(column === null ? {} : { column }),
    kicker: once(story.kicker, piece.kicker, ledger),
    subtitle: once(story.subtitle, piece.subtitle, ledger),
    date: story.date ?? piece.date,
    dateText: once(story.dateText, piece.dateText, ledger),
    datelineMarker: once(story.datelineMarker, piece.datelineMarker, ledger),
    paragraphs: joinBodies(story.paragraphs, piece.paragraphs),
    reporters: union(story.reporters, piece.reporters, ledger),
    correspondents: union(story.correspondents, piece.correspondents, ledger),
    photographers: union(story.photographers, piece.photographers, ledger),
    editors: union(story.editors, piece.editors, ledger),
    sourceUnit: once(story.sourceUnit, piece.sourceUnit, ledger),
    sourceNote: once(story.sourceNote, piece.sourceNote, ledger),
    // The markers of the jump are the parts'; the article goes on only where its last piece does.
    continuedTo: piece.continuedTo,
    continuedFrom: parts[0]!.continuedFrom,
    captions: [...story.captions, ...piece.captions],
    lines: [story.lines[0], piece.lines[1]],
    parts
  }
}

function partOf(article: ParsedArticle, page: string | null, title: string | null): ArticlePart {
  return {
    lines: article.lines,
    page,
    title,
    continuedTo: article.continuedTo,
    continuedFrom: article.continuedFrom
  }
}

/** The piece's paragraphs after the story's; a paragraph broken off mid-sentence by the jump goes on in the piece's first. */
function joinBodies(story: readonly string[], piece: readonly string[]): string[] {
  const last = story.at(-1)
  const first = piece[0]
  if (last === undefined || first === undefined || endsSentence(last)) return [...story, ...piece]
  return [...story.slice(0, -1), last + first, ...piece.slice(1)]
}

/** Names of both pieces, each once; a name printed again is label text taken out on purpose. */
function union(story: readonly string[], piece: readonly string[], ledger: Ledger): string[] {
  const names = [...story]
  for (const name of piece) {
    if (names.includes(name)) ledger.drop(name)
    else names.push(name)
  }
  return names
}

/**
 * A note both pieces may print (kicker, subtitle, source…): the story's, else the piece's.
 * Printed again the same, it is kept once; printed differently, the conservation check
 * keeps the piece's as unassigned text, with a warning.
 */
function once(story: string | null, piece: string | null, ledger: Ledger): string | null {
  if (story !== null && piece !== null && story === piece) ledger.drop(piece)
  return story ?? piece
}

function withoutPage(article: PagedArticle): ParsedArticle {
  const { page: _page, ...rest } = article
  return rest
}

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
import type { Ledger } from './model.ts'
import { endsSentence, withoutSpaces } from './text.ts'

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

/** Stories sent on and not yet picked up that a piece is matched against: the latest few (a page sends on a handful). */
const OPEN_STORIES = 8

/** What matching reads of an article, read once: its pages and markers as numbers. */
interface Placed {
  article: ParsedArticle
  page: number | null
  continuedTo: number | null
  continuedFrom: number | null
}

/**
 * Joins each later piece of a story to it. `pages` gives each article's page as its page
 * headers name it (./article-pages.ts); `supplied` holds the first lines of articles whose
 * headline the splitter supplied (it was not printed there).
 */
export function joinJumps(
  articles: readonly ParsedArticle[],
  pages: readonly (string | null)[],
  supplied: ReadonlySet<number>,
  ledger: Ledger
): JumpResult {
  const placed: Placed[] = articles.map((article, index) => ({
    article,
    page: pageNumber(pages[index]),
    continuedTo: pageNumber(article.continuedTo),
    continuedFrom: pageNumber(article.continuedFrom)
  }))
  const joinedTo = new Map<number, number>()
  // Stories sent on and not yet picked up, by index, latest last.
  let open: number[] = []
  placed.forEach((piece, index) => {
    const story = storyFor(placed, piece, open)
    if (story !== null) {
      joinedTo.set(index, story)
      open = open.filter((n) => n !== story)
    }
    // A story sent on (or a joined piece that goes on again, `下转第三版`) waits for its next piece.
    if (piece.article.continuedTo !== null) open = [...open, story ?? index].slice(-OPEN_STORIES)
  })
  if (joinedTo.size === 0) return { articles: [...articles], joined: [] }
  const withPieces = new Set(joinedTo.values())
  const stories = new Map<number, ParsedArticle>()
  const joined: JoinedPiece[] = []
  const result: ParsedArticle[] = []
  articles.forEach((article, index) => {
    const into = joinedTo.get(index)
    if (into === undefined) {
      // A story that gets pieces is a copy: the splitter's article stays as it read it.
      const own = withPieces.has(index) ? { ...article } : article
      stories.set(index, own)
      result.push(own)
      return
    }
    const story = stories.get(into)!
    Object.assign(story, joinPiece(story, pages[into] ?? null, article, pages[index] ?? null, supplied, ledger))
    stories.set(index, story)
    joined.push({ piece: article, story })
  })
  return { articles: result, joined }
}

/** The index of the open story the piece continues, or null when it is a story of its own. */
function storyFor(placed: readonly Placed[], piece: Placed, open: readonly number[]): number | null {
  let best: { score: number; index: number } | null = null
  for (const candidate of open) {
    const score = fit(placed[candidate]!, piece)
    if (score === null) continue
    // Ties go to the nearest story before the piece.
    if (best === null || score > best.score || (score === best.score && candidate > best.index))
      best = { score, index: candidate }
  }
  return best?.index ?? null
}

/** How well a piece fits a story sent on, or null when the markers, pages or headline rule it out. */
function fit(story: Placed, piece: Placed): number | null {
  const target = story.continuedTo
  if (target !== null && piece.page !== null && target !== piece.page) return null
  const back = piece.continuedFrom
  if (back !== null && story.page !== null && back !== story.page) return null
  // A page the piece must not be on: the story's own, before it was sent on.
  if (story.page !== null && piece.page !== null && story.page === piece.page) return null
  // Without `上接`, only the story's own headline (printed again, or supplied from it) says the piece
  // is its, over text that goes on rather than opens a story (no 本报讯, no dateline).
  const { article } = piece
  if (
    article.continuedFrom === null &&
    (withoutSpaces(article.title) !== withoutSpaces(story.article.title) || opensLikeStory(article))
  )
    return null
  let score = titleSimilarity(story.article.title, article.title)
  if (target !== null && piece.page === target) score += 2
  if (back !== null && story.page === back) score += 1
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

const opensLikeStory = (article: ParsedArticle) => article.datelineMarker !== null || article.dateText !== null

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

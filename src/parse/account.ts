/**
 * Conservation: every non-whitespace character of the input must end up in
 * an article, the masthead, furniture, unassigned text, or the ledger of
 * labels the parser took out on purpose (记者, brackets, `#`…).
 */
import type { ParsedBulletin } from '../types.ts'
import { characterCounts } from './text.ts'

/** Every output string of a bulletin. */
export function outputTexts(bulletin: ParsedBulletin): string[] {
  const texts: string[] = []
  const masthead = bulletin.masthead
  if (masthead) {
    texts.push(
      masthead.publication ?? '',
      masthead.englishName ?? '',
      masthead.publisher ?? '',
      masthead.dateText ?? ''
    )
    texts.push(masthead.lunarDate ?? '', masthead.registration ?? '', ...masthead.notes)
  }
  for (const item of bulletin.furniture) texts.push(item.text)
  for (const item of bulletin.unassigned) texts.push(item.text)
  for (const article of bulletin.articles) {
    texts.push(article.title, article.kicker ?? '', article.subtitle ?? '', article.datelineMarker ?? '')
    texts.push(...article.paragraphs, ...article.reporters, ...article.correspondents, ...article.photographers)
    texts.push(...article.editors, article.sourceUnit ?? '', article.sourceNote ?? '', ...article.captions)
    texts.push(article.column ?? '')
    // A story in pieces: each piece's markers (the article's own are its first's and last's) and repeated headline.
    if (article.parts)
      for (const part of article.parts) texts.push(part.title ?? '', part.continuedTo ?? '', part.continuedFrom ?? '')
    else texts.push(article.continuedTo ?? '', article.continuedFrom ?? '')
  }
  return texts
}

/**
 * The characters of `text` that no output accounts for, in input order
 * (empty when nothing was lost). `dropped` lists label text the parser
 * removed on purpose.
 */
export function accountFor(bulletin: ParsedBulletin, text: string, dropped: readonly string[] = []): string {
  const available = new Map<string, number>()
  for (const output of outputTexts(bulletin)) characterCounts(output, available)
  for (const label of dropped) characterCounts(label, available)
  let lost = ''
  for (const char of text) {
    if (/\s/.test(char)) continue
    const count = available.get(char) ?? 0
    if (count > 0) available.set(char, count - 1)
    else lost += char
  }
  return lost
}

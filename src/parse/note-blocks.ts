/**
 * Notes printed alone on their line, as a block of their own: a byline
 * (`记者 景静`, `(记者 雷霄)`), an editor's credit, a source unit, a
 * continuation or end marker, a source note, a photo caption with its credit.
 * Each reader returns what the block says, or null (false) when the block is
 * anything else.
 */
import { continuedFromMark, continuedToMark, endMark } from './credit-marks.ts'
import { type Credits, looksLikeUnit, parseCredit, readEditors } from './credits.ts'
import { emptyNotes, type Notes } from './paragraph-notes.ts'
import { collapseLetterSpacing } from './text.ts'
import { ideographsFromExtA } from '../lexicon/han.ts'
import { captionBullets, captionPointers } from '../lexicon/bullets.ts'

/** A block that is only a continuation or end marker, e.g. `（下转第二版）`, `（完）`. */
export function readMarkerBlock(text: string, notes: Notes): boolean {
  const match = /^[（(]\s*([^()（）]{1,20})\s*[)）]$/.exec(text.trim())
  if (!match) return false
  const inner = (match[1] ?? '').trim()
  if (endMark.test(inner)) {
    notes.end = true
    notes.taken.push(text)
    return true
  }
  const to = continuedToMark.exec(inner)
  const from = continuedFromMark.exec(inner)
  if (to) notes.continuedTo = (to[1] ?? '').replace(/\s+/g, '')
  else if (from) notes.continuedFrom = (from[1] ?? '').replace(/\s+/g, '')
  else return false
  notes.taken.push(text)
  return true
}

/** A block that is only a byline, in brackets or not: `记者 景静`, `■ 本报记者 张三`, `(记者 雷霄)`. */
export function readCreditBlock(text: string): Credits | null {
  const trimmed = text.trim()
  const paren = /^[（(]([^()（）]{2,40})[)）]$/.exec(trimmed)
  const inner = paren ? (paren[1] ?? '') : trimmed
  // `记 者 张 三`: letter-spaced by the extractor.
  return parseCredit(inner) ?? (/^(?:\S[ \u3000]+){3,}\S$/.test(inner) ? parseCredit(collapseSpacedWords(inner)) : null)
}

/**
 * `本 报 记 者  徐 艳 勇  袁 晨`: letters one space apart, words set apart by a wider gap. The
 * wider gaps part the words (two names are two, not `徐艳勇袁晨`); with no wider gap, every
 * space is letter spacing.
 */
function collapseSpacedWords(text: string): string {
  const words = text.trim().split(/ {2,}|\u3000+/)
  if (words.length < 2) return collapseLetterSpacing(text)
  return words.map((word) => word.replace(/ /g, '')).join(' ')
}

/** An editor's credit for one article, alone on its line in brackets: `（编辑 张三）`. */
export function readEditorBlock(text: string): string[] | null {
  const paren = /^[（(]([^()（）]{2,40})[)）]$/.exec(text.trim())
  return paren ? readEditors(paren[1] ?? '') : null
}

/** A source unit alone on its line: `（峡窝镇）`; never a marker such as `（上接第1版）`. */
export function readUnitBlock(text: string): string | null {
  const paren = /^[（(]([^()（）]{2,24})[)）]$/.exec(text.trim())
  const inner = paren?.[1]?.trim()
  return inner && looksLikeUnit(inner) && !parseCredit(inner) && !readEditors(inner) && !isMarkerText(inner)
    ? inner
    : null
}

/** The words inside a continuation or end marker's brackets: `下转第二版`, `上接第一版`, `完`. */
const isMarkerText = (inner: string) =>
  endMark.test(inner) || continuedToMark.test(inner) || continuedFromMark.test(inner)

/** `《人民日报》（2025年10月20日 第 01 版）` or `来源：新华社`. */
export function readSourceNoteBlock(text: string): string | null {
  const trimmed = text.trim()
  if (/^《[^《》]{1,40}》\s*[（(][^()（）]{0,40}[)）]$/.test(trimmed)) return trimmed
  if (/^(?:来源|稿件来源|文章来源|信息来源|稿源|转载自)[:：]\s*\S.{0,60}$/.test(trimmed) && !/[。！？]/.test(trimmed))
    return trimmed
  return null
}

/** `▲图为… 张三 摄`: a caption line, credit after a space, no brackets. */
const spacedPhotoCaption = new RegExp(
  String.raw`^((?:[${captionPointers}]|图为|上图|下图|左图|右图).*?)[\s\u3000]+((?:(?:本报)?记者|通讯员)?[\s\u3000]*[${ideographsFromExtA}·]{2,4}(?:[\s\u3000、]+[${ideographsFromExtA}·]{2,4})*[\s\u3000]*摄)$`
)

/** A caption's opening bullet, taken off it. */
const captionBullet = new RegExp(String.raw`^[${captionBullets}]\s*`)

/** A photo caption: `图为… （记者 张三 摄）`; the credit must end in 摄. */
export function readCaptionBlock(text: string): { caption: string; credits: Credits } | null {
  const trimmed = text.trim()
  const match =
    /^(.*?)[\s\u3000]*[（(]([^()（）]{1,30}摄(?:影)?)\s*[)）]$/.exec(trimmed) ?? spacedPhotoCaption.exec(trimmed)
  if (!match) return null
  const credits = parseCredit(match[2] ?? '')
  if (!credits || credits.photographers.length === 0) return null
  const caption = (match[1] ?? '').replace(captionBullet, '').trim()
  return { caption, credits }
}

/**
 * Any note alone on its line: a byline, a unit, a source note, a marker, an editor's
 * credit, or a caption (when shorter than `captionBelow` characters).
 */
export function isNoteBlock(text: string, captionBelow = Infinity): boolean {
  return (
    readCreditBlock(text) !== null ||
    readUnitBlock(text) !== null ||
    readSourceNoteBlock(text) !== null ||
    readMarkerBlock(text, emptyNotes()) ||
    readEditorBlock(text) !== null ||
    (text.length < captionBelow && readCaptionBlock(text) !== null)
  )
}

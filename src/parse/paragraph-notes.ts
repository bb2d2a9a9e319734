/**
 * Notes printed at the head or tail of a paragraph: `本报讯` and
 * `（记者 张三）` or `（上接第一版）` before the text, and bylines, source
 * units, editors, `（完）`, continuation markers and source notes after it.
 * Each reader records what it read in a `Notes` record with the exact text it
 * took, so the caller can account for the label characters it drops.
 */
import {
  agencyMarkerWithSpace,
  closingParen,
  continuedFromMark,
  continuedToMark,
  datelineMarker,
  endMark,
  openingParen
} from './credit-marks.ts'
import { type Credits, looksLikeUnit, parseCredit, readEditors } from './credits.ts'
import { endsSentence } from './text.ts'
import { labelBullets } from '../lexicon/bullets.ts'
import { bylinePrefixes } from '../lexicon/labels.ts'

/** What was read off the head or tail of a paragraph. */
export interface Notes {
  credits: Credits[]
  sourceUnit: string | null
  sourceNote: string | null
  continuedTo: string | null
  continuedFrom: string | null
  datelineMarker: string | null
  /** Editors credited with this article only, e.g. `（编辑 张三）` at its end. */
  editors: string[]
  /** `（完）` / `（全文完）` was printed: the article ends here. */
  end: boolean
  /** The printed text of every note taken, for the ledger. */
  taken: string[]
}

export function emptyNotes(): Notes {
  return {
    credits: [],
    sourceUnit: null,
    sourceNote: null,
    continuedTo: null,
    continuedFrom: null,
    datelineMarker: null,
    editors: [],
    end: false,
    taken: []
  }
}

/** Take credits, source unit, continuation marker and source note off the end of a paragraph. */
export function takeTail(text: string, notes: Notes): string {
  let rest = text.trimEnd()
  for (let guard = 0; guard < 8; guard++) {
    const next = takeOneTailItem(rest, notes)
    if (next === null) break
    rest = next.trimEnd()
  }
  return rest
}

function takeOneTailItem(text: string, notes: Notes): string | null {
  const paren = closingParen.exec(text.slice(-60))
  if (paren) {
    const before = takeClosingParen(text, paren, notes)
    if (before !== null) return before
  }
  const byline = trailingByline(text)
  if (byline) {
    notes.credits.push(byline.credits)
    notes.taken.push(byline.taken)
    return text.slice(0, text.length - byline.taken.length)
  }
  const source = /(?:^|(?<=[。！？”]))\s*((?:来源|稿件来源|文章来源|信息来源|稿源)[:：][^。！？]{1,40})$/.exec(
    text.slice(-60)
  )
  if (source && notes.sourceNote === null) {
    notes.sourceNote = (source[1] ?? '').trim()
    notes.taken.push(source[0])
    return text.slice(0, text.length - source[0].length)
  }
  return null
}

/** A bracketed note closing the paragraph: `（完）`, an editor, a forward marker, a byline or a unit. */
function takeClosingParen(text: string, paren: RegExpExecArray, notes: Notes): string | null {
  const whole = paren[0]
  const inner = (paren[1] ?? '').trim()
  const before = text.slice(0, text.length - whole.length)
  const take = () => {
    notes.taken.push(whole)
    return before
  }
  if (endMark.test(inner) && !notes.end) {
    notes.end = true
    return take()
  }
  const editors = readEditors(inner)
  if (editors && notes.editors.length === 0) {
    notes.editors.push(...editors)
    return take()
  }
  const marker = continuedToMark.exec(inner)
  if (marker && notes.continuedTo === null) {
    notes.continuedTo = (marker[1] ?? '').replace(/\s+/g, '')
    return take()
  }
  const credit = parseCredit(inner)
  if (credit) {
    notes.credits.push(credit)
    return take()
  }
  if (notes.sourceUnit === null && looksLikeUnit(inner) && (before.trim() === '' || endsSentence(before))) {
    notes.sourceUnit = inner
    return take()
  }
  return null
}

/** A byline's label at a paragraph's tail, after an optional bullet: `记者`, `■本报记者`. */
const trailingBylineLabel = String.raw`(?:[${labelBullets}]\s*)?(?:${bylinePrefixes})?(?:记者|通讯员)`

/** `…快速有效。记者 景静` or `…相关会议。 记者 孙庆辉 通讯员 郭原甫`. */
function trailingByline(text: string): { credits: Credits; taken: string } | null {
  const tailStart = Math.max(0, text.length - 60)
  const tail = text.slice(tailStart)
  const label = new RegExp(trailingBylineLabel, 'g')
  for (let match = label.exec(tail); match; match = label.exec(tail)) {
    const start = tailStart + match.index
    const before = text.slice(0, start)
    if (before.trim() !== '' && !endsSentence(before)) continue
    const candidate = text.slice(start)
    const credits = parseCredit(candidate)
    if (credits) return { credits, taken: candidate }
  }
  return null
}

/** Take `本报讯`, `（记者 张三 通讯员 李四）` and `（上接第一版）` off the start of a paragraph. */
export function takeHead(text: string, notes: Notes): string {
  let rest = text.trimStart()
  for (let guard = 0; guard < 4; guard++) {
    const marker = datelineMarker.exec(rest) ?? agencyMarkerWithSpace.exec(rest)
    if (marker && notes.datelineMarker === null) {
      notes.datelineMarker = marker[1] ?? null
      notes.taken.push(marker[0].slice(0, marker[0].indexOf(marker[1] ?? '')))
      rest = rest.slice(marker[0].length)
      continue
    }
    const paren = openingParen.exec(rest)
    const taken = paren ? takeOpeningParen(paren, notes) : false
    if (!taken) break
    rest = rest.slice(paren![0].length)
  }
  return rest
}

/** A bracketed note opening the paragraph: `（上接第一版）` or a byline. */
function takeOpeningParen(paren: RegExpExecArray, notes: Notes): boolean {
  const inner = (paren[1] ?? '').trim()
  const from = continuedFromMark.exec(inner)
  if (from && notes.continuedFrom === null) {
    notes.continuedFrom = (from[1] ?? '').replace(/\s+/g, '')
    notes.taken.push(paren[0])
    return true
  }
  const credit = parseCredit(inner)
  if (!credit) return false
  notes.credits.push(credit)
  notes.taken.push(paren[0])
  return true
}

/** The paragraph ends with a byline, source unit, source note or forward marker. */
export function endsWithNote(text: string): boolean {
  const notes = emptyNotes()
  takeTail(text, notes)
  return notes.taken.length > 0
}

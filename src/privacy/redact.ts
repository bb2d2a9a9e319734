/**
 * Before publication: where personal data is printed in the corpus (for the report), and,
 * with `--redact`, the records and source texts with it masked, so that no output file
 * (pages, search index, data files) holds it. Office lines printed in a masthead
 * (监督电话 …) are public and stay.
 */
import type { ArticleRecord, IssueRecord, LineRange } from '../types.ts'
import {
  findPersonalData,
  isOfficePhoneLine,
  kindText,
  maskNumber,
  maskPersonalData,
  type PersonalDataKind
} from './personal-data.ts'

export interface PersonalDataPlace {
  kind: PersonalDataKind
  kindText: string
  line: number
  column: number
  masked: string
  /** The line, trimmed, with the number masked. */
  quote: string
}

/** The strings of an article a page, the search index or a data file shows. */
function articleTexts(a: ArticleRecord): string[] {
  return [
    a.title,
    a.kicker ?? '',
    a.subtitle ?? '',
    a.dateText ?? '',
    a.sourceNote ?? '',
    a.sourceUnit ?? '',
    ...a.paragraphs,
    ...a.captions
  ]
}

function issueTexts(issue: IssueRecord): string[] {
  const m = issue.masthead
  return [
    ...issue.furniture.map((f) => f.text),
    ...issue.unassigned,
    ...(m ? [m.publisher ?? '', m.registration ?? '', ...m.notes.filter((n) => !isOfficePhoneLine(n))] : [])
  ]
}

/** Whether the file's records print any personal data: only those files' texts are read for places. */
export function recordsHoldPersonalData(issue: IssueRecord, articles: readonly ArticleRecord[]): boolean {
  const texts = [...issueTexts(issue), ...articles.flatMap(articleTexts)]
  return texts.some((t) => findPersonalData(t).length > 0)
}

/** A source line is an office line that stays: a 监督电话 line of the masthead. */
const staysAsPrinted = (line: number, text: string, masthead: LineRange | null) =>
  masthead !== null && line >= masthead[0] && line <= masthead[1] && isOfficePhoneLine(text)

/** Every personal number in a source text, with its line and column. */
export function personalDataPlaces(text: string, masthead: LineRange | null): PersonalDataPlace[] {
  const places: PersonalDataPlace[] = []
  text.split('\n').forEach((lineText, i) => {
    const line = i + 1
    if (staysAsPrinted(line, lineText, masthead)) return
    for (const f of findPersonalData(lineText)) {
      places.push({
        kind: f.kind,
        kindText: kindText[f.kind],
        line,
        column: f.index + 1,
        masked: maskNumber(f.kind, f.value),
        quote: maskPersonalData(lineText).trim().slice(0, 200)
      })
    }
  })
  return places
}

/** A source text with its personal data masked, the masthead's office lines left as printed. */
export function redactSourceText(text: string, masthead: LineRange | null): string {
  return text
    .split('\n')
    .map((lineText, i) => (staysAsPrinted(i + 1, lineText, masthead) ? lineText : maskPersonalData(lineText)))
    .join('\n')
}

const mask = (value: string | null) => (value === null ? null : maskPersonalData(value))

/** Masks the personal data of an article record in place. */
export function redactArticle(a: ArticleRecord): void {
  a.title = maskPersonalData(a.title)
  a.kicker = mask(a.kicker)
  a.subtitle = mask(a.subtitle)
  a.dateText = mask(a.dateText)
  a.sourceNote = mask(a.sourceNote)
  a.sourceUnit = mask(a.sourceUnit)
  a.paragraphs = a.paragraphs.map(maskPersonalData)
  a.captions = a.captions.map(maskPersonalData)
}

/** Masks the personal data of an issue record in place (the masthead's office lines stay). */
export function redactIssue(issue: IssueRecord): void {
  issue.furniture = issue.furniture.map((f) => ({ ...f, text: maskPersonalData(f.text) }))
  issue.unassigned = issue.unassigned.map(maskPersonalData)
  const m = issue.masthead
  if (m) {
    issue.masthead = {
      ...m,
      publisher: mask(m.publisher),
      registration: mask(m.registration),
      notes: m.notes.map((n) => (isOfficePhoneLine(n) ? n : maskPersonalData(n)))
    }
  }
}

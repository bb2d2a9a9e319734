/**
 * Masthead (报头): the block of short lines at the top of an issue with the
 * publication's name, publisher (…出版), date (maybe spread over lines:
 * `2020年2月` / `29` / `星期六`), lunar date, issue numbers
 * (`第7期(总第634期)`), registration and notes. It is found by these
 * features, never by a publication's name.
 */
import type { Masthead } from '../types.ts'
import { emptyMasthead, type Context, type Line } from './model.ts'
import { displayWidth, hasClauseMarks, residue, toReadableNumbers } from './text.ts'
import { ideographsFromExtA } from '../lexicon/han.ts'
import { oneToTen } from '../lexicon/numerals.ts'

type Feature =
  | 'page'
  | 'date'
  | 'day'
  | 'weekday'
  | 'issue'
  | 'publisher'
  | 'registration'
  | 'lunar'
  | 'note'
  | 'english'

/** A page label (版次): `第1版 要闻`. */
const pageLabel = new RegExp(String.raw`^第\s*[\d${oneToTen}]{1,3}\s*版(?:[\s\u3000]+\S{1,6})?$`)

function featureOf(text: string): Feature | null {
  const half = toReadableNumbers(text)
  if (/第\s*\d+\s*期|总第\s*\d+\s*期/.test(half)) return 'issue'
  // A page label (版次) over the masthead, `第1版 要闻`, is not the paper's name.
  if (pageLabel.test(half)) return 'page'
  if (/^(?:农历)?[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年/.test(half)) return 'lunar'
  if (/\d{4}\s*年(?:\s*\d{1,2}\s*月)?/.test(half)) return 'date'
  if (/^(?:星期|周)[一二三四五六日天]$/.test(half)) return 'weekday'
  if (/^\d{1,2}$/.test(half)) return 'day'
  // `中共××区委办公室编`: an office that compiles the bulletin.
  if (/(?:出版|主办|编印|主管|承办|编辑出版|[室会局部委处组社心]编)$/.test(half)) return 'publisher'
  if (/内资|准印|刊号|CN\s*\d|【[^】]*】\s*\d+\s*号|登记|准字/.test(half)) return 'registration'
  if (/内部资料|免费交流|监督电话|热线|电话|邮编|地址|网址|投稿|邮箱/.test(half)) return 'note'
  if (/^[A-Z][A-Za-z .&'-]{3,}$/.test(half)) return 'english'
  return null
}

/** Every feature a line shows (a line may print the date and the issue number together). */
function allFeaturesOf(text: string): Feature[] {
  const half = toReadableNumbers(text)
  const features: Feature[] = []
  const primary = featureOf(text)
  if (primary) features.push(primary)
  if (/\d{4}\s*年/.test(half)) features.push('date')
  if (/第\s*\d+\s*期/.test(half)) features.push('issue')
  return features
}

/** Read a masthead from the first lines; returns it and the lines after it. */
export function readMasthead(lines: Line[], context: Context): { masthead: Masthead | null; rest: Line[] } {
  const features: Array<Feature | null> = []
  let last = -1
  for (let index = 0; index < Math.min(lines.length, 30); index++) {
    const line = lines[index]!
    if (displayWidth(line.raw) > 32 || /[。，,；]/.test(line.raw) || line.heading > 0) break
    const feature = featureOf(line.raw)
    features.push(feature)
    if (feature) last = index
  }
  const found = new Set(lines.slice(0, last + 1).flatMap((line) => allFeaturesOf(line.raw)))
  const strong = found.has('issue') || found.has('publisher') || found.has('registration')
  if (last < 0 || !strong || !(found.has('date') || found.has('lunar')) || found.size < 2)
    return { masthead: null, rest: lines }
  // A short line set tight under the last one and apart from what follows (`中共××区委办公室`) is the
  // masthead's too — unless prose follows it, which makes it the first story's headline.
  const after = lines[last + 1]
  const following = lines[last + 2]
  const proseFollows = following !== undefined && hasClauseMarks(following.raw) && !/^[【\[［〔]/.test(following.raw)
  if (
    after !== undefined &&
    after.blankBefore === 0 &&
    (following === undefined || following.blankBefore > 0) &&
    !proseFollows &&
    displayWidth(after.raw) <= 24 &&
    !hasClauseMarks(after.raw) &&
    after.heading === 0
  ) {
    features[last + 1] = featureOf(after.raw)
    last++
  }
  const head = lines.slice(0, last + 1)
  return { masthead: buildMasthead(head, features, context), rest: lines.slice(last + 1) }
}

/** A one-line masthead's name, first on the line: `城关快讯 2021年9月1日 第35期`. */
const namedFirst = new RegExp(String.raw`^([${ideographsFromExtA}]{2,10})[\s\u3000]+\S`)

function buildMasthead(head: Line[], features: Array<Feature | null>, context: Context): Masthead {
  const masthead = emptyMasthead([head[0]!.line, head[head.length - 1]!.line])
  const dateParts: string[] = []
  const registration: string[] = []
  head.forEach((line, index) => {
    const text = line.raw
    switch (features[index]) {
      case 'issue':
        readIssueNumbers(text, masthead, context)
        break
      case 'lunar':
        masthead.lunarDate = text
        break
      case 'date':
      case 'day':
      case 'weekday':
        dateParts.push(text)
        break
      case 'publisher': {
        masthead.publisher = text.replace(/(?:编辑出版|出版|主办|编印|主管|承办|编)$/, '').trim()
        context.ledger.drop(residue(text, [masthead.publisher]))
        break
      }
      case 'registration':
        registration.push(text)
        break
      case 'english':
        masthead.englishName = text
        break
      case 'note':
      case 'page':
        masthead.notes.push(text)
        break
      default:
        if (masthead.publication === null && !hasClauseMarks(text) && displayWidth(text) <= 16)
          masthead.publication = text
        else masthead.notes.push(text)
    }
  })
  if (registration.length > 0) masthead.registration = registration.join(' ')
  readMastheadDate(dateParts, masthead, context)
  if (masthead.date === null) readDateInLine(head, masthead)
  // One-line mastheads print the name first: `城关快讯 2021年9月1日 第35期`.
  const named = namedFirst.exec(head[0]!.raw)
  if (masthead.publication === null && named && allFeaturesOf(head[0]!.raw).length > 0)
    masthead.publication = named[1] ?? null
  return masthead
}

function readIssueNumbers(text: string, masthead: Masthead, context: Context): void {
  const half = toReadableNumbers(text)
  const total = /总第\s*(\d+)\s*期/.exec(half)
  const issue = /(?:^|[^总])第\s*(\d+)\s*期/.exec(half)
  if (total) masthead.totalIssueNumber = Number(total[1])
  if (issue) masthead.issueNumber = Number(issue[1])
  // The numbers are kept as numbers; the printed line is kept as a note.
  masthead.notes.push(text)
  void context
}

function readMastheadDate(parts: string[], masthead: Masthead, context: Context): void {
  if (parts.length === 0) return
  const joined = toReadableNumbers(parts.join(' '))
  const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})?\s*日?/.exec(joined)
  const weekday = /(?:星期|周)[一二三四五六日天]/.exec(joined)?.[0] ?? null
  const dayLine = /(?:^|\s)(\d{1,2})(?:\s|$)/.exec(joined.replace(/\d{4}\s*年\s*\d{1,2}\s*月/, ' '))
  if (match) {
    const year = match[1]!
    const month = Number(match[2])
    const day = match[3] ? Number(match[3]) : dayLine ? Number(dayLine[1]) : null
    if (day !== null) {
      masthead.date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      masthead.dateText = `${year}年${month}月${day}日` + (weekday ? ' ' + weekday : '')
    } else {
      masthead.dateText = `${year}年${month}月` + (weekday ? ' ' + weekday : '')
    }
  }
  // Whatever the date fields do not show again stays accounted for here.
  const shown = masthead.dateText ?? ''
  const left = residue(parts.join(''), [shown])
  if (left !== '') masthead.notes.push(...parts.filter((part) => residue(part, [shown]) !== ''))
  void context
}

/** A full date printed on a line with other facts (`上街时讯 2020年2月29日 第7期`); the line itself is kept as a note. */
function readDateInLine(head: Line[], masthead: Masthead): void {
  for (const line of head) {
    const half = toReadableNumbers(line.raw)
    const match = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(half)
    if (!match) continue
    const weekday = /(?:星期|周)[一二三四五六日天]/.exec(half)?.[0] ?? null
    masthead.date = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
    masthead.dateText = `${match[1]}年${Number(match[2])}月${Number(match[3])}日` + (weekday ? ' ' + weekday : '')
    if (!masthead.notes.includes(line.raw) && masthead.publication !== line.raw) masthead.notes.push(line.raw)
    return
  }
}

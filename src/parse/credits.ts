/**
 * Credits and notes printed around an article's body: bylines (`记者 景静`,
 * `(记者 崔玉琳 许峰)`, `■ 本报记者 张三`), photo credits (`…摄`, `文/图`),
 * contributing units (`（峡窝镇）`), continuation markers (`(下转二版)`,
 * `（上接第一版）`) and source notes (`《人民日报》（2025年10月20日 第 01 版）`).
 *
 * Every function returns what it read plus the exact text it took, so the
 * caller can account for the label characters it drops.
 */
import { agencyMarker } from './dateline.ts'
import { collapseLetterSpacing, endsSentence, hasClauseMarks, isCjk } from './text.ts'

/** `新华社北京10月19日电` and the space after it. */
const agencyMarkerWithSpace = new RegExp(agencyMarker.source + '[\\s\\u3000]*')

export interface Credits {
  reporters: string[]
  correspondents: string[]
  photographers: string[]
}

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

const bullet = /^[■□●○▲△◆◇★☆▶►]\s*/
const roleToken =
  /^(?:本报|本報|本刊|特约|特約|见习|見習|实习|實習|首席|新华社|新華社|中新社|人民日报|光明日报|经济日报|央视)?(记者|記者|通讯员|通訊員|实习生|實習生|摄影记者|攝影記者|摄影|攝影|摄|攝)[:：]?(.*)$/
/** Traditional forms of the role labels, read as the simplified ones. */
const simplifiedRole: Record<string, string> = {
  記者: '记者',
  通訊員: '通讯员',
  實習生: '实习生',
  攝影記者: '摄影记者',
  攝影: '摄影',
  攝: '摄'
}
/** Words printed after the names that are labels, not names: `王五参与采写`, `张三 报道`. */
const creditSuffix = /(?:参与采写|參與採寫|采写|採寫|报道|報道|整理|供稿)$/
/** A person's name: two to four characters, or a transliterated name with a middle dot. */
const nameToken = /^(?:[\u3400-\u9fff]{2,4}|[\u3400-\u9fff]{1,6}[·•][\u3400-\u9fff·•]{1,12})$/
/** Names printed right after their label may run together (`记者张三李四`); resolve-credits splits them later. */
const attachedNames = /^[\u3400-\u9fff·•]{2,8}$/
const separators = /[\s\u3000、,，;；]+/

/**
 * Read a credit such as `记者 孙庆辉 通讯员 王茜`, `记者 孙庆辉 文/图`,
 * `张三 摄`; null when the text is anything else.
 */
export function parseCredit(text: string): Credits | null {
  const credits: Credits = { reporters: [], correspondents: [], photographers: [] }
  // `本报记者朱兰诚通讯员沈涛`: a second label run on after the first names starts a group of its own.
  const runOn = /通讯员|通訊員|实习生|實習生/.test(text)
    ? text.replace(/(?<=[\u3400-\u9fff])(?=(?:通讯员|通訊員|实习生|實習生)[\u3400-\u9fff])/g, ' ')
    : text
  const tokens = runOn
    .replace(bullet, '')
    .replace(/(文\s*\/\s*图|图\s*\/\s*文)/g, ' 文/图 ')
    .split(separators)
    .filter(Boolean)
  let role: keyof Credits | null = null
  let group: string[] = []
  let sawLabel = false
  const addName = (name: string) => {
    group.push(name)
    if (role) credits[role].push(name)
  }
  for (const token of tokens) {
    if (token === '文/图') {
      if (group.length === 0) return null
      credits.photographers.push(...group)
      sawLabel = true
      continue
    }
    if (creditSuffix.test(token) && token.replace(creditSuffix, '') === '') {
      sawLabel = true
      continue
    }
    const labelled = roleToken.exec(token)
    if (labelled) {
      const label = simplifiedRole[labelled[1] ?? ''] ?? labelled[1] ?? ''
      const rest = labelled[2] ?? ''
      sawLabel = true
      if (label === '摄' || (label === '摄影' && rest === '' && group.length > 0 && role !== 'photographers')) {
        if (group.length === 0 || rest !== '') return null
        // `张三 摄`: the names just read took the photo (not the story).
        if (role) credits[role].splice(credits[role].length - group.length, group.length)
        credits.photographers.push(...group)
        group = []
        role = null
        continue
      }
      role =
        label === '记者' ? 'reporters' : label === '通讯员' || label === '实习生' ? 'correspondents' : 'photographers'
      group = []
      if (rest !== '') {
        if (!readName(rest, addName, credits, true)) return null
      }
      continue
    }
    if (!readName(token, addName, credits)) return null
  }
  const names = credits.reporters.length + credits.correspondents.length + credits.photographers.length
  if (!sawLabel || names === 0) return null
  if (group.length > 0 && role === null) return null
  return credits
}

function readName(token: string, addName: (name: string) => void, credits: Credits, attached = false): boolean {
  const name = attached ? attachedNames : nameToken
  const suffix = creditSuffix.exec(token)
  if (suffix && name.test(token.slice(0, suffix.index))) {
    addName(token.slice(0, suffix.index))
    return true
  }
  if ((token.endsWith('摄') || token.endsWith('攝')) && name.test(token.slice(0, -1))) {
    credits.photographers.push(token.slice(0, -1))
    return true
  }
  if (!name.test(token)) return false
  addName(token)
  return true
}

const closingParen = /[（(]([^()（）]{1,40})[)）]\s*$/
const continuedToMark = /^(?:下转|下轉|转至|轉至|转|轉|接下)\s*(.{1,12}?版.{0,4}?)\s*$/
const continuedFromMark = /^(?:上接|接上|接)\s*(.{1,12}?版.{0,4}?)\s*$/
const endMark = /^(?:完|全文完|本文完)$/
const editorLabel = /^(?:责任编辑|責任編輯|本版编辑|本文编辑|编辑|編輯|责编|責編)[\s\u3000]*[:：]?[\s\u3000]*/

/** `编辑 张三`, `责任编辑：张三 李四` inside an article's closing brackets → the names. */
export function readEditors(inner: string): string[] | null {
  const label = editorLabel.exec(inner.trim())
  if (!label) return null
  const names = inner.trim().slice(label[0].length).split(separators).filter(Boolean)
  return names.length > 0 && names.every((name) => nameToken.test(name)) ? names : null
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
    const whole = paren[0]
    const inner = (paren[1] ?? '').trim()
    const before = text.slice(0, text.length - whole.length)
    if (endMark.test(inner) && !notes.end) {
      notes.end = true
      notes.taken.push(whole)
      return before
    }
    const editors = readEditors(inner)
    if (editors && notes.editors.length === 0) {
      notes.editors.push(...editors)
      notes.taken.push(whole)
      return before
    }
    const marker = continuedToMark.exec(inner)
    if (marker && notes.continuedTo === null) {
      notes.continuedTo = (marker[1] ?? '').replace(/\s+/g, '')
      notes.taken.push(whole)
      return before
    }
    const credit = parseCredit(inner)
    if (credit) {
      notes.credits.push(credit)
      notes.taken.push(whole)
      return before
    }
    if (notes.sourceUnit === null && looksLikeUnit(inner) && (before.trim() === '' || endsSentence(before))) {
      notes.sourceUnit = inner
      notes.taken.push(whole)
      return before
    }
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

/** `…快速有效。记者 景静` or `…相关会议。 记者 孙庆辉 通讯员 郭原甫`. */
function trailingByline(text: string): { credits: Credits; taken: string } | null {
  const tailStart = Math.max(0, text.length - 60)
  const tail = text.slice(tailStart)
  const label = /(?:[■□●▲◆★]\s*)?(?:本报|本刊|特约|见习|首席)?(?:记者|通讯员)/g
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

/** A contributing unit: a short name with no clause marks, e.g. `通航试验区管委会`. */
function looksLikeUnit(inner: string): boolean {
  if (inner.length < 2 || inner.length > 24 || hasClauseMarks(inner)) return false
  if (/^[\d\s年月日.\-—:：]+$/.test(inner)) return false
  return [...inner].filter(isCjk).length >= 2
}

const datelineMarker = /^(?:[■□●▲◆★]\s*)?(本报讯|本報訊|本刊讯|本网讯|本报消息|本報消息)[\s\u3000]*/
const openingParen = /^[（(]([^()（）]{1,40})[)）][\s\u3000]*/

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
    if (paren) {
      const inner = (paren[1] ?? '').trim()
      const from = continuedFromMark.exec(inner)
      if (from && notes.continuedFrom === null) {
        notes.continuedFrom = (from[1] ?? '').replace(/\s+/g, '')
        notes.taken.push(paren[0])
        rest = rest.slice(paren[0].length)
        continue
      }
      const credit = parseCredit(inner)
      if (credit) {
        notes.credits.push(credit)
        notes.taken.push(paren[0])
        rest = rest.slice(paren[0].length)
        continue
      }
    }
    break
  }
  return rest
}

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
  return (
    parseCredit(inner) ?? (/^(?:\S[ \u3000]+){3,}\S$/.test(inner) ? parseCredit(collapseLetterSpacing(inner)) : null)
  )
}

/** An editor's credit for one article, alone on its line in brackets: `（编辑 张三）`. */
export function readEditorBlock(text: string): string[] | null {
  const paren = /^[（(]([^()（）]{2,40})[)）]$/.exec(text.trim())
  return paren ? readEditors(paren[1] ?? '') : null
}

/** A source unit alone on its line: `（峡窝镇）`. */
export function readUnitBlock(text: string): string | null {
  const paren = /^[（(]([^()（）]{2,24})[)）]$/.exec(text.trim())
  const inner = paren?.[1]?.trim()
  return inner && looksLikeUnit(inner) && !parseCredit(inner) && !readEditors(inner) && !endMark.test(inner)
    ? inner
    : null
}

/** `《人民日报》（2025年10月20日 第 01 版）` or `来源：新华社`. */
export function readSourceNoteBlock(text: string): string | null {
  const trimmed = text.trim()
  if (/^《[^《》]{1,40}》\s*[（(][^()（）]{0,40}[)）]$/.test(trimmed)) return trimmed
  if (/^(?:来源|稿件来源|文章来源|信息来源|稿源|转载自)[:：]\s*\S.{0,60}$/.test(trimmed) && !/[。！？]/.test(trimmed))
    return trimmed
  return null
}

/** A photo caption: `图为… （记者 张三 摄）`; the credit must end in 摄. */
export function readCaptionBlock(text: string): { caption: string; credits: Credits } | null {
  const trimmed = text.trim()
  const match =
    /^(.*?)[\s\u3000]*[（(]([^()（）]{1,30}摄(?:影)?)\s*[)）]$/.exec(trimmed) ??
    // `▲图为… 张三 摄`: a caption line, credit after a space, no brackets.
    /^((?:[▲△]|图为|上图|下图|左图|右图).*?)[\s\u3000]+((?:(?:本报)?记者|通讯员)?[\s\u3000]*[\u3400-\u9fff·]{2,4}(?:[\s\u3000、]+[\u3400-\u9fff·]{2,4})*[\s\u3000]*摄)$/.exec(
      trimmed
    )
  if (!match) return null
  const credits = parseCredit(match[2] ?? '')
  if (!credits || credits.photographers.length === 0) return null
  const caption = (match[1] ?? '').replace(/^[▲△■□●]\s*/, '').trim()
  return { caption, credits }
}

/** Add names not credited yet; returns the names already there (printed twice), for the ledger. */
export function mergeCredits(into: Credits, from: Credits): string[] {
  const repeated: string[] = []
  for (const key of ['reporters', 'correspondents', 'photographers'] as const) {
    for (const name of from[key]) {
      if (into[key].includes(name)) repeated.push(name)
      else into[key].push(name)
    }
  }
  return repeated
}

/** The paragraph ends with a byline, source unit, source note or forward marker. */
export function endsWithNote(text: string): boolean {
  const notes = emptyNotes()
  takeTail(text, notes)
  return notes.taken.length > 0
}

/**
 * What a credit says: the names in a byline (`记者 孙庆辉 通讯员 王茜`,
 * `(记者 崔玉琳 许峰)`, `■ 本报记者 张三`) and in a photo credit (`…摄`,
 * `文/图`) by role, the editors in `（编辑 张三）`, and whether a bracketed
 * name is a contributing unit (`（峡窝镇）`). The readers of a paragraph's
 * notes (./paragraph-notes.ts) and of note blocks (./note-blocks.ts) both
 * read credits with these.
 */
import {
  attachedNames,
  bullet,
  creditSuffix,
  editorLabel,
  nameToken,
  roleToken,
  separators,
  simplifiedRole
} from './credit-marks.ts'
import { hasClauseMarks } from './text.ts'
import { ideographsFromExtA, isIdeograph } from '../lexicon/han.ts'
import { compoundSurnames, surnames } from '../lexicon/surnames.ts'

export interface Credits {
  reporters: string[]
  correspondents: string[]
  photographers: string[]
}

/** Where a second label runs on after the first label's names: `本报记者朱兰诚|通讯员沈涛`. */
const secondLabelRunOn = new RegExp(
  `(?<=[${ideographsFromExtA}])(?=(?:通讯员|通訊員|实习生|實習生)[${ideographsFromExtA}])`,
  'g'
)

/**
 * Read a credit such as `记者 孙庆辉 通讯员 王茜`, `记者 孙庆辉 文/图`,
 * `张三 摄`; null when the text is anything else.
 */
export function parseCredit(text: string): Credits | null {
  const credits: Credits = { reporters: [], correspondents: [], photographers: [] }
  // `本报记者朱兰诚通讯员沈涛`: a second label run on after the first names starts a group of its own.
  const runOn = /通讯员|通訊員|实习生|實習生/.test(text) ? text.replace(secondLabelRunOn, ' ') : text
  const tokens = runOn
    .replace(bullet, '')
    .replace(/(文\s*\/\s*图|图\s*\/\s*文)/g, ' 文/图 ')
    .split(separators)
    .filter(Boolean)
  let role: keyof Credits | null = null
  let group: string[] = []
  let sawLabel = false
  const addName = (run: string) => {
    for (const name of namesInRun(run)) {
      group.push(name)
      if (role) credits[role].push(name)
    }
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
        // `记者从区卫健委获悉，我区…`: a run after the label that a clause mark goes on from is a sentence.
        if ([...rest].length > 4 && /[，,]/.test(text)) return null
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

/**
 * Names printed without a space between them (`刘兰丁欣`, `卢宇敏侯嘉超`): a run of four to six
 * characters read as names of two or three characters each, where exactly one way of parting it
 * starts every name with a common surname. Otherwise (a compound surname, `欧阳华英`; no way, or
 * more than one) the run is kept whole, for the corpus pass (./resolve-credits.ts) to split by
 * names credited elsewhere.
 */
export function namesInRun(run: string): string[] {
  const chars = [...run]
  if (chars.length < 4 || chars.length > 6 || !chars.every(isIdeograph)) return [run]
  if (compoundSurnames.has(chars.slice(0, 2).join(''))) return [run]
  const ways: string[][] = []
  const part = (from: number, names: string[]) => {
    if (from === chars.length) return void ways.push(names)
    for (const size of [2, 3]) {
      if (from + size > chars.length || !surnames.has(chars[from]!)) continue
      part(from + size, [...names, chars.slice(from, from + size).join('')])
    }
  }
  part(0, [])
  return ways.length === 1 ? ways[0]! : [run]
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

/** `编辑 张三`, `责任编辑：张三 李四` inside an article's closing brackets → the names. */
export function readEditors(inner: string): string[] | null {
  const label = editorLabel.exec(inner.trim())
  if (!label) return null
  const names = inner.trim().slice(label[0].length).split(separators).filter(Boolean)
  return names.length > 0 && names.every((name) => nameToken.test(name)) ? names : null
}

/** A contributing unit: a short name with no clause marks, e.g. `通航试验区管委会`. */
export function looksLikeUnit(inner: string): boolean {
  if (inner.length < 2 || inner.length > 24 || hasClauseMarks(inner)) return false
  if (/^[\d\s年月日.\-—:：]+$/.test(inner)) return false
  return [...inner].filter(isIdeograph).length >= 2
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

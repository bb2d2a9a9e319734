/**
 * `corpus/corrections.csv`: corrections the office makes without code, one a row.
 *
 *   file,line,action,value,text
 *   001_8727214cb3b0a05c.txt,75,start,,
 *   merged.txt,7,headline,,我区干部群众
 *   003_760dcf2cc2a4bcf9.txt,,date,2020-01-23,
 *
 * Actions (English or Chinese): `start` 新文章 (an article starts at this line), `headline`
 * 标题 (this line is an article's headline), `join` 并入上文 (the article at this line belongs
 * to the one above), `not-article` 非文章 (the article at this line is not an article),
 * `date` 日期 and `publication` 刊名 (set the date or publication to `value`).
 * `text`, when given, is how the line begins: a row whose line no longer begins so is
 * reported as no longer matching instead of being applied to another line.
 */
import { splitCsvLine } from '../corpus/manifest.ts'

export type CorrectionAction = 'start' | 'headline' | 'join' | 'not-article' | 'date' | 'publication'

export interface Correction {
  /** Line of corrections.csv the row is on. */
  row: number
  /** Corpus-relative path of the bulletin. */
  file: string
  /** Line of the bulletin, or null for `date` and `publication`. */
  line: number | null
  action: CorrectionAction
  value: string | null
  /** How the line begins, when the office wrote it down. */
  text: string | null
}

export interface CorrectionProblem {
  row: number
  /** In Chinese, for the report. */
  message: string
  /** The row as written. */
  raw: string
}

const actions: Record<string, CorrectionAction> = {
  start: 'start',
  新文章: 'start',
  另起: 'start',
  headline: 'headline',
  标题: 'headline',
  join: 'join',
  并入上文: 'join',
  并入: 'join',
  'not-article': 'not-article',
  非文章: 'not-article',
  date: 'date',
  日期: 'date',
  publication: 'publication',
  刊名: 'publication'
}

export const actionText: Record<CorrectionAction, string> = {
  start: '从这一行开始新文章',
  headline: '这一行是标题',
  join: '并入上一篇',
  'not-article': '不是文章',
  date: '设定日期',
  publication: '设定刊名'
}

export function readCorrections(text: string): { corrections: Correction[]; problems: CorrectionProblem[] } {
  const corrections: Correction[] = []
  const problems: CorrectionProblem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase())
  const at = (name: string) => header.indexOf(name)
  if (at('file') < 0 || at('action') < 0) {
    problems.push({ row: 1, message: '更正文件的表头应为 file,line,action,value,text', raw: lines[0] ?? '' })
    return { corrections, problems }
  }
  for (let index = 1; index < lines.length; index++) {
    const raw = lines[index]!
    if (raw.trim() === '' || raw.startsWith('#')) continue
    const cells = splitCsvLine(raw)
    const get = (name: string) => {
      const value = at(name) < 0 ? '' : (cells[at(name)] ?? '').trim()
      return value === '' ? null : value
    }
    const row = index + 1
    const file = get('file')
    const action = actions[(get('action') ?? '').toLowerCase()]
    const lineText = get('line')
    const line = lineText === null ? null : Number(lineText)
    const value = get('value')
    if (!file) problems.push({ row, message: 'file 一栏是空的；应填语料文件夹里的文件名', raw })
    else if (!action)
      problems.push({
        row,
        message: `动作“${get('action') ?? ''}”无法识别；应为 start、headline、join、not-article、date 或 publication`,
        raw
      })
    else if ((action === 'date' || action === 'publication') && value === null)
      problems.push({ row, message: `${actionText[action]}需要在 value 一栏写上新值`, raw })
    else if (action === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value!))
      problems.push({ row, message: `日期“${value}”格式不对；应为 YYYY-MM-DD`, raw })
    else if (action !== 'date' && action !== 'publication' && (line === null || !Number.isInteger(line) || line < 1))
      problems.push({ row, message: `行号“${lineText ?? ''}”不对；${actionText[action]}需要一个行号（从 1 起）`, raw })
    else
      corrections.push({
        row,
        file: file.normalize('NFC'),
        line: line !== null && Number.isInteger(line) ? line : null,
        action,
        value,
        text: get('text')
      })
  }
  return { corrections, problems }
}

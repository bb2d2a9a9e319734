/**
 * What `npm run check` prints: a table of files → issues → articles (title, date, credits),
 * so the office sees what the parser made of each file without building the site.
 * Columns are padded by display width (a Chinese character takes two columns).
 */
import type { ParsedBulletin } from '../types.ts'
import type { ReportFileInput } from './report-types.ts'
import { creditsText, issueSummary, issueText } from './record-text.ts'

const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

/** Columns the text takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0
  for (const ch of text) width += wide.test(ch) ? 2 : 1
  return width
}

/** The text cut to `width` columns (with `…`) and padded to them. */
export function fit(text: string, width: number): string {
  let out = ''
  let used = 0
  for (const ch of text) {
    const w = wide.test(ch) ? 2 : 1
    if (used + w > width - (displayWidth(text) > width ? 1 : 0)) {
      out += '…'
      used += 1
      break
    }
    out += ch
    used += w
  }
  return out + ' '.repeat(Math.max(0, width - used))
}

/** `2020年3月19日`, `3月19日` (year unknown), or `—`. */
function dateText(date: string | null): string {
  if (date === null) return '—'
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (full) return `${full[1]}年${Number(full[2])}月${Number(full[3])}日`
  const partial = /^--(\d{2})-(\d{2})$/.exec(date)
  return partial ? `${Number(partial[1])}月${Number(partial[2])}日` : date
}

const blankMeaning = { paragraph: '分段', wrap: '折行', none: '无空行' } as const
const templateRoleText: Record<string, string> = {
  running: '页眉页脚',
  'headline-end': '标题块结束',
  'article-end': '文章结束'
}

/**
 * What the parser's first pass measured in the file (src/parse/profile/), in one line: the
 * office sees why a file was split as it was, and a developer sees which evidence was there.
 */
export function profileLine(profile: NonNullable<ParsedBulletin['profile']>): string {
  const parts = [
    `正文栏宽 ${profile.column ?? '—'}`,
    `标题折行宽 ${profile.headlineWidth ?? '—'}`,
    `空行＝${blankMeaning[profile.blank]}`,
    `分页 ${profile.pageBreaks} 处`
  ]
  if (profile.shapedHeadlines > 0) parts.push(`按版式认出的标题块 ${profile.shapedHeadlines} 个`)
  if (profile.letterSplitBylines > 0) parts.push(`逐字拆开的署名 ${profile.letterSplitBylines} 行`)
  if (profile.contents) parts.push(`目录 ${profile.contents.items} 条（${profile.contents.matched} 条对上标题）`)
  for (const t of profile.templates)
    parts.push(`重复行×${t.count}（${templateRoleText[t.role] ?? t.role}）：${t.template}`)
  return parts.join('；')
}

/** The table's lines; `why` gives a skipped file's reason in Chinese. */
export function outlineLines(files: readonly ReportFileInput[], why: (path: string) => string): string[] {
  const lines: string[] = [`${fit('文件', 40)}${fit('编码', 10)}${fit('期', 44)}文章（可信度）`]
  for (const f of files) {
    if (f.kind !== 'parsed' || f.bulletin === null) {
      lines.push(`${fit(f.path, 40)}${fit('—', 10)}已跳过：${why(f.path)}`)
      continue
    }
    const issue = f.issue
    const label = issue ? issueText(issueSummary(issue)) : '—'
    const sure = f.bulletin.confidence === undefined ? '' : `  可信度 ${f.bulletin.confidence.toFixed(2)}`
    lines.push(`${fit(f.path, 40)}${fit(f.bulletin.encoding, 10)}${fit(label, 44)}${f.articles.length}${sure}`)
    if (f.bulletin.profile) lines.push(`       版式：${profileLine(f.bulletin.profile)}`)
    for (const a of f.articles) {
      const order = String(a.order).padStart(3, ' ')
      const confidence = a.confidence === null ? '    ' : a.confidence.toFixed(2)
      lines.push(
        `  ${order}  ${confidence}  ${fit(a.title, 46)}  ${fit(dateText(a.date), 14)}  ${creditsText(a) || '（无署名）'}`
      )
    }
    const weakest = f.articles
      .filter((a) => a.confidence !== null && a.confidence < 0.75)
      .sort((a, b) => a.confidence! - b.confidence! || a.order - b.order)
      .slice(0, 3)
    for (const a of weakest)
      lines.push(`       最弱的切分：第 ${a.order} 篇（第 ${a.lines[0]} 行起）依据 ${a.evidence.join('、') || '—'}`)
  }
  return lines
}

/**
 * What `npm run check` prints: a table of files → issues → articles (title, date, credits),
 * so the office sees what the parser made of each file without building the site.
 * Columns are padded by display width (a Chinese character takes two columns).
 */
import type { ReportFileInput } from './model.ts'
import { creditsText, issueText } from './model.ts'

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

/** The table's lines; `why` gives a skipped file's reason in Chinese. */
export function outlineLines(files: readonly ReportFileInput[], why: (path: string) => string): string[] {
  const lines: string[] = [`${fit('文件', 40)}${fit('编码', 10)}${fit('期', 44)}文章`]
  for (const f of files) {
    if (f.kind !== 'parsed' || f.bulletin === null) {
      lines.push(`${fit(f.path, 40)}${fit('—', 10)}已跳过：${why(f.path)}`)
      continue
    }
    const issue = f.issue
    const label = issue
      ? issueText({
          id: issue.id,
          url: issue.url,
          publication: issue.publication,
          date: issue.date,
          year: issue.year,
          issueNumber: issue.issueNumber,
          totalIssueNumber: issue.totalIssueNumber
        })
      : '—'
    lines.push(`${fit(f.path, 40)}${fit(f.bulletin.encoding, 10)}${fit(label, 44)}${f.articles.length}`)
    for (const a of f.articles) {
      const order = String(a.order).padStart(3, ' ')
      lines.push(`  ${order}  ${fit(a.title, 46)}  ${fit(dateText(a.date), 14)}  ${creditsText(a) || '（无署名）'}`)
    }
  }
  return lines
}

/**
 * Dates as people type them into a spreadsheet, checked and written the ISO way the rest
 * of the pipeline reads: `2020-02-29`, `2020/2/29`, `2020.02.29`, `2020年2月29日` → `2020-02-29`;
 * `2022-03` / `2022年3月` → `2022-03`; `2022` / `2022年` → `2022`. A date that names no real
 * day (`2021-13-45`, `2021-02-29`) is refused rather than published.
 */

const FORMS = [/^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/, /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/]

export type ManifestDate = { ok: true; date: string } | { ok: false; reason: string }

const pad = (n: number) => String(n).padStart(2, '0')

export function manifestDate(text: string): ManifestDate {
  const value = text.trim()
  const match = FORMS.map((form) => form.exec(value)).find((m) => m !== null)
  if (!match) return { ok: false, reason: 'expected YYYY-MM-DD (or 2020/02/29, 2020年2月29日), YYYY-MM or YYYY' }
  const year = Number(match[1])
  if (year < 1900 || year > 2100) return { ok: false, reason: `the year ${year} is outside 1900–2100` }
  if (match[2] === undefined) return { ok: true, date: String(year) }
  const month = Number(match[2])
  if (month < 1 || month > 12) return { ok: false, reason: `there is no month ${month}` }
  if (match[3] === undefined) return { ok: true, date: `${year}-${pad(month)}` }
  const day = Number(match[3])
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return { ok: false, reason: `${year}-${pad(month)} has no day ${day}` }
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` }
}

/**
 * Month calendars of issue days: weeks from Monday, one cell per day, each holding the
 * issues printed that day. Days without an issue stay in the grid, so gaps show.
 */

export interface CalendarIssue {
  url: string
  label: string
  /** What fits in a day's cell, e.g. `第7期`. */
  short?: string
}

export interface DayCell {
  day: number
  /** `YYYY-MM-DD`. */
  date: string
  issues: CalendarIssue[]
}

/** Weeks of the month (Monday first); `null` pads days outside the month. */
export function monthWeeks(
  year: number,
  month: number,
  issuesByDate: ReadonlyMap<string, CalendarIssue[]>
): (DayCell | null)[][] {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7 // Monday = 0
  const cells: (DayCell | null)[] = Array.from({ length: firstWeekday }, () => null)
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    cells.push({ day, date, issues: issuesByDate.get(date) ?? [] })
  }
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (DayCell | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

export const weekdayNames = ['一', '二', '三', '四', '五', '六', '日']

/**
 * Issue numbers missing from a run: `[5, 7, 9]` gives `[6, 8]`. Long gaps (more than
 * `maxGap` numbers) are reported as one range so a typo cannot list thousands.
 */
export function missingNumbers(numbers: Iterable<number>, maxGap = 20): string[] {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b)
  const missing: string[] = []
  for (let i = 1; i < sorted.length; i++) {
    const from = sorted[i - 1]! + 1
    const to = sorted[i]! - 1
    if (to < from) continue
    if (to - from + 1 > maxGap) missing.push(`第${from}–${to}期`)
    else for (let n = from; n <= to; n++) missing.push(`第${n}期`)
  }
  return missing
}

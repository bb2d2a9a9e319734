/**
 * Bar charts as inline SVG, made at build time from numbers: no chart library, no
 * script in the browser. Labels are escaped; the markup can go through `| safe`.
 */

export interface Bar {
  /** Shown in the bar's tooltip and the data table, e.g. `2020年2月`. */
  label: string
  /** Axis label under the bar, or empty. */
  tick: string
  value: number
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const monthKey = (date: string) => date.slice(0, 7)

const isDigit = (code: number) => code >= 48 && code <= 57
/** `YYYY-MM…` with a month 01–12 and a year other than 0000 (the same as `/^\d{4}-(0[1-9]|1[0-2])/`, faster). */
function hasMonth(date: string): boolean {
  if (date.length < 7 || date.charCodeAt(4) !== 45 || date.startsWith('0000')) return false
  for (let i = 0; i < 4; i++) if (!isDigit(date.charCodeAt(i))) return false
  const tens = date.charCodeAt(5)
  const ones = date.charCodeAt(6)
  return (tens === 48 && ones >= 49 && ones <= 57) || (tens === 49 && ones >= 48 && ones <= 50)
}

/**
 * Counts per month from the first to the last month that has any (empty months between
 * included, so gaps show; nothing before the first or after the last); per year when that
 * would be more than `maxBars` bars. Dates that are not `YYYY-MM…` are ignored.
 */
export function timeSeries(dates: Iterable<string | null>, maxBars = 72): Bar[] {
  const months = new Map<string, number>()
  for (const date of dates) {
    if (!date || !hasMonth(date)) continue
    const key = monthKey(date)
    months.set(key, (months.get(key) ?? 0) + 1)
  }
  if (months.size === 0) return []
  const keys = [...months.keys()].sort()
  const [firstYear, firstMonth] = keys[0]!.split('-').map(Number) as [number, number]
  const [lastYear, lastMonth] = keys.at(-1)!.split('-').map(Number) as [number, number]
  const span = (lastYear - firstYear) * 12 + (lastMonth - firstMonth) + 1
  if (span > maxBars) {
    const bars: Bar[] = []
    for (let year = firstYear; year <= lastYear; year++) {
      let value = 0
      for (let m = 1; m <= 12; m++) value += months.get(`${year}-${String(m).padStart(2, '0')}`) ?? 0
      bars.push({ label: `${year}年`, tick: String(year), value })
    }
    return bars
  }
  const bars: Bar[] = []
  for (let i = 0; i < span; i++) {
    const year = firstYear + Math.floor((firstMonth - 1 + i) / 12)
    const month = ((firstMonth - 1 + i) % 12) + 1
    const value = months.get(`${year}-${String(month).padStart(2, '0')}`) ?? 0
    const tick = i === 0 || month === 1 ? `${year}年${month}月` : span <= 12 ? `${month}月` : ''
    bars.push({ label: `${year}年${month}月`, tick, value })
  }
  return bars
}

export interface ChartOptions {
  /** Unique within the page: ids of the title and description. */
  id: string
  title: string
  /** What one unit is, e.g. `篇`. */
  unit: string
  width?: number
  height?: number
}

/** What a chart shows, in one sentence: its span, total and peak. */
export function chartSummary(bars: readonly Bar[], unit: string): string {
  if (bars.length === 0) return '没有注明日期的数据。'
  const total = bars.reduce((sum, b) => sum + b.value, 0)
  const peak = bars.reduce<Bar | null>((best, b) => (best === null || b.value > best.value ? b : best), null)
  const most = peak && peak.value > 0 ? `，最多为${peak.label}（${peak.value} ${unit}）` : ''
  if (bars.length === 1) return `${bars[0]!.label}，共 ${total} ${unit}。`
  return `${bars[0]!.label}至${bars.at(-1)!.label}，共 ${total} ${unit}${most}。`
}

/** An accessible SVG bar chart (role=img, title, description, a tooltip per bar). */
export function barChartSvg(bars: Bar[], options: ChartOptions): string {
  // Drawn about as wide as a phone shows it, so its 12-unit labels stay ~12 px there.
  const width = options.width ?? 360
  const height = options.height ?? 160
  const top = 16
  const bottom = 30
  const left = 32
  const right = 8
  const plotW = width - left - right
  const plotH = height - top - bottom
  const max = Math.max(1, ...bars.map((b) => b.value))
  const step = bars.length > 0 ? plotW / bars.length : plotW
  const barW = Math.min(36, Math.max(1, step * 0.75))
  const desc = chartSummary(bars, options.unit)
  const id = escapeXml(options.id)
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d" preserveAspectRatio="xMidYMid meet">`,
    `<title id="${id}-t">${escapeXml(options.title)}</title>`,
    `<desc id="${id}-d">${escapeXml(desc)}</desc>`,
    `<line class="axis" x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}"/>`,
    `<text class="y-label" x="${left - 4}" y="${top + 4}" text-anchor="end">${max}</text>`,
    `<text class="y-label" x="${left - 4}" y="${top + plotH}" text-anchor="end">0</text>`
  ]
  let lastTickX = -Infinity
  bars.forEach((bar, i) => {
    const x = left + i * step + (step - barW) / 2
    const h = (bar.value / max) * plotH
    const y = top + plotH - h
    parts.push(
      `<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${escapeXml(`${bar.label}：${bar.value} ${options.unit}`)}</title></rect>`
    )
    // Under the bar's middle, kept inside the drawing, and apart: about 7 characters of room each.
    const half = 6 * Array.from(bar.tick).length
    const tickX = Math.min(Math.max(left + i * step + step / 2, left + half), width - right - half)
    if (bar.tick && tickX - lastTickX >= 90) {
      parts.push(
        `<text class="x-label" x="${tickX.toFixed(1)}" y="${height - 8}" text-anchor="middle">${escapeXml(bar.tick)}</text>`
      )
      lastTickX = tickX
    }
  })
  parts.push('</svg>')
  return parts.join('')
}

/**
 * A chart of article dates, with what it counts said before it: how many of the listed
 * articles it draws, and why the others are not drawn. With no article dated to a month
 * there is no chart (no empty axes), only the sentence.
 */
export function chartOf(
  sortDates: readonly string[],
  id: string,
  title: string
): { chart: string | null; chartLead: string; chartCaption: string } {
  const bars = timeSeries(sortDates)
  const total = sortDates.length
  const drawn = bars.reduce((n, b) => n + b.value, 0)
  const rest = total - drawn
  if (drawn === 0) {
    return {
      chart: null,
      chartLead:
        total === 1 ? '这篇文章没有注明年月，无法按月统计。' : `这 ${total} 篇文章都没有注明年月，无法按月统计。`,
      chartCaption: ''
    }
  }
  return {
    chart: barChartSvg(bars, { id, title, unit: '篇' }),
    chartLead:
      rest === 0
        ? `按月统计全部 ${total} 篇文章。`
        : `按月统计注明了年月的 ${drawn} 篇文章；另有 ${rest} 篇只知年份或日期不详，未计入图中（共 ${total} 篇）。`,
    chartCaption: chartSummary(bars, '篇')
  }
}

/**
 * Splits the article pages into search-index shards: blocks of consecutive dates, newest
 * first, each at most `maxPages` pages. Pagefind's memory grows ~0.7 MB per Chinese page
 * in one index (MEASURED.md), so shards keep each index small, let both cores index at
 * once, let the browser search the newest period first, and let a rebuild reuse every
 * shard whose pages did not change.
 */

export interface ShardPage {
  /** Site-relative URL without the base, e.g. `/articles/x-01/`. */
  url: string
  /** `YYYY-MM-DD`; `0000-00-00` when unknown. */
  sortDate: string
}

export interface ShardPlan {
  /** Folder name under `search-index/`, e.g. `2020`, `2020-2`, `undated`. */
  key: string
  urls: string[]
  firstDate: string | null
  lastDate: string | null
}

const byDateThenUrl = (a: ShardPage, b: ShardPage) =>
  a.sortDate < b.sortDate ? -1 : a.sortDate > b.sortDate ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0

/**
 * Shards by calendar period: a year; a year with more than `maxPages` pages by quarter; a
 * quarter too big by month; a month too big in equal date-ordered blocks. Calendar edges
 * keep a shard's pages fixed when later issues arrive, so a new issue re-indexes only
 * its own period.
 */
export function planShards(pages: readonly ShardPage[], maxPages: number): ShardPlan[] {
  const plans: ShardPlan[] = []
  const undated = pages.filter((p) => p.sortDate.startsWith('0000'))
  const dated = pages.filter((p) => !p.sortDate.startsWith('0000'))
  const levels: ((page: ShardPage) => string)[] = [
    (p) => p.sortDate.slice(0, 4),
    (p) => {
      const month = Number(p.sortDate.slice(5, 7))
      return `${p.sortDate.slice(0, 4)}-q${month === 0 ? 0 : Math.ceil(month / 3)}`
    },
    (p) => p.sortDate.slice(0, 7)
  ]
  const split = (list: ShardPage[], level: number, key: string): void => {
    list.sort(byDateThenUrl)
    if (list.length <= maxPages || level === levels.length) {
      const blocks = Math.max(1, Math.ceil(list.length / maxPages))
      const size = Math.ceil(list.length / blocks)
      for (let block = 0; block < blocks; block++) {
        const part = list.slice(block * size, (block + 1) * size)
        plans.push({
          key: blocks === 1 ? key : `${key}-${block + 1}`,
          urls: part.map((p) => p.url),
          firstDate: part[0]!.sortDate,
          lastDate: part.at(-1)!.sortDate
        })
      }
      return
    }
    const groups = new Map<string, ShardPage[]>()
    for (const page of list) {
      const group = levels[level]!(page)
      groups.set(group, [...(groups.get(group) ?? []), page])
    }
    for (const [group, members] of groups) split(members, level + 1, group)
  }
  const byYear = new Map<string, ShardPage[]>()
  for (const page of dated)
    byYear.set(page.sortDate.slice(0, 4), [...(byYear.get(page.sortDate.slice(0, 4)) ?? []), page])
  for (const [year, list] of byYear) split(list, 1, year)
  if (undated.length) {
    const before = plans.length
    split([...undated], levels.length, 'undated')
    for (const plan of plans.slice(before)) {
      plan.firstDate = null
      plan.lastDate = null
    }
  }
  // Newest first; undated last.
  return plans.sort((a, b) => {
    if (a.lastDate === null) return b.lastDate === null ? (a.key < b.key ? -1 : 1) : 1
    if (b.lastDate === null) return -1
    return a.lastDate < b.lastDate ? 1 : a.lastDate > b.lastDate ? -1 : a.key < b.key ? 1 : -1
  })
}

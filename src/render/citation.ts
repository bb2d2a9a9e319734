/**
 * Citations in the style of GB/T 7714-2015 for newspaper articles ([N]):
 *
 *   主要责任者. 题名[N]. 报纸名, 出版日期(版次).
 *   张三, 李四. 防控工作会议召开[N]. 上街时讯, 2020-02-29(1).
 *
 * What is not known is left out (no author → starts with the title; no page → no
 * brackets); an unnamed publication is named in square brackets, as the standard does
 * for supplied information.
 */

export interface CitationInput {
  authors: readonly string[]
  title: string
  publication: string | null
  /** Region, used as `[上街区简报]` when the publication is not named. */
  region: string | null
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null. */
  date: string | null
  page: number | null
}

export function citation({ authors, title, publication, region, date, page }: CitationInput): string {
  const names = authors.length > 3 ? `${authors.slice(0, 3).join(', ')}, 等` : authors.join(', ')
  const source = publication ?? (region ? `[${region}简报]` : '[刊名不详]')
  let where = source
  if (date) where += `, ${date}`
  if (page !== null) where += `(${page})`
  const head = names ? `${names}. ` : ''
  return `${head}${title.replace(/[.。]$/u, '')}[N]. ${where}.`
}

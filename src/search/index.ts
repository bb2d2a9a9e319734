/**
 * The search stage: Pagefind indexes the rendered pages (zh-CN, read from <html lang>).
 * This is the only module that imports pagefind.
 */
import * as pagefind from 'pagefind'
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'

export interface IndexResult {
  /** HTML files Pagefind read. */
  filesRead: number
  /** Pages in the index (those with `data-pagefind-body`), per language. */
  pagesIndexed: Record<string, number>
  errors: string[]
}

export async function indexSite(outDir: string): Promise<IndexResult> {
  const errors: string[] = []
  try {
    const created = await pagefind.createIndex({ keepIndexUrl: false })
    errors.push(...created.errors)
    const index = created.index
    if (!index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`)
    const added = await index.addDirectory({ path: outDir })
    errors.push(...added.errors)
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') })
    errors.push(...written.errors)
    const entry = JSON.parse(await readFile(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
    const pagesIndexed = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]))
    return { filesRead: added.page_count, pagesIndexed, errors }
  } finally {
    await pagefind.close()
  }
}

/**
 * The search stage: Pagefind indexes the rendered pages (zh-CN, read from <html lang>).
 * This is the only module that imports pagefind.
 */
import * as pagefind from 'pagefind'
import { join } from 'node:path'

export interface IndexResult {
  pages: number
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
    return { pages: added.page_count, errors }
  } finally {
    await pagefind.close()
  }
}

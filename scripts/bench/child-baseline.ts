/**
 * Baseline: bare Eleventy 3 over N markdown pages (one per article, default settings,
 * a `<html lang="zh-CN">` layout), then Pagefind's Node API over the output — what a
 * site with no parsing, tagging, issue pages or data files costs.
 *
 *   node --import tsx scripts/bench/child-baseline.ts SRC_DIR OUT_DIR
 */
import Eleventy from '@11ty/eleventy'
import * as pagefind from 'pagefind'
import { join } from 'node:path'
import { mark, result } from './child-common.ts'

const [input, output] = process.argv.slice(2)
if (!input || !output) throw new Error('usage: child-baseline.ts SRC_DIR OUT_DIR')

mark('start')
let t = performance.now()
const eleventy = new Eleventy(input, output, { quietMode: true })
await eleventy.write()
const eleventySeconds = (performance.now() - t) / 1000
mark('eleventy')

t = performance.now()
const { index, errors } = await pagefind.createIndex({})
if (!index) throw new Error(errors.join('; '))
const added = await index.addDirectory({ path: output })
const written = await index.writeFiles({ outputPath: join(output, 'pagefind') })
await pagefind.close()
const pagefindSeconds = (performance.now() - t) / 1000
mark('pagefind')
result({
  eleventySeconds,
  pagefindSeconds,
  pages: added.page_count,
  errors: [...errors, ...added.errors, ...written.errors]
})

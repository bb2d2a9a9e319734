/**
 * Print what the parser's first pass found in each file (body column, headline width,
 * what a blank line means, page breaks, repeated templates with their roles, the
 * contents list, shaped headlines, letter-split bylines), the file's confidence, and
 * its weakest articles with their evidence.
 *
 *   node --import tsx scripts/profile.ts corpus/*.txt [--weakest 5]
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { VFile } from 'vfile'
import { decodeBulletin } from '../src/read/decode.ts'
import { parseBulletin } from '../src/parse/index.ts'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { weakest: { type: 'string', default: '3' } }
})
for (const path of positionals) {
  const decoded = decodeBulletin(readFileSync(path), path)
  if (decoded.kind !== 'text') {
    console.log(`${path}: skipped (${decoded.messages.map(String).join('; ')})`)
    continue
  }
  const bulletin = parseBulletin(new VFile({ path, value: decoded.text }), { encoding: decoded.encoding })
  const profile = bulletin.profile!
  console.log(
    `${path}: ${bulletin.articles.length} articles, confidence ${bulletin.confidence} (weakest ${bulletin.weakestConfidence})`
  )
  console.log(
    `  column ${profile.column ?? '-'}, headline width ${profile.headlineWidth ?? '-'}, blank lines: ${profile.blank}, ` +
      `page breaks ${profile.pageBreaks}, shaped headlines ${profile.shapedHeadlines}, letter-split byline lines ${profile.letterSplitBylines}`
  )
  if (profile.contents)
    console.log(`  contents list: ${profile.contents.items} items, ${profile.contents.matched} found as headlines`)
  for (const template of profile.templates)
    console.log(`  template ×${template.count} ${template.role}: ${template.template}`)
  const weakest = [...bulletin.articles]
    .sort((a, b) => (a.confidence ?? 0) - (b.confidence ?? 0) || a.lines[0] - b.lines[0])
    .slice(0, Number(values.weakest))
  for (const article of weakest)
    console.log(
      `  weak ${article.confidence} line ${article.lines[0]} ${article.title} [${article.evidence?.join(', ')}]`
    )
}

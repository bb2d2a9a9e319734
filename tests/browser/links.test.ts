import { test, after } from 'node:test'
import assert from 'node:assert/strict'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSeeds } from '../e2e/seed-build.ts'
import { renderSite } from '../../src/render/site.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'
import { articlesCsv, articlesJson, issuesJson } from '../../src/pipeline/data-files.ts'
import { checkLinks } from './link-check.ts'

const cleanups: (() => void)[] = []
after(() => cleanups.forEach((remove) => remove()))

const report = (problems: { page: string; link: string; reason: string }[]) =>
  problems
    .slice(0, 20)
    .map((p) => `${p.page}: ${p.link} — ${p.reason}`)
    .join('\n')

for (const base of ['/', '/archive/']) {
  test(`every internal link of the seed site built for ${base} resolves to a file`, async () => {
    const site = await buildSeeds(base)
    cleanups.push(site.remove)
    const { pages, links, problems } = checkLinks(site.outDir, base)
    assert.ok(pages > 50, `checked ${pages} pages`)
    assert.ok(links > 1000, `checked ${links} links`)
    assert.deepEqual(problems, [], report(problems))
    // Tag pages of Chinese words are linked percent-encoded and relative, and exist.
    const home = readFileSync(join(site.outDir, 'index.html'), 'utf8')
    assert.match(home, /href="tags\/people\/%E/)
    // The 404 page is served at any depth: its links keep the base path.
    assert.match(readFileSync(join(site.outDir, '404.html'), 'utf8'), new RegExp(`href="${base}dates/"`))
  })
}

test('links stay right with a site URL, hashed tag slugs and hostile names', async () => {
  const out = tempDir('links')
  cleanups.push(out.remove)
  const hostile = '<a href="//evil.example/">x</a> & {{ y }}'
  const articles = [
    makeArticle({
      id: 'a-01',
      title: hostile,
      tags: {
        keywords: [hostile, 'AI', '防控'],
        people: ['宋洁', hostile],
        places: ['上街区'],
        organizations: ['区委']
      }
    }),
    makeArticle({ id: 'a-02', order: 2, tags: { keywords: ['防控'], people: ['宋洁'], places: [], organizations: [] } })
  ]
  const issue = makeIssue({ id: 'a', articleIds: ['a-01', 'a-02'], publication: hostile, date: '2020-02-29' })
  await renderSite(
    { outDir: out.path, base: '/archive/', name: '测试', siteUrl: 'https://example.org' },
    { issues: [issue], articles, stats: { issues: 1, articles: 2, firstDate: '2020-02-29', lastDate: '2020-02-29' } }
  )
  // The build writes the data files next to the pages; renderSite alone does not.
  mkdirSync(join(out.path, 'data'), { recursive: true })
  writeFileSync(join(out.path, 'data', 'articles.json'), articlesJson(articles))
  writeFileSync(join(out.path, 'data', 'issues.json'), issuesJson([issue]))
  writeFileSync(join(out.path, 'data', 'articles.csv'), articlesCsv(articles))
  const { problems } = checkLinks(out.path, '/archive/', 'https://example.org')
  assert.deepEqual(problems, [], report(problems))
  const sitemap = readFileSync(join(out.path, 'sitemap.xml'), 'utf8')
  assert.match(sitemap, /<loc>https:\/\/example\.org\/archive\/tags\/people\/%E5%AE%8B%E6%B4%81\/<\/loc>/)
  assert.match(
    readFileSync(join(out.path, 'robots.txt'), 'utf8'),
    /Sitemap: https:\/\/example\.org\/archive\/sitemap\.xml/
  )
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { renderSite, textSource } from '../../src/render/site.ts'
import { makeArticle, makeIssue, tempDir } from '../helpers.ts'

const H = (label: string) =>
  `${label}<script>alert(1)</script><img src=x onerror=alert(2)>{{ 7*7 }}{% raw %}\${8*8}&amp;"'\u0001`

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? (name === 'assets' ? [] : files(path)) : [path]
  })
}

test('hostile text in every record field is shown as text on every page, the feed and the sitemap', async () => {
  const out = tempDir('hostile')
  try {
    const tags = { keywords: [H('词')], people: [H('人')], places: [H('地')], organizations: [H('机构')] }
    const article = makeArticle({
      id: 'a-01',
      issueId: 'a',
      file: 'a<b>.txt',
      lines: [1, 2],
      title: H('标题'),
      kicker: H('引题'),
      subtitle: H('副题'),
      publication: H('刊'),
      region: H('区'),
      date: '2020-02-28',
      dateText: H('电头'),
      datelineMarker: H('本报讯'),
      paragraphs: [H('正文')],
      reporters: [H('记者')],
      correspondents: [H('通讯员')],
      photographers: [H('摄影')],
      editors: [H('编辑')],
      sourceUnit: H('单位'),
      sourceNote: H('来源'),
      continuedTo: H('二版'),
      continuedFrom: H('一版'),
      captions: [H('图')],
      tags
    })
    const second = makeArticle({ id: 'a-02', issueId: 'a', order: 2, title: H('次篇'), continuedFrom: '一版', tags })
    const issue = makeIssue({
      id: 'a',
      articleIds: ['a-01', 'a-02'],
      file: 'a<b>.txt',
      publication: H('刊'),
      region: H('区'),
      date: '2020-02-29',
      issueNumber: 7,
      totalIssueNumber: 634,
      publisher: H('出版'),
      page: H('版'),
      unassigned: [H('散落')],
      masthead: {
        publication: H('刊'),
        englishName: null,
        publisher: H('出版'),
        date: '2020-02-29',
        dateText: H('日期'),
        lunarDate: H('农历'),
        issueNumber: 7,
        totalIssueNumber: 634,
        registration: H('登记'),
        notes: [H('说明')],
        lines: [1, 1]
      }
    })
    await renderSite(
      { outDir: out.path, base: '/', name: H('站名') },
      {
        issues: [issue],
        articles: [article, second],
        tagged: {
          people: [
            {
              name: H('人'),
              articleIds: ['a-01'],
              roles: [{ role: H('职务'), first: '2020', last: '2020' }],
              coMentioned: [{ name: H('同'), count: 2 }]
            }
          ],
          related: new Map([['a-01', ['a-02']]])
        },
        sources: new Map([['a<b>.txt', textSource(`${H('原文一')}\n${H('原文二')}`)]]),
        stats: { issues: 1, articles: 2, firstDate: '2020-02-28', lastDate: '2020-02-29' }
      }
    )
    const outputs = files(out.path)
    assert.ok(outputs.length >= 20, `rendered ${outputs.length} files`)
    let shown = 0
    for (const file of outputs) {
      const name = relative(out.path, file)
      const text = readFileSync(file, 'utf8')
      assert.ok(!text.includes('<script>alert'), `${name}: a <script> from the records is escaped`)
      assert.ok(!text.includes('<img src=x'), `${name}: markup from the records is escaped`)
      assert.ok(!/>\s*49\s*</.test(text) && !text.includes('>64<'), `${name}: template syntax is not run`)
      if (text.includes('{{ 7*7 }}')) shown++
      if (name.endsWith('.xml')) {
        assert.ok(!text.includes('\u0001'), `${name}: no control characters XML forbids`)
        assert.ok(!/&(?!amp;|lt;|gt;|quot;|#39;|#x[0-9a-f]+;|#\d+;)/i.test(text), `${name}: every & is an entity`)
      }
    }
    assert.ok(shown >= 10, `the template syntax is shown as text on many pages (${shown})`)
    const page = readFileSync(join(out.path, 'articles/a-01/index.html'), 'utf8')
    for (const label of [
      '标题',
      '引题',
      '副题',
      '正文',
      '记者',
      '通讯员',
      '摄影',
      '编辑',
      '单位',
      '来源',
      '图',
      '词',
      '人',
      '原文一',
      '原文二',
      '本报讯'
    ]) {
      assert.ok(
        page.includes(`${label}&lt;script&gt;alert(1)&lt;/script&gt;`) ||
          page.includes(`${label}&#x3C;script>alert(1)&#x3C;/script>`),
        `the article shows ${label} as text`
      )
    }
    const feed = readFileSync(join(out.path, 'feed.xml'), 'utf8')
    assert.match(feed, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/)
    assert.ok(
      feed.includes('<title>标题&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;{{ 7*7 }}')
    )
    const person = readFileSync(
      join(
        out.path,
        `tags/people/${readdirSync(join(out.path, 'tags/people')).find((n) => n.startsWith('_'))}/index.html`
      ),
      'utf8'
    )
    assert.ok(person.includes('职务&lt;script&gt;'), 'roles are text')
    assert.ok(person.includes('<svg xmlns='), 'the chart is markup')
    assert.ok(!/<title[^>]*>[^<]*<script/.test(person), 'chart labels are escaped')
  } finally {
    out.remove()
  }
})

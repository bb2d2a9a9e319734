import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'
import { applyCorrections } from '../../src/corrections/apply.ts'
import { readCorrections } from '../../src/corrections/read.ts'
import { build } from '../../src/pipeline/index.ts'
import type { Report } from '../../src/report/report-types.ts'
import { tempDir } from '../helpers.ts'

const fixture = fileURLToPath(new URL('fixtures/merged.txt', import.meta.url))
const text = readFileSync(fixture, 'utf8')
const parse = () => parseBulletin(new VFile({ path: 'merged.txt', value: text }))
const correct = (csv: string) => {
  const bulletin = parse()
  const { corrections, problems } = readCorrections(`file,line,action,value,text\n${csv}\n`)
  return { bulletin, outcomes: applyCorrections(bulletin, text, corrections), problems }
}

test('the fixture is a split the parser gets wrong: two stories read as one, the second one’s byline on the first', () => {
  const { articles } = parse()
  assert.equal(articles.length, 1)
  assert.deepEqual(articles[0]!.reporters, ['张三'])
})

test('a headline correction splits the article at its line, and the byline goes with the story it was printed in', () => {
  const { bulletin, outcomes } = correct('merged.txt,7,headline,,我区干部群众')
  assert.equal(outcomes[0]!.applied, true, outcomes[0]!.message)
  const [first, second] = bulletin.articles
  assert.deepEqual([first!.title, first!.lines, first!.reporters], ['区委召开常委会会议', [1, 5], []])
  assert.equal(first!.paragraphs.length, 2)
  assert.deepEqual(
    [second!.title, second!.lines, second!.reporters],
    ['我区干部群众踏青植树添新绿。', [7, 11], ['张三']]
  )
  assert.match(second!.paragraphs[0]!, /^3月2日，我区组织干部群众开展义务植树活动/)
  assert.deepEqual([second!.datelineMarker, second!.date, second!.dateText], ['本报讯', '--03-02', '3月2日'])
})

test('start, join and not-article; a row whose line reads otherwise, or is already fixed, no longer matches', () => {
  const started = correct('merged.txt,9,start,,')
  assert.equal(started.bulletin.articles.length, 2)
  assert.equal(started.bulletin.articles[1]!.lines[0], 9)
  const joined = correct('merged.txt,7,headline,,\nmerged.txt,7,join,,')
  assert.deepEqual(
    joined.outcomes.map((o) => o.applied),
    [true, true]
  )
  assert.equal(joined.bulletin.articles.length, 1)
  const removed = correct('merged.txt,7,headline,,\nmerged.txt,9,not-article,,')
  assert.equal(removed.bulletin.articles.length, 1)
  assert.ok(removed.bulletin.furniture.some((f) => f.text.startsWith('我区干部群众踏青植树添新绿')))
  const stale = correct('merged.txt,7,headline,,区委召开\nmerged.txt,1,start,,')
  assert.deepEqual(
    stale.outcomes.map((o) => o.applied),
    [false, false]
  )
  assert.match(stale.outcomes[0]!.message, /不是“区委召开”开头/)
  assert.match(stale.outcomes[1]!.message, /已经是/)
})

test('date and publication set the issue’s; unusable rows are reported with their row', () => {
  const { bulletin, problems } = correct(
    'merged.txt,,date,2021-03-02,\nmerged.txt,,刊名,上街时讯,\nmerged.txt,,date,3月2日,\nmerged.txt,3,redo,,'
  )
  assert.equal(bulletin.masthead!.date, '2021-03-02')
  assert.equal(bulletin.masthead!.publication, '上街时讯')
  assert.equal(bulletin.articles[0]!.date, '2021-03-01')
  assert.deepEqual(
    problems.map((p) => p.row),
    [4, 5]
  )
})

test('a build applies corpus/corrections.csv before records are made and reports each row', async () => {
  const dir = tempDir('corrections')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(corpus)
    cpSync(fixture, join(corpus, 'merged.txt'))
    writeFileSync(
      join(corpus, 'corrections.csv'),
      'file,line,action,value,text\nmerged.txt,7,标题,,我区干部群众\ngone.txt,3,start,,\n'
    )
    const outDir = join(dir.path, 'site')
    const summary = await build({
      corpusDir: corpus,
      outDir,
      base: '/',
      name: '简报档案馆',
      checkOnly: false,
      log: () => {}
    })
    assert.equal(summary.articles, 2)
    assert.deepEqual(summary.corrections, { applied: 1, unmatched: 1 })
    const { articles } = JSON.parse(readFileSync(join(outDir, 'data/articles.json'), 'utf8')) as {
      articles: { title: string; reporters: string[] }[]
    }
    assert.deepEqual(
      articles.map((a) => [a.title, a.reporters]),
      [
        ['区委召开常委会会议', []],
        ['我区干部群众踏青植树添新绿。', ['张三']]
      ]
    )
    const report = JSON.parse(readFileSync(join(dir.path, 'build-report/report.json'), 'utf8')) as Report
    assert.deepEqual(
      report.corrections.map((c) => [c.place.split('/').at(-1), c.status]),
      [
        ['corrections.csv:2', 'applied'],
        ['corrections.csv:3', 'unmatched']
      ]
    )
    assert.match(report.corrections[1]!.message, /语料文件夹里没有这个文件/)
  } finally {
    dir.remove()
  }
})

test('a correction inside a story in pieces keeps each piece’s lines with the article that holds them', () => {
  const jumped = [
    '第1版  要闻',
    '',
    '区里召开全体干部大会',
    '',
    '　　本报讯 3月5日，区里召开全体干部大会，部署全年重点工作。',
    '　　会议要求，各部门要狠抓落实。',
    '',
    '（下转第2版）',
    '',
    '第2版  综合',
    '',
    '（上接第1版）',
    '会议还对安全生产工作作了安排。（记者 张三）',
    ''
  ].join('\n')
  const bulletin = parseBulletin(new VFile({ path: 'jumped.txt', value: jumped }))
  assert.deepEqual(
    bulletin.articles[0]!.parts?.map((part) => part.lines),
    [
      [3, 8],
      [12, 13]
    ]
  )
  const { corrections } = readCorrections('file,line,action,value,text\njumped.txt,13,start,,\n')
  const outcomes = applyCorrections(bulletin, jumped, corrections)
  assert.equal(outcomes[0]!.applied, true, outcomes[0]!.message)
  const [first, second] = bulletin.articles
  // The first keeps its page-1 piece and the 上接 line; the second is the one piece it starts at.
  assert.deepEqual(
    [first!.parts?.map((part) => part.lines), first!.lines],
    [
      [
        [3, 8],
        [12, 12]
      ],
      [3, 12]
    ]
  )
  assert.deepEqual([second!.parts, second!.lines], [undefined, [13, 13]])
})

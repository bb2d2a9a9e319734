/**
 * Stories continued inside one file (src/parse/jumps.ts): a story sent on with `（下转…）`
 * and picked up later in the file under `（上接…）` is one article, its pieces in `parts`;
 * a piece whose markers or pages say it belongs elsewhere stays an article of its own.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { accountFor, parseBulletin } from '../../src/parse/index.ts'

const storyStart = `第1版  要闻

区里召开全体干部大会部署全年工作

　　本报讯（记者 张三）3月5日，区里召开全体干部大会，部署全年重点工作。会议指出，要坚持稳中求进，
抓好项目建设和民生实事。
　　会议强调，各部门要狠抓落实，确保各项任务按时

（下转第2版）

街道组织志愿者清洁家园

　　本报讯 近日，某街道组织志愿者开展清洁家园活动，共清理垃圾五吨。（记者 李四）
`

const laterPage = (header: string, above: string) => `
${header}

${above}（上接第1版）
完成。会议还对安全生产工作作了安排。（记者 张三）

社区举办文艺演出

　　本报讯 某社区举办文艺演出，居民踊跃参加。（记者 王五）
`

function parse(text: string) {
  const file = new VFile({ path: 'issue.txt', value: text })
  const bulletin = parseBulletin(file, { issueDate: '2020-03-05' })
  return { bulletin, file, lost: accountFor(bulletin, text, file.data.bulletinDropped) }
}

test('should join an untitled piece under 上接 to the story sent on with 下转', () => {
  const { bulletin, file, lost } = parse(storyStart + laterPage('第2版  综合', ''))
  assert.deepEqual(
    bulletin.articles.map((article) => article.title),
    ['区里召开全体干部大会部署全年工作', '街道组织志愿者清洁家园', '社区举办文艺演出']
  )
  const story = bulletin.articles[0]!
  // The sentence broken off by the jump goes on in one paragraph.
  assert.equal(
    story.paragraphs.at(-1),
    '会议强调，各部门要狠抓落实，确保各项任务按时完成。会议还对安全生产工作作了安排。'
  )
  assert.deepEqual(story.reporters, ['张三'])
  assert.deepEqual(
    story.parts?.map((part) => [part.page, part.title, part.continuedTo, part.continuedFrom]),
    [
      ['1', null, '第2版', null],
      ['2', null, null, '第1版']
    ]
  )
  assert.equal(story.continuedTo, null)
  assert.equal(story.continuedFrom, null)
  assert.deepEqual(story.lines, [story.parts![0]!.lines[0], story.parts![1]!.lines[1]])
  assert.equal(bulletin.articles[1]!.parts, undefined)
  assert.deepEqual(bulletin.unassigned, [])
  assert.equal(lost, '')
  assert.deepEqual(
    file.messages.map((message) => message.ruleId),
    [],
    'a joined piece is not text without a headline'
  )
})

test('should keep a headline printed again over the piece in its part', () => {
  const { bulletin, lost } = parse(storyStart + laterPage('第2版  综合', '区里召开全体干部大会部署全年工作\n\n'))
  assert.equal(bulletin.articles.length, 3)
  assert.equal(bulletin.articles[0]!.parts?.[1]?.title, '区里召开全体干部大会部署全年工作')
  assert.equal(lost, '')
})

test('should join by the markers alone when the file prints no page headers', () => {
  const text = (storyStart + laterPage('', '')).replace('第1版  要闻\n', '')
  const { bulletin, lost } = parse(text)
  assert.equal(bulletin.articles[0]!.parts?.length, 2)
  assert.equal(bulletin.articles.length, 3)
  assert.equal(lost, '')
})

test('should not join a piece whose page says it continues a story from another page', () => {
  const text = storyStart + laterPage('第2版  综合', '').replace('（上接第1版）', '（上接第3版）')
  const { bulletin, lost } = parse(text)
  assert.equal(bulletin.articles[0]!.parts, undefined)
  assert.equal(bulletin.articles[0]!.continuedTo, '第2版')
  assert.ok(bulletin.articles.some((article) => article.continuedFrom === '第3版'))
  assert.equal(lost, '')
})

test('should not join a piece printed on another page than the one 下转 names', () => {
  const { bulletin } = parse(storyStart + laterPage('第4版  综合', ''))
  assert.equal(bulletin.articles[0]!.parts, undefined)
})

test('should read 下转 printed at the foot of every page as each story’s marker, not as a running foot', () => {
  const headlines = ['区里召开全体干部大会', '街道开展清洁家园活动', '社区举办文艺演出', '学校开展安全教育']
  const pages = headlines.map((headline, index) => {
    const page = index + 1
    const picked = page === 1 ? '' : `（上接第${page - 1}版）\n后续工作已作安排，群众反响良好。（记者 张三）\n\n`
    const sent = page < headlines.length ? `\n（下转第${page + 1}版）\n` : '（记者 李四）\n'
    return `第${page}版  综合\n\n${picked}${headline}\n\n　　本报讯 近日，${headline.slice(0, 2)}组织开展了相关工作，各方面积极参与，取得了一定成效。\n　　下一步将继续推进各项任务，确保取得${sent}`
  })
  const { bulletin, lost } = parse(pages.join('\n'))
  assert.deepEqual(
    bulletin.articles.map((article) => [article.title, article.parts?.map((part) => part.page) ?? null]),
    [
      ['区里召开全体干部大会', ['1', '2']],
      ['街道开展清洁家园活动', ['2', '3']],
      ['社区举办文艺演出', ['3', '4']],
      ['学校开展安全教育', null]
    ]
  )
  assert.ok(!bulletin.furniture.some((item) => /下转|上接/.test(item.text)), 'no marker is page furniture')
  assert.equal(lost, '')
})

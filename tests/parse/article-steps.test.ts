/**
 * The article splitter's state machine (src/parse/articles.ts, article-*.ts), one unit
 * at a time: the headline and body classifiers each name the kind of step a block is,
 * and the transitions change the splitter's state record as that kind says.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { bodyStep, takeBodyStep } from '../../src/parse/article-body-steps.ts'
import {
  headlineCandidate,
  kickersSetApart,
  opensArticle,
  storiesOpenDated
} from '../../src/parse/article-candidate.ts'
import { continuedArticle } from '../../src/parse/article-continued.ts'
import { headlineStep } from '../../src/parse/article-headline-steps.ts'
import { initialState, readBlock, splitArticles } from '../../src/parse/articles.ts'
import { endPage, settle } from '../../src/parse/article-open.ts'
import type { SplitState } from '../../src/parse/article-state.ts'
import { issueDateParts } from '../../src/parse/dateline.ts'
import { type Block, type Context, Ledger, type Line } from '../../src/parse/model.ts'
import { type Frame, frameOf, opensByFrame } from '../../src/parse/evidence.ts'

const story = '本报讯 近日，区里召开专题会议，研究部署下一阶段重点工作，要求各部门压实责任、狠抓落实。'
const prose = '会议指出，要坚持问题导向，细化工作措施，确保各项任务按时完成，群众满意度持续提升。'

/** Blocks of one line each, numbered from line 1, a blank line before each. */
function blocksOf(...specs: Array<string | [string, Partial<Line>]>): Block[] {
  return specs.map((spec, index) => {
    const [text, extra] = typeof spec === 'string' ? [spec, {}] : spec
    const line: Line = {
      text,
      raw: text,
      line: index + 1,
      column: 1,
      indent: '',
      blankBefore: 1,
      heading: 0,
      image: false,
      rule: false,
      ...extra
    }
    return { text, lines: [line], heading: line.heading }
  })
}

function contextOf(): Context {
  return { file: new VFile({ path: 'steps.txt', value: '' }), ledger: new Ledger() }
}

/** A fresh state over the blocks, with the first `upTo` blocks read through the machine. */
function stateAfter(blocks: Block[], upTo: number): SplitState {
  const state = initialState(blocks, contextOf(), issueDateParts(null))
  for (let index = 0; index < upTo; index++) readBlock(state, blocks[index]!, index)
  return state
}

const ruleIds = (state: SplitState) => state.input.context.file.messages.map((message) => message.ruleId)

test('headlineStep: a subtitle under a headline is a headline-line step', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', '——全力保障节日期间安全稳定', story)
  const state = stateAfter(blocks, 1)
  assert.equal(state.headline.length, 1)
  const block = blocks[1]!
  assert.deepEqual(headlineStep(state, block, 1, headlineCandidate(block)), { kind: 'headline-line' })
})

test('headlineStep: body text under a headline ends it, and the headline opens its story', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story)
  const state = stateAfter(blocks, 1)
  const block = blocks[1]!
  assert.deepEqual(headlineStep(state, block, 1, headlineCandidate(block)), { kind: 'headline-ends' })
  readBlock(state, block, 1)
  assert.deepEqual(state.headline, [])
  assert.equal(state.current?.article.title, '我区召开安全生产工作会议')
  assert.equal(state.current?.article.paragraphs.length, 1)
})

test('headlineStep: a fourth headline-like line is a headline-list step, the first line the title', () => {
  const blocks = blocksOf('春风吹绿江南岸', '细雨滋润万物生', '田野处处好风光', '农家欢笑迎新年', prose)
  const state = stateAfter(blocks, 3)
  assert.equal(state.headline.length, 3)
  const block = blocks[3]!
  assert.deepEqual(headlineStep(state, block, 3, headlineCandidate(block)), { kind: 'headline-list' })
  readBlock(state, block, 3)
  assert.equal(state.drafts.length, 1)
  assert.equal(state.drafts[0]!.article.title, '春风吹绿江南岸')
  assert.deepEqual(state.drafts[0]!.article.paragraphs, ['细雨滋润万物生', '田野处处好风光', '农家欢笑迎新年'])
})

test('bodyStep: untitled text with no story open is a leading step, held until a headline or the page end', () => {
  const blocks = blocksOf(prose, '我区召开安全生产工作会议', story)
  const state = stateAfter(blocks, 0)
  assert.deepEqual(bodyStep(state, blocks[0]!, 0, headlineCandidate(blocks[0]!)), { kind: 'leading' })
  readBlock(state, blocks[0]!, 0)
  assert.equal(state.leading.length, 1)
  readBlock(state, blocks[1]!, 1)
  readBlock(state, blocks[2]!, 2)
  // Neither a marker nor a byline makes it a continued story: it is kept unassigned when the headline opens.
  assert.deepEqual(state.leading, [])
  assert.deepEqual(state.unassigned, [{ text: prose, lines: [1, 1] }])
  assert.deepEqual(ruleIds(state), ['text-before-headline'])
})

test('bodyStep: an editor\u2019s note over the next headline is a preface step, read into that story before its body', () => {
  const note = '【编者按】今年以来，我区持续推进安全生产专项整治，本期刊发相关报道。'
  const blocks = blocksOf(note, '我区召开安全生产工作会议', story)
  const state = stateAfter(blocks, 0)
  assert.deepEqual(bodyStep(state, blocks[0]!, 0, headlineCandidate(blocks[0]!)), { kind: 'preface' })
  for (let index = 0; index < blocks.length; index++) readBlock(state, blocks[index]!, index)
  const draft = state.drafts[0]!
  assert.equal(draft.bodyStart, 1)
  assert.equal(draft.article.paragraphs[0], note)
  assert.deepEqual(draft.article.lines, [1, 3])
})

test('bodyStep: `（上接第一版）` after a closed story is a continuation step that closes every story', () => {
  const rest = '（上接第一版）' + prose
  const blocks = blocksOf('我区召开安全生产工作会议', story, '记者 张三', rest, '记者 李四')
  const state = stateAfter(blocks, 3)
  assert.equal(state.current?.closed, true)
  const block = blocks[3]!
  assert.deepEqual(bodyStep(state, block, 3, headlineCandidate(block)), { kind: 'continuation' })
  takeBodyStep(state, { kind: 'continuation' }, block)
  assert.equal(state.current, null)
  assert.deepEqual(state.leading, [block])
  readBlock(state, blocks[4]!, 4)
  settle(state)
  // The marker says where it came from; no story here was sent on, so its first words title it.
  assert.equal(state.drafts.length, 2)
  assert.equal(state.drafts[1]!.article.continuedFrom, '第一版')
  assert.equal(state.drafts[1]!.article.title, '会议指出…')
  assert.deepEqual(state.drafts[1]!.article.reporters, ['李四'])
})

test('bodyStep: a box label after a byline is a box step that reopens the closed story', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story, '记者 张三', '相关链接')
  const state = stateAfter(blocks, 3)
  const block = blocks[3]!
  const step = bodyStep(state, block, 3, headlineCandidate(block))
  assert.equal(step.kind, 'box')
  takeBodyStep(state, step, block)
  assert.equal(state.drafts.length, 1)
  assert.equal(state.drafts[0]!.closed, false)
  assert.deepEqual(state.drafts[0]!.article.paragraphs.at(-1), '相关链接')
})

test('bodyStep: `【标题】正文` is an item step: its title opens a story of its own', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story, '【区文旅局召开推进会】' + prose)
  const state = stateAfter(blocks, 2)
  const block = blocks[2]!
  const step = bodyStep(state, block, 2, headlineCandidate(block))
  assert.equal(step.kind, 'item')
  takeBodyStep(state, step, block)
  assert.deepEqual(
    state.drafts.map((draft) => draft.article.title),
    ['我区召开安全生产工作会议', '区文旅局召开推进会']
  )
  assert.deepEqual(state.drafts[1]!.article.paragraphs, [prose])
})

test('bodyStep: a byline in an open story is a body step that closes it', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story, '记者 张三')
  const state = stateAfter(blocks, 2)
  const block = blocks[2]!
  assert.deepEqual(bodyStep(state, block, 2, null), { kind: 'body', draft: state.current })
  readBlock(state, block, 2)
  assert.equal(state.current?.closed, true)
  assert.deepEqual(state.current?.article.reporters, ['张三'])
})

test('bodyStep: a second story\u2019s byline is held while its headline waits, then it takes its turn', () => {
  const second = '本报讯 连日来，区消防救援大队深入各乡镇开展消防安全检查，排查整改隐患一百余处。'
  const blocks = blocksOf('我区召开安全生产工作会议', '记者 张三', '记者 李四', story, second, '全区开展消防安全大检查')
  // The first story has its byline and no body yet; the second headline, read beside it, waits.
  const state = stateAfter(blocks, 2)
  assert.deepEqual(state.current?.article.reporters, ['张三'])
  state.waiting = [{ group: [blocks[5]!], held: [], story: true }]
  const held = bodyStep(state, blocks[2]!, 2, null)
  assert.equal(held.kind, 'held')
  takeBodyStep(state, held, blocks[2]!)
  // The first story's body comes first: it goes to the first story.
  assert.equal(bodyStep(state, blocks[3]!, 3, null).kind, 'body')
  takeBodyStep(state, bodyStep(state, blocks[3]!, 3, null), blocks[3]!)
  const turn = bodyStep(state, blocks[4]!, 4, null)
  assert.equal(turn.kind, 'turn')
  takeBodyStep(state, turn, blocks[4]!)
  assert.deepEqual(state.waiting, [])
  assert.deepEqual(
    state.drafts.map((draft) => [draft.article.title, draft.article.reporters, draft.article.paragraphs.length]),
    [
      ['我区召开安全生产工作会议', ['张三'], 1],
      ['全区开展消防安全大检查', ['李四'], 1]
    ]
  )
  assert.equal(state.current, state.drafts[1])
})

test('open: a subtitle with no headline over it takes back the headline the story beside it read as its kicker', () => {
  // Two stories side by side: their headlines printed in one row, the second's subtitle with its byline later.
  const blocks = blocksOf(
    '副区长任静欣调研就业创业工作',
    '全力以赴抓好数字政府建设 确保人民群众生命财产安全',
    story,
    ['——全年计划完成投资63亿元', { role: 'shaped-headline' }],
    '本报记者 田洋',
    prose
  )
  const { articles } = splitArticles(blocks, contextOf(), issueDateParts(null))
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title, article.subtitle, article.lines]),
    [
      [null, '全力以赴抓好数字政府建设 确保人民群众生命财产安全', null, [2, 3]],
      [null, '副区长任静欣调研就业创业工作', '全年计划完成投资63亿元', [4, 6]]
    ]
  )
})

test('endPage: a headline without body is kept unassigned and every story is closed', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story, '全区开展消防安全大检查', '记者 李四')
  const state = stateAfter(blocks, 3)
  assert.equal(state.headline.length, 1)
  assert.equal(state.current?.closed, false)
  endPage(state)
  assert.equal(state.current, null)
  assert.ok(state.drafts.every((draft) => draft.closed))
  assert.deepEqual(state.headline, [])
  assert.deepEqual(state.unassigned, [{ text: '全区开展消防安全大检查', lines: [3, 3] }])
  assert.deepEqual(ruleIds(state), ['headline-without-body'])
})

test('readBlock: a page start ends the page before the block is read', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story, [prose, { pageStart: true }])
  const state = stateAfter(blocks, 3)
  // Nothing runs over a page: the untitled text waits as leading instead of joining the story.
  assert.equal(state.current, null)
  assert.deepEqual(state.leading, [blocks[2]])
  assert.deepEqual(state.drafts[0]!.article.paragraphs, [story.replace(/^本报讯 /, '')])
})

test('readBlock: blocks up to readUpTo were read already and are skipped', () => {
  const blocks = blocksOf('我区召开安全生产工作会议', story)
  const state = stateAfter(blocks, 0)
  state.readUpTo = 0
  readBlock(state, blocks[0]!, 0)
  assert.deepEqual(state.headline, [])
  readBlock(state, blocks[1]!, 1)
  assert.deepEqual(state.leading, [blocks[1]])
})

test('continuedArticle: untitled text ending in a byline takes the headline of the story sent on', () => {
  const sent = splitArticles(
    blocksOf('我区召开安全生产工作会议', story, '（下转第二版）'),
    contextOf(),
    issueDateParts(null)
  )
  assert.equal(sent.articles[0]!.continuedTo, '第二版')
  const drafts = sent.articles.map((article) => ({ article, closed: true, bodyStart: 0 }))
  const context = contextOf()
  const fragment = blocksOf(prose, '记者 张三', '另有一段正文，不属于上面这篇报道，应当另行处理。')
  const read = continuedArticle(fragment, drafts, new Set(), context, issueDateParts(null))
  assert.ok(read)
  assert.equal(read.draft.article.title, '我区召开安全生产工作会议')
  assert.deepEqual(read.draft.article.reporters, ['张三'])
  // The story ends at its byline: the text after it is not part of it.
  assert.deepEqual(read.rest, [fragment[2]])
  assert.deepEqual(
    context.file.messages.map((message) => message.ruleId),
    ['continued-without-headline']
  )
  assert.equal(continuedArticle(blocksOf(prose), drafts, new Set(), contextOf(), issueDateParts(null)), null)
})

test('opensArticle: inside an open story, a task-like line over prose is a subhead, a news line a headline', () => {
  const state = stateAfter(blocksOf('我区召开安全生产工作会议', story), 2)
  const [subhead, news, next] = blocksOf('抓牢项目建设', '全区开展消防安全大检查', prose)
  assert.equal(opensArticle(subhead!, 'strong', next, state.current), false)
  assert.equal(opensArticle(news!, 'strong', next, state.current), true)
  // Where every story opens with 本报讯 or a date, neither is a headline over plain prose.
  const dated = { datedStories: true, storiesSetApart: false, kickersApart: false, dashedSubtitles: false }
  assert.equal(opensArticle(news!, 'strong', next, state.current, dated), false)
  // …unless blank lines set stories apart in this file, and one stands before it.
  const apart = { datedStories: true, storiesSetApart: true, kickersApart: false, dashedSubtitles: false }
  const spaced = { ...news!, lines: [{ ...news!.lines[0]!, blankBefore: 1 }, ...news!.lines.slice(1)] }
  assert.equal(opensArticle(spaced, 'strong', next, state.current, apart), true)
  const unspaced = { ...news!, lines: [{ ...news!.lines[0]!, blankBefore: 0 }, ...news!.lines.slice(1)] }
  assert.equal(opensArticle(unspaced, 'strong', next, state.current, apart), false)
  // With no story open, a headline-like line opens one.
  assert.equal(opensArticle(subhead!, 'strong', next, null), true)
})

test('storiesOpenDated: three headlines over 本报讯, none over plain prose', () => {
  const dated = blocksOf('甲地召开会议', story, '乙地召开会议', story, '丙地召开会议', story)
  assert.equal(storiesOpenDated(dated), true)
  assert.equal(storiesOpenDated(blocksOf('甲地召开会议', story, '乙地召开会议', story, '丙地召开会议', prose)), false)
})

test('kickersSetApart: a kicker a blank line over a headline wrapped tight sets the file’s habit, and tight lines are one headline', () => {
  const tight = (text: string): [string, Partial<Line>] => [text, { blankBefore: 0 }]
  const apart = blocksOf(
    '奋力谱写中国式现代化新篇章',
    '让更多农民共享产业发展',
    tight('的丰硕成果'),
    '本报记者 刘一',
    story,
    '我国新能源汽车产销量',
    tight('连续十年位居全球第一'),
    '本报记者 王四',
    prose
  )
  assert.equal(kickersSetApart(apart), true)
  const { articles } = splitArticles(apart, contextOf(), issueDateParts(null))
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title]),
    [
      ['奋力谱写中国式现代化新篇章', '让更多农民共享产业发展的丰硕成果'],
      [null, '我国新能源汽车产销量连续十年位居全球第一']
    ]
  )
  // A web page's text sets kicker, headline and subtitle tight, one per line: no habit, the first line a kicker.
  const web = blocksOf('坚持和发展新时代“枫桥经验”', tight('推进基层治理现代化'), '本报记者 刘一', story)
  assert.equal(kickersSetApart(web), false)
  assert.equal(splitArticles(web, contextOf(), issueDateParts(null)).articles[0]!.kicker, '坚持和发展新时代“枫桥经验”')
})

test('open: in a paper that dashes its subtitles, a third headline line read as a subtitle is the headline of the story beside', () => {
  const blocks = blocksOf(
    '区文旅局召开推进会',
    '——全年计划完成投资8亿元',
    story,
    '区卫健委召开调度会',
    '——累计服务群众5万人次',
    story,
    '聚焦乡村振兴',
    '区教育局开展老旧小区改造专项行动',
    '区住建局开展养老服务专项行动',
    '本报记者 张三',
    story,
    '本报记者 李四',
    prose
  )
  const { articles } = splitArticles(blocks, contextOf(), issueDateParts(null))
  assert.deepEqual(
    articles.slice(2).map((article) => [article.kicker, article.title, article.subtitle, article.reporters]),
    [
      // The two headline blocks start level: the kicker, in the row of the first, is the second's.
      [null, '区教育局开展老旧小区改造专项行动', null, ['张三']],
      ['聚焦乡村振兴', '区住建局开展养老服务专项行动', null, ['李四']]
    ]
  )
})

test('opensByFrame: where headlines are marked as headings, an unmarked line in an open story is a section head, a kicker over a heading is not', () => {
  const heading = (text: string): [string, Partial<Line>] => [text, { heading: 1 }]
  const blocks = blocksOf(
    heading('区委召开全会部署全年工作'),
    story,
    heading('全区开展消防安全大检查'),
    story,
    '锻造过硬队伍',
    '今年以来，各镇街围绕目标任务，累计开展专项行动八十余场次，有效解决了一批群众急难愁盼问题。',
    '东岭镇这样干',
    heading('石源乡多措并举推进民生实事'),
    story
  )
  const { articles } = splitArticles(blocks, contextOf(), issueDateParts(null))
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title]),
    [
      [null, '区委召开全会部署全年工作'],
      [null, '全区开展消防安全大检查'],
      ['东岭镇这样干', '石源乡多措并举推进民生实事']
    ]
  )
  assert.ok(articles[1]!.paragraphs.includes('锻造过硬队伍'))
})

test('headlineStep: two headline lines over two bylines that each name reporters are two stories set side by side', () => {
  const tight = (text: string): [string, Partial<Line>] => [text, { blankBefore: 0 }]
  const blocks = blocksOf(
    '清林街道“4个到位”筑牢医疗保障防线',
    '白山区召开文明城市创建工',
    tight('作推进会'),
    '本报记者 贺春欣 赖霞宁',
    '本报记者 董波明 通讯员 钱欣琪',
    story
  )
  const first = stateAfter(blocks, 3)
  const step = headlineStep(first, blocks[3]!, 3, headlineCandidate(blocks[3]!))
  assert.equal(step.kind, 'two-bylined')
  const { articles } = splitArticles(blocks, contextOf(), issueDateParts(null))
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title, article.reporters]),
    [
      [null, '清林街道“4个到位”筑牢医疗保障防线', ['贺春欣', '赖霞宁']],
      [null, '白山区召开文明城市创建工作推进会', ['董波明']]
    ]
  )
  // One story's byline over two lines names a new role on the second: one story, kicker and headline.
  const one = blocksOf('聚焦消防安全', '区文旅局召开推进会', '本报记者 张三', '通讯员 李四', story)
  assert.notEqual(headlineStep(stateAfter(one, 2), one[2]!, 2, headlineCandidate(one[2]!)).kind, 'two-bylined')
  // A short line over a long headline is its kicker, whatever bylines follow.
  const kicker = blocksOf(
    '聚焦招商引资',
    '桃湾镇“3个到位”筑牢数字政府建设防线',
    '本报记者 罗宇',
    '本报记者 毛庆',
    story
  )
  assert.notEqual(headlineStep(stateAfter(kicker, 2), kicker[2]!, 2, headlineCandidate(kicker[2]!)).kind, 'two-bylined')
})

test('splitArticles: a tail of a few words under a line of two long phrases is that headline’s wrap, not a headline under a kicker, unless set apart where kickers are', () => {
  // Every line set apart, as mutool prints text: widths alone tell the wrap.
  const wrapped = blocksOf('全力以赴抓好垃圾分类 确保全区经济社会', '平稳健康发展', '——累计服务群众12万人次', story)
  assert.deepEqual(
    splitArticles(wrapped, contextOf(), issueDateParts(null)).articles.map((article) => [
      article.kicker,
      article.title
    ]),
    [[null, '全力以赴抓好垃圾分类 确保全区经济社会平稳健康发展']]
  )
  // A line of two phrases, the second cut to under half the first, runs on to the next.
  const cut = blocksOf('以养老服务为抓手 推动营商', '环境优化提质增效', '本报记者 唐刚秀', story)
  assert.equal(
    splitArticles(cut, contextOf(), issueDateParts(null)).articles[0]!.title,
    '以养老服务为抓手 推动营商环境优化提质增效'
  )
  // A kicker of two short phrases over a headline is still a kicker.
  const kicker = blocksOf('坚持问题导向 狠抓工作落实', '区住建局开展安全生产专项行动', story)
  assert.equal(
    splitArticles(kicker, contextOf(), issueDateParts(null)).articles[0]!.kicker,
    '坚持问题导向 狠抓工作落实'
  )
})

test('opensByFrame: where headlines have a shape of their own, a line without it in an open story over a subtitle is a headline, over prose a section head', () => {
  const shaped: Frame = { ...frameOf([]), shaped: true }
  // (Neither line has the shaped role: the frame's rule for unshaped lines decides.)
  const blocks = blocksOf(
    '东岭社区：小网格撬动招商引资大治理',
    '——全年计划完成投资39亿元',
    prose,
    '锻造过硬队伍',
    prose
  )
  assert.equal(opensByFrame(shaped, blocks, 0, true), null)
  assert.equal(opensByFrame(shaped, blocks, 3, true), false)
})

/**
 * Stories set side by side, as an extractor reading across the page prints them: headline
 * rows of two stories interleaved, and 简讯 item titles whose own text is printed elsewhere.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'

function parse(lines: string[]) {
  const file = new VFile({ path: 'side.txt', value: lines.join('\n') + '\n' })
  const bulletin = parseBulletin(file, { issueDate: '2023-10-04' })
  return { bulletin, file }
}

const proseLeft = [
  '近日，区政协主席带队深入柳川镇，实地调研信访维稳工作。会议要求，各级各部门要提高政治站位，',
  '强化责任担当，以钉钉子精神抓好信访维稳。据统计，全区已完成年度任务的86%。'
]
const proseRight = [
  '近日，记者从区应急管理局获悉，我区文旅融合工作取得阶段性成效。活动中，工作人员通过发放',
  '宣传资料、现场讲解等方式，向群众宣传相关知识，共发放资料1781余份。'
]

/** Two stories whose subtitles are printed with their dash: the paper's habit, before the rows tested. */
const dashedPaper = [
  '区文旅局召开推进会',
  '——全年计划完成投资8亿元',
  '',
  ...proseLeft,
  '',
  '区卫健委召开调度会',
  '——累计服务群众5万人次',
  '',
  ...proseRight,
  ''
]

test('two stories’ headline rows, then both subtitles: each headline takes its own subtitle and wrapped tail, the kicker heads the second', () => {
  const { bulletin } = parse([
    '奋战一季度 扎实推进“开门红”',
    '',
    '全力以赴抓好垃圾分类 确保全区经济社会',
    '平稳健康发展',
    '',
    '东田街道“5个到位”筑牢文旅融合防线',
    '',
    '——累计服务群众12万人次',
    '',
    '——累计服务群众11万人次',
    '',
    ...proseLeft,
    '',
    '本报记者 邱晓 徐敏',
    ...proseRight
  ])
  const heads = bulletin.articles.map((article) => [article.kicker, article.title, article.subtitle])
  assert.deepEqual(heads, [
    // Both headline blocks start level: the kicker shares its row with the first headline and
    // stands over its own, the second.
    [null, '全力以赴抓好垃圾分类 确保全区经济社会平稳健康发展', '累计服务群众12万人次'],
    ['奋战一季度 扎实推进“开门红”', '东田街道“5个到位”筑牢文旅融合防线', '累计服务群众11万人次']
  ])
  assert.deepEqual(bulletin.articles[1]!.reporters, ['邱晓', '徐敏'])
})

test('a 简讯 item title set apart, then one with its text tight under it: the text is the second item’s', () => {
  const { bulletin, file } = parse([
    '简讯',
    '■南林社区举办志愿服务活动',
    '',
    '■区教育局召开推进会',
    '10月3日，柳川镇启动科技创新主题活动。区人社局、区发展改革委负责同志参加会议。（嘉水街道）',
    '',
    '■梅桥社区开展消防演练',
    '10月3日，梅溪镇集中开展文旅融合主题活动。各级各部门要提高政治站位，强化责任担当。（梅溪镇）'
  ])
  assert.deepEqual(
    bulletin.articles.map((article) => article.title),
    ['区教育局召开推进会', '梅桥社区开展消防演练']
  )
  assert.match(bulletin.articles[0]!.paragraphs.join(''), /^10月3日，柳川镇/)
  // The title whose text is not here is kept, with a warning naming its line.
  assert.deepEqual(
    bulletin.unassigned.map((item) => item.text),
    ['■南林社区举办志愿服务活动']
  )
  assert.ok(file.messages.some((message) => message.ruleId === 'headline-without-body' && message.line === 2))
})

test('three headline rows (one wrapped), a kicker’s two phrases first: the second row opens the first story, the kicker heads the third, the story beside', () => {
  const { bulletin } = parse([
    '坚持问题导向 狠抓工作落实',
    '',
    '以老旧小区改造为抓手 推动',
    '食品安全提质增效',
    '',
    '以消防安全为抓手 推动食品安全提质增效',
    '',
    '本报记者 甲乙',
    ...proseLeft,
    '',
    '本报记者 丙丁',
    ...proseRight
  ])
  assert.deepEqual(
    bulletin.articles.map((article) => [article.kicker, article.title]),
    [
      [null, '以老旧小区改造为抓手 推动食品安全提质增效'],
      ['坚持问题导向 狠抓工作落实', '以消防安全为抓手 推动食品安全提质增效']
    ]
  )
})

test('two stories side by side, the second opening `本报讯（记者…）` under the first’s byline: the second’s text came first, the first takes the text set apart after it', () => {
  // A paper that prints its subtitles with their dash: a third headline line is no subtitle.
  const { bulletin } = parse([
    ...dashedPaper,
    '坚持问题导向 狠抓工作落实',
    '',
    '我区防汛备汛经验在全市推广',
    '',
    '以养老服务为抓手 推动老旧小区改造提质',
    '增效',
    '',
    '本报记者 潘浩 通讯员 邵永',
    '',
    `本报讯（记者 邹嘉）${proseRight[0]}`,
    proseRight[1]!,
    '',
    ...proseLeft
  ])
  assert.deepEqual(
    bulletin.articles.slice(2).map((article) => [article.kicker, article.title, article.reporters]),
    [
      [null, '我区防汛备汛经验在全市推广', ['潘浩']],
      ['坚持问题导向 狠抓工作落实', '以养老服务为抓手 推动老旧小区改造提质增效', ['邹嘉']]
    ]
  )
  assert.match(bulletin.articles[2]!.paragraphs[0]!, /^近日，区政协主席/)
  assert.match(bulletin.articles[3]!.paragraphs[0]!, /^近日，记者从区应急管理局/)
})

/** A headline with the kicker of the story beside read under it, then its byline and text. */
const kickerUnderHeadline = [
  '区教育局开展民生实事专项行动',
  '',
  '坚持问题导向 狠抓工作落实',
  '',
  '本报记者 梁洋磊',
  '',
  ...proseLeft
]

test('in a paper that dashes its subtitles, a kicker read under another headline heads the next headline opened on its page', () => {
  const { bulletin, file } = parse([
    ...dashedPaper,
    // The kicker stands in the row of the first headline, over its own, which is printed later.
    ...kickerUnderHeadline,
    '',
    '我区安全生产经验在全市推广',
    '本报记者 邓宇怡',
    ...proseRight
  ])
  assert.deepEqual(
    bulletin.articles.slice(2).map((article) => [article.kicker, article.title, article.reporters]),
    [
      [null, '区教育局开展民生实事专项行动', ['梁洋磊']],
      ['坚持问题导向 狠抓工作落实', '我区安全生产经验在全市推广', ['邓宇怡']]
    ]
  )
  assert.deepEqual(bulletin.unassigned, [])
  assert.equal(file.messages.filter((message) => message.ruleId === 'headline-without-body').length, 0)
})

test('a kicker read under another headline that no headline on its page takes is kept, with a warning', () => {
  const { bulletin, file } = parse([...dashedPaper, ...kickerUnderHeadline])
  assert.equal(bulletin.articles.at(-1)!.title, '区教育局开展民生实事专项行动')
  assert.deepEqual(
    bulletin.unassigned.map((item) => item.text),
    ['坚持问题导向 狠抓工作落实']
  )
  assert.ok(file.messages.some((message) => message.ruleId === 'headline-without-body'))
})

test('two headlines in one row over one subtitle and two credit lines naming different people: the subtitle is the first story’s, the first credit line the second’s', () => {
  const head = (second: string[]) =>
    parse([
      '区文旅局召开推进会',
      '——全年计划完成投资8亿元',
      '',
      ...proseLeft,
      '',
      '全力以赴抓好食品安全 确保全区经济社会',
      '平稳健康发展',
      '',
      '和源区18个重点项目集中开工',
      '',
      '——累计服务群众7万人次',
      '',
      ...second
    ]).bulletin.articles.slice(1)
  const read = (articles: ReturnType<typeof head>) =>
    articles.map((article) => [article.title, article.subtitle, article.reporters, article.paragraphs[0]!.slice(0, 6)])
  // The second story opens under its own 本报讯; the first story's byline and text come set apart after.
  assert.deepEqual(
    read(
      head([`本报讯（记者 黄雪超 通讯员 姜晨）${proseRight[0]}`, proseRight[1]!, '', '本报记者 汪宁海', ...proseLeft])
    ),
    [
      ['全力以赴抓好食品安全 确保全区经济社会平稳健康发展', '累计服务群众7万人次', ['汪宁海'], '近日，区政协'],
      ['和源区18个重点项目集中开工', null, ['黄雪超'], '近日，记者从']
    ]
  )
  // The second story's byline, then the first story's 本报讯 and text; the second's text comes after.
  assert.deepEqual(
    read(
      head([
        '本报记者 万远俊',
        '',
        `本报讯（记者 赵嘉俊）${proseLeft[0]}`,
        proseLeft[1]!,
        '',
        `今年以来，${proseRight[0]!.slice(3)}`,
        proseRight[1]!
      ])
    ),
    [
      ['全力以赴抓好食品安全 确保全区经济社会平稳健康发展', '累计服务群众7万人次', ['赵嘉俊'], '近日，区政协'],
      ['和源区18个重点项目集中开工', null, ['万远俊'], '今年以来，记']
    ]
  )
})

test('five headline rows over a byline: read in turn, the rows end on the first story’s subtitle, so the byline is the second story’s', () => {
  const { bulletin } = parse([
    '区文旅局召开推进会',
    '——全年计划完成投资8亿元',
    '',
    ...proseLeft,
    '',
    '坚持问题导向 狠抓工作落实',
    '',
    '学习贯彻全会精神 推动各项工作落实',
    '',
    '湖林区召开科技创新工作推进会',
    '',
    '嘉山社区：小网格撬动营商环境优化大治理',
    '',
    '——区教育局重点项目建设工作综述',
    '',
    '本报记者 袁嘉军 通讯员 武波',
    '',
    ...proseLeft,
    '',
    `今年以来，${proseRight[0]!.slice(3)}`,
    proseRight[1]!
  ])
  assert.deepEqual(
    bulletin.articles.slice(1).map((article) => [article.kicker, article.title, article.subtitle, article.reporters]),
    [
      ['坚持问题导向 狠抓工作落实', '湖林区召开科技创新工作推进会', '区教育局重点项目建设工作综述', []],
      ['学习贯彻全会精神 推动各项工作落实', '嘉山社区：小网格撬动营商环境优化大治理', null, ['袁嘉军']]
    ]
  )
  assert.match(bulletin.articles[1]!.paragraphs[0]!, /^近日，区政协主席/)
  assert.match(bulletin.articles[2]!.paragraphs[0]!, /^今年以来，记者从区应急管理局/)
})

test('a headline waiting beside the story read first takes its turn at a 本报讯 opening, which is never a paragraph inside a story', () => {
  const { bulletin } = parse([
    ...dashedPaper,
    '坚持问题导向 狠抓工作落实',
    '',
    '我区防汛备汛经验在全市推广',
    '',
    '湖川区28个重点项目集中开工',
    '',
    '本报记者 潘浩',
    '',
    ...proseLeft,
    '',
    `本报讯（记者 邹嘉）${proseRight[0]}`,
    proseRight[1]!
  ])
  assert.deepEqual(
    bulletin.articles
      .slice(2)
      .map((article) => [article.kicker, article.title, article.reporters, article.paragraphs.length]),
    [
      [null, '我区防汛备汛经验在全市推广', ['潘浩'], 1],
      ['坚持问题导向 狠抓工作落实', '湖川区28个重点项目集中开工', ['邹嘉'], 1]
    ]
  )
})

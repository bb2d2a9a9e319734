/**
 * Rejoining wrapped lines into blocks (src/parse/wraps.ts), by the rule that joins or
 * parts two lines: a sentence wrapped at the column, the pieces of a byline the profile
 * joins (letter by letter, or cut at a box's edge), and a headline's wrapped end, which
 * stands alone for the splitter.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { detectLayout } from '../../src/parse/layout.ts'
import { linesOf } from '../../src/parse/model.ts'
import { buildProfile } from '../../src/parse/profile/index.ts'
import { fromBulletin } from '../../src/parse/tree.ts'
import { rejoinWraps } from '../../src/parse/wraps.ts'

/** Each block's text and the lines it took. */
function blocksOf(text: string): Array<[string, number[]]> {
  const lines = buildProfile(linesOf(fromBulletin(text))).lines
  return rejoinWraps(lines, detectLayout(lines)).map((block) => [block.text, block.lines.map((line) => line.line)])
}

const body = '第1段正文，记者从有关部门获悉，各项工作进展顺利，群众满意度持续提升，相关措施落实到位。'

test('rejoinWraps: a sentence wrapped mid-line is one block; the headline and the byline stand alone', () => {
  const text = [
    '我区召开安全生产工作会议',
    '',
    '本报讯 近日，区里召开专题会议，研究部署下一阶段重点工作，要',
    '求各部门压实责任、狠抓落实，确保各项任务按时完成。',
    '',
    '记者 张三'
  ].join('\n')
  assert.deepEqual(blocksOf(text), [
    ['我区召开安全生产工作会议', [1]],
    [
      '本报讯 近日，区里召开专题会议，研究部署下一阶段重点工作，要求各部门压实责任、狠抓落实，确保各项任务按时完成。',
      [3, 4]
    ],
    ['记者 张三', [6]]
  ])
})

test('rejoinWraps: a byline split letter by letter joins its letters into names, names apart', () => {
  const text = `某地秋粮收购进度过半\n\n本报记者\n\n程\n\n龙\n\n潘俊强\n\n${body}\n`
  assert.deepEqual(blocksOf(text)[1], ['本报记者 程龙 潘俊强', [3, 5, 7, 9]])
})

test('rejoinWraps: a byline cut at a box edge joins the line above, letter-spaced pieces with a space', () => {
  const spaced = `某地秋粮收购进度过半\n\n本 报 记 者 陈 婷 通\n讯 员 张 鑫 东\n\n${body}\n`
  assert.deepEqual(blocksOf(spaced)[1], ['本 报 记 者 陈 婷 通 讯 员 张 鑫 东', [3, 4]])
  const plain = `某地秋粮收购进度过半\n本报记者郝振鑫\n通讯员戴伟宁\n郑鑫\n${body}\n`
  assert.deepEqual(blocksOf(plain).slice(1, 3), [
    ['本报记者郝振鑫', [2]],
    ['通讯员戴伟宁郑鑫', [3, 4]]
  ])
})

test('rejoinWraps: a headline\u2019s wrapped end of one character is a block of its own', () => {
  const text = ['坚持稳中求进工作总基调筑牢营商环境优化防', '线', '', body].join('\n')
  assert.deepEqual(blocksOf(text), [
    ['坚持稳中求进工作总基调筑牢营商环境优化防', [1]],
    ['线', [2]],
    [body, [4]]
  ])
})

test('rejoinWraps: a photo credit cut at the wrap, `本报记者 刘` / `嘉摄`, ends its caption, and the story goes on apart', () => {
  const text = [
    '图为安庄镇柳田村就业创业现场。本报记者 刘',
    '嘉摄',
    '区委书记龙东红强调，要坚持问题导向，压实',
    '工作责任，聚焦薄弱环节，确保各项措施落地。'
  ].join('\n')
  assert.deepEqual(blocksOf(text), [
    ['图为安庄镇柳田村就业创业现场。本报记者 刘嘉摄', [1, 2]],
    ['区委书记龙东红强调，要坚持问题导向，压实工作责任，聚焦薄弱环节，确保各项措施落地。', [3, 4]]
  ])
})

test('rejoinWraps: a caption cut inside its credit label, `…现场。本报` / `记者 彭芳丽 摄`, is one caption', () => {
  const text = ['图为东桥乡安原社区人居环境整治现场。本报', '记者 彭芳丽 摄', '', '责任编辑：胡明婷'].join('\n')
  assert.deepEqual(blocksOf(text)[0], ['图为东桥乡安原社区人居环境整治现场。本报记者 彭芳丽 摄', [1, 2]])
})

test('rejoinWraps: a kicker and a headline each set apart after a sentence cut at a column’s end head a story, they do not finish the sentence', () => {
  const text = [
    '据统计，全区已完成年度任务的59%，同比提高12个百分点。与会人员围绕工作进行了深入',
    '交流，一致认为要把握工作重点，形成工作合力。区人大常委会主任强调，要坚持问题导',
    '向，压实工作责任。与会人员围绕医疗',
    '',
    '学习贯彻全会精神 推动各项工作落实',
    '',
    '区市场监管局开展就业创业专项行动',
    '记者从区文旅局获悉，我区森林防火工作取得阶段性成效。'
  ].join('\n')
  const blocks = blocksOf(text).map(([block]) => block)
  assert.ok(blocks.includes('学习贯彻全会精神 推动各项工作落实'), JSON.stringify(blocks))
  assert.ok(blocks[0]!.endsWith('与会人员围绕医疗'))
  // Letter-spaced byline pieces set apart are no headline group.
  const byline = blocksOf(
    ['向，压实工作责任。与会人员围绕医疗', '', '孟 欣', '', '罗 春', '', '保障进行了深入交流。'].join('\n')
  )
  assert.equal(byline.length, 1, JSON.stringify(byline))
})

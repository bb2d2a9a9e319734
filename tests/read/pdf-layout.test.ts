/**
 * The PDF reader's layout rules on hand-made printed lines: reading order around boxes,
 * headline blocks and jump heads (reading-order.ts), and the pieces a page's lines become
 * (pieces.ts, to-text.ts): labels, column tags, subheads, letter-spaced bylines, kickers on
 * two lines.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { readingOrder } from '../../src/read/pdf/reading-order.ts'
import { layoutText } from '../../src/read/pdf/to-text.ts'
import type { PrintedLine } from '../../src/read/pdf/types.ts'

const line = (text: string, x: number, y: number, size = 10, page = 1): PrintedLine => ({
  text,
  page,
  x,
  y,
  width: [...text].length * size,
  size,
  bold: false
})
const order = (lines: PrintedLine[]) => readingOrder(lines, 10).map((l) => l.text)
const textOf = (lines: PrintedLine[], bodySize = 10) => layoutText([{ page: 1, bodySize, lines }]).text

test("a box's centred title is read before its left-aligned entries, not after them as a column", () => {
  const lines = [
    line('导读', 300, 150, 13),
    line('◎ 区里召开工作会议 第2版', 50, 165),
    line('◎ 镇里开展专项行动 第3版', 50, 179)
  ]
  assert.deepEqual(order(lines), ['导读', '◎ 区里召开工作会议 第2版', '◎ 镇里开展专项行动 第3版'])
})

test('a jump head over the continued text is read before the 上接 note in the column beside it', () => {
  const lines = [
    line('镇里开展专项行动', 240, 70, 15),
    line('（上接第1版）', 40, 88),
    line('行清单化管理，做到问题不解决不销号。', 248, 88)
  ]
  assert.deepEqual(order(lines), ['镇里开展专项行动', '（上接第1版）', '行清单化管理，做到问题不解决不销号。'])
})

test('two headline blocks side by side at staggered baselines are each read whole', () => {
  const lines = [
    line('坚持问题导向', 150, 559, 13),
    line('以消防安全为抓手推动提质增效', 70, 583, 18),
    line('以老旧小区改造为抓手', 456, 562, 15),
    line('推动提质增效', 488, 582, 15),
    line('左栏正文左栏正文左栏正文左栏正文', 40, 620),
    line('右栏正文右栏正文', 456, 620)
  ]
  assert.deepEqual(order(lines), [
    '坚持问题导向',
    '以消防安全为抓手推动提质增效',
    '左栏正文左栏正文左栏正文左栏正文',
    '以老旧小区改造为抓手',
    '推动提质增效',
    '右栏正文右栏正文'
  ])
})

test('a line in headline type too short for a headline is a label, a plain line', () => {
  const { text, evidence } = layoutText([
    { page: 1, bodySize: 10, lines: [line('简讯', 300, 70, 14), line('【村里举办活动】正文正文。', 50, 90)] }
  ])
  assert.equal(text, '简讯\n\n【村里举办活动】正文正文。\n')
  assert.equal(evidence[0]?.role, 'label')
})

test('a column tag over a headline goes onto its line, also from the foot of the page before', () => {
  const page1 = [
    line('【民生关注】', 50, 232, 11),
    line('镇里多措并举推进工作', 50, 256, 14),
    line('正文正文正文正文', 50, 274),
    line('【经济发展】', 50, 771, 11),
    line('- 1 -', 290, 812, 9)
  ]
  const page2 = [line('区里开展专项行动', 50, 74, 14, 2), line('正文正文正文正文', 50, 92, 10, 2)]
  const { text } = layoutText([
    { page: 1, bodySize: 10, lines: page1 },
    { page: 2, bodySize: 10, lines: page2 }
  ])
  assert.equal(
    text,
    '# 【民生关注】镇里多措并举推进工作\n\n正文正文正文正文\n\n- 1 -\n\n\f\n\n# 【经济发展】区里开展专项行动\n\n正文正文正文正文\n'
  )
})

test('an in-body subhead stays next to the paragraph it heads', () => {
  const text = textOf(
    [
      line('正文正文正文正文', 40, 200, 8.5),
      line('激发内生动力', 40, 213, 9.5),
      line('正文正文正文正文', 57, 226, 8.5)
    ],
    8.5
  )
  assert.equal(text, '正文正文正文正文\n\n激发内生动力\n正文正文正文正文\n')
})

test('letter-spaced lines of a narrow byline box are one text line, joined with a space', () => {
  const text = textOf([
    line('本 报 记 者 杨 新 婷', 40, 398, 10.5),
    line('万 松 福 通 讯 员 陆', 40, 412, 10.5),
    line('远 玉', 40, 426, 10.5),
    line('正文正文正文正文', 60, 446)
  ])
  assert.equal(text, '本 报 记 者 杨 新 婷 万 松 福 通 讯 员 陆 远 玉\n\n正文正文正文正文\n')
})

test('a kicker wrapped over two lines in medium type is one plain line over its headline', () => {
  const text = textOf([
    line('学习贯彻全会精神推动各项工', 460, 68, 13),
    line('作落实', 528, 85, 13),
    line('区领导调研医疗保障工作', 458, 105, 15),
    line('正文正文正文正文', 456, 145)
  ])
  assert.equal(text, '学习贯彻全会精神推动各项工作落实\n# 区领导调研医疗保障工作\n\n正文正文正文正文\n')
})

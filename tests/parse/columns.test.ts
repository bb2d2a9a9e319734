import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { readingOrder } from '../../src/parse/columns.ts'
import { fromBulletin } from '../../src/parse/tree.ts'

const layout = [
  '      一个横跨两栏的标题行在这里',
  '  甲一行文字内容          乙一行文字内容',
  '甲二行文字内容            乙二行文字内容',
  '甲三行文字内容              乙三行文字',
  '  甲四行文字内容          乙四行文字内容',
  '甲五行文字内容            乙五行文字内容',
  '甲六行文字                乙六行文字内容'
]

test('readingOrder reads side-by-side columns left column first, keeping each piece’s line and column', () => {
  const pieces = readingOrder(layout).map((piece) => [piece.line, piece.start, piece.source.trim()])
  assert.deepEqual(
    pieces.map((piece) => piece[2]),
    [
      '一个横跨两栏的标题行在这里',
      '甲一行文字内容',
      '甲二行文字内容',
      '甲三行文字内容',
      '甲四行文字内容',
      '甲五行文字内容',
      '甲六行文字',
      '乙一行文字内容',
      '乙二行文字内容',
      '乙三行文字',
      '乙四行文字内容',
      '乙五行文字内容',
      '乙六行文字内容'
    ]
  )
  for (const [line, start, text] of pieces)
    assert.equal(
      layout[line as number]!.indexOf(text as string, start as number),
      layout[line as number]!.slice(start as number).search(/\S/) + (start as number)
    )
  const tree = fromBulletin(layout.join('\n'))
  const second = tree.children.find((node) => node.type === 'paragraph' && node.data?.line?.raw === '乙二行文字内容')
  assert.equal(second?.position?.start.line, 3)
  assert.equal(second?.position?.start.column, layout[2]!.indexOf('乙') + 1)
})

test('readingOrder leaves text without side-by-side columns unchanged', () => {
  const plain = [
    '标题',
    '',
    '  第一段文字，很长很长的一行。',
    '接着写下去的一行文字内容。',
    '  第二段  有两个空格。',
    '又一行。',
    '再一行。',
    '最后一行。'
  ]
  assert.deepEqual(
    readingOrder(plain).map((piece) => piece.source),
    plain
  )
})

// pdftotext -layout prints a blank column narrower than it was (~0.6×), so where the left column is
// blank the others start too far left; digits push a line's right-hand columns; a centred byline sits
// above the columns.
const shifted = [
  '                    一个横跨三栏的标题',
  '                         本报记者 某某 通讯员 某某',
  '  甲一行文字内容甲一行文字内容      乙一行文字内容乙一行文字内容      丙一行文字内容丙一行文字内容',
  '甲二行文字内容甲二行文字内容甲      乙二行文字内容乙二行文字内容      丙二行文字内容丙二行文字内容',
  '甲三行文字。              乙三行文字内容乙三行文字内容      丙三行文字内容丙三行文字内容',
  '                    乙四行文字内容乙四行文字内容      丙四行文字内容丙四行文字内容',
  '                    乙五行文字内容乙五行12345% 丙五行文字内容丙五行文字内容',
  '甲六行文字内容甲六行文字内容甲      乙六行文字内容乙六行文字内容      丙六行文字内容丙六行文字内容',
  '                                        丙七行。'
]

test('readingOrder places pieces of lines whose left columns are blank, and splits at one space by a gutter', () => {
  const order = readingOrder(shifted).map((piece) => piece.source.trim())
  assert.deepEqual(order, [
    '一个横跨三栏的标题',
    '本报记者 某某 通讯员 某某',
    '甲一行文字内容甲一行文字内容',
    '甲二行文字内容甲二行文字内容甲',
    '甲三行文字。',
    '甲六行文字内容甲六行文字内容甲',
    '乙一行文字内容乙一行文字内容',
    '乙二行文字内容乙二行文字内容',
    '乙三行文字内容乙三行文字内容',
    '乙四行文字内容乙四行文字内容',
    '乙五行文字内容乙五行12345%',
    '乙六行文字内容乙六行文字内容',
    '丙一行文字内容丙一行文字内容',
    '丙二行文字内容丙二行文字内容',
    '丙三行文字内容丙三行文字内容',
    '丙四行文字内容丙四行文字内容',
    '丙五行文字内容丙五行文字内容',
    '丙六行文字内容丙六行文字内容',
    '丙七行。'
  ])
  const joined = readingOrder(shifted)
    .map((piece) => piece.source)
    .join('')
    .replace(/\s/g, '')
  assert.equal(joined.length, shifted.join('').replace(/\s/g, '').length, 'every character kept')
})

test('readingOrder reads a story set over two of three columns before the story in the third', () => {
  const sideBySide = [
    '        左边标题跨两栏排列                          右边标题',
    '  左一行文字内容左一行文字内容      左二栏文字内容左二栏文字内容      右一行文字内容右一行文字内容',
    '左二行文字内容左二行文字内容左      左二栏第二行文字左二栏第二行      右二行文字内容右二行文字内容',
    '左三行文字内容左三行文字内容左      左二栏第三行文字左二栏第三行      右三行文字内容右三行文字内容',
    '左四行文字内容左四行文字内容左      左二栏第四行文字左二栏第四行      右四行文字内容右四行文字内容',
    '左五行文字内容左五行文字内容左      左二栏第五行文字左二栏第五行      右五行文字内容右五行文字内容'
  ]
  const order = readingOrder(sideBySide).map((piece) => piece.source.trim())
  assert.deepEqual(order.slice(0, 2), ['左边标题跨两栏排列', '左一行文字内容左一行文字内容'])
  assert.ok(order.indexOf('左二栏第五行文字左二栏第五行') < order.indexOf('右边标题'))
  assert.deepEqual(order.slice(-6), [
    '右边标题',
    '右一行文字内容右一行文字内容',
    '右二行文字内容右二行文字内容',
    '右三行文字内容右三行文字内容',
    '右四行文字内容右四行文字内容',
    '右五行文字内容右五行文字内容'
  ])
})

test('readingOrder cuts every line of the typeset -layout sample into pieces that cover it exactly', () => {
  const root = new URL('./typeset/', import.meta.url)
  let columned = 0
  for (const family of readdirSync(root)) {
    const dir = new URL(`${family}/pdftotext-layout/`, root)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt'))) {
      const lines = readFileSync(new URL(name, dir), 'utf8').split('\n')
      const pieces = readingOrder(lines)
      const byLine = new Map<number, { start: number; source: string }[]>()
      for (const piece of pieces) byLine.set(piece.line, [...(byLine.get(piece.line) ?? []), piece])
      lines.forEach((text, line) => {
        const parts = (byLine.get(line) ?? []).sort((a, b) => a.start - b.start)
        assert.equal(parts.map((part) => part.source).join(''), text, `${family}/${name}:${line + 1}`)
        assert.equal(parts[0]?.start, 0)
        if (parts.length > 1) columned++
      })
    }
  }
  assert.ok(columned > 100, `columns found on ${columned} lines`)
})

test('readingOrder indents a column printed alone right of the margin from its own left edge', () => {
  const alone = [
    '                                                 图为某镇某村就业创业现场。本报记者 某某摄',
    '                                                   区委书记某某强调，要坚持问题导',
    '                                                 向，压实工作责任，聚焦薄弱环节，确保',
    '                                                 各项措施落地见效。某某要求，各级各部',
    '                                                 门要提高政治站位，强化责任担当，以钉',
    '                                                 钉子精神抓好安全生产。'
  ]
  const pieces = readingOrder(alone)
  assert.deepEqual(
    pieces.map((piece) => piece.source),
    alone
  )
  assert.deepEqual(
    pieces.map((piece) => piece.indent),
    ['', '  ', '', '', '', '']
  )
})

test('readingOrder keeps a headline set four spaces in, and the byline centred under it, above the columns', () => {
  const run = [
    '    全力以赴抓好重点项目建设 确保人民群众生命财产安全',
    '                               本报记者 某某某',
    '  甲一行文字内容甲一行文字内容      乙一行文字内容乙一行文字内容      丙一行文字内容丙一行文字内容',
    '甲二行文字内容甲二行文字内容甲      乙二行文字内容乙二行文字内容      丙二行文字内容丙二行文字内容',
    '甲三行文字内容甲三行文字内容甲      乙三行文字内容乙三行文字内容      丙三行文字内容丙三行文字内容',
    '甲四行文字内容甲四行文字内容甲      乙四行文字内容乙四行文字内容      丙四行文字内容丙四行文字内容'
  ]
  const order = readingOrder(run).map((piece) => piece.source.trim())
  assert.deepEqual(order.slice(0, 3), [
    '全力以赴抓好重点项目建设 确保人民群众生命财产安全',
    '本报记者 某某某',
    '甲一行文字内容甲一行文字内容'
  ])
})

test('readingOrder measures a page laid out one cell a character in cells: indents and the byline across the columns come out right', () => {
  // `-layout` put every character in one cell: each column starts at the same string index
  // whether the column left of it is blank, or holds half-width digits, or not.
  const row = (...columns: string[]) =>
    columns
      .map((text, at) => (at === columns.length - 1 ? text : text.padEnd(24)))
      .join('')
      .trimEnd()
  const cells = [
    '                  区里召开基层治理工作推进会',
    '             本 报 记 者    江 松    汤 海 海   通 讯 员   姚 新 海',
    row('  本报讯 2月18日上午，区里召开', '图为社区人居环境整治现场。', '点。下一步，乡里将继续统筹'),
    row('议，安排部署下一阶段重点任务', '本报记者 叶华强 摄', '推进基层治理，不断完善长效'),
    row('该项目总投资45亿元，占地56', '  唐某要求，各级各部门要提', '机制，为全区经济社会平稳健'),
    row('6亩，建成后预计年产值可达55', '高政治站位，强化责任担当，', '康发展贡献力量。'),
    row('亿元。', '以钉钉子精神抓好基层治理。', '  据统计，截至8月底，全区'),
    row('', '区生态环境分局负责同志参加', '已完成基层治理年度任务的5'),
    row('', '会议。“路修好了，农产品卖', '3%，同比提高14个百分点。'),
    row('', '得更远了。”', '  “家门口就能就业，心里踏'),
    row('', '  据统计，截至4月底，全区', '实多了。”青庄社区居民说。'),
    row('', '已完成基层治理年度任务的5', '据了解，该项目总投资20亿元')
  ]
  const pieces = readingOrder(cells)
  assert.equal(
    pieces.filter((piece) => piece.line === 1).length,
    1,
    'the letter-spaced byline is one line across the columns'
  )
  const indentOf = (text: string) => pieces.find((piece) => piece.source.includes(text))!.indent
  // The caption's second line and the wraps go on; only paragraph starts are indented.
  assert.equal(indentOf('本报记者 叶华强 摄'), '')
  assert.equal(indentOf('唐某要求'), '  ')
  assert.equal(indentOf('高政治站位'), '')
  assert.equal(indentOf('区生态环境分局'), '')
  assert.equal(indentOf('据统计，截至4月底'), '  ')
  assert.equal(indentOf('据统计，截至8月底'), '  ')
  assert.equal(indentOf('实多了。'), '')
})

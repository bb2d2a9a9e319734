/**
 * The per-file profile (src/parse/profile/): what it finds in a file, from the
 * file alone; and the scorer's rule that only the lexicon names Chinese words.
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import { test } from 'node:test'
import { VFile } from 'vfile'
import { parseBulletin } from '../../src/parse/index.ts'
import { linesOf } from '../../src/parse/model.ts'
import { buildProfile } from '../../src/parse/profile/index.ts'
import { fromBulletin } from '../../src/parse/tree.ts'

const profileOf = (text: string) => buildProfile(linesOf(fromBulletin(text)))
const rolesOf = (text: string) => profileOf(text).lines.map((line) => `${line.role ?? '-'} ${line.text}`)
const parse = (text: string) => parseBulletin(new VFile({ path: 'test.txt', value: text }), {})
const body = (seed: number) =>
  `第${seed}段正文，记者从有关部门获悉，各项工作进展顺利，群众满意度持续提升，相关措施落实到位。`

test('should read the scorer files without Chinese literals outside the lexicon', () => {
  const directory = new URL('../../src/parse/profile/', import.meta.url)
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.ts') && name !== 'lexicon.ts')
    .map((name) => new URL(name, directory))
  files.push(new URL('../../src/parse/evidence.ts', import.meta.url))
  files.push(new URL('../../src/parse/confidence.ts', import.meta.url))
  for (const file of files) {
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    const han = code.match(/\p{Script=Han}+/gu)
    assert.equal(han, null, `${file.pathname} holds Chinese text outside comments: ${han?.join(' ')}`)
  }
})

test('should keep form feeds and page footers as page breaks', () => {
  const text = `标题甲\n\n${body(1)}\n\n第 1 页\n\f标题乙\n\n${body(2)}\n`
  const profile = profileOf(text)
  assert.equal(profile.pageBreaks, 2)
  assert.deepEqual(
    parse(text).articles.map((article) => article.title),
    ['标题甲', '标题乙']
  )
})

test('should tell a running head from a line printed once per article', () => {
  const titles = [
    '秋粮收购',
    '新能源车',
    '消费观念',
    '基层治理',
    '一江碧水',
    '对外开放',
    '田野丰景',
    '书香生活',
    '数字技术'
  ]
  const story = (page: number, n: number) =>
    `${titles[page * 3 + n - 4]}见成效\n\n《某某日报》（2025年10月20日 第 0${page} 版）\n\n${titles[(page * 3 + n) % 9]}与${titles[(page * 3 + n + 4) % 9]}同步推进，各项工作进展顺利。\n`
  const pages = [1, 2, 3]
    .map((page) => `\f某某日报 2025年10月${page}日\n\n${[1, 2, 3].map((n) => story(page, n)).join('\n')}`)
    .join('\n')
  const templates = profileOf(pages).templates.map((entry) => entry.role)
  assert.deepEqual(templates.sort(), ['headline-end', 'running'])
  const articles = parse(pages).articles
  assert.equal(articles.length, 9)
  assert.ok(articles.every((article) => article.sourceNote?.startsWith('《某某日报》')))
})

test('should align headlines to a leading numbered contents list, also wrapped over two lines', () => {
  const text = [
    '1. 第一篇报道的标题',
    '2. 第二篇报道的标题很长分两行',
    '3. 第三篇报道的标题',
    '',
    '第一篇报道的标题',
    '',
    body(1),
    '',
    '在文中的小标题',
    '',
    body(2),
    '',
    '第二篇报道的标题',
    '很长分两行',
    '',
    body(3),
    '',
    '第三篇报道的标题',
    '',
    body(4)
  ].join('\n')
  assert.deepEqual(profileOf(text).contents, { items: 3, matched: 3 })
  const articles = parse(text).articles
  assert.deepEqual(
    articles.map((article) => article.title),
    ['第一篇报道的标题', '第二篇报道的标题很长分两行', '第三篇报道的标题']
  )
  assert.ok(articles[0]!.paragraphs.includes('在文中的小标题'))
  assert.ok(articles.every((article) => article.evidence?.includes('listed-in-contents')))
})

test('should join a byline split letter by letter', () => {
  const text = `某地秋粮收购进度过半\n\n本报记者\n\n程\n\n龙\n\n潘俊强\n\n${body(1)}\n`
  assert.ok(rolesOf(text).filter((role) => role.startsWith('byline-part')).length === 4)
  const [article] = parse(text).articles
  assert.deepEqual(article!.reporters, ['程龙', '潘俊强'])
  assert.equal(article!.title, '某地秋粮收购进度过半')
})

test('should take the letter-spaced names printed before a byline box\u2019s label into that byline', () => {
  const text = `${body(1)}\n\n余 娟 佳\n\n贾 红 国\n\n通 讯 员\n\n王 五\n\n${body(2)}\n`
  const roles = rolesOf(text).filter((role) => !role.endsWith('。'))
  assert.deepEqual(roles, ['byline-part 余 娟 佳', 'byline-part 贾 红 国', 'byline-part 通 讯 员', 'byline-part 王 五'])
})

test('should join a byline cut at a narrow box edge, letter-spaced or not, to the line above', () => {
  const spaced = `某地秋粮收购进度过半\n\n本 报 记 者 陈 婷 通\n讯 员 张 鑫 东\n\n${body(1)}\n`
  assert.ok(rolesOf(spaced).includes('byline-more 讯 员 张 鑫 东'))
  const [first] = parse(spaced).articles
  assert.equal(first!.title, '某地秋粮收购进度过半')
  assert.deepEqual([first!.reporters, first!.correspondents], [['陈婷'], ['张鑫东']])
  const plain = `某地秋粮收购进度过半\n\n本报记者郝振鑫\n通讯员戴伟宁\n郑鑫\n${body(1)}\n`
  const [second] = parse(plain).articles
  assert.equal(second!.title, '某地秋粮收购进度过半')
  assert.equal(parse(plain).articles.length, 1)
  assert.deepEqual(second!.correspondents, ['戴伟宁郑鑫'])
  // A short line under a body line is no byline's tail.
  assert.ok(!rolesOf(`标题\n\n${body(1)}\n郑鑫\n`).some((role) => role.startsWith('byline-more')))
})

test('should read a byline label cut at the box edge, and a box name printed before its label', () => {
  const cut = `某地秋粮收购进度过半\n本报记者袁雪通\n讯员宋敏新\n${body(1)}\n`
  const [article] = parse(cut).articles
  assert.deepEqual(
    [article!.title, article!.reporters, article!.correspondents],
    ['某地秋粮收购进度过半', ['袁雪'], ['宋敏新']]
  )
  const chained = `某地秋粮收购进度过半\n本报记者蔡勇丽\n金燕丽通讯员苏\n永\n${body(1)}\n`
  assert.deepEqual(
    parse(chained).articles.map((item) => item.title),
    ['某地秋粮收购进度过半']
  )
  assert.ok(rolesOf(chained).includes('byline-more 永'))
  const boxed = `某地秋粮收购进度过半\n\n${body(1)}\n\n朱 兰 诚\n\n通 讯 员\n\n沈 涛\n\n${body(2)}\n`
  assert.ok(rolesOf(boxed).includes('byline-part 朱 兰 诚'))
  assert.ok(parse(boxed).articles.every((item) => item.title === '某地秋粮收购进度过半'))
})

test('should give bulleted item titles set side by side each the next body, in order', () => {
  const item = (seed: number, unit: string) => `${body(seed)}（${unit}）`
  const text = `简讯\n■甲镇开展消防演练\n\n■乙乡召开推进会\n\n${item(1, '甲镇')}\n\n${item(2, '乙乡')}\n\n第3段正文，记者从有关部门获悉，各项工作进展\n■丙村开展宣传\n\n${item(3, '丙村')}\n`
  const articles = parse(text).articles
  assert.deepEqual(
    articles.map((article) => [article.title, article.paragraphs[0]?.slice(0, 3)]),
    [
      ['甲镇开展消防演练', '第1段'],
      ['乙乡召开推进会', '第2段'],
      ['丙村开展宣传', '第3段']
    ]
  )
})

test('should read two stories whose headline rows were read across the page, each with its byline', () => {
  const rows = [
    '聚焦消防安全',
    '坚持问题导向 狠抓工作落实',
    '北水镇筑牢科技创新防线',
    '以乡村振兴为抓手 推动生态环境保护提质',
    '增效'
  ]
  const text = `${rows.join('\n\n')}\n\n本报记者 武琪\n${body(1)}\n\n本报记者 赖琪平\n${body(2)}\n`
  const articles = parse(text).articles
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title, article.reporters]),
    [
      ['聚焦消防安全', '北水镇筑牢科技创新防线', ['武琪']],
      ['坚持问题导向 狠抓工作落实', '以乡村振兴为抓手 推动生态环境保护提质增效', ['赖琪平']]
    ]
  )
  // Four headline-like lines over prose, with no byline or 本报讯 under them, are still one title and a list.
  assert.equal(parse(`${rows.slice(0, 4).join('\n\n')}\n\n${body(1)}\n`).articles.length, 1)
})

test('should give every article a confidence in 0..1 with its reasons, and the file their mean', () => {
  const bulletin = parse(`标题甲\n\n本报讯 ${body(1)}\n\n（记者 张三）\n\n标题乙\n\n${body(2)}\n`)
  for (const article of bulletin.articles) {
    assert.ok(article.confidence! >= 0 && article.confidence! <= 1)
    assert.ok(article.evidence!.length > 0)
  }
  assert.ok(bulletin.articles[1]!.evidence!.includes('previous-closed'))
  assert.ok(bulletin.confidence! > 0 && bulletin.confidence! <= 1)
})

test('should read two phrases side by side over a line as wide as a kicker over its headline, not one wrapped headline', () => {
  // A three-column paper: body wrapped at 21 characters, headlines in larger type.
  const column = (seed: number) => (body(seed) + body(seed + 1)).match(/.{1,21}/g)!.join('\n')
  const story = (head: string, seed: number) => `${head}\n本报记者 某某\n${column(seed)}\n`
  const text = [
    story('奋战一季度 统筹推进“开门红”\n\n永川区召开安全生产工作推进会', 1),
    story('奋战一季度 纵深推进“开门红”\n\n区教育局开展招商引资专项行动', 3),
    story('奋战一季度 扎实推进“开门红”\n\n区文旅局举办河长制业务培训班', 5),
    // A headline of two phrases wrapped tight, its second line a short remainder, is one headline.
    story('全力以赴抓好消防安全 确保\n高质量发展', 7)
  ].join('\n')
  const articles = parse(text).articles
  assert.deepEqual(
    articles.map((article) => [article.kicker, article.title]),
    [
      ['奋战一季度 统筹推进“开门红”', '永川区召开安全生产工作推进会'],
      ['奋战一季度 纵深推进“开门红”', '区教育局开展招商引资专项行动'],
      ['奋战一季度 扎实推进“开门红”', '区文旅局举办河长制业务培训班'],
      [null, '全力以赴抓好消防安全 确保高质量发展']
    ]
  )
})

test('should rejoin headlines whose first lines an extractor set apart, when three or more share the headline measure', () => {
  // mutool sets a blank line after every line: `从…——清源乡森` / `林防火十年发展观察` over a byline.
  const column = (seed: number) =>
    (body(seed) + body(seed + 1) + body(seed + 2))
      .match(/.{1,30}/g)!
      .map((line) => `${line}\n`)
      .join('\n')
  const story = (first: string, second: string, seed: number) =>
    `${first}\n\n${second}\n\n本报记者  某某\n\n${column(seed)}\n（作者为某大学教授）\n`
  const text = [
    story('从“有没有”到“好不好”——清源乡森', '林防火十年发展观察', 1),
    story('从“有没有”到“好不好”——松河镇森', '林防火十年发展观察', 4),
    story('从“有没有”到“好不好”——北田乡乡', '村振兴十年发展观察', 7)
  ].join('\n')
  assert.deepEqual(
    parse(text).articles.map((article) => article.title),
    [
      '从“有没有”到“好不好”——清源乡森林防火十年发展观察',
      '从“有没有”到“好不好”——松河镇森林防火十年发展观察',
      '从“有没有”到“好不好”——北田乡乡村振兴十年发展观察'
    ]
  )
})

#!/usr/bin/env node
/**
 * Deterministic synthetic corpus in the layouts of the seed bulletins (corpus/*.txt).
 *
 *   node --import tsx scripts/generate-corpus.ts --articles N --out DIR [--seed S] [--names many]
 *
 * `--names many` makes each article also quote ~3 residents, most named only once (issue 20).
 *
 * Same arguments → byte-identical files. Five invented district papers, ten years of
 * issues (2014–2023), ~8 articles per issue, ~1,200 Chinese characters per article made
 * by recombining sentences and clauses harvested from the seed files at run time, with
 * invented headlines, leaders, reporters and source units, and a manifest.csv.
 *
 * File layouts (one per issue file, articles inside vary):
 *   masthead  seed 002: 报头 (name, English name, 出版, date over lines, lunar date,
 *             registration, 第N期(总第M期)), headlines on their own line, datelines
 *             without 本报讯, bylines in parentheses at the end of the last paragraph
 *   plain     seed 001: own-line headline (two parts), 本报讯 + dateline, PDF breaks
 *             inside sentences, byline 记者 X on its own line or run into the last line
 *   column    seed 003: headline run into the body, text wrapped at ~30 characters with
 *             blank lines between, source unit （X镇） at the end
 *   markdown  seed 004: # / ## headings, 本报讯, 记者 X 通讯员 Y on its own line
 *   runin     seed 000: headline run into the body after an ideographic space, source
 *             unit at the end; mixed with plain articles
 *
 * `generateCorpus({ articles, seed })` returns the same files as a Map for tests;
 * `generateArticles` also returns the article texts (title + paragraphs) for baselines.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'

export const seedCorpusDir = fileURLToPath(new URL('../corpus/', import.meta.url))

export type Layout = 'masthead' | 'plain' | 'column' | 'markdown' | 'runin'
export const layouts: Layout[] = ['masthead', 'plain', 'column', 'markdown', 'runin']

export interface GenerateOptions {
  articles: number
  seed?: string | number
  /** Folder of seed bulletins to harvest sentences from (default: the repo's corpus/). */
  seedDir?: string
  /** First year of the ten (default 2014). */
  firstYear?: number
  years?: number
  /**
   * `few` (default): the people are the papers' leaders, reporters and correspondents.
   * `many`: as in real local news, each article also quotes ~3 residents, workers or pupils,
   * most named only once in the whole corpus (issue 20's corpus shape). The rest of the text
   * is the same as with `few`.
   */
  names?: NameShape
}

export type NameShape = 'few' | 'many'
export const nameShapes: readonly NameShape[] = ['few', 'many']

/** What a generated article says, for baselines that need the same text. */
export interface GeneratedArticle {
  file: string
  publication: string
  date: string
  title: string
  paragraphs: string[]
  layout: Layout
}

export interface GeneratedIssue {
  file: string
  text: string
  publication: string
  date: string
  region: string
  layout: Layout
  articles: GeneratedArticle[]
}

// ---------------------------------------------------------------------------------------
// Random numbers: mulberry32 seeded from a string hash, so results depend only on args.

export type Rng = () => number

export function rngFrom(...parts: (string | number)[]): Rng {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest()
  let a = digest.readUInt32LE(0)
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1))
const pick = <T>(rng: Rng, list: ArrayLike<T>): T => list[Math.floor(rng() * list.length)]!
const chance = (rng: Rng, p: number) => rng() < p

// ---------------------------------------------------------------------------------------
// Invented world: publications, districts, people, units.

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const givenChars =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁龙林欣佳悦晨阳雪琳晶莹倩婷瑞博文海波峰建国志新立鑫亮诚晓春夏秋冬梅兰竹菊松柏丹青云飞翔振兴卫东红旗永庆德育'
const placeFirst = '东西南北青白石金银云龙凤安平和丰泰兴隆福寿永长广宏盛清河湖山峡川桥庄沟坡岭源'
const placeSecond = '岭川河湖山源桥庄店坪湾口营寨集堡峪溪林园台沟塘'
const unitKinds = ['镇', '镇', '街道', '街道', '乡', '办事处']

interface Publication {
  name: string
  english: string
  region: string
  city: string
  phone: string
  registration: [string, string]
  totalBase: number
  commaHalf: boolean
}

const publications: Publication[] = [
  {
    name: '东岭时讯',
    english: 'DONGLING NEWSLETTER',
    region: '东岭区',
    city: '河州',
    phone: '67183172',
    registration: ['河南省连续性内资', '【审河州连】00015号'],
    totalBase: 120,
    commaHalf: true
  },
  {
    name: '西川新闻',
    english: 'XICHUAN NEWS',
    region: '西川区',
    city: '河州',
    phone: '68820451',
    registration: ['河南省连续性内资', '【审河州连】00021号'],
    totalBase: 310,
    commaHalf: true
  },
  {
    name: '南湖简报',
    english: 'NANHU BULLETIN',
    region: '南湖区',
    city: '洛平',
    phone: '63397015',
    registration: ['河南省连续性内资', '【审洛平连】00007号'],
    totalBase: 45,
    commaHalf: false
  },
  {
    name: '北山周讯',
    english: 'BEISHAN WEEKLY',
    region: '北山县',
    city: '洛平',
    phone: '62215583',
    registration: ['河南省连续性内资', '【审洛平连】00032号'],
    totalBase: 512,
    commaHalf: true
  },
  {
    name: '青河信息',
    english: 'QINGHE INFORMATION',
    region: '青河区',
    city: '河州',
    phone: '69912340',
    registration: ['河南省连续性内资', '【审河州连】00040号'],
    totalBase: 0,
    commaHalf: false
  }
]

interface Person {
  name: string
  role: string
}
interface World {
  /** Per publication, per term (5 years each): the leaders with roles. */
  leaders: Person[][][]
  reporters: string[][]
  correspondents: string[][]
  units: string[][]
}

function personName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const given = chance(rng, 0.7) ? pick(rng, givenChars) + pick(rng, givenChars) : pick(rng, givenChars)
    const name = pick(rng, surnames) + given
    if (!used.has(name)) {
      used.add(name)
      return name
    }
  }
}

/** People quoted once (or a few times) across the corpus, for the `many` names shape. */
class Residents {
  /** Names already given, the world's included, so each new resident is a new person. */
  private readonly used = new Set<string>()
  /** Some residents come back in a later article (then they are named in two or more). */
  private readonly recent: string[] = []

  constructor(world: World) {
    for (const list of [...world.reporters, ...world.correspondents]) for (const name of list) this.used.add(name)
    for (const terms of world.leaders) for (const term of terms) for (const person of term) this.used.add(person.name)
  }

  /** Adds 2–4 quoted residents to an article's paragraphs after the lead (in place). */
  quote(rng: Rng, paragraphs: string[]): void {
    const count = int(rng, 2, 4)
    for (let k = 0; k < count; k++) {
      const again = this.recent.length > 20 && chance(rng, 0.12)
      const name = again ? pick(rng, this.recent) : personName(rng, this.used)
      if (!again) {
        this.recent.push(name)
        if (this.recent.length > 200) this.recent.shift()
      }
      const place = pick(rng, placeFirst) + pick(rng, placeSecond) + pick(rng, residentPlaces)
      const said = `“${pick(rng, residentQuotes)}”${place}${pick(rng, residentRoles)}${name}${pick(rng, residentVerbs)}。`
      const at = paragraphs.length > 1 ? int(rng, 1, paragraphs.length - 1) : 0
      paragraphs[at] = paragraphs[at] + said
    }
  }
}
const residentPlaces = ['村', '社区', '小区', '街道']
const residentRoles = ['居民', '村民', '种植户', '志愿者', '网格员', '商户', '职工', '学生家长', '退休职工', '返乡青年']
const residentVerbs = ['说', '说', '表示', '介绍说']
const residentQuotes = [
  '路修好了，农产品卖得更远了',
  '现在出门就是公园，日子越过越舒心',
  '家门口就能就业，心里踏实多了',
  '政策好、服务好，我们办事再也不用来回跑了',
  '孩子上学近了，我们也放心了',
  '看病不用跑远路，小病在村里就能看',
  '垃圾有人收，环境变好了，住着舒服',
  '有了这个平台，我们的问题很快就解决了'
]

function inventWorld(seed: string): World {
  const rng = rngFrom(seed, 'world')
  const used = new Set<string>()
  const leaderRoles = (region: string) => {
    const county = region.endsWith('县')
    const r = county ? '县' : '区'
    return [
      `${r}委书记`,
      `${r}委副书记、${r}长`,
      `${r}委副书记`,
      `${r}人大常委会主任`,
      `${r}政协主席`,
      `${r}委常委、宣传部部长`,
      `${r}委常委、常务副${r}长`,
      `副${r}长`,
      `${r}委常委、纪委书记`
    ]
  }
  const world: World = { leaders: [], reporters: [], correspondents: [], units: [] }
  for (const pub of publications) {
    world.leaders.push([0, 1].map(() => leaderRoles(pub.region).map((role) => ({ role, name: personName(rng, used) }))))
    world.reporters.push(Array.from({ length: 6 }, () => personName(rng, used)))
    world.correspondents.push(Array.from({ length: 12 }, () => personName(rng, used)))
    const units = new Set<string>()
    while (units.size < 10) units.add(pick(rng, placeFirst) + pick(rng, placeSecond) + pick(rng, unitKinds))
    world.units.push([...units])
  }
  return world
}

// ---------------------------------------------------------------------------------------
// Harvest: sentences and clauses from the seed files.

interface Harvest {
  sentences: string[]
  /** Sentences that start with 要 (instructions), to follow 张三强调， */
  instructions: string[]
  heads: string[]
  tails: string[]
  phrases: string[]
}

/** Names and places of the seeds, replaced by invented ones in every harvested sentence. */
const seedLeaders = [
  '宋洁',
  '陈红民',
  '耿勇军',
  '苏建设',
  '张红军',
  '赵毅',
  '杜怀锋',
  '王德敏',
  '汤晓义',
  '张良才',
  '宋双兴',
  '李兵',
  '张超'
]
const seedRegions = ['郑州高新区', '上街区', '二七区', '高新区']

function harvest(seedDir: string): Harvest {
  const files = readdirSync(seedDir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort()
  const sentences = new Set<string>()
  const phrases = new Set<string>()
  for (const file of files) {
    let text = readFileSync(join(seedDir, file), 'utf8').replace(/^\uFEFF/, '')
    // Undo the PDF layout: drop markdown marks, rejoin wrapped lines (blank lines inside
    // sentences are wraps too), so sentences come out whole.
    text = text
      .replace(/^#+\s*/gm, '')
      .replace(/[ \t\u3000]+/g, '')
      .replace(/\n+/g, '')
    for (const raw of text.split('。')) {
      let s = raw.replace(/[（(][^()（）]{0,12}[)）]$/, '').replace(/[（(]下转[^)）]*[)）]/g, '')
      s = s.replace(/,/g, '，').replace(/;/g, '；').replace(/:/g, '：')
      // Keep sentences that read as body text: mostly Chinese, no bylines, sane length.
      if (s.length < 16 || s.length > 160) continue
      if (/记者|通讯员|本报讯|出版|星期|监督电话|内资|总第|NEWS/.test(s)) continue
      if (/[A-Za-z]{3,}/.test(s)) continue
      const han = s.match(/\p{Script=Han}/gu)?.length ?? 0
      if (han / s.length < 0.75) continue
      // A sentence that begins with a headline run into it (no comma for 25 chars) is not body.
      if (s.indexOf('，') > 40 || s.indexOf('，') === -1) continue
      const head = s.slice(0, s.indexOf('，'))
      if (head.length > 16 && /(\d+月\d+日|以来|近日|日前|上午|下午)$/.test(head)) continue
      sentences.add(s)
      for (const m of s.matchAll(/(?<=[、“，])(\p{Script=Han}{4})(?=[、”，])/gu)) phrases.add(m[1]!)
    }
  }
  const list = [...sentences]
  const heads: string[] = []
  const tails: string[] = []
  for (const s of list) {
    const i = s.indexOf('，')
    const head = s.slice(0, i)
    const tail = s.slice(i + 1)
    if (head.length >= 4 && tail.length >= 8 && !/[“”]/.test(head) && !/[“”]/.test(tail)) {
      heads.push(head)
      tails.push(tail)
    }
  }
  return {
    sentences: list,
    instructions: list.filter((s) => s.startsWith('要')),
    heads,
    tails,
    phrases: [...phrases].filter((p) => !/[区市省镇]/.test(p))
  }
}

// ---------------------------------------------------------------------------------------
// Text pieces.

const topics = [
  '疫情防控',
  '安全生产',
  '项目建设',
  '优化营商环境',
  '乡村振兴',
  '生态环境保护',
  '基层党建',
  '教育发展',
  '文明城市创建',
  '防汛备汛',
  '招商引资',
  '民生实事',
  '冬春季疫情防控',
  '复工复产',
  '重点项目',
  '城市精细化管理',
  '信访稳定',
  '大气污染防治',
  '全员核酸检测',
  '植树造林',
  '消防安全',
  '农村人居环境整治',
  '“万人助万企”活动',
  '“三个一批”项目建设'
]
const meetings = ['工作会议', '专题会议', '推进会', '调度会', '动员部署会', '工作会', '观摩会', '座谈会']
const visits = ['调研督导', '实地督导', '检查督导', '调研', '走访']
const daysParts = ['', '', '', '上午', '下午']
const datelineOthers = ['近日', '日前', '近期', '连日来', '一直以来', '去年以来', '今年以来']

function chineseNumber(n: number): string {
  const d = '〇一二三四五六七八九'
  if (n <= 10) return n === 10 ? '十' : d[n]!
  if (n < 20) return '十' + d[n - 10]
  return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '')
}
const lunarDays = (() => {
  const a: string[] = []
  for (let i = 1; i <= 30; i++) {
    if (i <= 10) a.push('初' + chineseNumber(i))
    else if (i < 20) a.push('十' + chineseNumber(i - 10))
    else if (i === 20) a.push('二十')
    else if (i < 30) a.push('廿' + chineseNumber(i - 20))
    else a.push('三十')
  }
  return a
})()
const lunarFormat = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC'
})
function lunarDate(date: Date): string {
  const parts = lunarFormat.formatToParts(date)
  const yearName = parts.find((p) => (p.type as string) === 'yearName')?.value ?? ''
  const month = parts.find((p) => p.type === 'month')?.value ?? ''
  const day = Number(parts.find((p) => p.type === 'day')?.value ?? '1')
  return `${yearName}年${month.replace('一月', '正月').replace(/^十正月$/, '十一月')}${lunarDays[day - 1] ?? ''}`
}
const weekdays = '日一二三四五六'

const iso = (d: Date) => d.toISOString().slice(0, 10)
const md = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`

/** Randomises counts and amounts (not dates) so the vocabulary is not the seeds' alone. */
function varyNumbers(rng: Rng, s: string): string {
  return s.replace(/\d+(?:\.\d+)?(?=[亿万余多]|个|家|项|名|人|平方米|株|份|幅)/g, (m) => {
    if (m.includes('.')) return `${int(rng, 1, 99)}.${int(rng, 10, 99)}`
    return String(int(rng, Math.max(1, 10 ** (m.length - 1)), 10 ** m.length - 1))
  })
}

interface ArticleContext {
  rng: Rng
  h: Harvest
  pub: Publication
  leaders: Person[]
  region: string
  date: Date
  units: string[]
}

function localise(c: ArticleContext, s: string, leader: string): string {
  for (const name of seedLeaders) if (s.includes(name)) s = s.split(name).join(leader)
  for (const region of seedRegions) if (s.includes(region)) s = s.split(region).join(c.region)
  if (s.includes('郑州')) s = s.split('郑州').join(c.pub.city)
  if (s.includes('郑')) s = s.replace(/(?<=[入离返])郑/g, c.pub.city[0]!)
  return varyNumbers(c.rng, s)
}

function sentence(c: ArticleContext, leader: string): string {
  const { rng, h } = c
  // Mostly whole sentences, sometimes a new one from two halves.
  if (chance(rng, 0.3) && h.heads.length > 1) return localise(c, `${pick(rng, h.heads)}，${pick(rng, h.tails)}`, leader)
  return localise(c, pick(rng, h.sentences), leader)
}

interface Body {
  title: string
  leader: Person
  dateText: string
  paragraphs: string[]
}

function headline(c: ArticleContext, leader: Person, topic: string): string {
  const { rng, h, region } = c
  const first = pick(rng, h.phrases)
  let second = pick(rng, h.phrases)
  if (second === first) second = h.phrases[(h.phrases.indexOf(first) + 1) % h.phrases.length]!
  const slogan = `${first}${second}`
  const unit = pick(rng, c.units)
  const forms = [
    () => `${region}召开${topic}${pick(rng, meetings)}`,
    () => `${region}召开${topic}${pick(rng, meetings)} ${slogan}`,
    () => `${leader.name}${pick(rng, visits)}${topic}工作`,
    () => `${region.slice(0, -1)}领导${pick(rng, visits)}${topic}工作 ${slogan}`,
    () => `${unit}扎实推进${topic}`,
    () => `${region}：${slogan.slice(0, 4)} ${slogan.slice(4)}`,
    () => `${region}加快${topic}步伐 助力经济高质量发展`,
    () => `${unit}“${chineseNumber(int(rng, 3, 5))}个坚持”推进${topic}`,
    () => `我${region.slice(-1)}组织收听收看市${topic}视频会`
  ]
  return pick(rng, forms)().replace(/\s+$/, '')
}

function articleBody(c: ArticleContext, target: number): Body {
  const { rng } = c
  const leader = chance(rng, 0.6) ? c.leaders[0]! : pick(rng, c.leaders)
  const others = c.leaders.filter((p) => p !== leader)
  const topic = pick(rng, topics)
  const title = headline(c, leader, topic)
  const day = new Date(c.date.getTime() - int(rng, 0, 6) * 86400000)
  const dateText = chance(rng, 0.75) ? `${md(day)}${pick(rng, daysParts)}` : pick(rng, datelineOthers)
  const attendees = Array.from({ length: int(rng, 2, 6) }, () => pick(rng, others).name)
  const lead =
    `${dateText}，${leader.role}${leader.name}主持召开${c.region}${topic}${pick(rng, meetings)}，` +
    `${localise(c, pick(rng, c.h.tails), leader.name)}。${c.region.slice(-1)}领导${[...new Set(attendees)].join('、')}参加${chance(rng, 0.5) ? '会议' : '活动'}。`
  const paragraphs = [lead]
  let length = lead.length
  const verbs = ['指出', '强调', '要求', '表示', '提出']
  while (length < target) {
    const n = int(rng, 2, 6)
    const parts: string[] = []
    if (chance(rng, 0.4)) {
      const first =
        c.h.instructions.length && chance(rng, 0.7)
          ? localise(c, pick(rng, c.h.instructions), leader.name)
          : sentence(c, leader.name)
      parts.push(`${leader.name}${pick(rng, verbs)}，${first}`)
    }
    while (parts.length < n) parts.push(sentence(c, leader.name))
    const p = parts.join('。') + '。'
    paragraphs.push(p)
    length += p.length
  }
  return { title, leader, dateText, paragraphs }
}

// ---------------------------------------------------------------------------------------
// Layouts.

function punctuate(pub: Publication, s: string): string {
  return pub.commaHalf ? s.replace(/，/g, ',') : s
}

/** A PDF break: the paragraph split mid-sentence with a blank line, as in seed 001. */
function maybeBreak(rng: Rng, p: string): string {
  if (p.length < 60 || !chance(rng, 0.2)) return p
  const at = int(rng, 20, p.length - 20)
  return `${p.slice(0, at)}\n\n${p.slice(at)}`
}

function wrapColumns(rng: Rng, text: string, width: number): string[] {
  const lines: string[] = []
  for (let i = 0; i < text.length; i += width) {
    let line = text.slice(i, i + width)
    if (i > 0 && chance(rng, 0.05)) line = ' ' + line
    lines.push(line)
  }
  return lines
}

function byline(
  c: ArticleContext,
  pubIndex: number,
  world: World
): { reporters: string[]; correspondent: string | null } {
  const { rng } = c
  const reporters = [pick(rng, world.reporters[pubIndex]!)]
  if (chance(rng, 0.3))
    reporters.push(
      pick(
        rng,
        world.reporters[pubIndex]!.filter((r) => r !== reporters[0])
      )
    )
  return { reporters, correspondent: chance(rng, 0.35) ? pick(rng, world.correspondents[pubIndex]!) : null }
}

function layoutArticle(
  c: ArticleContext,
  layout: Layout,
  body: Body,
  index: number,
  pubIndex: number,
  world: World
): string {
  const { rng, pub } = c
  const paragraphs = body.paragraphs.map((p) => punctuate(pub, p))
  const credit = byline(c, pubIndex, world)
  const names = credit.reporters.join(' ')
  switch (layout) {
    case 'masthead': {
      // Seed 002: dateline without 本报讯, byline in parentheses after the last paragraph.
      const last = paragraphs.length - 1
      const sep = chance(rng, 0.5) ? '' : ' '
      paragraphs[last] = `${paragraphs[last]}${sep}(记者 ${credit.reporters.join(chance(rng, 0.3) ? '' : ' ')})`
      return [body.title, ...paragraphs.map((p) => maybeBreak(rng, p))].join('\n\n')
    }
    case 'plain': {
      // Seed 001: 本报讯, breaks inside sentences, 记者 X on its own line or run in.
      paragraphs[0] = `本报讯 ${paragraphs[0]}`
      const last = paragraphs.length - 1
      if (chance(rng, 0.5)) paragraphs[last] = `${paragraphs[last]}记者 ${names}`
      else paragraphs.push(`记者 ${names}`)
      return [body.title, ...paragraphs.map((p) => maybeBreak(rng, p))].join('\n\n')
    }
    case 'markdown': {
      // Seed 004: # headline for the first, ## after; credits on their own line.
      paragraphs[0] = `本报讯 ${paragraphs[0]}`
      const credits =
        `记者 ${names}` + (credit.correspondent ? ` 通讯员 ${credit.correspondent}` : chance(rng, 0.3) ? ' 文/图' : '')
      if (chance(rng, 0.25)) paragraphs[paragraphs.length - 1] += ` ${credits}`
      else paragraphs.push(credits)
      return [`${index === 0 ? '#' : '##'} ${body.title}`, ...paragraphs.map((p) => maybeBreak(rng, p))].join('\n\n')
    }
    case 'column': {
      // Seed 003: headline run into the text, wrapped at ~30 columns, blank line between
      // lines, the source unit at the end.
      const unit = pick(rng, c.units)
      const lines: string[] = []
      paragraphs[paragraphs.length - 1] += `（${unit}）`
      paragraphs.forEach((p, i) => {
        const text = i === 0 ? `${body.title} ${p}` : p
        lines.push(...wrapColumns(rng, text, int(rng, 28, 30)))
      })
      return lines.join('\n\n')
    }
    case 'runin': {
      // Seed 000: leading spaces, headline + ideographic space + text, source unit at end.
      const unit = pick(rng, c.units)
      paragraphs[paragraphs.length - 1] += `（${unit}）`
      return `   ${body.title}\u3000${paragraphs.join('')}`
    }
  }
}

function masthead(pub: Publication, date: Date, issueNumber: number, total: number): string {
  return [
    '',
    '',
    pub.name,
    '',
    pub.english,
    '',
    `中共${pub.region}委宣传部传媒中心出版`,
    '',
    `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月`,
    '',
    String(date.getUTCDate()),
    '',
    `星期${weekdays[date.getUTCDay()]}`,
    '',
    lunarDate(date),
    '',
    pub.registration[0],
    pub.registration[1],
    `第${issueNumber}期(总第${total}期)`,
    '内部资料 免费交流',
    `监督电话 ${pub.phone}`,
    ''
  ].join('\n')
}

// ---------------------------------------------------------------------------------------
// The corpus.

interface Plan {
  issues: { pub: number; date: Date; size: number; issueNumber: number; total: number; ordinal: number }[]
}

/** Spreads N articles over issues of ~8, issues over 5 publications × 10 years. */
function plan(articles: number, seed: string, firstYear: number, years: number): Plan {
  const rng = rngFrom(seed, 'plan', articles)
  const count = Math.max(1, Math.ceil(articles / 8))
  const sizes = Array.from({ length: count }, (_, i) => Math.floor(articles / count) + (i < articles % count ? 1 : 0))
  for (let i = 0; i + 1 < count; i += 2) {
    const d = int(rng, -2, 2)
    if (sizes[i]! + d >= 1 && sizes[i + 1]! - d >= 1) {
      sizes[i]! += d
      sizes[i + 1]! -= d
    }
  }
  const start = Date.UTC(firstYear, 0, 1)
  const span = Date.UTC(firstYear + years, 0, 1) - start
  const perPub = publications.map((_, p) => Math.ceil((count - p) / publications.length))
  const issues: Plan['issues'] = []
  const yearCounts = new Map<string, number>()
  const totals = publications.map((p) => p.totalBase)
  // Issue i goes to publication i % 5; each publication's issues spread evenly over the
  // years, always on the same weekday-ish cadence.
  for (let i = 0; i < count; i++) {
    const pub = i % publications.length
    const j = Math.floor(i / publications.length)
    const t = start + Math.floor(((j + 0.1 + 0.8 * rng()) * span) / perPub[pub]!)
    const date = new Date(t - (t % 86400000))
    const key = `${pub}:${date.getUTCFullYear()}`
    const issueNumber = (yearCounts.get(key) ?? 0) + 1
    yearCounts.set(key, issueNumber)
    totals[pub]!++
    issues.push({ pub, date, size: sizes[i]!, issueNumber, total: totals[pub]!, ordinal: i })
  }
  // Files are listed in date order, as a real archive's would be.
  issues.sort((a, b) => a.date.getTime() - b.date.getTime() || a.pub - b.pub)
  return { issues }
}

function fileName(seed: string, ordinal: number, digits: number): string {
  const hash = createHash('sha256').update(`${seed}:${ordinal}`).digest('hex').slice(0, 16)
  return `${String(ordinal).padStart(digits, '0')}_${hash}.txt`
}

function layoutFor(rng: Rng): Layout {
  const r = rng()
  return r < 0.3 ? 'masthead' : r < 0.55 ? 'plain' : r < 0.7 ? 'column' : r < 0.85 ? 'markdown' : 'runin'
}

export interface CorpusGenerator {
  issues: Iterable<GeneratedIssue>
  manifestHeader: string
}

/** Yields issue files one at a time (the CLI writes them as they come; 100k fits easily). */
export function* generateIssues(options: GenerateOptions): Generator<GeneratedIssue> {
  const seed = String(options.seed ?? 1)
  const h = harvest(options.seedDir ?? seedCorpusDir)
  if (h.sentences.length < 20) throw new Error(`Too few sentences harvested from ${options.seedDir ?? seedCorpusDir}`)
  const world = inventWorld(seed)
  const firstYear = options.firstYear ?? 2014
  const years = options.years ?? 10
  const { issues } = plan(options.articles, seed, firstYear, years)
  const residents = options.names === 'many' ? new Residents(world) : null
  const digits = Math.max(3, String(issues.length).length)
  for (const [position, issue] of issues.entries()) {
    const rng = rngFrom(seed, 'issue', issue.ordinal)
    const pub = publications[issue.pub]!
    const term = issue.date.getUTCFullYear() < firstYear + years / 2 ? 0 : 1
    const c: ArticleContext = {
      rng,
      h,
      pub,
      leaders: world.leaders[issue.pub]![term]!,
      region: pub.region,
      date: issue.date,
      units: world.units[issue.pub]!
    }
    const layout = layoutFor(rng)
    const file = fileName(seed, position, digits)
    const parts: string[] = []
    if (layout === 'masthead') parts.push(masthead(pub, issue.date, issue.issueNumber, issue.total))
    const articles: GeneratedArticle[] = []
    for (let a = 0; a < issue.size; a++) {
      const body = articleBody(c, int(rng, 1050, 1350))
      // Residents come from their own random stream: the rest of the text is as with `few`.
      residents?.quote(rngFrom(seed, 'residents', issue.ordinal, a), body.paragraphs)
      // Mixed files: a few plain articles among the run-in and masthead ones.
      const own: Layout = layout === 'runin' && a > 0 && chance(rng, 0.4) ? 'plain' : layout
      parts.push(layoutArticle(c, own, body, a, issue.pub, world))
      articles.push({
        file,
        publication: pub.name,
        date: iso(issue.date),
        title: body.title,
        paragraphs: body.paragraphs,
        layout: own
      })
    }
    const lead = layout === 'masthead' ? '' : layout === 'column' || layout === 'runin' ? ' ' : '\n\n'
    const text =
      lead +
      parts.join(layout === 'column' ? '\n\n' : '\n\n') +
      (layout === 'runin' || layout === 'column' ? '\n ' : '')
    yield { file, text, publication: pub.name, date: iso(issue.date), region: pub.region, layout, articles }
  }
}

export const manifestHeader = 'file,publication,date,page,region'

/**
 * Manifest row. Files with a masthead name their paper and date in the text; the others
 * get them here, some only as a year, as in the real corpus's manifest.
 */
export function manifestRow(issue: GeneratedIssue, rng: Rng): string {
  const date = issue.layout === 'masthead' || chance(rng, 0.8) ? issue.date : issue.date.slice(0, 4)
  const publication = chance(rng, 0.85) ? issue.publication : ''
  return `${issue.file},${publication},${date},,${issue.region}`
}

/** The whole corpus in memory: path → text, including manifest.csv. */
export function generateCorpus(options: GenerateOptions): Map<string, string> {
  return generateArticles(options).files
}

/** The corpus plus what each article says (for baselines over the same text). */
export function generateArticles(options: GenerateOptions): {
  files: Map<string, string>
  articles: GeneratedArticle[]
} {
  const files = new Map<string, string>()
  const articles: GeneratedArticle[] = []
  const rows = [manifestHeader]
  const rng = rngFrom(String(options.seed ?? 1), 'manifest')
  for (const issue of generateIssues(options)) {
    files.set(issue.file, issue.text)
    articles.push(...issue.articles)
    rows.push(manifestRow(issue, rng))
  }
  files.set('manifest.csv', rows.join('\n') + '\n')
  return { files, articles }
}

/** Writes the corpus to `out`; returns counts. */
export function writeCorpus(options: GenerateOptions & { out: string; onArticle?: (a: GeneratedArticle) => void }) {
  mkdirSync(options.out, { recursive: true })
  const rows = [manifestHeader]
  const rng = rngFrom(String(options.seed ?? 1), 'manifest')
  let files = 0
  let articles = 0
  let bytes = 0
  for (const issue of generateIssues(options)) {
    const data = Buffer.from(issue.text, 'utf8')
    writeFileSync(join(options.out, issue.file), data)
    rows.push(manifestRow(issue, rng))
    files++
    bytes += data.length
    articles += issue.articles.length
    if (options.onArticle) for (const a of issue.articles) options.onArticle(a)
  }
  writeFileSync(join(options.out, 'manifest.csv'), rows.join('\n') + '\n')
  return { files, articles, bytes }
}

/**
 * One more issue, dated after every issue of the corpus of the same arguments (for the
 * "add one issue to a built archive" measurement). Does not change the other files.
 */
export function generateNewIssue(options: GenerateOptions): {
  file: string
  text: string
  manifestRow: string
  articles: number
} {
  const seed = String(options.seed ?? 1)
  const firstYear = options.firstYear ?? 2014
  const years = options.years ?? 10
  const h = harvest(options.seedDir ?? seedCorpusDir)
  const world = inventWorld(seed)
  const rng = rngFrom(seed, 'new-issue', options.articles)
  const pub = publications[0]!
  const date = new Date(Date.UTC(firstYear + years, 0, 8))
  const c: ArticleContext = {
    rng,
    h,
    pub,
    leaders: world.leaders[0]![1]!,
    region: pub.region,
    date,
    units: world.units[0]!
  }
  const parts = [masthead(pub, date, 1, 99999)]
  const residents = options.names === 'many' ? new Residents(world) : null
  for (let a = 0; a < 8; a++) {
    const body = articleBody(c, int(rng, 1050, 1350))
    residents?.quote(rngFrom(seed, 'new-residents', a), body.paragraphs)
    parts.push(layoutArticle(c, 'masthead', body, a, 0, world))
  }
  const file = `zz_new_${createHash('sha256').update(`${seed}:new`).digest('hex').slice(0, 16)}.txt`
  return { file, text: parts.join('\n\n'), manifestRow: `${file},${pub.name},${iso(date)},,${pub.region}`, articles: 8 }
}

// ---------------------------------------------------------------------------------------
// CLI.

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      names: { type: 'string', default: 'few' },
      help: { type: 'boolean', default: false }
    },
    strict: true
  })
  const usage =
    'Usage: node --import tsx scripts/generate-corpus.ts --articles N --out DIR [--seed S] [--names few|many]'
  if (values.help) {
    console.log(usage)
    return 0
  }
  const articles = Number(values.articles)
  if (!Number.isInteger(articles) || articles < 1) {
    console.error(`Unexpected --articles \`${values.articles}\`, expected a positive whole number\n${usage}`)
    return 2
  }
  if (!values.out) {
    console.error(`--out DIR is required\n${usage}`)
    return 2
  }
  const names = values.names as NameShape
  if (!nameShapes.includes(names)) {
    console.error(`Unexpected --names \`${values.names}\`, expected few or many\n${usage}`)
    return 2
  }
  const started = performance.now()
  const result = writeCorpus({ articles, seed: values.seed, names, out: resolve(values.out) })
  console.log(
    `${result.files} files, ${result.articles} articles, ${(result.bytes / 1e6).toFixed(1)} MB in ${values.out} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`
  )
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().then((code) => (process.exitCode = code))
}

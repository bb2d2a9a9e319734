// Writes a pdftotext-style national daily (hard wraps at 30, blank lines between blocks,
// form feeds, page footers, a source line between headline block and body, letter-split
// bylines, closing notes, in-body section heads, a numbered contents list) and its gold headlines.
import { mkdirSync, writeFileSync } from 'node:fs'
const wrap = (text, width) => {
  const out = []
  const chars = [...text]
  for (let i = 0; i < chars.length; i += width) out.push(chars.slice(i, i + width).join(''))
  return out
}
const A = [
  {
    page: 1,
    title: ['全国秋粮收购进度过半'],
    byline: 'split:本报记者|程|龙|潘俊强',
    paras: [
      '记者从国家粮食和物资储备局获悉，截至目前主产区累计收购秋粮超过一亿吨，收购进度过半，市场运行总体平稳，价格保持在合理区间。',
      '各地区各部门深入贯彻落实党中央国务院关于保障国家粮食安全的决策部署坚持市场化收购与政策性收储相结合，多措并举稳定农民预期。',
      '国家粮食和物资储备局有关负责人表示，将继续做好秋粮收购工作，督促企业守住农民种粮卖得出的底线。'
    ]
  },
  {
    page: 1,
    kicker: '奋力谱写中国式现代化新篇章',
    title: ['让更多农民共享产业发展', '的丰硕成果'],
    byline: '本报记者  刘一  陈二',
    paras: [
      '金秋十月，丹桂飘香。走进浙江安吉的竹林深处，加工车间里机器轰鸣，工人们正忙着把一根根翠竹变成家具、地板和日用品。',
      { head: '延链补链促增收' },
      '近年来，当地围绕竹产业打造全链条，引进龙头企业二十余家，带动周边村集体经济年均增收百分之十五以上。',
      { head: '联农带农见实效' },
      '合作社负责人说：“过去卖原竹一根只有十几元，现在精深加工后价值翻了好几倍，乡亲们的腰包越来越鼓。”'
    ],
    note: '（本报记者孙三参与采写）'
  },
  {
    page: 1,
    title: ['我国新能源汽车产销量', '连续十年位居全球第一'],
    byline: '本报记者  王四',
    paras: [
      '中国汽车工业协会最新数据显示，今年前三季度新能源汽车产销量分别完成一千一百万辆和一千零九十万辆，同比分别增长三成以上。',
      '专家分析认为，技术进步、基础设施完善和消费观念转变共同推动了新能源汽车市场快速发展。'
    ]
  },
  {
    page: 2,
    title: ['最大变化是消费观念的改变'],
    byline: 'split:本报记者|陶|多|多',
    paras: [
      '在北京朝阳区一家商场里，年轻消费者正在体验智能家居产品。店长介绍，今年以来以旧换新订单量明显上升，绿色智能产品成为新宠。',
      '“以前买家电看价格，现在更看重节能和体验。”市民李女士说，补贴政策让她下定决心更换了全屋家电。',
      '商务部数据显示，消费品以旧换新政策实施以来，已带动相关商品销售额超过一万亿元。'
    ]
  },
  {
    page: 2,
    title: ['数字技术赋能基层治理'],
    paras: [
      '基层是国家治理的基石。近年来，各地积极运用大数据、云计算等数字技术，推动治理重心下移、服务资源下沉。',
      { head: '一网统管提效率' },
      '在上海，城市运行一网统管平台汇集了上百类数据，街镇工作人员通过手机就能及时发现和处置问题。',
      { head: '一网通办优服务' },
      '在广东，政务服务事项基本实现全程网办，群众办事平均跑动次数降至零点一次以下，满意度持续提升。'
    ],
    note: '（作者为中国社会科学院政治学研究所研究员）'
  },
  {
    page: 2,
    title: ['守护好一江碧水'],
    byline: '本报记者  赵五  钱六',
    paras: [
      '长江十年禁渔实施以来，水生生物多样性逐步恢复，江豚等珍稀物种出现频率明显增加，沿江群众直观感受到生态环境的变化。',
      '退捕渔民老张如今成了护渔员，他说：“以前打鱼为生，现在守护长江，心里更踏实。”'
    ]
  },
  {
    page: 3,
    title: ['以高水平对外开放', '拓展中国式现代化发展空间'],
    paras: [
      '开放是中国式现代化的鲜明标识。面对复杂严峻的外部环境，我们要稳步扩大规则规制管理标准等制度型开放，以开放促改革促发展。',
      '要主动对接国际高标准经贸规则，在产权保护、产业补贴、环境标准等方面实现规则相通、标准相容。'
    ],
    note: '（摘编自《求是》杂志）'
  },
  {
    page: 3,
    title: ['秋日田野好“丰”景'],
    byline: 'split:本报记者|李|强',
    paras: [
      '眼下正值秋收时节，在黑龙江建三江的万亩稻田里，大型收割机来回穿梭，金黄的稻谷被源源不断地装进运粮车。',
      '种植大户王建国算了一笔账：今年亩产比去年增加了五十多公斤，加上优质优价，每亩能多收入三百元左右。'
    ]
  },
  {
    page: 3,
    title: ['书香浸润美好生活'],
    paras: [
      '一座城市的温度，往往藏在街角的书店里。近年来，各地城市书房、农家书屋遍地开花，阅读正成为越来越多人的生活方式。',
      '全民阅读调查显示，我国成年国民综合阅读率持续提高，数字化阅读方式接触率超过八成。'
    ],
    note: '——编  者'
  }
]
const source = (p) => `《人民日报》（2025年10月20日   第 0${p} 版）`
const out = []
const gold = []
for (const [i, a] of A.entries()) out.push(`${i + 1}. ${a.kicker ? '' : ''}${a.title.join('')}`)
out.push('')
let page = 1
out.push('人民日报  2025年10月20日  星期一', '')
for (const a of A) {
  if (a.page !== page) {
    out.push(`第 ${page} 页`, '')
    out[out.length - 1] = '\f'
    page = a.page
    out.push(`人民日报  2025年10月20日  星期一`, '')
  }
  gold.push(a.title.join(''))
  if (a.kicker) out.push(a.kicker, '')
  out.push(a.title.join('\n'), '')
  if (a.byline?.startsWith('split:')) out.push(a.byline.slice(6).split('|').join('\n\n'), '')
  else if (a.byline) out.push(a.byline, '')
  out.push(source(a.page), '')
  for (const p of a.paras) {
    if (typeof p === 'object') out.push(p.head, '')
    else
      out.push(
        wrap('　　' + p, 30)
          .join('\n')
          .replace(/^　　/, ''),
        ''
      )
  }
  if (a.note) out.push(a.note, '')
}
out.push(`第 ${page} 页`, '', '一版责编：张  三  李  四', '', '版式设计：王  五', '')
// The same issue twice: with its contents list, and without it (so the other evidence is tested alone).
const text = out.join('\n').replace(/\n\f\n/g, '\n\f')
const withoutContents = text
  .split('\n')
  .slice(A.length + 1)
  .join('\n')
for (const [name, content] of [
  ['heldout-pdftotext-daily', text],
  ['heldout-pdftotext-daily-nocontents', withoutContents]
]) {
  const dir = new URL(`../../tests/parse/fixtures/${name}/`, import.meta.url)
  mkdirSync(dir, { recursive: true })
  writeFileSync(new URL('input.txt', dir), content)
  writeFileSync(new URL('headlines.txt', dir), gold.join('\n') + '\n')
}

// Writes a daily news digest as plain text and as a crawler's markdown: a numbered contents
// list, 【】 column tags before headlines, one long paragraph per item, a fixed opener and a
// source-link line per item; and the gold headlines.
import { mkdirSync, writeFileSync } from 'node:fs'
const items = [
  [
    '时政',
    '国务院常务会议部署推进新型工业化',
    '新华社北京10月19日电 国务院总理主持召开国务院常务会议，研究部署推进新型工业化有关工作，会议指出要坚持把发展经济的着力点放在实体经济上，加快建设现代化产业体系，推动制造业高端化、智能化、绿色化发展。',
    'https://www.news.cn/politics/20251019/a1.html'
  ],
  [
    '经济',
    '前三季度国内生产总值同比增长百分之五点二',
    '新华社北京10月19日电 国家统计局19日发布数据，初步核算，前三季度国内生产总值同比增长百分之五点二，国民经济持续回升向好，高质量发展扎实推进，主要指标符合预期。',
    'https://www.news.cn/fortune/20251019/a2.html'
  ],
  [
    '民生',
    '多地启动冬季供暖准备工作',
    '新华社北京10月19日电 随着气温逐渐下降，北方多地已启动冬季供暖准备工作，供热企业加紧检修管网设备，确保群众温暖过冬。',
    'https://www.news.cn/local/20251019/a3.html'
  ],
  [
    '科技',
    '我国成功发射新一代通信卫星',
    '新华社酒泉10月19日电 19日10时，我国在酒泉卫星发射中心使用长征二号丁运载火箭，成功将新一代通信卫星发射升空，卫星顺利进入预定轨道，发射任务获得圆满成功。',
    'https://www.news.cn/tech/20251019/a4.html'
  ],
  [
    '国际',
    '第十届世界互联网大会将在乌镇举行',
    '新华社杭州10月19日电 记者从有关方面获悉，第十届世界互联网大会乌镇峰会将于11月举行，来自一百多个国家和地区的嘉宾将围绕人工智能、数据治理等议题展开交流。',
    'https://www.news.cn/world/20251019/a5.html'
  ],
  [
    '社会',
    '全国铁路国庆黄金周运送旅客创新高',
    '新华社北京10月19日电 记者从中国国家铁路集团有限公司获悉，国庆黄金周期间全国铁路累计发送旅客一亿八千万人次，同比增长百分之八，创历史同期新高。',
    'https://www.news.cn/society/20251019/a6.html'
  ],
  [
    '文化',
    '全国文化和旅游消费季活动启动',
    '新华社北京10月19日电 文化和旅游部19日启动全国文化和旅游消费季活动，各地将推出一万余项文旅活动和一批惠民措施，进一步激发文旅消费活力。',
    'https://www.news.cn/culture/20251019/a7.html'
  ],
  [
    '体育',
    '中国女排获得亚洲锦标赛冠军',
    '新华社曼谷10月19日电 在19日结束的亚洲女排锦标赛决赛中，中国女排以三比零战胜对手，第十四次获得亚锦赛冠军。',
    'https://www.news.cn/sports/20251019/a8.html'
  ]
]
const gold = items.map((item) => item[1])
const text = ['每日新闻速览 2025年10月20日', '']
items.forEach((item, i) => text.push(`${i + 1}. ${item[1]}`))
text.push('')
for (const [tag, title, body, url] of items) text.push(`【${tag}】${title}`, '', body, '', `来源：新华网 ${url}`, '')
const md = ['# 每日新闻速览 2025年10月20日', '']
items.forEach((item, i) => md.push(`${i + 1}. ${item[1]}`))
md.push('')
items.forEach(([tag, title, body, url], i) =>
  md.push(`## ${i + 1}. ${title}`, '', `【${tag}】${body}`, '', `[来源：新华网](${url})`, '')
)
for (const [name, content] of [
  ['heldout-digest-text', text],
  ['heldout-digest-markdown', md]
]) {
  const dir = new URL(`../../tests/parse/fixtures/${name}/`, import.meta.url)
  mkdirSync(dir, { recursive: true })
  writeFileSync(new URL('input.txt', dir), content.join('\n'))
  writeFileSync(new URL('headlines.txt', dir), gold.join('\n') + '\n')
  writeFileSync(new URL('options.json', dir), '{"issueDate": "2025-10-20"}\n')
}

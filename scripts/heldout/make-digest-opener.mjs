// Writes a news digest without contents list or column tags: a headline, a fixed opener per item
// (央视网消息（新闻联播）：) and a source-link line per item. Run from the repo root; prints to stdout.
import { readFileSync } from 'node:fs'
const src = readFileSync('scripts/heldout/make-digest.mjs', 'utf8')
const items = eval(
  src
    .slice(src.indexOf('const items = ') + 14, src.indexOf('\nconst gold'))
    .trim()
    .replace(/;$/, '')
)
const out = ['新闻联播文字版 2025年10月19日', '']
for (const [, title, body, url] of items) {
  out.push(title, '', '央视网消息（新闻联播）：' + body.replace(/^新华社\S+电 /, ''), '', `原文链接：${url}`, '')
}
process.stdout.write(out.join('\n'))

/** Writes the baseline inputs: one markdown page per article, and the texts for jieba. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { GeneratedArticle } from '../generate-corpus.ts'

const layout = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
{{ content | safe }}
</main></body>
</html>
`

export class BaselineWriter {
  private count = 0
  private texts: string[] = []
  constructor(
    readonly srcDir: string,
    readonly textsFile: string
  ) {
    mkdirSync(join(srcDir, '_includes'), { recursive: true })
    mkdirSync(join(srcDir, 'articles'), { recursive: true })
    writeFileSync(join(srcDir, '_includes', 'base.njk'), layout)
  }
  add(article: GeneratedArticle): void {
    const n = String(++this.count).padStart(6, '0')
    const body = article.paragraphs.join('\n\n')
    writeFileSync(
      join(this.srcDir, 'articles', `${n}.md`),
      `---\nlayout: base.njk\ntitle: ${JSON.stringify(article.title)}\n---\n\n${body}\n`
    )
    this.texts.push(JSON.stringify(`${article.title}\n${body}`))
  }
  close(): number {
    writeFileSync(this.textsFile, this.texts.join('\n') + '\n')
    return this.count
  }
}

/**
 * Article bodies to HTML: the paragraphs become an mdast tree, remark-rehype turns it
 * into hast and rehype-stringify writes it. Text is text: whatever a bulletin holds
 * (`<script>`, `{{ }}`) comes out escaped.
 */
import type { Root as MdastRoot, RootContent } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { unified } from 'unified'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'

const toHast = unified().use(remarkRehype)
const toHtml = unified().use(rehypeStringify)

export interface BodyParts {
  paragraphs: string[]
  captions: string[]
}

/** Builds the mdast tree of an article body: paragraphs, then captions as figures' text. */
export function bodyTree({ paragraphs, captions }: BodyParts): MdastRoot {
  const children: RootContent[] = paragraphs.map((value) => ({
    type: 'paragraph',
    children: [{ type: 'text', value }]
  }))
  for (const caption of captions) {
    children.push({
      type: 'paragraph',
      data: { hName: 'p', hProperties: { className: ['caption'] } },
      children: [{ type: 'text', value: caption }]
    })
  }
  return { type: 'root', children }
}

export function renderBody(parts: BodyParts): string {
  const hast = toHast.runSync(bodyTree(parts)) as HastRoot
  return toHtml.stringify(hast)
}

/**
 * Article bodies to HTML: the paragraphs become an mdast tree, remark-rehype turns it
 * into hast and rehype-stringify writes it. Text is text: whatever a bulletin holds
 * (`<script>`, `{{ }}`) comes out escaped. The reading view sets Chinese text as print does:
 * full-width punctuation (src/render/zh-punctuation.ts), and the dateline marker (本报讯)
 * opening the first paragraph rather than standing on a line of its own.
 */
import type { Root as MdastRoot, RootContent } from 'mdast'
import type { Root as HastRoot } from 'hast'
import { unified } from 'unified'
import remarkRehype from 'remark-rehype'
import rehypeStringify from 'rehype-stringify'
import { fullWidthPunctuation } from './zh-punctuation.ts'

const toHast = unified().use(remarkRehype)
const toHtml = unified().use(rehypeStringify)

export interface BodyParts {
  paragraphs: string[]
  captions: string[]
  /** `本报讯` and the like: set at the start of the first paragraph. */
  datelineMarker?: string | null
}

/** Builds the mdast tree of an article body: paragraphs, then captions as figures' text. */
export function bodyTree({ paragraphs, captions, datelineMarker }: BodyParts): MdastRoot {
  const children: RootContent[] = paragraphs.map((value) => ({
    type: 'paragraph',
    children: [{ type: 'text', value: fullWidthPunctuation(value) }]
  }))
  if (datelineMarker) {
    const marker: RootContent = {
      type: 'emphasis',
      data: { hName: 'span', hProperties: { className: ['dateline'] } },
      children: [{ type: 'text', value: datelineMarker }]
    }
    const first = children[0]
    if (first?.type === 'paragraph') first.children.unshift(marker, { type: 'text', value: ' ' })
    else children.unshift({ type: 'paragraph', children: [marker] })
  }
  for (const caption of captions) {
    children.push({
      type: 'paragraph',
      data: { hName: 'p', hProperties: { className: ['caption'] } },
      children: [{ type: 'text', value: fullWidthPunctuation(caption) }]
    })
  }
  return { type: 'root', children }
}

export function renderBody(parts: BodyParts): string {
  const hast = toHast.runSync(bodyTree(parts)) as HastRoot
  return toHtml.stringify(hast)
}

/**
 * PDF bytes → the text the parser reads, with the layout evidence beside it and the
 * reader's messages: a scan (no text on any page) is skipped as needing OCR, an encrypted
 * or broken PDF is skipped with a warning, a page without text among pages with text is
 * noted. Messages name the PDF's page as their line.
 *
 * Use:  `await readPdf(bytes, 'corpus/2020-03-01.pdf')`.
 */
import type { VFileMessage } from 'vfile-message'
import { fileMessage } from '../../util/file-message.ts'
import { extractPages } from './extract.ts'
import { printedLines } from './lines.ts'
import { readingOrder } from './reading-order.ts'
import { bodySizeOf, layoutText, type PageLines } from './to-text.ts'
import type { PdfLayout, PrintedLine } from './types.ts'

export type PdfReadResult =
  | { kind: 'text'; text: string; layout: PdfLayout; messages: VFileMessage[] }
  | { kind: 'skip'; reason: string; messages: VFileMessage[] }

const source = 'bulletin-read-pdf'

/** A page needs this many characters of its own to set its body size; sparser pages use the document's. */
const OWN_BODY_SIZE_CHARS = 80

/** PDF files by their first bytes (`%PDF`), whatever their name. */
export const isPdf = (bytes: Uint8Array): boolean =>
  bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46

export async function readPdf(bytes: Uint8Array, path: string): Promise<PdfReadResult> {
  const messages: VFileMessage[] = []
  const skip = (reason: string, ruleId: string): PdfReadResult => {
    messages.push(pdfMessage(path, reason, 1, ruleId))
    return { kind: 'skip', reason, messages }
  }
  const extracted = await extractPages(bytes)
  if (extracted.kind === 'encrypted') {
    return skip(`此PDF已加密，需要密码才能读取，已跳过；请提供未加密的文件 (${extracted.detail})`, 'pdf-encrypted')
  }
  if (extracted.kind === 'broken') {
    return skip(`此PDF已损坏或不完整，无法读取，已跳过 (${extracted.detail})`, 'pdf-broken')
  }
  const pages = extracted.pages.map((page) => ({ page: page.page, lines: printedLines(page) }))
  const pagesWithoutText = pages.filter((p) => p.lines.length === 0).map((p) => p.page)
  if (pages.length === 0) return skip('此PDF没有页面，已跳过', 'pdf-empty')
  if (pagesWithoutText.length === pages.length) {
    return skip(`此PDF的${pages.length}页都没有文字（扫描件），需要先做OCR文字识别，已跳过`, 'pdf-needs-ocr')
  }
  for (const page of pagesWithoutText) {
    messages.push(
      pdfMessage(path, `PDF第${page}页没有文字（扫描页？），需要OCR；此页的内容未读入`, page, 'pdf-page-needs-ocr')
    )
  }
  const documentBody = bodySizeOf(pages.flatMap((p) => p.lines))!
  const ordered: PageLines[] = pages.map(({ page, lines }) => {
    const own = charCount(lines) >= OWN_BODY_SIZE_CHARS ? bodySizeOf(lines) : null
    const bodySize = own ?? documentBody
    return { page, bodySize, lines: readingOrder(lines, bodySize) }
  })
  const { text, evidence } = layoutText(ordered)
  return { kind: 'text', text, layout: { pages: pages.length, pagesWithoutText, lines: evidence }, messages }
}

const charCount = (lines: readonly PrintedLine[]) => lines.reduce((n, l) => n + l.text.length, 0)

/** A message at the first line of PDF page `page` (a PDF's places are pages). */
const pdfMessage = (path: string, reason: string, page: number, ruleId: string): VFileMessage =>
  fileMessage(path, reason, { place: { line: page, column: 1 }, ruleId, source })

/**
 * PDF bytes → text runs per page, through PDF.js (pdfjs-dist, Mozilla's pure-JavaScript
 * reader: no native tools at run time). The only file of the PDF reader that touches the
 * library; what it returns is plain data for the pure functions beside it.
 */
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PageRuns, TextRun } from './types.ts'

/** Why a PDF could not be read. */
export type ExtractFailure = { kind: 'encrypted'; detail: string } | { kind: 'broken'; detail: string }

export type ExtractResult = { kind: 'pages'; pages: PageRuns[] } | ExtractFailure

/** PDF.js's own data (character maps of CJK fonts, standard fonts), inside node_modules of this repo. */
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const cMapUrl = join(pdfjsDir, 'cmaps') + '/'
const standardFontDataUrl = join(pdfjsDir, 'standard_fonts') + '/'

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | null = null
/** Loaded on the first PDF: a corpus of text files never pays for it. */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))

/** Font names that say bold: Bold, Black, Heavy, Demi, 黑体 faces (SimHei), and the W6–W9 / -B05S suffixes of CJK foundries. */
export const boldFontName = (name: string): boolean => /bold|black|heavy|demi|ultra|hei|黑|w[6-9]$|-b\d*s?$/i.test(name)

export async function extractPages(bytes: Uint8Array): Promise<ExtractResult> {
  const { getDocument } = await loadPdfJs()
  // PDF.js takes ownership of (and detaches) the buffer it is given, and refuses a Buffer: hand it a plain copy.
  let task: ReturnType<typeof getDocument> | null = null
  try {
    task = getDocument({
      data: new Uint8Array(bytes),
      cMapUrl,
      cMapPacked: true,
      standardFontDataUrl,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0
    })
    const doc = await task.promise
    const pages: PageRuns[] = []
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const items = content.items.filter((item) => 'str' in item && item.str.trim() !== '') as TextItem[]
      // Real font names (for weight) are known only once the page's operators are read: only pages with text pay for it.
      if (items.length > 0) await page.getOperatorList()
      const fontNames = new Map<string, string>()
      const fontName = (id: string): string => {
        let name = fontNames.get(id)
        if (name === undefined) {
          name = page.commonObjs.has(id) ? String((page.commonObjs.get(id) as { name?: string }).name ?? id) : id
          fontNames.set(id, name)
        }
        return name
      }
      const runs: TextRun[] = items.map((item) => {
        const [, , c, d, e, f] = multiply(viewport.transform, item.transform)
        const font = fontName(item.fontName)
        return {
          text: item.str,
          x: e,
          y: f,
          width: item.width * viewport.scale,
          size: Math.round(Math.hypot(c, d) * 100) / 100,
          font,
          bold: boldFontName(font)
        }
      })
      pages.push({ page: number, width: viewport.width, height: viewport.height, runs })
      page.cleanup()
    }
    return { kind: 'pages', pages }
  } catch (error) {
    const name = (error as { name?: string }).name ?? ''
    const detail = (error as Error).message ?? String(error)
    if (name === 'PasswordException') return { kind: 'encrypted', detail }
    return { kind: 'broken', detail: `${name ? name + ': ' : ''}${detail}` }
  } finally {
    await task?.destroy()
  }
}

interface TextItem {
  str: string
  transform: number[]
  width: number
  fontName: string
}

/** The product of two PDF matrices [a b c d e f]. */
function multiply(m: number[], n: number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1
  ]
}

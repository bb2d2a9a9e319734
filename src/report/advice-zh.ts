/**
 * Why an article is doubtful and what the office can do about it, in Chinese: the report's
 * words for the reason codes of ./confidence.ts. Each piece of advice names the line of
 * `corpus/corrections.csv` that would fix it, where a correction can.
 */
import type { ReasonCode } from './confidence.ts'

export interface Advice {
  /** Why, in a phrase. */
  why: string
  /** What the office can do. */
  todo: string
}

/** `file,line,action` as the office would write it into corrections.csv. */
export const correctionLine = (file: string, line: number | string, action: string) => `${file},${line},${action}`

/**
 * `at`: the line the reason was found at (an orphan's first line), when a message gave one.
 */
export function adviceFor(code: ReasonCode, file: string, lines: [number, number], at: number | null = null): Advice {
  const [first] = lines
  switch (code) {
    case 'orphan-joined':
      return {
        why: '一段没有标题的文字被接到了前面的文章里（可能是另一篇文章）',
        todo:
          at === null
            ? `对照原件：若那段文字是另一篇文章，在 corrections.csv 写一行“${correctionLine(file, '行号', 'start')}”（行号见下方原文）；若确是续文，无需处理`
            : `对照原件：若第 ${at} 行起的文字是另一篇文章，在 corrections.csv 写一行“${correctionLine(file, at, 'start')}”（若它有标题，写 headline）；若确是续文，无需处理`
      }
    case 'continued-without-headline':
      return {
        why: '文章开头没有标题，按别的版面转来的续文处理，标题是推测的',
        todo: `若它其实接在上一篇后面，写“${correctionLine(file, first, 'join')}”；若标题在某一行，写“${correctionLine(file, first, 'headline')}”（行号换成标题所在行）`
      }
    case 'sentence-headline':
      return {
        why: '标题像一句正文（以标点结尾或过长），可能把正文当成了标题',
        todo: `若这一行不是标题，写“${correctionLine(file, first, 'join')}”把它并入上一篇；若它不是文章，写“${correctionLine(file, first, 'not-article')}”`
      }
    case 'short-headline':
      return {
        why: '标题只有几个字，可能是由一行短字（栏目名、人名）猜出来的',
        todo: `若这不是标题，写“${correctionLine(file, first, 'join')}”；若真正的标题在另一行，写“${correctionLine(file, first, 'headline')}”（行号换成那一行）`
      }
    case 'long-article':
      return {
        why: '文章特别长，里面可能还有一篇没有分开的文章',
        todo: `浏览下方原文，在另一篇文章标题所在的行写“${correctionLine(file, '行号', 'headline')}”（行号换成那一行的行号）`
      }
    case 'invalid-bytes':
      return {
        why: '文章里有解不开的字节（显示为 �）',
        todo: '对照原件核对这几处文字，或用正确的编码重新导出这份文本'
      }
    case 'repeated-note':
      return {
        why: '同一篇文章里出现了两次来源说明或转版标记，可能是两篇文章连在了一起',
        todo: `若是两篇文章，在第二篇标题所在的行写“${correctionLine(file, '行号', 'headline')}”（行号换成那一行的行号）`
      }
    case 'no-byline':
      return {
        why: '没有找到署名（记者、通讯员、来源）',
        todo: '对照原件；若原件本来没有署名，无需处理；若署名在下一篇开头，说明分篇位置不对，可用 start/join 更正'
      }
    case 'no-dateline':
      return {
        why: '没有找到电头日期（如“本报讯 3月19日”）',
        todo: '若原件本来没有日期，无需处理；文章沿用本期的出版日期'
      }
  }
}

/** The parser's own reason codes, as far as the report knows them; others are shown as they are. */
export function evidenceText(code: string): string {
  const known: Record<string, string> = {
    'short-headline': '标题由一行短字推测',
    'no-byline': '没有署名',
    'no-dateline': '没有电头日期',
    'orphan-joined': '无标题文字并入前文',
    'split-in-long-article': '在长文中间分篇'
  }
  return known[code] ?? `解析器依据：${code}`
}

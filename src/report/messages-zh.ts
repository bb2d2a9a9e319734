/**
 * Every diagnostic in Chinese, for the office: the terminal and the report say these.
 *
 * Keyed on the rule (`source:ruleId`, see ./diagnostic.ts); the details a message carries
 * (quoted words in backticks, a line number, an encoding) are read back from its English
 * words, which the stages keep as they are. A test checks that every rule the code can
 * emit has its entry here (tests/report/messages-zh.test.ts).
 */
import type { Diagnostic } from './diagnostic.ts'

type Say = (reason: string, quoted: string[]) => string

const q = (value: string | undefined) => `“${value ?? ''}”`
const title = (value: string | undefined) => `《${value ?? ''}》`

const labels: Record<string, string> = {
  'source note': '来源说明',
  'continuation marker': '转版标记',
  'dateline marker': '电头'
}

const kinds: Record<string, string> = {
  person: '人名',
  place: '地名',
  org: '机构',
  term: '词语',
  stop: '停用'
}

export const chineseRules: Record<string, Say> = {
  // The PDF reader writes its messages in Chinese already (src/read/pdf/index.ts).
  'bulletin-read-pdf:pdf-broken': (reason) => reason,
  'bulletin-read-pdf:pdf-empty': (reason) => reason,
  'bulletin-read-pdf:pdf-encrypted': (reason) => reason,
  'bulletin-read-pdf:pdf-needs-ocr': (reason) => reason,
  'bulletin-read-pdf:pdf-page-needs-ocr': (reason) => reason,
  'bulletin-build:superseded-by-pdf': (_reason, quoted) =>
    `同一期的PDF ${q(quoted[0])} 已读入，以PDF为准；这份文本文件被取代，没有用来生成网站`,
  'bulletin-read:empty-file': (reason) =>
    /whitespace-only/.test(reason) ? '文件只有空白，没有简报文字；已跳过' : '文件是空的，没有简报文字；已跳过',
  'bulletin-read:binary-file': (reason) => {
    const format = /^Unexpected (.+?) file, expected plain text/.exec(reason)?.[1]
    return format
      ? `这是 ${format} 文件，不是纯文本；已跳过。请先把它转成文本（.txt）再放进语料文件夹`
      : '文件里有 NUL 字节，既不是文本也不是 UTF-16；按二进制文件跳过'
  },
  'bulletin-read:invalid-bytes': (reason) => {
    const encoding = /do not decode as (\S+?),/.exec(reason)?.[1] ?? '所识别的编码'
    return `此处有按 ${encoding} 解不开的字节，已替换为 �；请对照原件，或重新导出这份文本`
  },
  'bulletin-parse:lost-text': (_reason, quoted) =>
    `有文字 ${q(quoted[0])} 不属于任何文章、报头或版面元素；已保留为“未归属文字”`,
  'bulletin-parse:continued-without-headline': (reason, quoted) => {
    const from = /continued from (.+?), titled/.exec(reason)?.[1]
    const fromText = from === undefined || from === 'another page' ? '别的版面' : from
    const how = /headline of the story sent on/.test(reason)
      ? '（用本期转出的那篇文章的标题）'
      : '（用开头几个字作标题）'
    return `这段文字前面没有标题；按从${fromText}转来的续文处理，题为${title(quoted[0])}${how}`
  },
  'bulletin-parse:orphan-continuation': (reason, quoted) => {
    const line = /\(line (\d+)\)/.exec(reason)?.[1]
    return quoted.length > 0
      ? `一篇文章结束之后出现了没有标题的文字；已接到前面尚未结束的${title(quoted[0])}（第 ${line ?? '?'} 行起，该文没有署名）之后`
      : '一篇文章结束之后出现了没有标题的文字；前面没有尚未结束的文章，已接到上一篇之后'
  },
  'bulletin-parse:repeated-note': (reason, quoted) => {
    const label = /second (.+?) `/.exec(reason)?.[1] ?? ''
    return `${title(quoted[1])}中第二次出现${labels[label] ?? label} ${q(quoted[0])}；只保留第一个 ${q(quoted[2])}`
  },
  'bulletin-parse:text-before-headline': () => '第一个标题之前的文字不属于任何文章；已保留为“未归属文字”',
  'bulletin-parse:headline-without-body': () => '这个标题后面没有正文；已保留为“未归属文字”',
  'bulletin-parse:stray-line': (_reason, quoted) => `单独一行的零散字符 ${q(quoted[0])}；按版面元素保留，不进正文`,
  'build:parse-failed': (reason) =>
    `解析这个文件时出错，已跳过：${reason.replace(/^Could not parse this file, skipped it: /, '')}`,
  // The report's rule for a skipped file that came with no message of its own (src/report/model.ts).
  'build:other': (reason) => `构建提示：${reason}`,
  'manifest:bad-header': () => '清单（manifest.csv）的表头缺少 file 列；应为 file,publication,date,page,region',
  'manifest:empty-file-cell': () => '清单这一行的 file 一栏是空的；应填语料文件夹里的文件名',
  'manifest:bad-date': (_reason, quoted) =>
    `清单里的日期 ${q(quoted[0])} 不是真实的日期或写法不对（应为 YYYY-MM-DD、YYYY-MM 或 YYYY，如 2020-02-29）；这个日期没有用上`,
  'manifest:unknown-file': (_reason, quoted) => `清单列出的文件 ${q(quoted[0])} 不在语料文件夹里；这一行没有用上`,
  // An unknown column, a second row for one file: no rule of their own yet (src/corpus/manifest.ts).
  'manifest:other': (reason) => `清单（manifest.csv）有问题：${reason}`,
  'dictionary:field-count': (reason, quoted) => {
    const count = /Unexpected (\d+) fields/.exec(reason)?.[1] ?? '?'
    return `词表这一行 ${q(quoted[0])} 有 ${count} 栏；应为“词 类别”（如“复工复产 term”）；已跳过这一行`
  },
  'dictionary:bad-kind': (_reason, quoted) =>
    `词表里的类别 ${q(quoted[0])} 无法识别；应为 person、place、org、term 或 stop（人名/地名/机构/词语/停用）；已跳过这一行`,
  'dictionary:stop-with-kind': (_reason, quoted) => `词前有“-”（停用词），却又写了类别 ${q(quoted[0])}；按停用词处理`,
  'dictionary:bad-word': (_reason, quoted) =>
    `词表里的词 ${q(quoted[0])} 不合要求；应为 1 至 20 个字、中间不含空格（如“万人助万企”）；已跳过这一行`,
  'dictionary:second-entry': (reason, quoted) => {
    const kept = /keeping line (\d+) \((\w+)\)/.exec(reason)
    const kind = /\((\w+)\), expected one entry/.exec(reason)?.[1] ?? ''
    return `词 ${q(quoted[0])} 在词表里出现了两次（这次是${kinds[kind] ?? kind}）；保留第 ${kept?.[1] ?? '?'} 行（${kinds[kept?.[2] ?? ''] ?? kept?.[2] ?? ''}）`
  },
  'segment:duplicate-id': (_reason, quoted) => `文章编号 ${q(quoted[0])} 重复；后一篇的标签会覆盖前一篇`
}

/** The diagnostic's message in Chinese; a rule without an entry says so, with the English words. */
export function chineseReason(d: Pick<Diagnostic, 'rule' | 'reason'>): string {
  const say = chineseRules[d.rule]
  const quoted = [...d.reason.matchAll(/`([^`]*)`/g)].map((m) => m[1] ?? '')
  return say ? say(d.reason, quoted) : `（尚无中文说明）${d.reason}`
}

/**
 * The "done when" corpus: a copy of the seeds plus a binary file, an empty file, a
 * GBK file, a file with an invented resident ID number, mobile number and bank card number,
 * and a manifest with a bad row and a row naming a file that is not there.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir as seedsDir } from '../e2e/seed-build.ts'

/** Invented numbers: valid by their check digits, belonging to nobody. */
export const invented = {
  idNumber: withIdCheckDigit('41010219850315123'),
  mobile: '13812345678',
  bankCard: withLuhnDigit('622202123456789012')
}

export function withIdCheckDigit(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((n, d, i) => n + Number(d) * weights[i]!, 0)
  return first17 + '10X98765432'[sum % 11]
}

export function withLuhnDigit(body: string): string {
  let sum = 0
  ;[...body].reverse().forEach((d, i) => {
    let n = Number(d)
    if (i % 2 === 0) n *= 2
    sum += n > 9 ? n - 9 : n
  })
  return body + String((10 - (sum % 10)) % 10)
}

/** Encodes text as GBK, from the decoder's own table (Node has no GBK encoder). */
export function encodeGbk(text: string): Buffer {
  const table = new Map<string, number[]>()
  const decoder = new TextDecoder('gbk')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const ch = decoder.decode(new Uint8Array([lead, trail]))
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail])
    }
  }
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else {
      const pair = table.get(ch)
      if (!pair) throw new Error(`no GBK code for ${ch}`)
      bytes.push(...pair)
    }
  }
  return Buffer.from(bytes)
}

export const personalFile = 'personal.txt'
export const gbkFile = 'gbk.txt'

export function writeProblemCorpus(dir: string): string {
  const corpus = join(dir, 'corpus')
  mkdirSync(corpus, { recursive: true })
  for (const name of readdirSync(seedsDir)) cpSync(join(seedsDir, name), join(corpus, name))
  writeFileSync(join(corpus, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x00, 0x41]))
  writeFileSync(join(corpus, 'empty.txt'), '')
  writeFileSync(
    join(corpus, gbkFile),
    encodeGbk(
      '区委召开党史学习教育动员会\n\n本报讯 3月1日，区委召开党史学习教育动员会，部署全区学习教育工作。\n\n会议强调，要把学习成效转化为工作动力。（记者 张明）\n'
    )
  )
  writeFileSync(
    join(corpus, personalFile),
    [
      '街道表彰一批热心市民',
      '',
      `本报讯 3月5日，街道表彰了一批热心市民。获奖市民王某某，身份证号${invented.idNumber}，今年38岁。`,
      '',
      `报名请拨打联系电话${invented.mobile}，奖金将打入银行卡${invented.bankCard}。（记者 李华）`,
      ''
    ].join('\n')
  )
  const manifest = readFileSync(join(seedsDir, 'manifest.csv'), 'utf8')
  writeFileSync(
    join(corpus, 'manifest.csv'),
    manifest.trimEnd() + '\n' + `${gbkFile},上街时讯,2021-13-45,,上街区\n` + 'missing.txt,上街时讯,2021-03-08,,上街区\n'
  )
  return corpus
}

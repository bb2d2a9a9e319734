/**
 * Decoding corpus bytes: encodings, line endings, damaged bytes, binaries.
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { decodeBulletin } from '../../src/read/decode.ts'

const utf8 = (text: string) => new TextEncoder().encode(text)

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].flatMap((char) => {
    const code = char.charCodeAt(0)
    return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]
  })
  return Uint8Array.from(units)
}

function decodedText(bytes: Uint8Array): { text: string; encoding: string; messages: string[] } {
  const result = decodeBulletin(bytes, 'corpus/a.txt')
  assert.equal(result.kind, 'text', result.kind === 'skip' ? result.reason : '')
  if (result.kind !== 'text') throw new Error('unreachable')
  return { text: result.text, encoding: result.encoding, messages: result.messages.map(String) }
}

test('should decode UTF-8 without a BOM', () => {
  assert.deepEqual(decodedText(utf8('标题\n正文。\n')), { text: '标题\n正文。\n', encoding: 'utf-8', messages: [] })
})

test('should decode UTF-8 with a BOM and drop the BOM', () => {
  const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('标题\n')])
  assert.deepEqual(decodedText(bytes), { text: '标题\n', encoding: 'utf-8', messages: [] })
})

test('should decode UTF-16 LE and BE with a BOM', () => {
  assert.deepEqual(decodedText(utf16('标题\n正文', true, true)), {
    text: '标题\n正文',
    encoding: 'utf-16le',
    messages: []
  })
  assert.deepEqual(decodedText(utf16('标题\n正文', false, true)), {
    text: '标题\n正文',
    encoding: 'utf-16be',
    messages: []
  })
})

test('should decode UTF-16 LE without a BOM by its NUL pattern', () => {
  assert.deepEqual(decodedText(utf16('标题 A\n正文', true, false)), {
    text: '标题 A\n正文',
    encoding: 'utf-16le',
    messages: []
  })
})

test('should decode GB18030 (GBK) bytes', () => {
  // 你好，世界。 in GBK, then a newline.
  const bytes = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0xa3, 0xac, 0xca, 0xc0, 0xbd, 0xe7, 0xa1, 0xa3, 0x0a])
  assert.deepEqual(decodedText(bytes), { text: '你好，世界。\n', encoding: 'gb18030', messages: [] })
})

test('should decode Big5 (Traditional) bytes, not read them as GB18030', () => {
  const text = '本報訊 3月1日，記者從縣政府獲悉，今年以來全縣經濟運行穩中向好，這是大家共同努力的結果。'
  // The same sentence in Big5, as a Taiwan or Hong Kong extractor writes it.
  const bytes = Uint8Array.from([
    165, 187, 179, 248, 176, 84, 32, 51, 164, 235, 49, 164, 233, 161, 65, 176, 79, 170, 204, 177, 113, 191, 164, 172,
    70, 169, 178, 192, 242, 177, 120, 161, 65, 164, 181, 166, 126, 165, 72, 168, 211, 165, 254, 191, 164, 184, 103, 192,
    217, 185, 66, 166, 230, 195, 173, 164, 164, 166, 86, 166, 110, 161, 65, 179, 111, 172, 79, 164, 106, 174, 97, 166,
    64, 166, 80, 167, 86, 164, 79, 170, 186, 181, 178, 170, 71, 161, 67
  ])
  assert.deepEqual(decodedText(bytes), { text, encoding: 'big5', messages: [] })
})

test('should keep reading Simplified GB18030 text as GB18030', () => {
  const text = '本报讯 3月1日，记者从县政府获悉，今年以来全县经济运行稳中向好，这是大家共同努力的结果。'
  const bytes = Uint8Array.from([
    177, 190, 177, 168, 209, 182, 32, 51, 212, 194, 49, 200, 213, 163, 172, 188, 199, 213, 223, 180, 211, 207, 216, 213,
    254, 184, 174, 187, 241, 207, 164, 163, 172, 189, 241, 196, 234, 210, 212, 192, 180, 200, 171, 207, 216, 190, 173,
    188, 195, 212, 203, 208, 208, 206, 200, 214, 208, 207, 242, 186, 195, 163, 172, 213, 226, 202, 199, 180, 243, 188,
    210, 185, 178, 205, 172, 197, 172, 193, 166, 181, 196, 189, 225, 185, 251, 161, 163
  ])
  assert.deepEqual(decodedText(bytes), { text, encoding: 'gb18030', messages: [] })
})

test('should normalise CRLF and CR line endings to LF', () => {
  assert.equal(decodedText(utf8('一\r\n二\r三\n')).text, '一\n二\n三\n')
})

test('should replace undecodable bytes with U+FFFD and warn with the line', () => {
  const bytes = Uint8Array.from([
    ...utf8('第一行文字内容很长很长很长很长很长很长很长很长很长\n第二'),
    0xff,
    ...utf8('行\n')
  ])
  const result = decodedText(bytes)
  assert.equal(result.encoding, 'utf-8')
  assert.equal(result.text, '第一行文字内容很长很长很长很长很长很长很长很长很长\n第二\uFFFD行\n')
  assert.deepEqual(result.messages, [
    'corpus/a.txt:2:3: Unexpected bytes that do not decode as utf-8, expected valid text; replaced with U+FFFD'
  ])
})

test('should skip binary files with a message naming the file', () => {
  const cases: Array<[string, number[]]> = [
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]],
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
    ['ZIP (or DOCX/XLSX)', [0x50, 0x4b, 0x03, 0x04]]
  ]
  for (const [name, bytes] of cases) {
    const result = decodeBulletin(Uint8Array.from(bytes), 'corpus/b.txt')
    assert.equal(result.kind, 'skip')
    assert.deepEqual(result.messages.map(String), [
      `corpus/b.txt:1:1: Unexpected ${name} file, expected plain text; skipped`
    ])
  }
})

test('should skip text with stray NUL bytes as binary', () => {
  const result = decodeBulletin(Uint8Array.from([0x41, 0x00, 0x00, 0x42, 0x43]), 'corpus/c.txt')
  assert.equal(result.kind, 'skip')
  assert.match(result.messages.map(String).join(), /^corpus\/c\.txt:1:1: Unexpected NUL bytes/)
})

test('should skip empty and whitespace-only files', () => {
  for (const bytes of [new Uint8Array(0), utf8(' \r\n\u3000\n')]) {
    const result = decodeBulletin(bytes, 'corpus/d.txt')
    assert.equal(result.kind, 'skip')
    assert.match(result.reason, /^Unexpected (empty|whitespace-only) file/)
    assert.equal(result.messages.length, 1)
  }
})

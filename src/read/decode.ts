/**
 * Bytes → text.
 *
 * What is this?  The read stage: it guesses how a corpus file is encoded
 * (UTF-8 with or without BOM, UTF-16 LE/BE, GB18030/GBK, Big5), decodes it, and
 * normalises line endings to LF so that positions match what an editor shows.
 * Files that are not text (PDF, images, archives, other binaries) and empty
 * files are skipped with a message naming the file.
 *
 * Use:  `decodeBulletin(bytes, 'corpus/2020-03-01.txt')`.
 */
import { isUtf8 } from 'node:buffer'
import type { VFileMessage } from 'vfile-message'
import { fileMessage } from '../util/file-message.ts'

export type DecodeResult =
  | { kind: 'text'; text: string; encoding: string; messages: VFileMessage[] }
  | { kind: 'skip'; reason: string; messages: VFileMessage[] }

const source = 'bulletin-read'

/** Magic numbers of binary formats that sometimes land in a text corpus. */
const signatures: Array<{ name: string; bytes: number[] }> = [
  { name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'ZIP (or DOCX/XLSX)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'OLE (DOC/XLS)', bytes: [0xd0, 0xcf, 0x11, 0xe0] }
]

export function decodeBulletin(bytes: Uint8Array, path: string): DecodeResult {
  const messages: VFileMessage[] = []
  const skip = (reason: string, ruleId: string): DecodeResult => {
    messages.push(fileMessage(path, reason, { place: { line: 1, column: 1 }, ruleId, source }))
    return { kind: 'skip', reason, messages }
  }

  if (bytes.length === 0) return skip('Unexpected empty file, expected bulletin text', 'empty-file')
  const format = binarySignature(bytes)
  if (format) return skip(`Unexpected ${format} file, expected plain text; skipped`, 'binary-file')

  const choice = chooseEncoding(bytes)
  if (choice === 'binary') {
    return skip('Unexpected NUL bytes that are not UTF-16, expected plain text; skipped as binary', 'binary-file')
  }

  const raw = new TextDecoder(choice.label, { ignoreBOM: false }).decode(choice.body)
  const text = normaliseLineEndings(raw)
  if (text.trim() === '') return skip('Unexpected whitespace-only file, expected bulletin text', 'empty-file')

  for (const place of replacementPlaces(text)) {
    messages.push(
      fileMessage(
        path,
        `Unexpected bytes that do not decode as ${choice.name}, expected valid text; replaced with U+FFFD`,
        { place, ruleId: 'invalid-bytes', source }
      )
    )
  }

  return { kind: 'text', text, encoding: choice.name, messages }
}

interface EncodingChoice {
  /** Name reported in records, e.g. `utf-8`. */
  name: string
  /** Label TextDecoder understands. */
  label: string
  /** Bytes to decode (without the BOM). */
  body: Uint8Array
}

export function chooseEncoding(bytes: Uint8Array): EncodingChoice | 'binary' {
  const b0 = bytes[0]
  const b1 = bytes[1]
  const b2 = bytes[2]
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { name: 'utf-8', label: 'utf-8', body: bytes.subarray(3) }
  if (b0 === 0xff && b1 === 0xfe) return { name: 'utf-16le', label: 'utf-16le', body: bytes.subarray(2) }
  if (b0 === 0xfe && b1 === 0xff) return { name: 'utf-16be', label: 'utf-16be', body: bytes.subarray(2) }

  if (bytes.includes(0)) {
    const utf16 = bomlessUtf16(bytes)
    return utf16 ? { name: utf16, label: utf16, body: bytes } : 'binary'
  }

  // Most files are valid UTF-8: a native check, without decoding them twice.
  if (isUtf8(bytes)) return { name: 'utf-8', label: 'utf-8', body: bytes }
  const utf8Bad = countReplacements(new TextDecoder('utf-8').decode(bytes))
  const gbBad = countReplacements(new TextDecoder('gb18030').decode(bytes))
  // A UTF-8 file with a few damaged bytes still has far more good multi-byte
  // characters than bad ones; GB bytes almost never form valid UTF-8 runs.
  const utf8Good = countMultibyteUtf8(bytes)
  if (utf8Good >= 20 * utf8Bad && utf8Bad < gbBad * 4 + 1) return { name: 'utf-8', label: 'utf-8', body: bytes }
  if (gbBad <= utf8Bad) {
    // Big5 (Traditional) bytes mostly decode as GB18030 too, into rare characters: count common words instead.
    if (looksLikeBig5(bytes)) return { name: 'big5', label: 'big5', body: bytes }
    return { name: 'gb18030', label: 'gb18030', body: bytes }
  }
  return { name: 'utf-8', label: 'utf-8', body: bytes }
}

/** Very common characters, Simplified and Traditional: how plausible a decoding reads. */
const commonSimplified = new Set(
  '的一是不了在人有我这中大来上国个到说们为子和你地出道也时年会发以经要对生能而进行日月记者报讯县区市镇村讯员与等部门工作'
)
const commonTraditional = new Set(
  '的一是不了在人有我這中大來上國個到說們為子和你地出道也時年會發以經要對生能而進行日月記者報訊縣區市鎮村訊員與等部門工作'
)

function commonShare(text: string, common: Set<string>): number {
  let hits = 0
  for (const char of text) if (common.has(char)) hits++
  return hits
}

/** Big5 when its decoding reads as far more common Traditional text than the GB18030 one does as Simplified. */
function looksLikeBig5(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536)
  let big5: string
  try {
    big5 = new TextDecoder('big5').decode(sample)
  } catch {
    return false
  }
  const gb = new TextDecoder('gb18030').decode(sample)
  const big5Hits = commonShare(big5, commonTraditional)
  return (
    big5Hits >= 5 &&
    big5Hits > 2 * commonShare(gb, commonSimplified) &&
    countReplacements(big5) <= countReplacements(gb) + 2
  )
}

/** UTF-16 without BOM: NUL bytes all on one parity (ASCII and newlines). */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null
  const sample = Math.min(bytes.length, 65536)
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample; i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) evenNul++
      else oddNul++
    }
  }
  if (oddNul > 0 && evenNul === 0) return 'utf-16le'
  if (evenNul > 0 && oddNul === 0) return 'utf-16be'
  return null
}

function binarySignature(bytes: Uint8Array): string | null {
  for (const signature of signatures) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) return signature.name
  }
  return null
}

function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++
  return count
}

/** Number of well-formed multi-byte UTF-8 sequences. */
function countMultibyteUtf8(bytes: Uint8Array): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0
    const size = lead >= 0xf0 && lead < 0xf5 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead < 0xe0 ? 2 : 0
    if (size === 0) continue
    let ok = true
    for (let k = 1; k < size; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) ok = false
    }
    if (ok) {
      count++
      i += size - 1
    }
  }
  return count
}

export function normaliseLineEndings(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}

/** Line and column of every U+FFFD, one place per line. */
function replacementPlaces(text: string): Array<{ line: number; column: number }> {
  const places: Array<{ line: number; column: number }> = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    const column = line.indexOf('\uFFFD')
    if (column !== -1) places.push({ line: index + 1, column: column + 1 })
  })
  return places
}

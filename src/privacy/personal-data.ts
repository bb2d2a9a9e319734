/**
 * Personal data a public archive must not show: 18-digit resident ID numbers (check digit
 * verified), mobile numbers of private persons (11 digits, 1[3-9]…) and bank card numbers
 * (16–19 digits passing the Luhn check). Finds them in a text and masks them.
 *
 * Full-width digits (０-９) count as digits; they are one UTF-16 unit each, so a finding's
 * index is its place in the text as given. A run of digits longer than the number it could
 * be is not that number (a 20-digit order number holds no mobile number).
 */
import { foldFullWidthIdDigits } from '../lexicon/width.ts'

export type PersonalDataKind = 'id-number' | 'mobile' | 'bank-card'

export interface PersonalDataFinding {
  kind: PersonalDataKind
  /** Index in the text, in UTF-16 units. */
  index: number
  length: number
  /** The number as printed. */
  value: string
}

export const kindText: Record<PersonalDataKind, string> = {
  'id-number': '居民身份证号',
  mobile: '手机号',
  'bank-card': '银行卡号'
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]

/** An 18-character resident ID number whose birth date is a date and whose check character is right. */
export function isResidentId(value: string): boolean {
  if (!/^[1-9]\d{16}[\dXx]$/.test(value)) return false
  const year = Number(value.slice(6, 10))
  const month = Number(value.slice(10, 12))
  const day = Number(value.slice(12, 14))
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return false
  const sum = ID_WEIGHTS.reduce((n, w, i) => n + w * Number(value[i]), 0)
  return '10X98765432'[sum % 11] === value[17]!.toUpperCase()
}

export function passesLuhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) n *= 2
    sum += n > 9 ? n - 9 : n
  }
  return sum % 10 === 0
}

/** Runs of digits (and an ID number's final X), with spaces or hyphens between groups allowed. */
const candidate = /(?<![0-9A-Za-z])\d(?:[\d]|[ -](?=\d))*[\dXx]?(?![0-9A-Za-z])/g

export function findPersonalData(text: string): PersonalDataFinding[] {
  const ascii = foldFullWidthIdDigits(text)
  if (!/\d{4}/.test(ascii)) return []
  const found: PersonalDataFinding[] = []
  for (const match of ascii.matchAll(candidate)) {
    const raw = match[0]
    const digits = raw.replace(/[ -]/g, '')
    const index = match.index
    const value = text.slice(index, index + raw.length)
    const compact = raw === digits
    let kind: PersonalDataKind | null = null
    if (digits.length === 18 && compact && isResidentId(digits)) kind = 'id-number'
    else if (digits.length === 11 && /^1[3-9]\d{9}$/.test(digits) && (compact || /^\d{3}[ -]\d{4}[ -]\d{4}$/.test(raw)))
      kind = 'mobile'
    else if (
      digits.length >= 16 &&
      digits.length <= 19 &&
      /^\d+$/.test(digits) &&
      (compact || /^\d{4}(?:[ -]\d{4}){3}(?:[ -]\d{1,3})?$/.test(raw)) &&
      passesLuhn(digits)
    )
      kind = 'bank-card'
    if (kind) found.push({ kind, index, length: raw.length, value })
  }
  return found
}

/** Keeps the first and last few digits: `138****5678`, `410***********123X`, `6222*********0123`. */
export function maskNumber(kind: PersonalDataKind, value: string): string {
  const [head, tail] = kind === 'mobile' ? [3, 4] : kind === 'id-number' ? [3, 1] : [4, 4]
  let seen = 0
  const total = value.replace(/[^0-9０-９Xxｘ]/g, '').length
  return value.replace(/[0-9０-９Xxｘ]/g, (ch) => {
    seen++
    return seen <= head || seen > total - tail ? ch : '*'
  })
}

/** The text with every finding masked. */
export function maskPersonalData(text: string): string {
  const found = findPersonalData(text)
  if (found.length === 0) return text
  let out = ''
  let at = 0
  for (const f of found) {
    out += text.slice(at, f.index) + maskNumber(f.kind, f.value)
    at = f.index + f.length
  }
  return out + text.slice(at)
}

/** A masthead line that prints the office's own public number (监督电话 …): it stays as printed. */
export const isOfficePhoneLine = (text: string) => /(监督|举报|投诉|服务|值班|热线|新闻)电话|热线/.test(text)

/**
 * The generic labels the profile and the scorer may name: words every Chinese
 * paper prints in the same place (记者 in a byline, 第 N 版 on a page line, 来源
 * before a source). This is the only file of `src/parse/profile/` and of the
 * scorer that holds Chinese text (tests/parse/profile.test.ts enforces it): the
 * rest derives its decisions from the file's own layout. Conventions the other stages
 * share (byline and staff labels, numerals) come from the lexicon, src/lexicon/.
 */
import { bylinePrefixes, bylineRoles, staffCreditLabels } from '../../lexicon/labels.ts'
import { oneToTen } from '../../lexicon/numerals.ts'
import { anyWidthDigits } from '../../lexicon/width.ts'

/** A byline label standing alone on its line, before names split letter by letter: `本报记者`, `记者`, `通讯员`. */
export const bylineLabel = new RegExp(`^(?:${bylinePrefixes}|新华社|中新社)?(?:${bylineRoles}|摄影记者)[:：]?$`)

/** A line that opens with a byline label (`通讯员…`, `本报记者…`). */
export const bylineLabelStart = new RegExp(`^(?:${bylinePrefixes})?(?:${bylineRoles})`)
/** A byline label inside a line (after the end of a name cut at a box's edge). */
export const bylineLabelInside = new RegExp(`(?:${bylineRoles})`)

/** A page footer or header naming a printed page: `第 3 页`, `第3页 共8页`, `- 3 -`, `3 / 8`. */
export const pageLine = new RegExp(
  String.raw`^(?:第\s*[${anyWidthDigits}]+\s*页(?:\s*[/，,]?\s*共\s*[${anyWidthDigits}]+\s*页)?|[-—–－]\s*\d+\s*[-—–－]|\d+\s*\/\s*\d+)$`
)

/**
 * A closing note printed after the body, in brackets or after a dash: `（作者为…研究员）`,
 * `（摘编自《求是》）`, `（本文来源：…）`, `——编  者`, `（整理：…）`.
 */
export const closingNote =
  /^(?:[（(]\s*(?:作者|摘编自|摘自|转自|选自|原载|本文|来源|整理|编者|据)[^（）()]{0,60}(?:[（(][^（）()]{1,20}[)）][^（）()]{0,40})?[)）]|(?:——|—|──)\s*(?:编\s*者|编\s*辑|编\s*后))$/

/** Staff and graphics credits of a page (`一版责编：…`, `版式设计：…`, `数据来源：…`, `制图：…`). */
export const staffLine = new RegExp(String.raw`^(?:[${oneToTen}\d]+版)?(?:${staffCreditLabels})\s*[:：]`)

/** A numbered item's headline, `一、标题`: the numeral and the rest. */
export const numberedItem = new RegExp(String.raw`^([${oneToTen}]{1,3})、[\s\u3000]*(\S.{1,44})$`)

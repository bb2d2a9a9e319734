/**
 * The marks the credit and note readers share: how a byline's labels and
 * names, an editor's credit, a continuation or end marker, and a story's
 * opening marker are printed. The readers of a paragraph's head and tail
 * (./paragraph-notes.ts) and the readers of a note standing alone on its line
 * (./note-blocks.ts) both use them, so they live here, apart from both.
 */
import { agencyMarker } from './dateline.ts'
import { ideographsFromExtA as han } from '../lexicon/han.ts'
import { creditBullets, labelBullets } from '../lexicon/bullets.ts'
import { articleEditorLabels } from '../lexicon/labels.ts'
import { ownDatelineMarkers } from '../lexicon/markers.ts'

/** `新华社北京10月19日电` and the space after it. */
export const agencyMarkerWithSpace = new RegExp(agencyMarker.source + '[\\s\\u3000]*')

export const bullet = new RegExp(String.raw`^[${creditBullets}]\s*`)
export const roleToken =
  /^(?:本报|本報|本刊|特约|特約|见习|見習|实习|實習|首席|新华社|新華社|中新社|人民日报|光明日报|经济日报|央视)?(记者|記者|通讯员|通訊員|实习生|實習生|摄影记者|攝影記者|摄影|攝影|摄|攝)[:：]?(.*)$/
/** Traditional forms of the role labels, read as the simplified ones. */
export const simplifiedRole: Record<string, string> = {
  記者: '记者',
  通訊員: '通讯员',
  實習生: '实习生',
  攝影記者: '摄影记者',
  攝影: '摄影',
  攝: '摄'
}
/** Words printed after the names that are labels, not names: `王五参与采写`, `张三 报道`. */
export const creditSuffix = /(?:参与采写|參與採寫|采写|採寫|报道|報道|整理|供稿)$/
/** A person's name: two to four characters, or a transliterated name with a middle dot. */
export const nameToken = new RegExp(`^(?:[${han}]{2,4}|[${han}]{1,6}[·•][${han}·•]{1,12})$`)
/** Names printed right after their label may run together (`记者张三李四`); resolve-credits splits them later. */
export const attachedNames = new RegExp(`^[${han}·•]{2,8}$`)
export const separators = /[\s\u3000、,，;；]+/

/** A bracketed note at the end of a paragraph: `（记者 张三）`, `（下转第二版）`. */
export const closingParen = /[（(]([^()（）]{1,40})[)）]\s*$/
/** A bracketed note at the start of a paragraph: `（上接第一版）`, `（记者 张三 通讯员 李四）`. */
export const openingParen = /^[（(]([^()（）]{1,40})[)）][\s\u3000]*/
export const continuedToMark = /^(?:下转|下轉|转至|轉至|转|轉|接下)\s*(.{1,12}?版.{0,4}?)\s*$/
export const continuedFromMark = /^(?:上接|接上|接)\s*(.{1,12}?版.{0,4}?)\s*$/
export const endMark = /^(?:完|全文完|本文完)$/
export const editorLabel = new RegExp(String.raw`^(?:${articleEditorLabels})[\s\u3000]*[:：]?[\s\u3000]*`)
/** `本报讯` opening a story's first paragraph. */
export const datelineMarker = new RegExp(String.raw`^(?:[${labelBullets}]\s*)?(${ownDatelineMarkers})[\s\u3000]*`)

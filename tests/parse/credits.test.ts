/**
 * The credit and note readers, module by module: what a credit says
 * (src/parse/credits.ts), the notes at a paragraph's head and tail
 * (paragraph-notes.ts) and the notes printed alone on their line (note-blocks.ts).
 */
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { looksLikeUnit, mergeCredits, namesInRun, parseCredit, readEditors } from '../../src/parse/credits.ts'
import * as noteBlocks from '../../src/parse/note-blocks.ts'
import { emptyNotes, endsWithNote, takeHead, takeTail } from '../../src/parse/paragraph-notes.ts'

test('parseCredit: names by role, a run-on label starting a group, a photo credit, and not a sentence', () => {
  assert.deepEqual(parseCredit('记者 孙庆辉 通讯员 王茜'), {
    reporters: ['孙庆辉'],
    correspondents: ['王茜'],
    photographers: []
  })
  assert.deepEqual(parseCredit('本报记者朱兰诚通讯员沈涛'), {
    reporters: ['朱兰诚'],
    correspondents: ['沈涛'],
    photographers: []
  })
  assert.deepEqual(parseCredit('张三 摄'), { reporters: [], correspondents: [], photographers: ['张三'] })
  assert.deepEqual(parseCredit('記者 李四'), { reporters: ['李四'], correspondents: [], photographers: [] })
  assert.equal(parseCredit('张三李四'), null)
  assert.equal(parseCredit('会议由区长主持'), null)
  // `记者从区卫健委获悉，我区…` opens a sentence: no byline.
  assert.equal(parseCredit('记者从区卫健委获悉，我区安全'), null)
})

test('readEditors, looksLikeUnit, mergeCredits: editors named after their label, a unit, names added once', () => {
  assert.deepEqual(readEditors('责任编辑：张三 李四'), ['张三', '李四'])
  assert.equal(readEditors('记者 张三'), null)
  assert.equal(looksLikeUnit('通航试验区管委会'), true)
  assert.equal(looksLikeUnit('2020年3月1日'), false)
  const into = { reporters: ['张三'], correspondents: [], photographers: [] }
  assert.deepEqual(mergeCredits(into, { reporters: ['张三', '李四'], correspondents: [], photographers: [] }), ['张三'])
  assert.deepEqual(into.reporters, ['张三', '李四'])
})

test('takeTail: a byline, a unit and a forward marker off a paragraph\u2019s end, each with the text it took', () => {
  const notes = emptyNotes()
  const rest = takeTail('工作取得实效。（峡窝镇）（下转第二版）', notes)
  assert.equal(rest, '工作取得实效。')
  assert.equal(notes.continuedTo, '第二版')
  assert.equal(notes.sourceUnit, '峡窝镇')
  assert.deepEqual(notes.taken, ['（下转第二版）', '（峡窝镇）'])
  const byline = emptyNotes()
  assert.equal(takeTail('会议要求落实到位。记者 景静', byline), '会议要求落实到位。')
  assert.deepEqual(byline.credits, [{ reporters: ['景静'], correspondents: [], photographers: [] }])
  const end = emptyNotes()
  assert.equal(takeTail('全文至此结束。（完）', end), '全文至此结束。')
  assert.equal(end.end, true)
})

test('takeHead: 本报讯, a continuation marker and a bracketed byline off a paragraph\u2019s start', () => {
  const notes = emptyNotes()
  const rest = takeHead('本报讯（记者 张三 通讯员 李四）近日，区里召开会议。', notes)
  assert.equal(rest, '近日，区里召开会议。')
  assert.equal(notes.datelineMarker, '本报讯')
  assert.deepEqual(notes.credits, [{ reporters: ['张三'], correspondents: ['李四'], photographers: [] }])
  const from = emptyNotes()
  assert.equal(takeHead('（上接第一版）会议指出，要抓好落实。', from), '会议指出，要抓好落实。')
  assert.equal(from.continuedFrom, '第一版')
})

test('endsWithNote: a paragraph ending in a note, and one that does not', () => {
  assert.equal(endsWithNote('各项工作进展顺利。（记者 张三）'), true)
  assert.equal(endsWithNote('各项工作进展顺利。'), false)
})

test('readMarkerBlock: an end or continuation marker alone on its line', () => {
  const notes = emptyNotes()
  assert.equal(noteBlocks.readMarkerBlock('（下转第二版）', notes), true)
  assert.equal(notes.continuedTo, '第二版')
  const end = emptyNotes()
  assert.equal(noteBlocks.readMarkerBlock('(完)', end), true)
  assert.equal(end.end, true)
  assert.equal(noteBlocks.readMarkerBlock('（峡窝镇）', emptyNotes()), false)
})

test('readCreditBlock, readEditorBlock, readUnitBlock: a byline, an editor and a unit alone on their line', () => {
  assert.deepEqual(noteBlocks.readCreditBlock('(记者 雷霄)'), {
    reporters: ['雷霄'],
    correspondents: [],
    photographers: []
  })
  // Letter-spaced by the extractor.
  assert.deepEqual(noteBlocks.readCreditBlock('记 者 张 三'), {
    reporters: ['张三'],
    correspondents: [],
    photographers: []
  })
  // Letters one space apart, names a wider gap apart: the gaps part the names.
  assert.deepEqual(noteBlocks.readCreditBlock('本 报 记 者  徐 艳 勇  袁 晨   通 讯 员  余 勇 秀'), {
    reporters: ['徐艳勇', '袁晨'],
    correspondents: ['余勇秀'],
    photographers: []
  })
  assert.deepEqual(noteBlocks.readEditorBlock('（编辑 张三）'), ['张三'])
  assert.equal(noteBlocks.readUnitBlock('（峡窝镇）'), '峡窝镇')
  assert.equal(noteBlocks.readUnitBlock('（记者 张三）'), null)
  assert.equal(noteBlocks.readUnitBlock('（完）'), null)
})

test('readSourceNoteBlock, readCaptionBlock: a source note, and a caption whose credit ends in 摄', () => {
  assert.equal(
    noteBlocks.readSourceNoteBlock('《人民日报》（2025年10月20日 第 01 版）'),
    '《人民日报》（2025年10月20日 第 01 版）'
  )
  assert.equal(noteBlocks.readSourceNoteBlock('来源：新华社'), '来源：新华社')
  assert.equal(noteBlocks.readSourceNoteBlock('来源：新华社。记者从会上获悉。'), null)
  assert.deepEqual(noteBlocks.readCaptionBlock('▲图为志愿者在社区服务 张三 摄'), {
    caption: '图为志愿者在社区服务',
    credits: { reporters: [], correspondents: [], photographers: ['张三'] }
  })
  assert.equal(noteBlocks.readCaptionBlock('图为志愿者在社区服务（记者 张三）'), null)
})

test('isNoteBlock: any note alone on its line, a caption only below the length given', () => {
  for (const note of [
    '记者 张三',
    '（峡窝镇）',
    '来源：新华社',
    '（下转第二版）',
    '（编辑 张三）',
    '▲图为志愿者在社区服务 张三 摄'
  ])
    assert.equal(noteBlocks.isNoteBlock(note), true, note)
  assert.equal(noteBlocks.isNoteBlock('各项工作进展顺利，群众满意度持续提升。'), false)
  assert.equal(noteBlocks.isNoteBlock('▲图为志愿者在社区服务 张三 摄', 10), false)
})

test('namesInRun parts names printed without a space where one way starts every name with a surname, and keeps the rest whole', () => {
  assert.deepEqual(namesInRun('刘兰丁欣'), ['刘兰', '丁欣'])
  assert.deepEqual(namesInRun('范建吴德超'), ['范建', '吴德超'])
  assert.deepEqual(namesInRun('卢宇敏侯嘉超'), ['卢宇敏', '侯嘉超'])
  // A compound surname is one name; a run with no surname where a name would start, or two ways, stays whole.
  assert.deepEqual(namesInRun('欧阳华英'), ['欧阳华英'])
  assert.deepEqual(namesInRun('张三'), ['张三'])
  assert.deepEqual(namesInRun('晓明德超'), ['晓明德超'])
  assert.deepEqual(namesInRun('王林张华李'), ['王林张华李'])
  // Read in a byline.
  assert.deepEqual(parseCredit('本报记者 刘兰丁欣 通讯员 廖怡敏')?.reporters, ['刘兰', '丁欣'])
})

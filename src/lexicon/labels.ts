/**
 * The labels printed before names: a byline's (`本报记者`, `通讯员`) and an editor's or a
 * page's staff (`责任编辑：`, `版式：`). Each reader takes its own list and the lists differ
 * (an article's closing bracket names its editor, a page line names all its staff); they
 * are kept as the readers had them, side by side, so a label added or dropped is seen
 * against the others.
 *
 * Lists are alternation bodies for regular expressions: `(?:${articleEditorLabels})`.
 */

/** What may stand before a byline's role: `本报`记者, `特约`通讯员, `首席`记者. */
export const bylinePrefixes = ['本报', '本刊', '特约', '见习', '首席'].join('|')

/** A byline's roles: 记者, 通讯员, 实习生. */
export const bylineRoles = ['记者', '通讯员', '实习生'].join('|')

/** An editor credited inside an article's closing brackets: `（责任编辑：张三）`, `（编辑 李四）`. */
export const articleEditorLabels = [
  '责任编辑',
  '責任編輯',
  '本版编辑',
  '本文编辑',
  '编辑',
  '編輯',
  '责编',
  '責編'
].join('|')

/** A page's editors and staff on a line of their own (`本版编辑：…`, `校对：…`), furniture of the page. */
export const pageEditorLabels = [
  '责任编辑',
  '責任編輯',
  '本版编辑',
  '本版編輯',
  '本版责编',
  '本版責編',
  '责编',
  '責編',
  '编辑',
  '編輯',
  '校对',
  '校對',
  '美编',
  '美編',
  '审核',
  '審核',
  '审校',
  '终审',
  '值班编辑',
  '版式',
  '组版',
  '排版',
  '签发'
].join('|')

/** The staff a page header's date line may name (`2020年3月1日 星期日 编辑：张三 版式：李四`). */
export const dateLineStaffLabels = [
  '编辑',
  '责编',
  '责任编辑',
  '版式',
  '美编',
  '校对',
  '组版',
  '排版',
  '审核',
  '签发',
  '值班'
].join('|')

/** Staff and graphics credits printed after the articles (`一版责编：…`, `版式设计：…`, `数据来源：…`). */
export const staffCreditLabels = [
  '责编',
  '责任编辑',
  '编辑',
  '版式设计',
  '版式',
  '美编',
  '设计',
  '制图',
  '图表',
  '数据来源',
  '校对',
  '统筹',
  '策划'
].join('|')

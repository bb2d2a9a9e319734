/**
 * How a story opens: the paper's own dateline marker (`本报讯`, `本刊讯`), or an agency's
 * or a national paper's dateline with place and date (`新华社北京10月19日电`). The marker
 * readers of the parser (a line that starts a story, a paragraph's head) take the words
 * from here, so a marker added is read the same by both.
 *
 * Lists are alternation bodies for regular expressions: `(?:${ownDatelineMarkers})`.
 */

/** The paper's own marker, simplified and traditional: `本报讯`, `本報訊`, `本报消息`. */
export const ownDatelineMarkers = ['本报讯', '本報訊', '本刊讯', '本网讯', '本报消息', '本報消息'].join('|')

/** Who prints a dateline with its place and date before `电`/`讯`: the paper itself, agencies, national papers. */
export const datelineSources = [
  '本报',
  '本報',
  '本刊',
  '新华社',
  '新華社',
  '中新社',
  '中新网',
  '人民网',
  '新华网',
  '央视网',
  '央视新闻',
  '光明日报',
  '经济日报',
  '人民日报',
  '法治日报',
  '工人日报',
  '中国日报'
].join('|')

/**
 * The bullets and ornaments papers print: before an item's title (`■ 标题`), before a
 * byline or a 本报讯 (`■ 本报记者 张三`), before a caption (`▲图为…`), and alone between
 * items (`※ ※ ※`). Each reader takes its own set and the sets differ; they are kept as
 * the readers had them (a wider set would change what is read), written here side by
 * side, each built from the smaller ones, so a set is widened knowingly and in one place.
 *
 * Every set is a character-class body: `new RegExp(`[${titleBullets}]`)`.
 */

/** The solid four, before a 本报讯 or an agency's dateline (`■本报讯`, `●新华社北京…电`). */
export const datelineBullets = '■●▲◆'

/** Before a section or contents heading (`■ 简讯`, `★本期导读`): the solid four and `★`. */
export const headingBullets = `${datelineBullets}★`

/** Before a byline label or a 本报讯 opening a paragraph (`□记者 张三`): the heading bullets and `□`. */
export const labelBullets = `${headingBullets}□`

/** Before a credit's names (`■ 本报记者 张三`): solid and hollow shapes, stars and pointers. */
export const creditBullets = '■□●○▲△◆◇★☆▶►'

/** Before a short item's title (`◎ 标题`, `※标题`): the credit bullets, `◎` and `※`. */
export const titleBullets = `${creditBullets}◎※`

/** The pointers before a photo caption (`▲图为…`). */
export const captionPointers = '▲△'

/** What a caption may open with and is taken off it: the pointers and three solid or hollow shapes. */
export const captionBullets = `${captionPointers}■□●`

/** Ornaments printed alone between items (`◆`, `※ ※ ※`, `★★★`): the credit bullets but `▶►`, with `※♦❖✦✧`. */
export const ornaments = '◆◇■□●○▲△★☆※♦❖✦✧'

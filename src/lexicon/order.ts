/**
 * The one order for strings where the output must not depend on the machine: UTF-16
 * code-unit order, what `<` compares (no locale, no collation). Lists written to the
 * site and the data files (tags, people, learned words, corpus files, report rows) are
 * sorted with it, so two builds of the same corpus agree byte for byte.
 *
 * It is code-unit order, not code-point order: a character beyond U+FFFF (a surrogate
 * pair, U+D800…) sorts before U+E000–U+FFFF. Kept so, as every build so far has sorted.
 */

/** −1, 0 or 1 as `a` sorts before, with or after `b` in UTF-16 code-unit order. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

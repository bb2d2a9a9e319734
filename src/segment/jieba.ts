/**
 * The one place in the codebase that loads nodejieba (a CommonJS native addon).
 *
 * nodejieba keeps one global dictionary per process: words inserted here stay
 * for the life of the process.
 */
import { createRequire } from 'node:module'

interface NodeJieba {
  load(options?: Record<string, string>): void
  cut(sentence: string, hmm?: boolean): string[]
  tag(sentence: string): { word: string; tag: string }[]
  insertWord(word: string, tag?: string): boolean
}

const require = createRequire(import.meta.url)
const jieba = require('nodejieba') as NodeJieba
/** Cuts depend on jieba's own dictionary and model: caches of cuts are kept per version. */
export const jiebaVersion = (require('nodejieba/package.json') as { version: string }).version

/** Words already inserted into the process-wide dictionary. */
const inserted = new Set<string>()

/** Split `text` with jieba's dictionary (no HMM): the same call as bare `nodejieba.cut`. */
export function cutText(text: string): string[] {
  return jieba.cut(text)
}

/** Part-of-speech tags of a short string (uses HMM for unknown words). */
export function tagText(text: string): { word: string; tag: string }[] {
  return jieba.tag(text)
}

/** Insert a word (once per process) so that `cutText` keeps it whole. */
export function insertWord(word: string, tag: string): void {
  if (inserted.has(word)) return
  inserted.add(word)
  jieba.insertWord(word, tag)
}

/** Every word inserted in this process so far (the dictionary beyond jieba's own). */
export function insertedWords(): ReadonlySet<string> {
  return inserted
}

/** Make sure the dictionary is loaded (the first cut loads it, ~0.7 s). */
export function warmUp(): void {
  jieba.cut('预热')
}

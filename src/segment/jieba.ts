/**
 * The one place in the codebase that loads nodejieba (a CommonJS native addon).
 *
 * nodejieba keeps one dictionary per thread (the build tags on a thread of its own,
 * src/pipeline/tag-thread.ts): words inserted here stay for the life of the thread.
 */
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

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

/**
 * `load` also reads the IDF table and stop words of jieba's keyword extractor, which we do
 * not use (keywords are weighted by this corpus, src/segment/index.ts): one-line stand-ins
 * spare 6 MB of reading and ~0.2 s. Cutting and tagging use the dictionary and HMM model
 * alone, so their results are those of the default load.
 */
const extractorStub = (name: string) => fileURLToPath(new URL(`./jieba-extractor/${name}`, import.meta.url))
let loaded = false
function ensureLoaded(): void {
  if (loaded) return
  jieba.load({ idfDict: extractorStub('idf.utf8'), stopWordDict: extractorStub('stop_words.utf8') })
  loaded = true
}

/** Words already inserted into this thread's dictionary. */
const inserted = new Set<string>()

/** Split `text` with jieba's dictionary (no HMM): the same call as bare `nodejieba.cut`. */
export function cutText(text: string): string[] {
  ensureLoaded()
  return jieba.cut(text)
}

/** Part-of-speech tags of a short string (uses HMM for unknown words). */
export function tagText(text: string): { word: string; tag: string }[] {
  ensureLoaded()
  return jieba.tag(text)
}

/** Insert a word (once per thread) so that `cutText` keeps it whole. */
export function insertWord(word: string, tag: string): void {
  if (inserted.has(word)) return
  ensureLoaded()
  inserted.add(word)
  jieba.insertWord(word, tag)
}

/** Every word inserted in this thread so far (the dictionary beyond jieba's own). */
export function insertedWords(): ReadonlySet<string> {
  return inserted
}

/** Make sure the dictionary is loaded (the first cut loads it, ~0.6 s). */
export function warmUp(): void {
  ensureLoaded()
}

/**
 * Segmentation and tagging stage (issue #4).
 *
 * What is this? `tagCorpus` reads every article once, learns the corpus's own
 * names, places, organisations and terms (from titles such as 区委书记宋洁, leader
 * lists such as 区领导宋洁、耿勇军…参加, bylines, place and organisation suffixes,
 * quoted slogans, and `corpus/dictionary.txt`), inserts them into nodejieba,
 * cuts each text once and derives from the tokens: keywords (TF-IDF with IDF over
 * this corpus), people, places, organisations, a people index with titles and
 * dates, and related articles (inverted index over shared tags).
 *
 * Use:
 *   const { tags, people, related, messages } = tagCorpus(articles, { dictionaryText })
 *
 * Output is deterministic for a given input. nodejieba's dictionary is
 * process-wide: words learned by one call stay inserted for later calls.
 *
 * Cost: the stage should stay within 1.4× of bare `nodejieba.cut` over the same
 * text (scripts/bench-tagging.ts). Hence: one character-driven scan per text
 * (scan-article.ts), digested as it goes (sightings.ts); one native cut per
 * article, title and body joined by a newline (cut-and-count.ts); one hash-table
 * look-up per token, giving a keyword id or an entity class (token-classes.ts);
 * typed arrays and integer ids for counts, related articles and co-mentions.
 * The stages, in the order tagCorpus runs them:
 *   sightings.ts → learned-words.ts → cut-and-count.ts → issue-district.ts →
 *   choose-keywords.ts → people-index.ts, related-articles.ts
 */
import type { VFileMessage } from 'vfile-message'
import type { Tags } from '../types.ts'
import { fileMessage } from '../util/file-message.ts'
import { insertedWords } from './jieba.ts'
import { textKey } from './token-cache.ts'
import { parseDictionary, type DictionaryEntry } from './dictionary.ts'
import { cutInput } from './article-text.ts'
import { scanAll } from './sightings.ts'
import { insertLearned, learnWords } from './learned-words.ts'
import { cutAndCount } from './cut-and-count.ts'
import { addIssueDistrict } from './issue-district.ts'
import { chooseKeywords } from './choose-keywords.ts'
import { peopleIndex } from './people-index.ts'
import { relatedArticles } from './related-articles.ts'
import type { TaggableArticle, TagOptions, TagResult } from './tagger-types.ts'

export { parseDictionary } from './dictionary.ts'
export { TokenCache } from './token-cache.ts'
export { ScanCache } from './scan-cache.ts'
export { jiebaVersion } from './jieba.ts'
export type { DictionaryEntry, EntryKind, ParsedDictionary } from './dictionary.ts'
export type { PersonEntry, PersonRole, TaggableArticle, TagOptions, TagResult } from './tagger-types.ts'

export function tagCorpus(articles: TaggableArticle[], options: TagOptions = {}): TagResult {
  const dictionary =
    options.dictionaryText === undefined
      ? { entries: [] as DictionaryEntry[], messages: [] }
      : parseDictionary(options.dictionaryText)
  const messages = [...dictionary.messages, ...duplicateIdMessages(articles)]
  const stop = new Set<string>()
  for (const entry of dictionary.entries) if (entry.kind === 'stop') stop.add(entry.word)
  // In a headline a space separates its parts (迅速部署 从实从细 高新区召开…): keep it.
  const titles = articles.map((article) => article.title.replace(/\s+/gu, ' ').trim())

  // One key per article for both caches: the cut input, which is title and body joined by a newline.
  const keys =
    options.tokenCache || options.scanCache ? titles.map((title, i) => textKey(cutInput(title, articles[i]))) : null
  const sightings = scanAll(articles, titles, stop, options.scanCache, keys)
  const learned = learnWords(articles, sightings, dictionary.entries, stop)
  insertLearned(learned)
  options.tokenCache?.useDictionary(insertedWords())
  const cut = cutAndCount(articles, titles, learned, options.tokenCache, keys)
  addIssueDistrict(articles, titles, cut.tagsByIndex, learned.adminPlaces)
  chooseKeywords(cut, learned.terms)

  const tags = new Map<string, Tags>()
  articles.forEach((article, i) => {
    const articleTags = cut.tagsByIndex[i]
    if (articleTags !== undefined) tags.set(article.id, articleTags)
  })
  return {
    tags,
    people: peopleIndex(articles, cut.tagsByIndex, learned),
    related: relatedArticles(articles, cut.tagsByIndex),
    messages
  }
}

/** One warning per article whose id an earlier article already has, at the article's first line when its file is known. */
function duplicateIdMessages(articles: TaggableArticle[]): VFileMessage[] {
  const messages: VFileMessage[] = []
  const seenIds = new Set<string>()
  for (const article of articles) {
    if (seenIds.has(article.id)) {
      const place = article.file === undefined ? {} : { place: { line: article.lines?.[0] ?? 1, column: 1 } }
      messages.push(
        fileMessage(
          article.file ?? '',
          `Unexpected duplicate article id \`${article.id}\`, expected unique ids; tags of the later article win`,
          { ...place, source: 'segment', ruleId: 'duplicate-id' }
        )
      )
    }
    seenIds.add(article.id)
  }
  return messages
}

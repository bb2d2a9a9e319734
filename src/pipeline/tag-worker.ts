/**
 * The tag stage in a worker thread (started by ./tag-thread.ts when the build starts).
 *
 * While the main thread reads and parses, this thread loads jieba's dictionary (~0.6 s)
 * and reads the segmentation caches. Then it tags the articles it is sent and replies
 * with the tags at once. Off the main thread, it then writes the data files
 * (articles.json, issues.json, articles.csv) from its copy of the records, which are the
 * records the main thread holds, and saves the caches.
 */
import { join } from 'node:path'
import { parentPort, workerData } from 'node:worker_threads'
import { ScanCache, tagCorpus, TokenCache, type TagResult } from '../segment/index.ts'
import { jiebaVersion, warmUp } from '../segment/jieba.ts'
import type { ArticleRecord, IssueRecord } from '../types.ts'
import { articlesCsvPieces, articlesJsonPieces, issuesJsonPieces, writePieces } from './data-files.ts'
import { codeFingerprint } from '../util/code-fingerprint.ts'
import { cacheFile } from '../util/build-cache.ts'
import { storeMessages, type StoredMessage } from '../util/file-message.ts'

export interface TagWorkerOptions {
  /** Folder of the segmentation caches, or null for none. */
  cacheDir: string | null
}

export interface TagRequest {
  articles: ArticleRecord[]
  issues: IssueRecord[]
  /** Contents of the corpus's dictionary.txt, when it has one. */
  dictionaryText?: string
  /** Where to write the data files, or null to write none (`--check`). */
  dataDir: string | null
}

/** The tags as they cross to the main thread: the messages as plain data (./tag-thread.ts restores them). */
export type PostedTagResult = Omit<TagResult, 'messages'> & { messages: StoredMessage[] }

export type TagReply =
  | { kind: 'tagged'; result: PostedTagResult }
  | { kind: 'done'; dataSeconds: number | null }
  | { kind: 'error'; message: string }

const port = parentPort
if (!port) throw new Error('tag-worker.ts runs as a worker thread: see tag-thread.ts')
const post = (reply: TagReply) => port.postMessage(reply)

try {
  const { cacheDir } = workerData as TagWorkerOptions
  warmUp()
  // Cuts depend on the text, jieba and the dictionary (kept inside); scans on the text and the tag stage's code.
  const tokenCacheFile = cacheFile(cacheDir, 'tokens', `nodejieba-${jiebaVersion}`, 'bin')
  const scanVersion = `nodejieba-${jiebaVersion}-${codeFingerprint([new URL('../segment/', import.meta.url), new URL('../lexicon/', import.meta.url)])}`
  const scanCacheFile = cacheFile(cacheDir, 'scans', scanVersion, 'v8')
  const tokenCache = TokenCache.decode(tokenCacheFile.readSync())
  const scanCache = ScanCache.decode(scanCacheFile.readSync(), scanVersion)

  port.once('message', async (request: TagRequest) => {
    try {
      const { articles, issues, dictionaryText, dataDir } = request
      const result = tagCorpus(articles, {
        ...(dictionaryText === undefined ? {} : { dictionaryText }),
        tokenCache,
        scanCache
      })
      post({ kind: 'tagged', result: { ...result, messages: storeMessages(result.messages) } })

      let dataSeconds: number | null = null
      if (dataDir !== null) {
        const dataStarted = performance.now()
        // The main thread gives its records the same tags.
        for (const article of articles) {
          const tags = result.tags.get(article.id)
          if (tags) article.tags = tags
        }
        await writePieces(join(dataDir, 'articles.json'), articlesJsonPieces(articles))
        await writePieces(join(dataDir, 'issues.json'), issuesJsonPieces(issues))
        await writePieces(join(dataDir, 'articles.csv'), articlesCsvPieces(articles))
        dataSeconds = (performance.now() - dataStarted) / 1000
      }
      if (cacheDir !== null) {
        await tokenCacheFile.write(tokenCache.encode())
        await scanCacheFile.write(scanCache.encode())
      }
      post({ kind: 'done', dataSeconds })
    } catch (error) {
      post({ kind: 'error', message: (error as Error).stack ?? String(error) })
    }
  })
} catch (error) {
  post({ kind: 'error', message: (error as Error).stack ?? String(error) })
}

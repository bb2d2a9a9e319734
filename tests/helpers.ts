/** Shared test helpers: temporary folders and small record factories. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyArticle } from '../src/parse/model.ts'
import { makeArticleRecord } from '../src/pipeline/article-fields.ts'
import { assembleIssue } from '../src/pipeline/assemble-issue.ts'
import type { ArticleRecord, IssueRecord } from '../src/types.ts'

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `bulletin-${prefix}-`))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

/** An article record of every field (src/pipeline/article-fields.ts), of issue `a` of a text file, with `overrides`. */
export function makeArticle(overrides: Partial<ArticleRecord> & Pick<ArticleRecord, 'id'>): ArticleRecord {
  const parsed = { ...emptyArticle('标题', [1, 3]), paragraphs: ['正文。'] }
  const facts = { issueId: 'a', publication: null, date: null, year: null, region: null, pdf: null }
  return {
    ...makeArticleRecord({ parsed, page: null, order: 1, file: 'a.txt', facts }),
    url: `/articles/${overrides.id}/`,
    ...overrides
  }
}

/** An issue record of every field (src/pipeline/assemble-issue.ts), of a text file with no masthead, with `overrides`. */
export function makeIssue(overrides: Partial<IssueRecord> & Pick<IssueRecord, 'id' | 'articleIds'>): IssueRecord {
  const bulletin = {
    file: `${overrides.id}.txt`,
    encoding: 'utf-8',
    masthead: null,
    articles: [],
    furniture: [],
    unassigned: []
  }
  return { ...assembleIssue(overrides.id, bulletin, undefined).issue, ...overrides }
}

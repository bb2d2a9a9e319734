/** Shared test helpers: temporary folders and small record factories. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { emptyArticle } from '../src/parse/model.ts'
import type { ArticleRecord, IssueRecord } from '../src/types.ts'

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `bulletin-${prefix}-`))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export function makeArticle(overrides: Partial<ArticleRecord> & Pick<ArticleRecord, 'id'>): ArticleRecord {
  return {
    ...emptyArticle('标题', [1, 3]),
    paragraphs: ['正文。'],
    column: null,
    confidence: null,
    evidence: [],
    url: `/articles/${overrides.id}/`,
    file: 'a.txt',
    publication: null,
    issueDate: null,
    issueId: 'a',
    order: 1,
    tags: { keywords: [], people: [], places: [], organizations: [] },
    region: null,
    ...overrides
  }
}

export function makeIssue(overrides: Partial<IssueRecord> & Pick<IssueRecord, 'id' | 'articleIds'>): IssueRecord {
  return {
    url: `/issues/${overrides.id}/`,
    file: `${overrides.id}.txt`,
    publication: null,
    date: null,
    year: null,
    page: null,
    region: null,
    encoding: 'utf-8',
    issueNumber: null,
    totalIssueNumber: null,
    publisher: null,
    masthead: null,
    furniture: [],
    unassigned: [],
    confidence: null,
    ...overrides
  }
}

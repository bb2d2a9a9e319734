/** Shared test helpers: temporary folders and small record factories. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArticleRecord, IssueRecord } from '../src/types.ts'

export function tempDir(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `bulletin-${prefix}-`))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export function makeArticle(overrides: Partial<ArticleRecord> & Pick<ArticleRecord, 'id'>): ArticleRecord {
  return {
    url: `/articles/${overrides.id}/`,
    file: 'a.txt',
    lines: [1, 3],
    publication: null,
    issueDate: null,
    issueId: 'a',
    order: 1,
    title: '标题',
    kicker: null,
    subtitle: null,
    date: null,
    dateText: null,
    datelineMarker: null,
    paragraphs: ['正文。'],
    reporters: [],
    correspondents: [],
    photographers: [],
    editors: [],
    sourceUnit: null,
    sourceNote: null,
    continuedTo: null,
    continuedFrom: null,
    captions: [],
    column: null,
    confidence: null,
    evidence: [],
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

/**
 * One build's context, made once by `build()` (./index.ts) and handed to each phase: the
 * options as given, the folders resolved, the stage timer, the diagnostics and the log.
 */
import type { Diagnostics } from './diagnostics.ts'
import type { StageTimer } from './stage-timer.ts'

export interface BuildOptions {
  corpusDir: string
  outDir: string
  /** URL path the site is served under: `/` or `/archive/`. */
  base: string
  /** Site name shown in the header. */
  name: string
  /** Origin the site is published at (`https://example.org`): absolute URLs in feed and sitemap. */
  siteUrl?: string | null
  /** Folder for cached parse results (`.cache/bulletin-archive`), or null for none. */
  cacheDir?: string | null
  /** Stop after parsing and tagging: list diagnostics, write nothing. */
  checkOnly: boolean
  /** Print progress lines. */
  log: (line: string) => void
  /** Where the build report goes (default `build-report/` beside `outDir`); never inside `outDir`. */
  reportDir?: string | null
  /** Let Eleventy print its own lines. */
  verbose?: boolean
  /** Mask personal data in every output (pages, search index, data files); the report keeps the places. */
  redact?: boolean
  /** A line of progress within a long stage, to be overwritten by the next (a terminal's `\r`). */
  progress?: (line: string) => void
}

export interface BuildContext {
  options: BuildOptions
  /** Absolute folders: the corpus, the output, the caches (null: none), the report. */
  corpusDir: string
  outDir: string
  cacheDir: string | null
  reportDir: string
  /** Where the site is built, beside `outDir`, to be swapped into place at the end. */
  staging: string
  timer: StageTimer
  diagnostics: Diagnostics
  log: (line: string) => void
}

/**
 * What a build reads of the corpus folder besides the bulletins: whether it is there, how
 * messages name it, its manifest (issue dates and names) and its dictionary.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { ManifestEntry } from '../types.ts'
import { MANIFEST_FILE, parseManifest, unknownFileMessage } from './manifest.ts'
import { BuildError } from '../pipeline/build-error.ts'
import type { Diagnostics } from '../pipeline/diagnostics.ts'

export interface CorpusInput {
  /** The folder as messages name it (`corpus`). */
  display: string
  /** manifest.csv's rows by NFC path, and the line each came from. */
  manifest: Map<string, ManifestEntry>
  manifestLines: Map<string, number>
  /** dictionary.txt's text, when there is one. */
  dictionaryText: string | undefined
}

/** The corpus folder as messages name it: relative to the working directory when inside it, else absolute. */
export function corpusDisplay(corpusDir: string): string {
  const rel = relative(process.cwd(), corpusDir)
  return rel === '' ? '.' : rel.startsWith('..') ? corpusDir : rel
}

export async function readCorpusInput(corpusDir: string, diagnostics: Diagnostics): Promise<CorpusInput> {
  if (!existsSync(corpusDir)) {
    throw new BuildError(
      `Cannot read the corpus folder \`${corpusDir}\`: it does not exist.\n` +
        'Expected a folder of bulletin text files, e.g. `corpus/`. Pass another one with `--corpus DIR`.'
    )
  }
  const display = corpusDisplay(corpusDir)
  const manifestPath = join(corpusDir, MANIFEST_FILE)
  let manifest = new Map<string, ManifestEntry>()
  let manifestLines = new Map<string, number>()
  if (existsSync(manifestPath)) {
    const parsed = parseManifest(await readFile(manifestPath, 'utf8'))
    manifest = parsed.entries
    manifestLines = parsed.lines
    diagnostics.add(parsed.problems)
  }
  const dictionaryPath = join(corpusDir, 'dictionary.txt')
  const dictionaryText = existsSync(dictionaryPath) ? await readFile(dictionaryPath, 'utf8') : undefined
  return { display, manifest, manifestLines, dictionaryText }
}

/** A manifest row naming a file the folder does not hold is not used: the office is told where it is. */
export function reportUnusedManifestRows(input: CorpusInput, paths: readonly string[], diagnostics: Diagnostics): void {
  const present = new Set(paths.map((p) => p.normalize('NFC')))
  for (const path of input.manifest.keys()) {
    if (!present.has(path)) diagnostics.add([unknownFileMessage(path, input.manifestLines.get(path) ?? 1)])
  }
}

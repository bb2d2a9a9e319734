/**
 * Incremental rendering: each paginated page's data is hashed; a rebuild renders through
 * Eleventy only the pages whose data (or the templates, or the site options) changed, and
 * hard-links the others from the previous output. The hashes travel with the output, in
 * `.bulletin-archive.json`, so they always describe the folder they sit in.
 *
 * A paginated template reads only its own item and `site` (see templates/): that is what
 * makes a page's hash a sound stand-in for its HTML.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { codeFingerprint } from '../util/code-fingerprint.ts'
import { byCodeUnits } from '../lexicon/order.ts'

export const manifestName = '.bulletin-archive.json'

export interface RenderManifest {
  /** Hash of the templates, the render code, the lexicon it reads and the site options. */
  context: string
  /** Output file (site-relative, e.g. `articles/x-01/index.html`) → hash of its page data. */
  pages: Record<string, string>
}

export interface RenderPlan<T> {
  /** Items to render, per collection. */
  render: Record<string, T[]>
  /** Output files to carry over from the previous output. */
  reuse: string[]
  manifest: RenderManifest
}

async function hashFolder(hash: ReturnType<typeof createHash>, dir: string): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodeUnits(a.name, b.name))) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) await hashFolder(hash, path)
    else hash.update(entry.name).update(await readFile(path))
  }
}

/**
 * Everything besides a page's own data that shapes its HTML: the templates (every file),
 * the render code's version (the one code fingerprint the caches use) and the site options.
 */
export async function renderContext(templatesDir: string, siteOptions: unknown): Promise<string> {
  const hash = createHash('sha256')
  await hashFolder(hash, templatesDir)
  hash.update(codeFingerprint([new URL('./', import.meta.url), new URL('../lexicon/', import.meta.url)]))
  hash.update(JSON.stringify(siteOptions))
  return hash.digest('hex').slice(0, 16)
}

export async function readManifest(dir: string | null): Promise<RenderManifest | null> {
  if (!dir || !existsSync(join(dir, manifestName))) return null
  try {
    return JSON.parse(await readFile(join(dir, manifestName), 'utf8')) as RenderManifest
  } catch {
    return null
  }
}

/** The files of the previous output that are there to link. */
export interface PreviousFiles {
  has(file: string): boolean
}

/** Which files of its manifest the previous output still holds (someone may have deleted some). */
export function previousFilesOf(previousDir: string | null, previous: RenderManifest | null): PreviousFiles {
  if (previousDir === null || previous === null) return new Set<string>()
  return new Set(Object.keys(previous.pages).filter((file) => existsSync(join(previousDir, file))))
}

/** The output file of a paginated page: its permalink is `{{ item.url }}index.html`. */
export const outputFileOf = (url: string) => `${url.replace(/^\//, '')}index.html`

/**
 * Splits the pages into those to render and those to link from the previous output.
 * `keyOf` gives the text a page's hash is taken of: by default its whole data as JSON;
 * a kind of page whose data is mostly digested already can give a shorter one.
 */
export function planRender<T extends { url: string }>(
  collections: Record<string, T[]>,
  context: string,
  previous: RenderManifest | null,
  previousFiles: PreviousFiles,
  keyOf: (collection: string, item: T) => string = (_, item) => JSON.stringify(item)
): RenderPlan<T> {
  const usable = previous !== null && previous.context === context
  const render: Record<string, T[]> = {}
  const reuse: string[] = []
  const pages: Record<string, string> = {}
  for (const [name, items] of Object.entries(collections)) {
    render[name] = []
    for (const item of items) {
      const file = outputFileOf(item.url)
      const hash = createHash('sha1').update(keyOf(name, item)).digest('base64url')
      pages[file] = hash
      if (usable && previous.pages[file] === hash && previousFiles.has(file)) reuse.push(file)
      else render[name]!.push(item)
    }
  }
  return { render, reuse, manifest: { context, pages } }
}

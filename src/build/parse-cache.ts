/**
 * Parse results cached by content: a rebuild re-parses only files whose bytes, path,
 * manifest date or parser code changed. The cache is one JSON file; entries not used by
 * a build are dropped when it is saved, so it never grows past the corpus.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { VFileMessage } from 'vfile-message'
import type { ParsedBulletin } from '../types.ts'

interface StoredMessage {
  reason: string
  place: VFileMessage['place']
  ruleId: string | undefined
  source: string | undefined
}

interface Entry {
  bulletin: ParsedBulletin
  messages: StoredMessage[]
}

/** Hash of the code in the given folders of src/: editing that code empties a cache made by it. */
export async function codeFingerprint(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256')
  for (const folder of folders) {
    const dir = fileURLToPath(new URL(folder, import.meta.url))
    for (const name of (await readdir(dir)).filter((n) => n.endsWith('.ts')).sort()) {
      hash.update(name).update(await readFile(join(dir, name)))
    }
  }
  return hash.digest('hex').slice(0, 16)
}

export class ParseCache {
  private readonly used = new Map<string, Entry>()
  hits = 0
  misses = 0

  private constructor(
    private readonly file: string | null,
    private readonly version: string,
    private readonly stored: Map<string, Entry>
  ) {}

  /** Opens the cache in `dir`, or a cache that keeps nothing when `dir` is null. */
  static async open(dir: string | null): Promise<ParseCache> {
    const version = await codeFingerprint(['../read/', '../parse/'])
    if (dir === null) return new ParseCache(null, version, new Map())
    const file = join(dir, 'parse.json')
    let stored = new Map<string, Entry>()
    if (existsSync(file)) {
      try {
        const data = JSON.parse(await readFile(file, 'utf8')) as { version: string; entries: Record<string, Entry> }
        if (data.version === version) stored = new Map(Object.entries(data.entries))
      } catch {
        // A damaged cache is just a cold one.
      }
    }
    return new ParseCache(file, version, stored)
  }

  key(bytes: Uint8Array, path: string, issueDate: string | null): string {
    return createHash('sha256').update(bytes).update('\0').update(path).update('\0').update(issueDate ?? '').digest('hex')
  }

  /** A fresh copy of the cached result (callers mutate bulletins), with its messages. */
  get(key: string): { bulletin: ParsedBulletin; messages: VFileMessage[] } | undefined {
    const entry = this.stored.get(key)
    if (!entry) {
      this.misses++
      return undefined
    }
    this.hits++
    this.used.set(key, entry)
    return {
      bulletin: structuredClone(entry.bulletin),
      messages: entry.messages.map((m) => new VFileMessage(m.reason, { place: m.place, ruleId: m.ruleId, source: m.source }))
    }
  }

  /** Stores a result; call before anything mutates the bulletin. */
  set(key: string, bulletin: ParsedBulletin, messages: readonly VFileMessage[]): void {
    this.used.set(key, {
      bulletin: structuredClone(bulletin),
      messages: messages.map((m) => ({ reason: m.reason, place: m.place, ruleId: m.ruleId, source: m.source }))
    })
  }

  async save(): Promise<void> {
    if (this.file === null) return
    await mkdir(join(this.file, '..'), { recursive: true })
    const temporary = `${this.file}.${process.pid}.tmp`
    await writeFile(temporary, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }))
    await rename(temporary, this.file)
  }
}

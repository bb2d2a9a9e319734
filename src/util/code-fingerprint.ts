/**
 * A hash of the code a cache depends on, so that editing that code empties the cache: the
 * `.ts` files of the given folders (subfolders included) and any single files named.
 * One definition for the parse cache, the tagging caches and the search index's tables.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function codeFingerprint(folders: readonly URL[], files: readonly URL[] = []): string {
  const hash = createHash('sha256')
  for (const folder of folders) {
    const dir = fileURLToPath(folder)
    const names = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((n) => n.endsWith('.ts'))
      .sort()
    for (const name of names) hash.update(name).update(readFileSync(join(dir, name)))
  }
  for (const file of files) hash.update(fileURLToPath(file).split('/').pop()!).update(readFileSync(file))
  return hash.digest('hex').slice(0, 16)
}

/**
 * One file of the build's cache folder (`--cache DIR`): what the parse cache, the tagging
 * caches and the search index's tables have in common. Each is named by what it holds and
 * the version of what wrote it (`parse-3.1f2e….v8`, `search-index-9a0b….v8`), so a build
 * of other code never reads it; it is read only when it is there and readable, written
 * atomically (a killed build leaves the last whole one), and writing it removes the files
 * of the same cache that other versions left. What is inside is each cache's own format.
 *
 *   const file = cacheFile(cacheDir, 'scans', version, 'v8')   // cacheDir null: keeps nothing
 *   const bytes = file.readSync()                                // null: start cold
 *   await file.write(encoded)
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from './write-atomically.ts'

export interface BuildCacheFile {
  /** Where the file is, or null when the build keeps no cache. */
  readonly path: string | null
  /** Its bytes, or null when there is no cache folder, no file, or it cannot be read. */
  read(): Promise<Uint8Array | null>
  readSync(): Uint8Array | null
  /** Writes it atomically, then removes this cache's files of other versions. */
  write(bytes: Uint8Array): Promise<void>
}

/**
 * The file of cache `name` at `version` (letters, digits, `.` and `-`) in `cacheDir`.
 * Its other versions are the files named `name-…` or `name.…` there (an unversioned
 * name of earlier builds, `scans.v8`, included).
 */
export function cacheFile(cacheDir: string | null, name: string, version: string, extension: string): BuildCacheFile {
  if (!/^[\w.-]+$/.test(version)) throw new Error(`A cache version names a file: \`${version}\``)
  const fileName = `${name}-${version}.${extension}`
  const path = cacheDir === null ? null : join(cacheDir, fileName)
  return {
    path,
    async read() {
      if (path === null || !existsSync(path)) return null
      return readFile(path).catch(() => null)
    },
    readSync() {
      if (path === null || !existsSync(path)) return null
      try {
        return readFileSync(path)
      } catch {
        return null
      }
    },
    async write(bytes) {
      if (cacheDir === null || path === null) return
      await writeAtomically(path, bytes)
      removeOtherVersions(cacheDir, name, fileName)
    }
  }
}

/** Removes what other versions of cache `name` left; files being written (`….tmp`) are another build's. */
function removeOtherVersions(cacheDir: string, name: string, keep: string): void {
  for (const other of readdirSync(cacheDir)) {
    const ours = other.startsWith(`${name}-`) || other.startsWith(`${name}.`)
    if (ours && other !== keep && !other.endsWith('.tmp')) rmSync(join(cacheDir, other), { force: true })
  }
}

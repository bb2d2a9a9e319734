/** Reads a whole output folder into a path → sha256 map, to compare builds. */
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

export function treeHashes(root: string): Map<string, string> {
  const hashes = new Map<string, string>()
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else hashes.set(relative(root, path), createHash('sha256').update(readFileSync(path)).digest('hex'))
    }
  }
  walk(root)
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * Hard links instead of copies: carrying unchanged files from the previous output into the
 * new one costs a directory entry, not a copy, and the previous output stays untouched.
 */
import { copyFile, link, mkdir, readdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'

const madeDirs = new Set<string>()

async function ensureDir(dir: string): Promise<void> {
  if (madeDirs.has(dir)) return
  await mkdir(dir, { recursive: true })
  madeDirs.add(dir)
}

/** Links one file (copies it where links are not possible, e.g. across devices). */
export async function linkFile(from: string, to: string): Promise<void> {
  await ensureDir(dirname(to))
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    await copyFile(from, to)
  }
}

/** Links every file under `from` into the same place under `to`. */
export async function linkTree(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name)
    const target = join(to, entry.name)
    if (entry.isDirectory()) await linkTree(source, target)
    else if (entry.isFile()) await linkFile(source, target)
  }
}

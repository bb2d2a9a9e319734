/** Builds the seed corpus into a temporary folder once per test process. */
import { fileURLToPath } from 'node:url'
import { build, type BuildSummary } from '../../src/pipeline/index.ts'
import { tempDir } from '../helpers.ts'

export const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url))

export async function buildSeeds(base = '/'): Promise<{ outDir: string; summary: BuildSummary; remove: () => void }> {
  const dir = tempDir('site')
  const outDir = `${dir.path}/site`
  const summary = await build({ corpusDir, outDir, base, name: '简报档案馆', checkOnly: false, log: () => {} })
  return { outDir, summary, remove: dir.remove }
}

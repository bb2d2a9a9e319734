/**
 * Our build, in its own process: `build()` from src/pipeline with the CLI's defaults.
 * Each progress line becomes a stage mark, so the parent can split peak RSS by stage.
 *
 *   node --import tsx scripts/bench/child-build.ts CORPUS_DIR OUT_DIR [CACHE_DIR]
 *
 * CACHE_DIR is the parse cache, as the CLI's default `.cache/bulletin-archive` (the bench
 * gives a fresh one, so the first build starts cold and a rebuild finds it warm).
 */
import { build, type BuildSummary } from '../../src/pipeline/index.ts'
import { mark, result } from './child-common.ts'

const [corpusDir, outDir, cacheDir] = process.argv.slice(2)
if (!corpusDir || !outDir) throw new Error('usage: child-build.ts CORPUS_DIR OUT_DIR')
mark('start')
const summary = await build({
  corpusDir,
  outDir,
  base: '/',
  name: '简报档案馆',
  checkOnly: false,
  ...(cacheDir ? { cacheDir } : {}),
  log: (line) => mark(line.trim().split(/\s+/)[0] ?? 'log')
})
mark('end')
/** What this child reports: the build's summary with the first few diagnostics only. */
export type BuildResult = Omit<BuildSummary, 'diagnostics'> & { diagnosticsSample: string[] }
const { diagnostics, ...rest } = summary
result({ ...rest, diagnosticsSample: diagnostics.slice(0, 5) } satisfies BuildResult)

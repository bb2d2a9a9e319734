/**
 * Builds the typeset corpus, the parser's measuring instrument: typeset.py lays
 * out invented bulletins as PDFs with gold, then each PDF goes through the three
 * extractors real inputs come from. See docs/PARSER-EVAL.md.
 *
 *   npm run typeset-corpus                 # full corpus → tests/output/typeset/ (git-ignored)
 *   npm run typeset-corpus -- --sample     # and rewrite the checked-in sample, tests/parse/typeset/
 *   npm run typeset-corpus -- --check      # build twice: same bytes both times, and the sample is current
 *   npm run typeset-corpus -- --issues 4 --out DIR
 *
 * Needs Debian's poppler-utils, poppler-data, mupdf-tools and python3-reportlab;
 * says so and fails when one is missing. `PYTHON=…` picks the interpreter.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const here = fileURLToPath(new URL('.', import.meta.url))
const repo = fileURLToPath(new URL('../../', import.meta.url))
const sampleDir = join(repo, 'tests/parse/typeset')
/** Issues per family that go into the checked-in sample: the first, and the first two of the small families (one per item style). */
const sampleIssues: Record<string, number> = { 'jianbao-single': 2, 'daily-digest': 2 }
const install = 'apt-get install -y poppler-utils poppler-data mupdf-tools python3-reportlab'

/** Extractor name → command line for one PDF. */
const extractors: Record<string, (pdf: string, txt: string) => string[]> = {
  pdftotext: (pdf, txt) => ['pdftotext', '-enc', 'UTF-8', pdf, txt],
  'pdftotext-layout': (pdf, txt) => ['pdftotext', '-layout', '-enc', 'UTF-8', pdf, txt],
  mutool: (pdf, txt) => ['mutool', 'draw', '-q', '-F', 'txt', '-o', txt, pdf]
}

function run(command: string[]): { ok: boolean; output: string } {
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' }
  const result = spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', env })
  return {
    ok: result.status === 0,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`
  }
}

/** The first interpreter that can import reportlab (Debian's python3-reportlab is for the system python). */
function findPython(): string {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((c): c is string => Boolean(c))
  const found = candidates.find((python) => run([python, '-c', 'import reportlab']).ok)
  if (!found) throw new Error(`No python with reportlab (tried ${candidates.join(', ')}). Install: ${install}`)
  return found
}

function checkTools(): void {
  for (const tool of [
    ['pdftotext', '-v'],
    ['mutool', '-v']
  ]) {
    if (!run(tool).ok) throw new Error(`\`${tool[0]}\` is missing. Install: ${install}`)
  }
}

/** Typesets every family into `out`, then extracts each PDF with each extractor and writes its gold beside it. */
export function build(out: string, issues: number): void {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const python = findPython()
  const made = run([python, join(here, 'typeset.py'), '--out', out, '--issues', String(issues)])
  if (!made.ok) throw new Error(`typeset.py failed:\n${made.output}`)
  process.stdout.write(made.output)
  for (const family of readdirSync(join(out, '_pdf')).sort()) {
    for (const pdfName of readdirSync(join(out, '_pdf', family)).sort()) {
      const issue = pdfName.replace(/\.pdf$/, '')
      const gold = JSON.parse(readFileSync(join(out, '_gold', family, `${issue}.json`), 'utf8')) as object
      for (const [extractor, command] of Object.entries(extractors)) {
        const dir = join(out, family, extractor)
        mkdirSync(dir, { recursive: true })
        const extracted = run(command(join(out, '_pdf', family, pdfName), join(dir, `${issue}.txt`)))
        if (!extracted.ok) throw new Error(`${extractor} failed on ${pdfName}:\n${extracted.output}`)
        writeFileSync(join(dir, `${issue}.gold.json`), JSON.stringify({ family, extractor, ...gold }, null, 1) + '\n')
      }
    }
  }
}

/** The sample's files: the first issues of every family × extractor, relative to the corpus folder. */
function sampleFiles(out: string): string[] {
  const names: string[] = []
  for (const family of readdirSync(out)
    .filter((name) => !name.startsWith('_'))
    .sort()) {
    for (const extractor of readdirSync(join(out, family)).sort()) {
      for (const name of readdirSync(join(out, family, extractor)).sort()) {
        const issue = Number(/-(\d+)\./.exec(name)?.[1])
        if (issue <= (sampleIssues[family] ?? 1)) names.push(join(family, extractor, name))
      }
    }
  }
  return names
}

function writeSample(out: string): void {
  rmSync(sampleDir, { recursive: true, force: true })
  for (const name of sampleFiles(out)) cpSync(join(out, name), join(sampleDir, name))
  console.log(`sample: ${sampleFiles(out).length} files → ${relative(repo, sampleDir)}`)
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort()
}

/** Differences between two folders, file by file, byte for byte. */
function compare(a: string, b: string, names: string[]): string[] {
  return names.filter(
    (name) => !existsSync(join(b, name)) || !readFileSync(join(a, name)).equals(readFileSync(join(b, name)))
  )
}

function check(issues: number): boolean {
  const scratch = mkdtempSync(join(tmpdir(), 'typeset-check-'))
  try {
    const first = join(scratch, 'a')
    const second = join(scratch, 'b')
    build(first, issues)
    build(second, issues)
    const unstable = compare(first, second, listAll(first))
    const stale = compare(first, sampleDir, sampleFiles(first))
    const extra = existsSync(sampleDir) ? listAll(sampleDir).filter((name) => !sampleFiles(first).includes(name)) : []
    for (const name of unstable) console.error(`not deterministic: ${name}`)
    for (const name of stale)
      console.error(`sample out of date: tests/parse/typeset/${name} (run npm run typeset-corpus -- --sample)`)
    for (const name of extra)
      console.error(`sample has a file the generator no longer makes: tests/parse/typeset/${name}`)
    const ok = unstable.length === 0 && stale.length === 0 && extra.length === 0
    console.log(ok ? 'check: deterministic, sample up to date' : 'check: FAILED')
    return ok
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(repo, 'tests/output/typeset') },
      issues: { type: 'string', default: '8' },
      sample: { type: 'boolean', default: false },
      check: { type: 'boolean', default: false }
    }
  })
  checkTools()
  const issues = Number(values.issues)
  if (values.check) process.exit(check(issues) ? 0 : 1)
  build(values.out, issues)
  console.log(`corpus: ${relative(process.cwd(), values.out) || '.'}`)
  if (values.sample) writeSample(values.out)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()

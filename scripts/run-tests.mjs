#!/usr/bin/env node
// `npm test`: the type check, the format check, then every tests/**/*.test.ts with node:test through
// the tsx loader, each file in a process of its own with a time limit, so that a file that hangs
// fails with its name instead of stopping the run.
//
// Usage: npm test [-- <substring filter on the path> ...]
//   With filters, only the matching test files run (no type or format check).
//   TEST_FILE_TIMEOUT=<seconds> changes the per-file limit (default 600).
import { readdirSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { spawn } from 'node:child_process'

const fileTimeoutSeconds = Number(process.env.TEST_FILE_TIMEOUT ?? 600)
const parallel = Math.max(1, availableParallelism() - 1)

function listTests(dir) {
  const found = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name === 'fixtures' || name === 'output' || name === 'node_modules') continue
    if (statSync(path).isDirectory()) found.push(...listTests(path))
    else if (name.endsWith('.test.ts')) found.push(path)
  }
  return found
}

/** Runs a command in its own process group; resolves with its exit, its output and whether it timed out. */
function run(command, args, { timeoutSeconds = fileTimeoutSeconds, echo = false } = {}) {
  return new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    const take = (chunk) => {
      output += chunk
      if (echo) process.stdout.write(chunk)
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, timeoutSeconds * 1000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      // Whatever the file left running (a server, a browser) goes with its group.
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
      resolve({ code: code ?? 1, signal, output, timedOut, seconds: (Date.now() - started) / 1000 })
    })
  })
}

const bin = (name) => join('node_modules', '.bin', name)
const filters = process.argv.slice(2)
const files = listTests('tests').filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
if (files.length === 0) {
  console.error(`没有匹配的测试文件：${filters.join(' ') || 'tests/**/*.test.ts'}`)
  process.exit(1)
}

const failures = []
if (filters.length === 0) {
  for (const [label, command, args] of [
    ['type check (tsc --noEmit)', bin('tsc'), ['--noEmit']],
    ['format check (prettier --check)', bin('prettier'), ['--check', 'src', 'scripts', 'tests', 'templates/assets']]
  ]) {
    const result = await run(command, args)
    console.log(`${result.code === 0 ? '✔' : '✖'} ${label} (${result.seconds.toFixed(1)} s)`)
    if (result.code !== 0) {
      process.stdout.write(result.output)
      failures.push(label)
    }
  }
}

if (files.some((f) => f.startsWith(join('tests', 'browser')))) {
  // Unpack the packaged Chromium (if it is the one) once, before the browser test files need it.
  const found = await run(process.execPath, ['--import', 'tsx', 'scripts/chromium.ts'], { timeoutSeconds: 180 })
  console.log(`ℹ browser: ${found.output.trim().split('\n').pop()}`)
}

const totals = { tests: 0, pass: 0, fail: 0, skipped: 0, todo: 0 }
const queue = [...files]
async function worker() {
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const result = await run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', file])
    for (const key of Object.keys(totals)) {
      const count = new RegExp(`^ℹ ${key} (\\d+)$`, 'm').exec(result.output)
      if (count) totals[key] += Number(count[1])
    }
    const ok = result.code === 0 && !result.timedOut
    console.log(`\n${ok ? '✔' : '✖'} ${file} (${result.seconds.toFixed(1)} s)`)
    process.stdout.write(
      result.output.replace(/^ℹ (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) .*\n/gm, '')
    )
    if (result.timedOut) {
      console.log(`✖ ${file}: did not finish within ${fileTimeoutSeconds} s; stopped it and everything it started`)
      failures.push(`${file} (timed out)`)
    } else if (!ok) failures.push(file)
  }
}
await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker))

console.log(
  `\nℹ files ${files.length}, tests ${totals.tests}, pass ${totals.pass}, fail ${totals.fail}, ` +
    `skipped ${totals.skipped}, todo ${totals.todo}`
)
if (totals.skipped > 0 || totals.todo > 0) failures.push(`${totals.skipped + totals.todo} skipped or todo tests`)
if (failures.length > 0) {
  console.log(`✖ failed:\n${failures.map((f) => `  ${f}`).join('\n')}`)
  process.exit(1)
}
console.log('✔ all passed')

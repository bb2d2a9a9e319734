#!/usr/bin/env node
// Runs every tests/**/*.test.ts with node:test through the tsx loader.
// Node 20's `--test` takes no globs, so the files are listed here.
// Usage: npm test [-- <substring filter on the path>]
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

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

const filters = process.argv.slice(2)
const files = listTests('tests').filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
if (files.length === 0) {
  console.error(`No test files matched ${filters.join(' ') || 'tests/**/*.test.ts'}`)
  process.exit(1)
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit'
})
process.exit(result.status ?? 1)

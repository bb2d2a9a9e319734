/**
 * A browser test file whose Chromium cannot start must fail at once with the reason, and end: the
 * seed site it built and the preview server it started are released, nothing is left running.
 */
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { test } from 'node:test'
import { fileURLToPath } from 'node:url'

const fixture = fileURLToPath(new URL('./fixtures/browser-fails-to-launch.ts', import.meta.url))

test('a browser test file whose browser fails to launch fails with the reason and ends within seconds', async () => {
  const started = Date.now()
  // Run as `node file.ts` runs it; without the parent's NODE_TEST_CONTEXT, which would make it a subtest.
  const { NODE_TEST_CONTEXT: _, ...env } = process.env
  const child = spawn(process.execPath, ['--import', 'tsx', '--test-reporter=spec', fixture], {
    env: { ...env, CHROMIUM_PATH: '/bin/false' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const limit = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(limit)
  const seconds = (Date.now() - started) / 1000
  assert.notEqual(code, null, `the test file was still running after 60 s:\n${output}`)
  assert.notEqual(code, 0, `the test file passed without a browser:\n${output}`)
  assert.match(output, /BROWSER TESTS CANNOT RUN: Chromium at \/bin\/false \(CHROMIUM_PATH\) did not start/)
  // Building the seed site takes a few seconds; the failure itself must not add a wait.
  assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s to end`)
})

test('a CHROMIUM_PATH that names no file is an error, not a reason to use another browser', async () => {
  const { findChromium } = await import('../../scripts/chromium.ts')
  const saved = process.env['CHROMIUM_PATH']
  process.env['CHROMIUM_PATH'] = '/nonexistent/chromium'
  try {
    await assert.rejects(findChromium(), /CHROMIUM_PATH is \/nonexistent\/chromium, but there is no file there/)
  } finally {
    if (saved === undefined) delete process.env['CHROMIUM_PATH']
    else process.env['CHROMIUM_PATH'] = saved
  }
})

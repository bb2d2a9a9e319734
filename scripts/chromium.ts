/**
 * Which Chromium the browser tests and the search benchmark drive, and how it is started.
 *
 * A fresh machine may have no browser and no way to download one (no network beyond the npm
 * registry), so the devDependency `@sparticuz/chromium` ships a Chromium build inside the
 * registry package. In order of preference:
 *   1. `CHROMIUM_PATH`, when set (a wrong path is an error, never silently replaced);
 *   2. a system Chromium or Chrome (Debian's `chromium` package, …);
 *   3. the packaged build, unpacked once into the system's temporary folder.
 * Run `node --import tsx scripts/chromium.ts` to see which one is found.
 */
import { existsSync, mkdirSync, rmSync, rmdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { chromium, type Browser } from 'playwright-core'

/** Flags for a headless Chromium on a closed network: no first-run work, no connection attempts. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

const systemChromiums = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium'
]

export interface FoundChromium {
  path: string
  /** Where it came from, for messages: `CHROMIUM_PATH`, `system`, `@sparticuz/chromium`. */
  source: string
}

/** The Chromium to drive, unpacking the packaged one if need be. Throws with what to do when there is none. */
export async function findChromium(): Promise<FoundChromium> {
  const requested = process.env['CHROMIUM_PATH']
  if (requested !== undefined && requested !== '') {
    if (!existsSync(requested)) throw new Error(`CHROMIUM_PATH is ${requested}, but there is no file there.`)
    return { path: requested, source: 'CHROMIUM_PATH' }
  }
  const system = systemChromiums.find((path) => existsSync(path))
  if (system !== undefined) return { path: system, source: 'system' }
  return { path: await unpackPackagedChromium(), source: '@sparticuz/chromium' }
}

/**
 * The packaged build unpacks itself to `<tmp>/chromium` (about 2 s) unless that file exists. Test
 * files run in parallel, and a second process must not start a half-written binary, so the unpacking
 * is done under a lock folder; the others wait for it.
 */
async function unpackPackagedChromium(): Promise<string> {
  let packaged: { executablePath: () => Promise<string> }
  try {
    packaged = (await import('@sparticuz/chromium')).default
  } catch (error) {
    throw new Error(
      'No Chromium found: no CHROMIUM_PATH, no system Chromium, and the package @sparticuz/chromium ' +
        `is not installed (run \`npm ci\`). ${String(error)}`
    )
  }
  const lock = join(tmpdir(), 'bulletin-archive-chromium.lock')
  const deadline = Date.now() + 120_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      // A lock older than two minutes belongs to a process that died while unpacking.
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now())
      if (age > 120_000) rmSync(lock, { recursive: true, force: true })
      else if (Date.now() > deadline)
        throw new Error(`another process has been unpacking Chromium for 2 minutes (${lock})`)
      else await sleep(100)
    }
  }
  try {
    return await packaged.executablePath()
  } finally {
    rmdirSync(lock)
  }
}

/** A headless Chromium, found as above. Throws (never skips) when none can be started. */
export async function launchChromium(): Promise<Browser> {
  let found: FoundChromium
  try {
    found = await findChromium()
  } catch (error) {
    throw new Error(`BROWSER TESTS CANNOT RUN: ${(error as Error).message}`)
  }
  try {
    return await chromium.launch({ executablePath: found.path, args: chromiumArgs, timeout: 30_000 })
  } catch (error) {
    throw new Error(
      `BROWSER TESTS CANNOT RUN: Chromium at ${found.path} (${found.source}) did not start: ${(error as Error).message}`
    )
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = await findChromium()
  console.log(`${found.path} (${found.source})`)
}

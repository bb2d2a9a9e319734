/**
 * Debian's Chromium driven by playwright-core: never a downloaded browser.
 * A missing Chromium fails the test loudly; it is never skipped.
 */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `BROWSER TESTS CANNOT RUN: no Chromium at ${chromiumPath}. Install Debian's package ` +
        '(`apt-get install -y chromium`, as .ci/run does) or set CHROMIUM_PATH.'
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** The seed corpus built, served on localhost and opened in Chromium: one per test file. */
export interface SeedSession {
  site: { outDir: string; remove: () => void }
  server: { url: string; close: () => Promise<void> }
  browser: Browser
  close: () => Promise<void>
}

export async function openSeedSession(base = '/'): Promise<SeedSession> {
  const { buildSeeds } = await import('../e2e/seed-build.ts')
  const { startServer } = await import('../../src/serve.ts')
  const site = await buildSeeds(base)
  const server = await startServer({ root: site.outDir, port: 0, base })
  const browser = await launchChromium()
  return {
    site,
    server,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
      site.remove()
    }
  }
}

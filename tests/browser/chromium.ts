/**
 * The seed site built, served on localhost and opened in headless Chromium, for the browser tests.
 * Which Chromium, and how it starts: scripts/chromium.ts. A Chromium that cannot start fails the
 * test file at once, after releasing everything opened before it; it is never skipped.
 */
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium.ts'

export { launchChromium }

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
  let server: SeedSession['server'] | undefined
  try {
    server = await startServer({ root: site.outDir, port: 0, base })
    const browser = await launchChromium()
    const opened = server
    return {
      site,
      server: opened,
      browser,
      close: async () => {
        await browser.close()
        await opened.close()
        site.remove()
      }
    }
  } catch (error) {
    await server?.close()
    site.remove()
    throw error
  }
}

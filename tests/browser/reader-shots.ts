/** Screenshots for review of the reader's pages, at the widths the issue names: tests/output/reader/. */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

export const readerShots = fileURLToPath(new URL('../output/reader/', import.meta.url))
export const widths = [1280, 375] as const

/** Taller than this, a full-page capture is cut here: Chromium cannot always capture a very tall page at once. */
const MAX_SHOT_HEIGHT = 8000

/**
 * A screenshot for review of the whole page (its first MAX_SHOT_HEIGHT pixels). Headless
 * Chromium now and then answers a capture with "Unable to capture screenshot": it is
 * asked once more before the test fails.
 */
export async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(readerShots, { recursive: true })
  const path = `${readerShots}${name}.png`
  await capture(page, path)
  return path
}

/** The page's screenshot into `path`, as `shoot` takes it. */
export async function capture(page: Page, path: string): Promise<void> {
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight
  }))
  const clip = { x: 0, y: 0, width: size.width, height: Math.min(size.height, MAX_SHOT_HEIGHT) }
  try {
    await page.screenshot({ path, fullPage: true, clip })
  } catch (error) {
    if (!/Unable to capture screenshot/.test(String(error))) throw error
    await page.waitForTimeout(200)
    await page.screenshot({ path, fullPage: true, clip })
  }
}

/** Whether anything on the page is wider than the viewport (a phone would scroll sideways). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
}

/** Screenshots for review of the reader's pages, at the widths the issue names: tests/output/reader/. */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

export const readerShots = fileURLToPath(new URL('../output/reader/', import.meta.url))
export const widths = [1280, 375] as const

export async function shoot(page: Page, name: string): Promise<string> {
  mkdirSync(readerShots, { recursive: true })
  const path = `${readerShots}${name}.png`
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Whether anything on the page is wider than the viewport (a phone would scroll sideways). */
export async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)
}

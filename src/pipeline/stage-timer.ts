/** Wall-clock seconds per stage of a build, and how the progress lines write amounts and rates. */

/** Accumulates wall-clock seconds per stage. */
export class StageTimer {
  readonly seconds: Record<string, number> = {}
  async time<T>(stage: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await run()
    } finally {
      this.seconds[stage] = (this.seconds[stage] ?? 0) + (performance.now() - start) / 1000
    }
  }
  timeSync<T>(stage: string, run: () => T): T {
    const start = performance.now()
    try {
      return run()
    } finally {
      this.seconds[stage] = (this.seconds[stage] ?? 0) + (performance.now() - start) / 1000
    }
  }
  /** A stage's seconds so far (0 before it ran). */
  of(stage: string): number {
    return this.seconds[stage] ?? 0
  }
}

export const megabytes = (bytes: number) => (bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)

/** `，7.2 MB/秒` on a stage long enough (a second or more) for a rate to say something. */
export function rate(amount: number, seconds: number, unit: string): string {
  if (seconds < 1) return ''
  const perSecond = amount / seconds
  return `，${perSecond >= 100 ? Math.round(perSecond) : perSecond.toFixed(1)} ${unit}/秒`
}

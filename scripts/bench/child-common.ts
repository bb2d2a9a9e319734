/** Helpers for the measured child processes: stage marks and a final result line. */

/** Prints a stage mark the parent lines up with its RSS samples (wall clock, ms). */
export function mark(label: string): void {
  process.stdout.write(`@@MARK ${Date.now()} ${label}\n`)
}

/** Prints the child's result as one JSON line, with its own CPU time and peak RSS. */
export function result(data: Record<string, unknown>): void {
  const usage = process.resourceUsage()
  process.stdout.write(
    `@@RESULT ${JSON.stringify({ ...data, self: { userSeconds: usage.userCPUTime / 1e6, systemSeconds: usage.systemCPUTime / 1e6, maxRssBytes: usage.maxRSS * 1024 } })}\n`
  )
}

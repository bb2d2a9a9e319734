/**
 * Runs one measurement in a child process and reports wall and CPU seconds, peak RSS
 * and the child's stage marks.
 *
 * - `/usr/bin/time -v` (when present) gives CPU seconds of the whole process tree and
 *   the peak RSS of the largest single process (Node or Pagefind's binary).
 * - A sampler reads /proc every 100 ms and sums RSS over the child's process tree (Node +
 *   Pagefind's binary run at the same time): `peakTreeRssBytes`, and per stage.
 * - Without /usr/bin/time the child's own `process.resourceUsage()` is used instead.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Measurement {
  ok: boolean
  exitCode: number | null
  wallSeconds: number
  cpuSeconds: number | null
  userSeconds: number | null
  systemSeconds: number | null
  /** Largest single process of the tree (from /usr/bin/time -v or sampled, the larger). */
  maxRssBytes: number | null
  /** Sum of RSS over the process tree, sampled every 100 ms. */
  peakTreeRssBytes: number
  /**
   * Stage marks from the child: label, wall time (ms), and since the previous mark the peak
   * tree RSS and the CPU seconds of the whole tree (threads and child processes included).
   */
  stages: { label: string; at: number; seconds: number; cpuSeconds: number; peakTreeRssBytes: number }[]
  result: Record<string, any> | null
  /** Processes of the tree seen by the sampler: name, CPU seconds, peak RSS. */
  processes: { comm: string; cpuSeconds: number; peakRssBytes: number }[]
  stdoutTail: string
  stderrTail: string
}

const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null
const pageSize = 4096

const clockTicks = 100

/** Per process of the tree, the last CPU seconds and the peak RSS seen. */
type Seen = Map<number, { cpu: number; rss: number; comm: string }>

function treeRss(root: number, seen?: Seen): number {
  const children = new Map<number, number[]>()
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d))
  } catch {
    return 0
  }
  const rss = new Map<number, number>()
  const cpu = new Map<number, number>()
  const comm = new Map<number, string>()
  for (const d of pids) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const ppid = Number(fields[1])
      const pid = Number(d)
      // field 24 of stat (rss, pages) is fields[21] after the comm
      rss.set(pid, Number(fields[21]) * pageSize)
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / clockTicks)
      comm.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))
      const list = children.get(ppid) ?? []
      list.push(pid)
      children.set(ppid, list)
    } catch {
      /* the process ended */
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    if (seen && pid !== root) {
      const before = seen.get(pid)
      seen.set(pid, {
        cpu: cpu.get(pid) ?? 0,
        rss: Math.max(before?.rss ?? 0, rss.get(pid) ?? 0),
        comm: comm.get(pid) ?? ''
      })
    }
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

function parseTimeV(text: string) {
  const num = (re: RegExp) => {
    const m = text.match(re)
    return m ? Number(m[1]) : null
  }
  return {
    user: num(/User time \(seconds\): ([\d.]+)/),
    system: num(/System time \(seconds\): ([\d.]+)/),
    maxRssKb: num(/Maximum resident set size \(kbytes\): (\d+)/)
  }
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; echo?: boolean; timeoutSeconds?: number } = {}
): Promise<Measurement> {
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`)
  const [cmd, argv] = timeBin ? [timeBin, ['-v', '-o', timeFile, command, ...args]] : [command, args]
  const started = Date.now()
  const t0 = performance.now()
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const samples: { at: number; rss: number; cpu: number }[] = []
  const seen: Seen = new Map()
  // CPU of the tree so far: processes that ended keep the last figure seen.
  const treeCpu = () => [...seen.values()].reduce((sum, p) => sum + p.cpu, 0)
  const sampler = setInterval(() => {
    const rss = treeRss(child.pid!, seen)
    samples.push({ at: Date.now(), rss, cpu: treeCpu() })
  }, 100)
  const marks: { label: string; at: number }[] = [{ label: 'spawn', at: started }]
  let result: Record<string, any> | null = null
  let stdout = ''
  let stderr = ''
  let buffered = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk
    let nl: number
    while ((nl = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, nl)
      buffered = buffered.slice(nl + 1)
      const m = line.match(/^@@MARK (\d+) (.*)$/)
      if (m) marks.push({ at: Number(m[1]), label: m[2]! })
      else if (line.startsWith('@@RESULT ')) result = JSON.parse(line.slice(9))
      else {
        stdout = (stdout + line + '\n').slice(-4000)
        if (options.echo) console.log(`    | ${line}`)
      }
    }
  })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000)
    if (options.echo) process.stderr.write(chunk.replace(/^/gm, '    ! '))
  })
  const timer = options.timeoutSeconds ? setTimeout(() => child.kill('SIGKILL'), options.timeoutSeconds * 1000) : null
  const exitCode: number | null = await new Promise((done) => child.on('close', (code) => done(code)))
  if (timer) clearTimeout(timer)
  clearInterval(sampler)
  const wallSeconds = (performance.now() - t0) / 1000
  const ended = Date.now()
  marks.push({ label: 'exit', at: ended })

  let user: number | null = null
  let system: number | null = null
  let maxRss: number | null = null
  if (timeBin && existsSync(timeFile)) {
    const parsed = parseTimeV(readFileSync(timeFile, 'utf8'))
    rmSync(timeFile, { force: true })
    user = parsed.user
    system = parsed.system
    maxRss = parsed.maxRssKb === null ? null : parsed.maxRssKb * 1024
  } else {
    const self = (result as Record<string, any> | null)?.self
    if (self) {
      user = self.userSeconds
      system = self.systemSeconds
      maxRss = self.maxRssBytes
    }
  }
  // Processes Node starts and does not wait for (Pagefind's binary) are missing from
  // time -v: take the sampled figures when they are larger.
  const sampledCpu = [...seen.values()].reduce((sum, p) => sum + p.cpu, 0)
  const sampledMax = [...seen.values()].reduce((m, p) => Math.max(m, p.rss), 0)
  if (user !== null && system !== null && sampledCpu > user + system) {
    user += sampledCpu - (user + system)
  }
  if (maxRss === null || sampledMax > maxRss) maxRss = sampledMax
  const stages: Measurement['stages'] = []
  /** Tree CPU at the last sample taken by `at` (100 ms resolution). */
  const cpuBy = (at: number) => samples.filter((s) => s.at <= at).at(-1)?.cpu ?? 0
  for (let i = 1; i < marks.length; i++) {
    const from = marks[i - 1]!.at
    const to = marks[i]!.at
    const inside = samples.filter((s) => s.at >= from && s.at <= to + 100)
    stages.push({
      label: marks[i]!.label,
      at: to,
      seconds: (to - from) / 1000,
      // The last phase ends at the exit: it gets the rest of the whole tree's CPU.
      cpuSeconds:
        i === marks.length - 1
          ? Math.max(0, (user !== null && system !== null ? user + system : sampledCpu) - cpuBy(from))
          : cpuBy(to) - cpuBy(from),
      peakTreeRssBytes: inside.reduce((m, s) => Math.max(m, s.rss), 0)
    })
  }
  // Progress lines printed together (e.g. read, parse and tag after readAndParse) end one
  // phase: name it after all of them.
  for (let i = stages.length - 1; i > 0; i--) {
    if (stages[i]!.seconds < 0.01 && stages[i]!.label !== 'exit') {
      stages[i - 1]!.label += '+' + stages[i]!.label
      stages[i - 1]!.peakTreeRssBytes = Math.max(stages[i - 1]!.peakTreeRssBytes, stages[i]!.peakTreeRssBytes)
      stages[i - 1]!.cpuSeconds += stages[i]!.cpuSeconds
      stages.splice(i, 1)
    }
  }
  return {
    ok: exitCode === 0 && result !== null,
    exitCode,
    wallSeconds,
    cpuSeconds: user !== null && system !== null ? user + system : null,
    userSeconds: user,
    systemSeconds: system,
    maxRssBytes: maxRss,
    peakTreeRssBytes: samples.reduce((m, s) => Math.max(m, s.rss), 0),
    stages,
    result,
    processes: [...seen.values()].map((p) => ({ comm: p.comm, cpuSeconds: p.cpu, peakRssBytes: p.rss })),
    stdoutTail: stdout,
    stderrTail: stderr
  }
}

/**
 * Summarises a V8 .cpuprofile (node --cpu-prof) by where self time was spent: package
 * (node_modules/<name>), our source folder (src/<stage>), or Node internals.
 *
 *   node --import tsx scripts/bench/profile-summary.ts FILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs'

interface Node {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
const [file, topArg] = process.argv.slice(2)
if (!file) throw new Error('usage: profile-summary.ts FILE.cpuprofile [TOP]')
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] }
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))

function owner(url: string): string {
  if (!url) return '(native/GC/idle)'
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (m) return m[1]!
  const s = url.match(/\/(src\/[^/]+|scripts\/[^/]+|templates)/)
  if (s) return s[1]!
  if (url.startsWith('node:')) return 'node:internal'
  return url
}
const groups = new Map<string, number>()
const functions = new Map<string, number>()
let total = 0
for (const [id, us] of self) {
  const n = byId.get(id)!
  total += us
  const g = owner(n.callFrame.url)
  groups.set(g, (groups.get(g) ?? 0) + us)
  const f = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|scripts)\//, '$1/')}:${n.callFrame.lineNumber + 1}`
  functions.set(f, (functions.get(f) ?? 0) + us)
}
const top = Number(topArg ?? 15)
console.log(`total sampled ${(total / 1e6).toFixed(1)} s`)
console.log('self time by owner:')
for (const [g, us] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${(us / 1e6).toFixed(2).padStart(7)} s  ${((100 * us) / total).toFixed(1).padStart(5)} %  ${g}`)
console.log('hottest functions (self):')
for (const [f, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${(us / 1e6).toFixed(2).padStart(7)} s  ${f}`)

#!/usr/bin/env node
/**
 * Command line: `build`, `check` and `serve`.
 *
 *   npm run build -- [--corpus DIR] [--out DIR] [--base /prefix/] [--name 名称] [--strict] [--quiet]
 *   npm run check -- [--corpus DIR] [--out DIR] [--report DIR] [--strict]
 *   npm run serve -- [--out DIR] [--port 8080] [--base /prefix/]
 */
import { parseArgs } from 'node:util'
import { join, relative } from 'node:path'
import { build, BuildError } from './pipeline/index.ts'
import { serve, ServeError } from './serve.ts'

const usage = `用法 Usage:
  npm run build -- [--corpus DIR] [--out DIR] [--base /prefix/] [--site-url https://host] [--name 名称]
                    [--cache DIR | --no-cache] [--report DIR] [--redact] [--strict] [--quiet | --verbose]
  npm run check -- [--corpus DIR] [--out DIR] [--report DIR] [--strict]
  npm run serve -- [--out DIR] [--port 8080] [--base /prefix/]`

class UsageError extends Error {}

/** Warnings a build prints before it refers to the report. */
const WARNINGS_SHOWN = 10

/** A path as the office typed it: relative to the working directory when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel.startsWith('..') || rel === '' ? path : rel
}

function normaliseBase(base: string): string {
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base.endsWith('/') ? base : base + '/')) {
    throw new UsageError(
      `--base 的值 \`${base}\` 不是网址路径：应写成 \`/\` 或 \`/archive/\` 这样，斜杠之间只用字母、数字和 . _ ~ -`
    )
  }
  return base.endsWith('/') ? base : base + '/'
}

function readOptions(args: string[]) {
  return parseArgs({
    args,
    options: {
      corpus: { type: 'string', default: 'corpus' },
      out: { type: 'string', default: 'dist' },
      base: { type: 'string', default: '/' },
      name: { type: 'string', default: '简报档案馆' },
      'site-url': { type: 'string' },
      cache: { type: 'string', default: '.cache/bulletin-archive' },
      'no-cache': { type: 'boolean', default: false },
      port: { type: 'string', default: '8080' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      redact: { type: 'boolean', default: false },
      report: { type: 'string' },
      help: { type: 'boolean', default: false }
    },
    strict: true
  }).values
}

type Options = ReturnType<typeof readOptions>
type Summary = Awaited<ReturnType<typeof build>>

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  const values = readOptions(rest)
  if (values.help) {
    console.log(usage)
    return 0
  }
  const base = normaliseBase(values.base)
  const siteUrl = values['site-url'] ?? null
  if (siteUrl !== null && !/^https?:\/\/[^/?#\s]+$/.test(siteUrl.replace(/\/$/, ''))) {
    throw new UsageError(
      `--site-url 的值 \`${siteUrl}\` 不是网站地址：应写成 \`https://example.org\` 这样，不带路径（路径用 --base 给出）`
    )
  }
  if (command === 'serve') {
    const port = Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port 的值 \`${values.port}\` 不是端口号：应为 0–65535 之间的整数`)
    await serve({ root: values.out, port, base })
    return 0
  }
  if (command !== 'build' && command !== 'check')
    throw new UsageError(
      command === undefined
        ? '缺少命令：应为 build、check 或 serve'
        : `没有 \`${command}\` 这个命令：应为 build、check 或 serve`
    )
  const { log, progress } = terminalOutput(values.quiet)
  const summary = await build({
    corpusDir: values.corpus,
    outDir: values.out,
    base,
    name: values.name,
    siteUrl: siteUrl?.replace(/\/$/, '') ?? null,
    cacheDir: values['no-cache'] ? null : values.cache,
    checkOnly: command === 'check',
    log,
    reportDir: values.report ?? null,
    verbose: values.verbose,
    redact: values.redact,
    ...(progress ? { progress } : {})
  })
  printSummary(command, values, summary)
  return strictFailure(command, values, summary) ? 1 : 0
}

/** On a terminal a stage's progress is one line, overwritten until the stage's own line replaces it. */
function terminalOutput(quiet: boolean): { log: (line: string) => void; progress?: (line: string) => void } {
  const tty = process.stdout.isTTY === true && !quiet
  let pending = false
  const log = quiet
    ? () => {}
    : (line: string) => {
        if (pending) process.stdout.write('\r\x1b[K')
        pending = false
        console.log(line)
      }
  const progress = tty
    ? (line: string) => {
        process.stdout.write(`${pending ? '\r\x1b[K' : ''}${line}`)
        pending = true
      }
    : undefined
  return { log, ...(progress ? { progress } : {}) }
}

function printSummary(command: 'build' | 'check', values: Options, summary: Summary): void {
  for (const line of summary.outline) console.log(line)
  // `check` lists every warning; `build` the first few (all with --verbose): the report has them all.
  const shown = command === 'check' || values.verbose ? summary.diagnostics.length : WARNINGS_SHOWN
  for (const line of summary.diagnostics.slice(0, shown)) console.warn(`警告 ${line}`)
  if (summary.diagnostics.length > shown) console.warn(`警告 ……另有 ${summary.diagnostics.length - shown} 条，见报告`)
  console.log(
    `${command === 'check' ? '检查' : '完成'}：${summary.files} 个文件（读取 ${summary.files - summary.skipped} 个，跳过 ${summary.skipped} 个），` +
      `${summary.issues} 期，${summary.articles} 篇文章` +
      (command === 'build' ? `，${summary.pages} 个页面` : '') +
      `，${summary.warnings} 条警告，用时 ${summary.seconds.toFixed(1)} 秒` +
      (command === 'build' ? `（输出到 ${values.out}/）` : '')
  )
  if (summary.personalData > 0) {
    console.warn(
      values.redact
        ? `发布前检查：${summary.personalData} 处个人信息（身份证号、手机号、银行卡号）已在所有输出中遮盖，位置见报告`
        : `发布前检查：发现 ${summary.personalData} 处个人信息（身份证号、手机号、银行卡号），会原样出现在网站上；位置见报告，用 --redact 遮盖`
    )
  }
  const { applied, unmatched } = summary.corrections
  if (applied + unmatched > 0)
    console.log(`更正：corrections.csv 中 ${applied} 条已应用，${unmatched} 条未应用（不再匹配或无法使用，见报告）`)
  if (summary.duplicates > 0) console.warn(`发布前检查：${summary.duplicates} 组文章重复出现，位置见报告`)
  console.log(`报告：${displayPath(join(summary.reportDir, 'index.html'))}（${summary.doubtfulArticles} 篇存疑文章）`)
}

/** --strict fails a run that would publish personal data, or raised any warning. */
function strictFailure(command: 'build' | 'check', values: Options, summary: Summary): boolean {
  if (values.strict && summary.personalData > 0 && !values.redact) {
    console.error(
      `--strict: personal data would be published (${summary.personalData} place(s)); failing the ${command}.`
    )
    return true
  }
  if (values.strict && summary.warnings > 0) {
    console.error(`--strict: ${summary.warnings} warning(s) were raised; failing the ${command}.`)
    return true
  }
  return false
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`错误：${usageMessage(error as Error & { code?: string })}\n\n${usage}`)
      process.exitCode = 2
    } else if (error instanceof BuildError || error instanceof ServeError) {
      console.error(`错误：${error.message}`)
      process.exitCode = 1
    } else {
      console.error(error)
      process.exitCode = 1
    }
  }
)

/** Node's own argument errors, said in Chinese; ours are already. */
function usageMessage(error: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? ''
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `没有 \`${quoted}\` 这个选项`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `多了参数 \`${quoted}\`：文件夹要用 --corpus DIR、--out DIR 这样的选项给出`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = /'(--[\w-]+)/.exec(error.message)?.[1] ?? ''
      return /argument missing/.test(error.message)
        ? `选项 \`${option}\` 后面缺少它的值`
        : `选项 \`${option}\` 不接受值（${error.message}）`
    }
    default:
      return error.message
  }
}

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { tempDir } from '../helpers.ts'
import { writeProblemCorpus } from '../report/problem-corpus.ts'
import { runCli } from './cli.ts'

const number = (text: string, pattern: RegExp): number[] => {
  const match = pattern.exec(text)
  assert.ok(match, `${pattern} in:\n${text}`)
  return match.slice(1).map(Number)
}

test('a build prints one Chinese line per stage whose counts add up, no Eleventy chatter, and names its report last', () => {
  const dir = tempDir('terminal')
  try {
    const corpus = writeProblemCorpus(dir.path)
    const out = join(dir.path, 'site')
    const result = runCli(['build', '--corpus', corpus, '--out', out, '--no-cache'])
    assert.equal(result.status, 0, result.stderr)
    const lines = result.stdout.trim().split('\n')
    assert.deepEqual(
      lines.map((line) => line.slice(0, 2)),
      ['读取', '解析', '标注', '数据', '渲染', '索引', '完成', '报告']
    )
    assert.doesNotMatch(result.stdout + result.stderr, /\[11ty\]|Benchmark|Unexpected/)
    const [files] = number(result.stdout, /读取 {2}(\d+) 个文件/)
    const [parsed, , skipped] = number(
      result.stdout,
      /解析 {2}(\d+) 个文件（(\d+) 个来自缓存）成为 \d+ 期、\d+ 篇文章，跳过 (\d+) 个文件/
    )
    assert.equal(parsed! + skipped!, files)
    const [pages, fresh, reused] = number(result.stdout, /渲染 {2}(\d+) 个页面（重新生成 (\d+) 个，沿用 (\d+) 个）/)
    assert.equal(fresh! + reused!, pages)
    const [indexed, grams, buckets] = number(result.stdout, /索引 {2}(\d+) 篇文章，(\d+) 个字词片段，(\d+) 个索引桶/)
    assert.ok(indexed! > 0 && grams! > indexed! && buckets! >= 16)
    const [total, read, skippedAgain] = number(result.stdout, /完成：(\d+) 个文件（读取 (\d+) 个，跳过 (\d+) 个）/)
    assert.deepEqual([total, read, skippedAgain], [files, parsed, skipped])
    const [warnings] = number(result.stdout, /(\d+) 条警告/)
    const [warningLines, others] = [
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('警告 ')),
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => !line.startsWith('警告 '))
    ]
    assert.equal(warningLines.length, warnings, 'each warning on a line of its own')
    for (const line of warningLines) assert.match(line, /^警告 \S+:\d+:\d+: [^\s]*[\u4e00-\u9fff]/)
    assert.deepEqual(others, [
      '发布前检查：发现 3 处个人信息（身份证号、手机号、银行卡号），会原样出现在网站上；位置见报告，用 --redact 遮盖'
    ])
    assert.match(lines.at(-1)!, /^报告：.*build-report\/index\.html（\d+ 篇存疑文章）$/)
    assert.ok(existsSync(join(dir.path, 'build-report', 'index.html')))
  } finally {
    dir.remove()
  }
})

test('--verbose lets Eleventy speak; --report puts the report elsewhere, and never inside the output', () => {
  const dir = tempDir('terminal-verbose')
  try {
    const corpus = writeProblemCorpus(dir.path)
    const out = join(dir.path, 'site')
    const report = join(dir.path, 'elsewhere')
    const result = runCli(['build', '--corpus', corpus, '--out', out, '--report', report, '--verbose'])
    assert.equal(result.status, 0, result.stderr)
    assert.match(result.stdout, /\[11ty\]/)
    assert.ok(existsSync(join(report, 'report.json')))
    assert.ok(!existsSync(join(dir.path, 'build-report')))
    const inside = runCli(['build', '--corpus', corpus, '--out', out, '--report', join(out, 'report')])
    assert.equal(inside.status, 1)
    assert.match(inside.stderr, /报告文件夹.*不能随网站发布/)
  } finally {
    dir.remove()
  }
})

test('check prints files → issues → articles with title, date and credits, and writes the report without building', () => {
  const dir = tempDir('terminal-check')
  try {
    const corpus = writeProblemCorpus(dir.path)
    const out = join(dir.path, 'site')
    const result = runCli(['check', '--corpus', corpus, '--out', out])
    assert.equal(result.status, 0, result.stderr)
    const lines = result.stdout.split('\n')
    const at = lines.findIndex((line) => line.startsWith('002_a91af3f4be450be0.txt'))
    assert.match(lines[at]!, /utf-8\s+上街时讯 2020年2月29日 第7期（总第634期）\s+8 {2}可信度 [01]\.\d\d$/)
    assert.match(lines[at + 1]!, /^\s+版式：正文栏宽 .+；空行＝(分段|折行|无空行)；分页 \d+ 处/)
    assert.match(lines[at + 2]!, /^\s+1 {2}[01]\.\d\d {2}区委常委会召开会议\s+2020年2月28日\s+（无署名）$/)
    assert.match(
      lines[at + 3]!,
      /^\s+2 {2}[01]\.\d\d {2}我区召开统筹推进新冠肺炎疫情防控和经济社会发…\s+2020年2月24日\s+记者 雷霄、许峰$/
    )
    assert.match(result.stdout, /^binary\.txt\s+—\s+已跳过：文件里有 NUL 字节/m)
    assert.match(result.stdout, /^gbk\.txt\s+gb18030\s+上街时讯\s+1 {2}可信度 [01]\.\d\d$/m)
    assert.ok(!existsSync(out), 'no site is built')
    assert.ok(existsSync(join(dir.path, 'build-report', 'report.json')))
    assert.match(result.stdout, /^检查：9 个文件（读取 7 个，跳过 2 个），7 期，25 篇文章，5 条警告/m)
  } finally {
    dir.remove()
  }
})

test('a mistyped command line is answered in Chinese, with the usage, and exit code 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [['build', 'corpus'], /多了参数 `corpus`：文件夹要用 --corpus DIR/],
    [['build', '--frob'], /没有 `--frob` 这个选项/],
    [['build', '--corpus'], /选项 `--corpus` 后面缺少它的值/],
    [['build', '--base', 'a b'], /--base 的值 `a b` 不是网址路径/],
    [['serve', '--port', '99999'], /--port 的值 `99999` 不是端口号/],
    [['publish'], /没有 `publish` 这个命令：应为 build、check 或 serve/]
  ]
  for (const [args, expected] of cases) {
    const result = runCli(args)
    assert.equal(result.status, 2, args.join(' '))
    assert.match(result.stderr, expected)
    assert.match(result.stderr, /^错误：/)
    assert.match(result.stderr, /用法 Usage:/)
    assert.doesNotMatch(result.stderr, /Unexpected|expected/, 'no English sentence for the office')
  }
})

import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusDir } from '../e2e/seed-build.ts'
import { tempDir } from '../helpers.ts'
import { runCli, spawnCli } from './cli.ts'
import { treeHashes } from './tree.ts'

test('two builds of the same corpus give byte-identical output, the second from warm caches, one file per cache', () => {
  const dir = tempDir('determinism')
  try {
    const cache = join(dir.path, 'cache')
    const first = runCli(['build', '--corpus', corpusDir, '--out', join(dir.path, 'a'), '--cache', cache])
    assert.equal(first.status, 0, first.stderr)
    assert.match(first.stdout, /（0 个来自缓存）/)
    const second = runCli(['build', '--corpus', corpusDir, '--out', join(dir.path, 'b'), '--cache', cache])
    assert.equal(second.status, 0, second.stderr)
    assert.match(second.stdout, /（5 个来自缓存）/)
    // Eleventy notes a slow filter (`[11ty] Benchmark …`) when the machine is busy: timing, not a warning.
    const warnings = (stderr: string) => stderr.replace(/^\[11ty\] Benchmark .*\n/gm, '')
    assert.equal(warnings(second.stderr), warnings(first.stderr), 'cached files report the same warnings')
    const a = treeHashes(join(dir.path, 'a'))
    const b = treeHashes(join(dir.path, 'b'))
    assert.deepEqual([...a.keys()], [...b.keys()])
    const differing = [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path)
    assert.deepEqual(differing, [])
    // Each cache is one file named by its code version (src/util/build-cache.ts); the second build replaced its own.
    const names = readdirSync(cache).sort()
    assert.equal(names.length, 4, names.join(' '))
    for (const [cacheName, pattern] of [
      ['parse', /^parse-3\.[0-9a-f]{16}\.v8$/],
      ['scans', /^scans-nodejieba-[\d.]+-[0-9a-f]{16}\.v8$/],
      ['search-index', /^search-index-[0-9a-f]{16}\.v8$/],
      ['tokens', /^tokens-nodejieba-[\d.]+\.bin$/]
    ] as const)
      assert.ok(
        names.some((name) => pattern.test(name)),
        `${cacheName}: ${names.join(' ')}`
      )
  } finally {
    dir.remove()
  }
})

test('a build killed midway (kill -9) leaves the previous output intact', async () => {
  const dir = tempDir('atomic')
  try {
    const out = join(dir.path, 'site')
    assert.equal(runCli(['build', '--corpus', corpusDir, '--out', out, '--quiet']).status, 0)
    const before = treeHashes(out)
    // Kill the next build as soon as it has started rendering into its staging folder.
    const child = spawnCli(['build', '--corpus', corpusDir, '--out', out])
    await new Promise<void>((done, fail) => {
      let seen = ''
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString()
        if (/数据|渲染/.test(seen)) {
          child.kill('SIGKILL')
        }
      })
      child.on('exit', () => done())
      child.on('error', fail)
    })
    assert.deepEqual(treeHashes(out), before)
    // And the next build recovers from the leftover staging folder.
    assert.equal(runCli(['build', '--corpus', corpusDir, '--out', out, '--quiet']).status, 0)
    assert.deepEqual(treeHashes(out), before)
  } finally {
    dir.remove()
  }
})

test('an unreadable corpus folder fails with a message that says what to do', () => {
  const result = runCli(['build', '--corpus', '/nonexistent/corpus', '--out', '/tmp/never-written'])
  assert.equal(result.status, 1)
  assert.match(result.stderr, /\/nonexistent\/corpus/)
  assert.match(result.stderr, /--corpus DIR/)
  assert.ok(!existsSync('/tmp/never-written'))
})

test('unusable options exit with 2 and the usage', () => {
  const unknown = runCli(['build', '--colour'])
  assert.equal(unknown.status, 2)
  assert.match(unknown.stderr, /Usage/)
  const badBase = runCli(['build', '--base', 'archive?x'])
  assert.equal(badBase.status, 2)
  assert.match(badBase.stderr, /--base/)
  const badCommand = runCli(['publish'])
  assert.equal(badCommand.status, 2)
})

test('warnings keep exit code 0 and are counted; --strict turns them into a failure', () => {
  const dir = tempDir('strict')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(corpus)
    cpSync(join(corpusDir, '002_a91af3f4be450be0.txt'), join(corpus, 'good.txt'))
    writeFileSync(join(corpus, 'empty.txt'), '')
    writeFileSync(
      join(corpus, 'picture.png'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    )
    const lenient = runCli(['check', '--corpus', corpus, '--out', join(dir.path, 'site')])
    assert.equal(lenient.status, 0, lenient.stderr)
    assert.match(lenient.stderr, /empty\.txt/)
    assert.match(lenient.stderr, /picture\.png/)
    assert.match(lenient.stdout, /[1-9]\d* 条警告/)
    const strict = runCli(['check', '--corpus', corpus, '--out', join(dir.path, 'site'), '--strict'])
    assert.equal(strict.status, 1)
    assert.match(strict.stderr, /--strict/)
  } finally {
    dir.remove()
  }
})

test('good files build next to bad ones, whatever the file names', () => {
  const dir = tempDir('names')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(join(corpus, '二〇二〇年'), { recursive: true })
    const names = ['上街 时讯 #3 (2020)?%.txt', '二〇二〇年/第7期.txt', 'a&b=c.txt', 'bad-bytes.txt']
    for (const name of names) cpSync(join(corpusDir, '001_8727214cb3b0a05c.txt'), join(corpus, name))
    // Binary junk is skipped with a message; a file with bytes that do not decode still builds.
    writeFileSync(join(corpus, 'junk.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x10, 0x00]))
    const bad = Buffer.concat([
      Buffer.from('区委召开会议\n\n本报讯 3月1日，区委召开会议。'),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('研究部署工作。（记者 张三）\n')
    ])
    writeFileSync(join(corpus, 'bad-bytes.txt'), bad)
    const out = join(dir.path, 'site')
    const result = runCli(['build', '--corpus', corpus, '--out', out, '--quiet'])
    assert.equal(result.status, 0, result.stderr)
    assert.match(result.stderr, /junk\.txt/, 'the skipped file is named')
    assert.match(result.stderr, /bad-bytes\.txt:3:/, 'undecodable bytes are reported with their line')
    const { issues } = JSON.parse(readFileSync(join(out, 'data/issues.json'), 'utf8')) as {
      issues: { file: string; url: string }[]
    }
    assert.deepEqual(issues.map((i) => i.file).sort(), [...names].sort())
    for (const issue of issues) {
      assert.match(issue.url, /^\/issues\/[A-Za-z0-9_-]+\/$/, `${issue.file} gets a plain URL`)
      assert.ok(existsSync(join(out, issue.url, 'index.html')))
    }
    assert.equal(new Set(issues.map((i) => i.url)).size, issues.length)
  } finally {
    dir.remove()
  }
})

test('hostile text in a bulletin is shown as text in every output', () => {
  const dir = tempDir('hostile')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(corpus)
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>{{ 7*7 }}{% raw %}${process.exit()}'
    writeFileSync(
      join(corpus, 'hostile.txt'),
      `<i>区委</i>召开{{ 7*7 }}会议\n\n本报讯 3月1日，区委召开会议${hostile}，研究部署工作。\n\n会议要求，要认真落实${hostile}。（记者 张三）\n`
    )
    const out = join(dir.path, 'site')
    const result = runCli(['build', '--corpus', corpus, '--out', out, '--quiet'])
    assert.equal(result.status, 0, result.stderr)
    const { articles } = JSON.parse(readFileSync(join(out, 'data/articles.json'), 'utf8')) as {
      articles: { url: string; title: string; paragraphs: string[] }[]
    }
    assert.ok(articles.length >= 1)
    assert.ok(
      JSON.stringify(articles).includes('<script>alert(1)</script>'),
      'the data keeps the text as it was printed'
    )
    const pages = ['index.html', ...articles.map((a) => join(a.url, 'index.html'))]
    for (const extra of ['feed.xml', 'sitemap.xml']) if (existsSync(join(out, extra))) pages.push(extra)
    for (const page of pages) {
      const html = readFileSync(join(out, page), 'utf8')
      assert.ok(!html.includes('<script>alert'), `${page}: no live script from the bulletin`)
      assert.ok(!html.includes('<img src=x'), `${page}: no live markup from the bulletin`)
      assert.ok(!/>\s*49\s*</.test(html), `${page}: template syntax not evaluated`)
    }
    const articlePage = readFileSync(join(out, articles[0]!.url, 'index.html'), 'utf8')
    assert.ok(articlePage.includes('{{ 7*7 }}'), 'template syntax is shown as written')
  } finally {
    dir.remove()
  }
})

test('a rebuild into the same folder writes the same search index, byte for byte', () => {
  const dir = tempDir('reuse')
  try {
    const out = join(dir.path, 'site')
    assert.equal(runCli(['build', '--corpus', corpusDir, '--out', out, '--quiet']).status, 0)
    const before = treeHashes(join(out, 'search-index'))
    const again = runCli(['build', '--corpus', corpusDir, '--out', out])
    assert.equal(again.status, 0, again.stderr)
    assert.match(again.stdout, /索引 {2}\d+ 篇文章/)
    assert.deepEqual(treeHashes(join(out, 'search-index')), before)
  } finally {
    dir.remove()
  }
})

test('adding an issue to a built archive re-renders only what changed and gives the same output as a full build', () => {
  const dir = tempDir('incremental')
  try {
    const corpus = join(dir.path, 'corpus')
    mkdirSync(corpus)
    const files = [
      '000_9f274903ad303ea1.txt',
      '001_8727214cb3b0a05c.txt',
      '002_a91af3f4be450be0.txt',
      '003_760dcf2cc2a4bcf9.txt',
      'manifest.csv',
      'dictionary.txt'
    ]
    for (const name of files) cpSync(join(corpusDir, name), join(corpus, name))
    const cache = join(dir.path, 'cache')
    const out = join(dir.path, 'site')
    assert.equal(runCli(['build', '--corpus', corpus, '--out', out, '--cache', cache, '--quiet']).status, 0)
    // A new issue arrives.
    cpSync(join(corpusDir, '004_2104a26470ee818b.txt'), join(corpus, '004_2104a26470ee818b.txt'))
    const incremental = runCli(['build', '--corpus', corpus, '--out', out, '--cache', cache])
    assert.equal(incremental.status, 0, incremental.stderr)
    const render = /重新生成 (\d+) 个，沿用 (\d+) 个/.exec(incremental.stdout)
    assert.ok(render, incremental.stdout)
    assert.ok(Number(render[2]) > 0, `some pages are carried over: ${render[0]}`)
    assert.match(incremental.stdout, /（4 个来自缓存）/)
    const full = join(dir.path, 'full')
    assert.equal(runCli(['build', '--corpus', corpus, '--out', full, '--no-cache', '--quiet']).status, 0)
    const a = treeHashes(out)
    const b = treeHashes(full)
    assert.deepEqual([...a.keys()], [...b.keys()], 'the same files')
    assert.deepEqual(
      [...a].filter(([path, hash]) => b.get(path) !== hash).map(([path]) => path),
      [],
      'with the same bytes'
    )
  } finally {
    dir.remove()
  }
})

test('a dictionary problem is reported once, at its line in the dictionary of the corpus folder given', () => {
  const dir = tempDir('dictionary-place')
  try {
    const corpus = join(dir.path, 'bulletins')
    mkdirSync(corpus)
    cpSync(join(corpusDir, '002_a91af3f4be450be0.txt'), join(corpus, 'good.txt'))
    writeFileSync(join(corpus, 'dictionary.txt'), '# 词表\n复工复产 term\n  宋洁 mayor\n')
    const result = runCli(['check', '--corpus', corpus, '--out', join(dir.path, 'site')])
    assert.equal(result.status, 0, result.stderr)
    const lines = result.stderr.split('\n').filter((line) => line.includes('mayor'))
    assert.equal(lines.length, 1, result.stderr)
    assert.match(lines[0]!, /bulletins\/dictionary\.txt:3:3: 词表里的类别 “mayor” 无法识别.*\[dictionary:bad-kind\]$/)
    assert.doesNotMatch(lines[0]!, /dictionary\.txt.*dictionary\.txt/)
  } finally {
    dir.remove()
  }
})

/**
 * The build report as one page the office opens in a browser (`build-report/index.html`):
 * Chinese throughout, inline CSS, no script, nothing fetched from anywhere. Shows the content
 * of report.json (./model.ts); every piece of corpus text is escaped.
 */
import { lineRangesText } from '../parse/article-lines.ts'
import { issueText } from './record-text.ts'
import type { DoubtfulArticle, FileEntry, Report, WarningEntry } from './report-types.ts'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
export const esc = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (ch) => escapes[ch]!)

/** Doubtful articles the page shows with their source lines (the worst); report.json has them all. */
const ARTICLES_SHOWN = 300

const statusText = { parsed: '已读取', skipped: '已跳过', failed: '解析失败' } as const

const percent = (n: number) => `${Math.round(n * 100)}%`

function confidenceCell(confidence: number): string {
  const level = confidence >= 0.85 ? 'good' : confidence >= 0.6 ? 'fair' : 'poor'
  return `<span class="conf ${level}"><span class="bar" style="width:${Math.round(confidence * 100)}%"></span><b>${percent(confidence)}</b></span>`
}

function section(id: string, title: string, count: number | null, body: string, empty: string): string {
  const badge = count === null ? '' : ` <span class="count">${count}</span>`
  return `<section id="${id}"><h2>${esc(title)}${badge}</h2>${count === 0 ? `<p class="none">${esc(empty)}</p>` : body}</section>`
}

function warningRows(warnings: readonly WarningEntry[]): string {
  return warnings
    .map(
      (w) =>
        `<tr><td class="place">${esc(w.place || '—')}</td><td>${esc(w.message)} <span class="rule">[${esc(w.rule)}]</span>` +
        (w.quote === null ? '' : `<div class="quote">${esc(w.quote)}</div>`) +
        (w.fix === null
          ? ''
          : `<div class="todo">${esc(w.fix.when)}，在 corrections.csv 写：<code>${esc(w.fix.row)}</code></div>`) +
        `</td></tr>`
    )
    .join('')
}

/** A table with one header row; `rows` is its body's HTML. */
function table(headers: readonly string[], rows: string): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
}

function summaryCards(s: Report['summary']): string {
  return [
    ['文件', s.files],
    ['跳过', s.skipped],
    ['期', s.issues],
    ['文章', s.articles],
    ['存疑文章', s.doubtfulArticles],
    ['警告', s.warnings],
    ['个人信息', s.personalData],
    ['重复文章', s.duplicates]
  ]
    .map(
      ([label, n]) =>
        `<div class="card${Number(n) > 0 && label !== '文件' && label !== '期' && label !== '文章' ? ' alert' : ''}"><b>${n}</b>${label}</div>`
    )
    .join('')
}

function fileRow(f: FileEntry): string {
  const chars = f.characters
  const charText = chars
    ? `${chars.articles} / ${chars.furniture} / <span class="${chars.unassigned > 0 ? 'warn' : ''}">${chars.unassigned}</span>`
    : '—'
  return (
    `<tr class="${f.status}"><td class="place" title="${esc(f.file)}">${esc(f.path)}</td><td class="nowrap">${esc(statusText[f.status])}</td>` +
    `<td>${esc(f.encoding ?? '—')}</td><td>${esc(f.status === 'parsed' ? issueText(f.issue) : '—')}</td>` +
    `<td class="num">${f.articles}</td><td class="num">${charText}</td><td class="num">${f.warnings}</td>` +
    `<td class="num">${f.doubtfulArticles}</td><td>${confidenceCell(f.confidence)}</td></tr>`
  )
}

function filesTable(report: Report): string {
  return (
    `<p class="hint">语料文件夹 <code>${esc(report.corpus)}</code> 里的文件，按可信度从低到高排列。字数：文章内 / 报头与版面 / 未归属（不计空白）。</p>` +
    table(
      ['文件', '状态', '编码', '成为哪一期', '文章', '字数', '警告', '存疑', '可信度'],
      report.files.map(fileRow).join('')
    )
  )
}

/** A doubtful article: why, what to do, and the record made beside the source lines it was made from. */
function doubtfulArticle(a: DoubtfulArticle): string {
  const reasons = a.reasons
    .map((r) => `<li><b>${esc(r.why)}</b><div class="todo">怎么办：${esc(r.todo)}</div></li>`)
    .join('')
  const evidence = a.evidence.length ? `<p class="hint">解析器依据：${a.evidence.map(esc).join('；')}</p>` : ''
  const record =
    `<dl><dt>标题</dt><dd>${esc(a.title)}</dd>` +
    (a.record.kicker ? `<dt>引题</dt><dd>${esc(a.record.kicker)}</dd>` : '') +
    (a.record.subtitle ? `<dt>副题</dt><dd>${esc(a.record.subtitle)}</dd>` : '') +
    `<dt>日期</dt><dd>${esc(a.record.dateText ?? a.date ?? '（无）')}</dd>` +
    `<dt>署名</dt><dd>${esc(a.credits || '（无）')}</dd>` +
    `<dt>正文开头</dt><dd>${a.record.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</dd></dl>`
  const source =
    `<pre class="source">${a.source.map((l) => `<span class="ln">${l.line}</span>${esc(l.text)}`).join('\n')}` +
    (a.sourceOmitted > 0 ? `\n<span class="ln">…</span>（另有 ${a.sourceOmitted} 行未显示）` : '') +
    `</pre>`
  return (
    `<article class="doubt"><h3>${esc(a.title)} <span class="place">${esc(a.place)}–${a.lines[1]}</span> ${confidenceCell(a.confidence)}</h3>` +
    `<ul class="reasons">${reasons}</ul>${evidence}` +
    `<div class="side"><div><h4>生成的记录</h4>${record}</div><div><h4>原文（第 ${lineRangesText(a.pieces)} 行）</h4>${source}</div></div></article>`
  )
}

function doubtfulSection(report: Report): string {
  const shown = report.doubtfulArticles.slice(0, ARTICLES_SHOWN).map(doubtfulArticle).join('')
  return section(
    'doubtful',
    '存疑文章',
    report.doubtfulArticles.length,
    `<p class="hint">可信度低于 75% 的文章：原因、原文与生成的记录并排，以及可以怎么更正（写进 corpus/corrections.csv：文件,行号,动作）。</p>${shown}` +
      (report.doubtfulArticles.length > ARTICLES_SHOWN
        ? `<p class="hint">另有 ${report.doubtfulArticles.length - ARTICLES_SHOWN} 篇存疑文章未在此页列出，见 report.json。</p>`
        : ''),
    '没有存疑的文章。'
  )
}

function personalDataSection(report: Report): string {
  const rows = report.personalData
    .map(
      (p) =>
        `<tr><td class="place">${esc(p.place)}</td><td>${esc(p.kindText)}</td><td><code>${esc(p.masked)}</code></td><td><div class="quote">${esc(p.quote)}</div></td></tr>`
    )
    .join('')
  const note = report.redacted
    ? '<p class="ok">本次构建使用了 --redact：以下号码在网站的所有文件（页面、搜索索引、数据文件）中都已遮盖。</p>'
    : '<p class="alert-text">这些号码会原样出现在网站上。发布前请核对；用 <code>npm run build -- --redact</code> 构建可在所有输出中遮盖它们。</p>'
  return section(
    'publication',
    '发布前检查：个人信息',
    report.personalData.length,
    note + table(['位置', '类别', '号码（已遮盖）', '所在行'], rows),
    '没有发现身份证号、手机号或银行卡号。'
  )
}

function duplicatesSection(report: Report): string {
  const rows = report.duplicates
    .map(
      (d) =>
        `<tr><td>${esc(d.title)}</td><td class="num">${d.characters}</td><td>${d.places.map((p) => `<div><span class="place">${esc(p.place)}</span> ${esc(p.title)}</div>`).join('')}</td></tr>`
    )
    .join('')
  return section(
    'duplicates',
    '重复文章',
    report.duplicates.length,
    table(['标题', '字数', '出现的位置'], rows),
    '没有重复的文章。'
  )
}

const correctionStatusText = { applied: '已应用', unmatched: '不再匹配', invalid: '无法使用' } as const

function correctionsSection(report: Report): string {
  const rows = report.corrections
    .map(
      (c) =>
        `<tr class="${c.status}"><td class="place">${esc(c.place)}</td><td>${esc(c.target)}</td><td>${esc(c.action)}</td><td>${esc(correctionStatusText[c.status])}</td><td>${esc(c.message)}</td></tr>`
    )
    .join('')
  return section(
    'corrections',
    '更正（corrections.csv）',
    report.corrections.length,
    table(['位置', '文件与行', '动作', '结果', '说明'], rows),
    '没有更正文件，或其中没有更正。'
  )
}

function skippedSection(report: Report): string {
  const rows = report.skipped
    .map(
      (k) =>
        `<tr><td class="place">${esc(k.place)}</td><td>${esc(k.why)} <span class="rule">[${esc(k.rule)}]</span></td></tr>`
    )
    .join('')
  return section('skipped', '跳过的文件', report.skipped.length, table(['文件', '原因'], rows), '没有跳过任何文件。')
}

function reportSections(report: Report): string {
  return [
    personalDataSection(report),
    duplicatesSection(report),
    section('files', '文件（可信度低的在前）', report.files.length, filesTable(report), '语料文件夹里没有文件。'),
    doubtfulSection(report),
    section(
      'warnings',
      '全部警告',
      report.warnings.length,
      table(['位置（文件:行:列）', '说明与原文'], warningRows(report.warnings)),
      '没有警告。'
    ),
    skippedSection(report),
    section(
      'manifest',
      '清单（manifest.csv）中有误或未用上的行',
      report.manifest.length,
      table(['位置', '说明与原文'], warningRows(report.manifest)),
      '清单没有问题。'
    ),
    correctionsSection(report)
  ].join('\n')
}

export function reportHtml(report: Report): string {
  const what = report.command === 'check' ? '检查（未生成网站）' : `构建，输出到 ${report.out ?? ''}`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>构建报告 · ${esc(report.corpus)}</title>
<style>${css}</style>
</head>
<body>
<header><h1>构建报告</h1><p>语料文件夹 <code>${esc(report.corpus)}</code> · ${esc(what)}。本报告列出不宜公开的内容，请勿随网站一起发布。</p>
<div class="cards">${summaryCards(report.summary)}</div>
<nav><a href="#publication">个人信息</a><a href="#duplicates">重复文章</a><a href="#files">文件</a><a href="#doubtful">存疑文章</a><a href="#warnings">警告</a><a href="#skipped">跳过的文件</a><a href="#manifest">清单</a><a href="#corrections">更正</a></nav>
</header>
<main>
${reportSections(report)}
</main>
</body>
</html>
`
}

const css = `
:root{--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--red:#b42318;--amber:#9a6700;--green:#1a7f37}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;color:var(--ink);background:#fff}
header{padding:20px 32px;background:var(--bg);border-bottom:1px solid var(--line)}
h1{margin:0 0 4px;font-size:26px}
h2{font-size:20px;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:32px}
h3{font-size:16px;margin:0 0 8px}
h4{margin:0 0 6px;font-size:14px;color:var(--muted)}
main{padding:0 32px 48px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px 14px;min-width:92px;color:var(--muted)}
.card b{display:block;font-size:22px;color:var(--ink)}
.card.alert b{color:var(--red)}
nav a{margin-right:14px;color:#0969da}
.count{display:inline-block;background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:0 8px;font-size:14px;color:var(--muted)}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
th{background:var(--bg);white-space:nowrap}
.nowrap{white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
.place{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;white-space:nowrap;color:#0550ae}
.rule{font-family:ui-monospace,monospace;font-size:12px;color:var(--muted)}
.quote{margin-top:3px;padding:2px 8px;border-left:3px solid var(--amber);background:#fff8e5;font-size:13px;white-space:pre-wrap;word-break:break-all}
.hint{color:var(--muted);font-size:13px}
.none{color:var(--green)}
.ok{color:var(--green)}
.alert-text{color:var(--red);font-weight:600}
.warn{color:var(--red);font-weight:600}
tr.skipped td,tr.failed td,tr.unmatched td,tr.invalid td{background:#fff1f0}
.conf{position:relative;display:inline-block;width:90px;height:18px;background:#eaeef2;border-radius:3px;vertical-align:middle;font-size:12px}
.conf .bar{position:absolute;left:0;top:0;bottom:0;border-radius:3px}
.conf b{position:relative;padding-left:6px;line-height:18px}
.conf.good .bar{background:#aceebb}.conf.fair .bar{background:#ffd8a8}.conf.poor .bar{background:#ffc1bd}
article.doubt{border:1px solid var(--line);border-radius:6px;padding:12px 16px;margin:14px 0}
.reasons{margin:0 0 8px;padding-left:20px}
.todo{color:var(--muted);font-size:13px}
.side{display:grid;grid-template-columns:1fr 1fr;gap:16px}
dl{margin:0;display:grid;grid-template-columns:5em 1fr;gap:2px 8px;font-size:14px}
dt{color:var(--muted)}dd{margin:0}dd p{margin:0 0 4px}
pre.source{margin:0;background:var(--bg);border:1px solid var(--line);padding:8px;font-size:13px;white-space:pre-wrap;word-break:break-all;max-height:420px;overflow:auto;font-family:inherit}
.ln{display:inline-block;width:3.5em;color:var(--muted);user-select:none;font-family:ui-monospace,monospace;font-size:12px}
code{font-family:ui-monospace,monospace;background:var(--bg);padding:0 4px;border-radius:3px}
`

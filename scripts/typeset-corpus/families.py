"""The layout families: how each kind of bulletin is set on the page.

Why: real inputs come from a handful of page designs, and the parser fails in
different ways on each. Every builder draws one issue into a Document and
returns the gold, the articles in reading order as they were typeset.
"""

from layout import (
    Document,
    Line,
    block_lines,
    draw_columns,
    draw_stack,
    paragraph_lines,
    split_columns,
    total_height,
)
from textpool import COLUMN_TAGS, JOURNALS, POSTS, SCHOOLS, SECTION_HEADS, TOPICS

WEEKDAYS = "一二三四五六日"
ORDINALS = "一二三四五六七八九十"
# Characters of the first body paragraph kept as gold `bodyStart`: enough that a dated opening
# (`3月5日上午，`) still leaves the place and topic, so two stories of one issue do not share it.
BODY_START = 20


def gold_article(title, paragraphs, kicker=None, subtitle=None, reporters=(), correspondents=()):
    return {
        "title": title,
        "kicker": kicker,
        "subtitle": subtitle,
        "bodyStart": paragraphs[0][:BODY_START],
        "reporters": list(reporters),
        "correspondents": list(correspondents),
    }


def date_text(date):
    return f"{date.year}年{date.month}月{date.day}日"


def weekday(date):
    return "星期" + WEEKDAYS[date.weekday()]


def body_paragraphs(pool, date, low, high):
    topic = pool.pick(TOPICS)
    day = max(1, date.day - pool.rng.randint(0, 2))
    return [pool.opening(topic, date.month, day)] + [pool.paragraph(topic) for _ in range(pool.rng.randint(low, high))]


# District papers ---------------------------------------------------------


class DistrictArticle:
    """One district-paper story: head (kicker, title, subtitle, byline) and body lines."""

    def __init__(self, pool, date, lead=False):
        rng = self.rng = pool.rng
        self.title = pool.headline()
        self.kicker = pool.kicker() if rng.random() < 0.35 else None
        self.subtitle = pool.subtitle() if rng.random() < 0.35 else None
        self.reporters = pool.people(1, 2)
        self.correspondents = pool.people(0, 2)
        self.credit_style = rng.choice(["byline", "byline", "spaced", "split", "two-lines", "dateline", "dateline", "none"])
        if self.credit_style == "none":
            self.reporters, self.correspondents = [], []
        self.paragraphs = body_paragraphs(pool, date, 6 if lead else 1, 9 if lead else 4)
        self.image = lead or rng.random() < 0.2
        self.caption = f"图为{pool.sub()}{pool.community()}{pool.pick(TOPICS)}现场。本报记者 {pool.person()} 摄"
        self.repeat_title = rng.random() < 0.5

    def gold(self):
        return gold_article(self.title, self.paragraphs, self.kicker, self.subtitle, self.reporters, self.correspondents)

    def byline_text(self):
        text = "本报记者 " + " ".join(self.reporters)
        return text + ("  通讯员 " + " ".join(self.correspondents) if self.correspondents else "")

    def head_lines(self, width, title_size=22):
        lines = []
        if self.kicker:
            lines += block_lines(self.kicker, 13, width, align="center")
        lines += block_lines(self.title, title_size, width, bold=True, align="center", leading=title_size * 1.35)
        if self.subtitle:
            lines += block_lines("——" + self.subtitle, 13, width, align="center")
        if self.credit_style == "byline":
            lines.append(Line(self.byline_text(), 10.5, align="center"))
        elif self.credit_style == "spaced":
            lines.append(Line(self.byline_text(), 10.5, align="center", space=6))
        elif self.credit_style == "split":
            # Letter-spaced in a narrow box, so a name can break across lines.
            lines += block_lines(" ".join(self.byline_text().replace(" ", "")), 10.5, 10.5 * 9, align="left")
        elif self.credit_style == "two-lines":
            lines.append(Line("本报记者 " + " ".join(self.reporters), 10.5, align="center"))
            if self.correspondents:
                lines.append(Line("通讯员 " + " ".join(self.correspondents), 10.5, align="center"))
        lines[-1].gap = 6
        return lines

    def body_lines(self, col_width):
        opener = ""
        if self.credit_style == "dateline":
            credits = "记者 " + " ".join(self.reporters)
            credits += " 通讯员 " + " ".join(self.correspondents) if self.correspondents else ""
            opener = f"本报讯（{credits}）"
        lines = []
        for index, text in enumerate(self.paragraphs):
            lines += paragraph_lines((opener if index == 0 else "") + text, 10, col_width)
            if index == 0 and self.image:
                lines.append(Line("", 9, image=96, gap=2))
                lines += block_lines(self.caption, 9, col_width, gap=4)
        return lines


def district_brief_box(pool, date):
    """A 简讯 box: several short items, each an article of its own."""
    items, golds = [], []
    style = pool.pick(["bracket", "square"])
    for _ in range(pool.rng.randint(3, 5)):
        title = pool.short_headline()
        topic = pool.pick(TOPICS)
        action = pool.pick(["组织开展", "集中开展", "启动"])
        text = f"{date.month}月{max(1, date.day - 1)}日，{pool.sub()}{action}{topic}主题活动。{pool.sentence(topic)}（{pool.sub()}）"
        items.append((title, text))
        golds.append(gold_article(title, [text]))
    return style, items, golds


def brief_lines(style, items, col_width):
    lines = []
    for title, text in items:
        if style == "bracket":
            lines += paragraph_lines(f"【{title}】{text}", 9.5, col_width)
        else:
            lines.append(Line("■" + title, 10, bold=True))
            lines += paragraph_lines(text, 9.5, col_width)
        lines[-1].gap = 4
    return lines


def build_district(path, pool, issue, date, columns):
    """A four-page district paper with `columns` body columns."""
    doc = Document(path, 680, 960)
    margin, gap, bottom = 40, 24, 70
    width = doc.width - 2 * margin
    col_width = (width - gap * (columns - 1)) / columns
    paper = pool.district + pool.pick(["报", "时讯", "新闻"])
    sections = ["要闻", "综合", "基层", "民生"]
    number = pool.rng.randint(3, 48)
    plan = [[DistrictArticle(pool, date, lead=True)]] + [[] for _ in range(3)]
    for page in range(4):
        plan[page] += [DistrictArticle(pool, date) for _ in range(pool.rng.randint(1, 2) if page == 0 else pool.rng.randint(3, 4))]
        plan[page] = pair_some(pool.rng, plan[page])
    brief_page = pool.rng.choice([0, 2, 3])
    gold, carried, continuation = [], [], None
    page = 0
    while page < len(plan) or carried or continuation:
        queue = carried + (plan[page] if page < len(plan) else [])
        carried = []
        y = doc.height - 36
        header = Line(f"第{page + 1}版  {sections[page % 4]}", 9)
        doc.draw(header, margin, y, width)
        doc.draw(Line(f"{paper}  {date_text(date)}  {weekday(date)}", 9, align="right"), margin, y, width)
        y -= 8
        doc.rule(margin, y, width)
        y -= 6
        if page == 0:
            y = district_masthead(doc, pool, paper, issue, number, date, margin, y, width)
            y = district_contents(doc, plan, margin, y, width)
        if continuation:
            y = draw_continuation(doc, continuation, page, columns, margin, gap, y, width)
            continuation = None
        if page == brief_page:
            y = draw_brief_box(doc, pool, date, columns, margin, gap, y, width, gold)
        for index, item in enumerate(queue):
            if isinstance(item, tuple):
                placed = draw_pair(doc, item, columns, margin, gap, y, width, bottom)
                if placed is None:
                    carried.append(item)
                    continue
                gold += [item[0].gold(), item[1].gold()]
                y = placed
                continue
            article = item
            head = article.head_lines(width)
            body = article.body_lines(col_width)
            cols, rest = split_columns(body, columns)
            need = total_height(head) + max(total_height(c) for c in cols) + 10
            if y - need < bottom and not (page == 0 and index == 0):
                carried.append(article)
                continue
            gold.append(article.gold())
            y = draw_stack(doc, head, margin, y, width)
            limit = y - bottom - 24 if page > 0 or index > 0 else min(y - bottom - 24, doc.height * 0.28)
            if max(total_height(c) for c in cols) > limit:
                cols, rest = split_columns(body, columns, limit)
                continuation = (article, rest, page + 1)
                cols[-1].append(Line(f"（下转第{page + 2}版）", 10, align="right"))
            y = draw_columns(doc, cols, margin, y, width, gap) - 14
            doc.rule(margin, y + 6, width, 0.3)
        doc.draw(Line(f"责任编辑：{pool.person()}  版式：{pool.person()}  校对：{pool.person()}", 9), margin, 40, width)
        doc.end_page()
        page += 1
    doc.save()
    return gold


def pair_some(rng, articles):
    """Sets some neighbouring stories side by side (a tuple), each with a headline over its own columns only."""
    items, index = [], 0
    while index < len(articles):
        if index > 0 and index + 1 < len(articles) and rng.random() < 0.4:
            items.append((articles[index], articles[index + 1]))
            index += 2
        else:
            items.append(articles[index])
            index += 1
    return items


def draw_pair(doc, pair, columns, margin, gap, y, width, bottom):
    """Two stories side by side (2 + 1 columns of three, 1 + 1 of two); None when they do not fit."""
    col_width = (width - gap * (columns - 1)) / columns
    left_columns = columns - 1
    widths = [left_columns * col_width + (left_columns - 1) * gap, col_width]
    modules = []
    for article, module_width, count in zip(pair, widths, [left_columns, 1]):
        head = article.head_lines(module_width, 18 if count > 1 else 15)
        cols, _ = split_columns(article.body_lines(col_width), count)
        modules.append((head, cols, module_width))
    need = max(total_height(head) + max(total_height(c) for c in cols) for head, cols, _ in modules) + 10
    if y - need < bottom:
        return None
    lowest, x = y, margin
    for head, cols, module_width in modules:
        below = draw_stack(doc, head, x, y, module_width)
        lowest = min(lowest, draw_columns(doc, cols, x, below, module_width, gap))
        x += module_width + gap
    doc.rule(margin, lowest - 8, width, 0.3)
    return lowest - 14


def district_masthead(doc, pool, paper, issue, number, date, margin, y, width):
    y = draw_stack(doc, [Line(paper, 40, bold=True, align="center", leading=50)], margin, y, width)
    meta = f"中共{pool.district}委主办  第{number + issue}期（总第{900 + number + issue}期）  {date_text(date)}  {weekday(date)}"
    y = draw_stack(doc, [Line(meta, 10, align="center")], margin, y, width) - 6
    doc.rule(margin, y, width, 2)
    return y - 8


def district_contents(doc, plan, margin, y, width):
    """导读 box on page 1: titles of later pages' stories with their page."""
    lines = [Line("导读", 13, bold=True, align="center")]
    for page in range(1, len(plan)):
        if plan[page]:
            first = plan[page][0]
            lines.append(Line(f"◎ {(first[0] if isinstance(first, tuple) else first).title}  第{page + 1}版", 10))
    top = y
    y = draw_stack(doc, lines, margin + 10, y - 4, width - 20) - 6
    doc.box(margin, top, width, top - y)
    return y - 12


def draw_continuation(doc, continuation, page, columns, margin, gap, y, width):
    article, rest, _ = continuation
    lines = []
    if article.repeat_title:
        lines = block_lines(article.title, 15, width, bold=True, align="center", gap=4)
    y = draw_stack(doc, lines, margin, y, width)
    body = [Line(f"（上接第{page}版）", 10)] + rest
    cols, _ = split_columns(body, columns)
    y = draw_columns(doc, cols, margin, y, width, gap) - 14
    doc.rule(margin, y + 6, width, 0.3)
    return y


def draw_brief_box(doc, pool, date, columns, margin, gap, y, width, gold):
    style, items, golds = district_brief_box(pool, date)
    inner = width - 20
    col_width = (inner - gap * (columns - 1)) / columns
    top = y
    y = draw_stack(doc, [Line("简讯", 14, bold=True, align="center", gap=4)], margin + 10, y - 4, inner)
    cols, _ = split_columns(brief_lines(style, items, col_width), columns)
    y = draw_columns(doc, cols, margin + 10, y, inner, gap) - 8
    doc.box(margin, top, width, top - y)
    gold.extend(golds)
    return y - 14


# 简报 ---------------------------------------------------------------------


def build_jianbao(path, pool, issue, date):
    """A single-column 简报: masthead block, numbered or 【】 items, 报送/抄送 lines."""
    doc = Document(path, 595, 842)
    margin, bottom = 64, 70
    width = doc.width - 2 * margin
    rng = pool.rng
    name = pool.pick(["工作简报", "信息简报", "政务信息", "工作动态"])
    number = rng.randint(2, 40)
    lines = [Line(pool.district + name, 30, bold=True, align="center", leading=44)]
    lines.append(Line(f"第{number}期", 14, align="center"))
    if rng.random() < 0.6:
        lines.append(Line(f"（总第{200 + number + issue}期）", 12, align="center"))
    publisher = f"中共{pool.district}委办公室" + pool.pick(["编", "主办", ""])
    masthead_end = [Line(publisher, 12, gap=4), Line(date_text(date), 12, align="right")]
    style = ["numbered", "bracket", "centered"][(issue - 1) % 3]
    body, gold = [], []
    if rng.random() < 0.4:
        body += paragraph_lines("【编者按】" + pool.sentence(pool.pick(TOPICS)), 12, width)
    for index in range(rng.randint(6, 9)):
        title = pool.headline() if style != "bracket" else pool.short_headline()
        paragraphs = body_paragraphs(pool, date, 1, 3)
        gold.append(gold_article(title, paragraphs))
        if style == "numbered":
            body += block_lines(f"{ORDINALS[index]}、{title}", 13, width, bold=True, gap=2)
        elif style == "centered":
            body += block_lines(title, 15, width, bold=True, align="center", gap=6)
        for p, text in enumerate(paragraphs):
            prefix = f"【{title}】" if style == "bracket" and p == 0 else ""
            body += paragraph_lines(prefix + text, 12, width, leading=21)
        body[-1].gap = 10
    tail = [
        Line("报送：市委办公室，市政府办公室，市委督查室。", 11),
        Line(f"抄送：区委、区人大、区政府、区政协领导，各镇（街道），区直各部门。", 11),
        Line(f"（共印{rng.randint(3, 9)}0份）", 11, align="right"),
    ]
    page, y = 1, doc.height - 60
    y = draw_stack(doc, lines, margin, y, width) - 6
    draw_stack(doc, masthead_end[1:], margin, y, width)
    y = draw_stack(doc, masthead_end[:1], margin, y, width)
    doc.rule(margin, y, width, 2.2)
    y -= 12
    for line in body + [None] + tail:
        if line is None:
            doc.rule(margin, y - 6, width, 1)
            y -= 10
            continue
        if y - line.height < bottom:
            doc.draw(Line(f"— {page} —", 10, align="center"), margin, 40, width)
            doc.end_page()
            page, y = page + 1, doc.height - 60
        y = draw_stack(doc, [line], margin, y, width)
    doc.draw(Line(f"— {page} —", 10, align="center"), margin, 40, width)
    doc.end_page()
    doc.save()
    return gold


# Daily digest --------------------------------------------------------------


def build_digest(path, pool, issue, date):
    """A numbered contents list whose items recur as headlines, 【】 column tags, one long paragraph each, a source line."""
    doc = Document(path, 595, 842)
    margin, bottom = 50, 60
    width = doc.width - 2 * margin
    rng = pool.rng
    count = rng.randint(6, 10)
    items = [(pool.pick(COLUMN_TAGS), pool.headline()) for _ in range(count)]
    tag_style = ["own-line", "inline"][(issue - 1) % 2]
    source_style = pool.pick(["source", "url", "mixed"])
    lines = [Line(f"{pool.district}政务信息每日摘编", 20, bold=True, align="center", leading=32)]
    lines.append(Line(f"{date_text(date)}  第{rng.randint(100, 400) + issue}期", 11, align="center", gap=6))
    lines.append(Line("目  录", 13, bold=True, align="center"))
    for number, (tag, title) in enumerate(items, 1):
        lines.append(Line(f"{number}．【{tag}】{title}", 10.5, indent=10))
    lines[-1].gap = 12
    gold = []
    for tag, title in items:
        paragraph = "".join([pool.opening(pool.pick(TOPICS), date.month, date.day)] + [pool.paragraph(pool.pick(TOPICS), 3, 6)])
        gold.append(gold_article(title, [paragraph]))
        if tag_style == "own-line":
            lines.append(Line(f"【{tag}】", 11, bold=True))
            lines += block_lines(title, 14, width, bold=True, leading=24)
        else:
            lines += block_lines(f"【{tag}】{title}", 14, width, bold=True, leading=24)
        lines += paragraph_lines(paragraph, 10.5, width, leading=18)
        use_url = source_style == "url" or (source_style == "mixed" and rng.random() < 0.5)
        if use_url:
            slug = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
            source = f"https://www.{slug}.gov.cn/art/{date.year}/{date.month}/{date.day}/art_{rng.randint(1000, 9999)}_{rng.randint(100000, 999999)}.html"
        else:
            source = "来源：" + pool.pick([f"{pool.district}融媒体中心", f"{pool.district}人民政府网", "市日报", f"{pool.sub()}党政办"])
        lines.append(Line(source, 9.5, gap=14))
    draw_flow(doc, lines, margin, bottom, width, lambda page: Line(f"- {page} -", 9, align="center"))
    doc.save()
    return gold


def draw_flow(doc, lines, margin, bottom, width, footer):
    """Single-column flow with page breaks and a footer on every page."""
    page, y = 1, doc.height - 50
    for line in lines:
        if y - line.height < bottom:
            doc.draw(footer(page), margin, 30, width)
            doc.end_page()
            page, y = page + 1, doc.height - 50
        y = draw_stack(doc, [line], margin, y, width)
    doc.draw(footer(page), margin, 30, width)
    doc.end_page()


# National daily -------------------------------------------------------------


def build_national(path, pool, issue, date):
    """Two narrow columns (~30 characters), 2–3-line headlines, a source line, section heads, closing notes, 第 N 页 footers."""
    doc = Document(path, 595, 842)
    margin, gap, bottom = 40, 16, 60
    width = doc.width - 2 * margin
    col_width = (width - gap) / 2
    rng = pool.rng
    paper = pool.place_name() + pool.pick(["日报", "时报"])
    gold, pending = [], []
    for _ in range(rng.randint(4, 6)):
        title = pool.headline(long=True)
        reporters, source = [], None
        if rng.random() < 0.6:
            reporters = pool.people(1, 2)
            source = "本报记者  " + "  ".join(reporters)
        else:
            source = f"《{pool.pick(JOURNALS)}》（{date.year}年{date.month:02d}月{date.day:02d}日  第 {rng.randint(1, 16):02d} 版）"
        paragraphs = body_paragraphs(pool, date, 4, 8)
        heads = rng.sample(range(2, len(paragraphs)), k=min(rng.randint(1, 3), len(paragraphs) - 2))
        closing = pool.pick(
            [f"（作者为{pool.pick(SCHOOLS)}{pool.pick(POSTS)}）", f"（摘编自《{pool.pick(JOURNALS)}》{date.year}年第{rng.randint(1, 24)}期）", None]
        )
        gold.append(gold_article(title, paragraphs, reporters=reporters))
        head = block_lines(title, 20, width * 0.72, bold=True, align="center", leading=28)
        head.append(Line(source, 10, align="center", gap=8))
        body = []
        for index, text in enumerate(paragraphs):
            if index in heads:
                body.append(Line(pool.pick(SECTION_HEADS), 9.5, bold=True, gap=2))
            body += paragraph_lines(text, 8.5, col_width, leading=11.5)
        if closing:
            body += paragraph_lines(closing, 8.5, col_width, leading=11.5)
        pending.append((head, body))
    page, y = 1, start_national_page(doc, paper, date)
    for head, body in pending:
        if y - total_height(head) - 60 < bottom:
            page, y = end_national_page(doc, page, paper, date, margin, width)
        y = draw_stack(doc, head, margin, y, width)
        while body:
            cols, body = split_columns(body, 2, y - bottom)
            y = draw_columns(doc, cols, margin, y, width, gap) - 16
            if body:
                page, y = end_national_page(doc, page, paper, date, margin, width)
    footer_national(doc, page, margin, width)
    doc.end_page()
    doc.save()
    return gold


def start_national_page(doc, paper, date):
    y = doc.height - 34
    doc.draw(Line(f"{paper}  {date_text(date)}  {weekday(date)}", 9), 40, y, doc.width - 80)
    doc.rule(40, y - 6, doc.width - 80)
    return y - 14


def footer_national(doc, page, margin, width):
    doc.draw(Line(f"第 {page} 页", 9, align="center"), margin, 30, width)


def end_national_page(doc, page, paper, date, margin, width):
    footer_national(doc, page, margin, width)
    doc.end_page()
    return page + 1, start_national_page(doc, paper, date)

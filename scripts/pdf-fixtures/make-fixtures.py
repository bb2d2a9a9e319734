"""Small PDFs for the PDF reader's tests (tests/read/fixtures/pdf/), with their gold headlines.

Why: the unit tests need real PDF geometry (type sizes, columns, pages, a scan, an
encrypted and a truncated file) without Python at test time, so the PDFs are made once
here and checked in. Text uses reportlab's built-in CID font STSong-Light (not embedded:
small, byte-stable files; Debian's Noto CJK fonts are CFF, which reportlab cannot embed).
Run: /usr/bin/python3 scripts/pdf-fixtures/make-fixtures.py  (needs python3-reportlab).
"""

import json
import os
import sys

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib import pdfencrypt

FONT = "STSong-Light"
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "read", "fixtures", "pdf")
NO_LINE_START = set("，。、；：？！）」』”’》〉】,.;:?!)%")
A4 = (595.0, 842.0)
BODY = 10.5


def width_of(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text, size, width, indent):
    lines, current, limit = [], "", width - indent
    for char in text:
        if current and width_of(current + char, size) > limit and char not in NO_LINE_START:
            lines.append(current)
            current, limit = "", width
        current += char
    if current:
        lines.append(current)
    return lines


def new_canvas(name, encrypt=None):
    c = rl_canvas.Canvas(os.path.join(OUT, name), pagesize=A4, invariant=1, pageCompression=1, encrypt=encrypt)
    c.setTitle(name)
    c.setAuthor("bulletin-archive")
    c.setCreator("bulletin-archive scripts/pdf-fixtures")
    return c


class Column:
    """Draws lines top-down inside [x, x + width] from y."""

    def __init__(self, c, x, y, width):
        self.c, self.x, self.y, self.width = c, x, y, width

    def line(self, text, size, center=False, indent=0.0):
        self.y -= size * 1.4
        x = self.x + indent
        if center:
            x = self.x + (self.width - width_of(text, size)) / 2
        self.c.setFont(FONT, size)
        self.c.drawString(x, self.y, text)

    def paragraph(self, text, size=BODY):
        for i, t in enumerate(wrap(text, size, self.width, 2 * size)):
            self.line(t, size, indent=2 * size if i == 0 else 0.0)

    def gap(self, points):
        self.y -= points


def article(col, kicker, title, paragraphs, credit, title_size=20):
    if kicker:
        col.line(kicker, 13, center=True)
    col.line(title, title_size, center=True)
    col.gap(6)
    for p in paragraphs:
        col.paragraph(p)
    col.line(credit, BODY, indent=col.width - width_of(credit, BODY))
    col.gap(14)


A1 = (
    "凝心聚力",
    "全区召开安全生产工作会议",
    [
        "本报讯 2月10日，全区召开安全生产工作会议，总结去年安全生产工作，部署今年重点任务。会议指出，要牢固树立安全发展理念，坚决守住安全底线，确保人民群众生命财产安全。",
        "会议要求，各单位要压实责任，深入开展隐患排查整治，加强重点行业领域监管，做好节日期间安全防范工作。",
    ],
    "记者 田野",
)
A2 = (
    None,
    "区领导检查节日市场供应",
    [
        "本报讯 2月11日，区领导到辖区商超、农贸市场检查节日市场供应情况，详细了解粮油、蔬菜、肉蛋等生活必需品的价格和库存。",
        "检查组要求，相关部门要加强市场监测，确保供应充足、价格稳定、质量安全。",
    ],
    "记者 吴敏",
)
A3 = (
    None,
    "社区开展垃圾分类宣传活动",
    [
        "本报讯 2月12日，济源路街道各社区组织志愿者走进小区，向居民发放垃圾分类宣传页，讲解分类知识，引导居民养成良好习惯。",
        "活动中，志愿者还现场演示了厨余垃圾、可回收物、有害垃圾和其他垃圾的投放方法。",
    ],
    "通讯员 李静",
)
A4_ = (
    None,
    "春季植树活动启动",
    [
        "本报讯 3月12日，我区春季义务植树活动在汜水河畔启动，机关干部、青年志愿者和居民群众一同参加，共栽下各类苗木三千余株。",
        "据介绍，今年全区计划新增绿地面积二十公顷，进一步改善城乡人居环境。",
    ],
    "记者 王芳",
)


def single_column():
    c = new_canvas("single-column.pdf")
    col = Column(c, 72, A4[1] - 60, A4[0] - 144)
    for a in (A1, A2):
        article(col, *a)
    c.showPage()
    c.save()
    return [A1[1], A2[1]]


def two_columns():
    """Page 1: a headline across both columns, its article in the left column, another in the right. Page 2: one column."""
    c = new_canvas("two-columns.pdf")
    top = A4[1] - 60
    full = Column(c, 60, top, A4[0] - 120)
    full.line(A1[0], 14, center=True)
    full.line(A1[1], 24, center=True)
    full.gap(8)
    gutter = 20
    width = (A4[0] - 120 - gutter) / 2
    left = Column(c, 60, full.y, width)
    for p in A1[2]:
        left.paragraph(p)
    left.line(A1[3], BODY, indent=width - width_of(A1[3], BODY))
    right = Column(c, 60 + width + gutter, full.y, width)
    article(right, *A2, title_size=18)
    c.showPage()
    col = Column(c, 72, top, A4[0] - 144)
    for a in (A3, A4_):
        article(col, *a)
    c.showPage()
    c.save()
    return [A1[1], A2[1], A3[1], A4_[1]]


def scan():
    """A page image only: grey rectangles where a scanner's picture would be, no text."""
    c = new_canvas("scan.pdf")
    c.setFillGray(0.85)
    c.rect(40, 40, A4[0] - 80, A4[1] - 80, stroke=0, fill=1)
    c.setFillGray(0.3)
    for i in range(30):
        c.rect(70, A4[1] - 100 - i * 22, A4[0] - 140 - (i % 3) * 40, 9, stroke=0, fill=1)
    c.showPage()
    c.save()


def encrypted():
    enc = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", canPrint=0, strength=128)
    c = new_canvas("encrypted.pdf", encrypt=enc)
    col = Column(c, 72, A4[1] - 60, A4[0] - 144)
    article(col, *A2)
    c.showPage()
    c.save()


def truncated():
    with open(os.path.join(OUT, "single-column.pdf"), "rb") as f:
        data = f.read()
    with open(os.path.join(OUT, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 3])


def main():
    os.makedirs(OUT, exist_ok=True)
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    gold = {"single-column.pdf": single_column(), "two-columns.pdf": two_columns()}
    scan()
    encrypted()
    truncated()
    with open(os.path.join(OUT, "gold.json"), "w", encoding="utf-8") as f:
        json.dump({"headlines": gold}, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())

"""Drawing and line-breaking on a reportlab canvas.

Why: the corpus needs real PDF geometry (columns, sizes, boxes) so that
pdftotext and mutool make the same mistakes on it that they make on printed
bulletins. Text uses reportlab's built-in Adobe-GB1 CID font STSong-Light: the
Noto CJK fonts Debian ships have CFF outlines, which reportlab cannot embed,
and a non-embedded standard CID font keeps every PDF small and byte-stable.
Bold is drawn as fill-and-stroke, which changes nothing in the extracted text.
"""

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas as rl_canvas

FONT = "STSong-Light"
NO_LINE_START = set("，。、；：？！）」』”’》〉】,.;:?!)%")
NO_LINE_END = set("“‘（《【「『(")
_registered = False


def register_font():
    global _registered
    if not _registered:
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))
        _registered = True


def text_width(text, size):
    return pdfmetrics.stringWidth(text, FONT, size)


def wrap(text, size, width, first_indent=0.0):
    """Greedy line breaking; closing punctuation never starts a line."""
    lines, current, limit = [], "", width - first_indent
    for char in text:
        if current and text_width(current + char, size) > limit and char not in NO_LINE_START:
            carried = ""
            while len(current) > 1 and current[-1] in NO_LINE_END:
                current, carried = current[:-1], current[-1] + carried
            lines.append(current)
            current, limit = carried, width
        current += char
    if current:
        lines.append(current)
    return lines


class Line:
    """One printed line (or a grey image box when `image` is set): what to draw and how tall it is."""

    def __init__(self, text, size, bold=False, indent=0.0, leading=None, align="left", space=0.0, image=0.0, gap=0.0):
        self.text, self.size, self.bold, self.indent = text, size, bold, indent
        self.leading = leading if leading is not None else size * 1.35
        self.align, self.space, self.image, self.gap = align, space, image, gap

    @property
    def height(self):
        return (self.image if self.image else self.leading) + self.gap


def paragraph_lines(text, size, width, indent_chars=2, bold=False, leading=None):
    indent = indent_chars * size
    return [
        Line(t, size, bold=bold, indent=indent if i == 0 else 0.0, leading=leading)
        for i, t in enumerate(wrap(text, size, width, indent))
    ]


def block_lines(text, size, width, bold=False, align="left", leading=None, gap=0.0):
    lines = [Line(t, size, bold=bold, align=align, leading=leading) for t in wrap(text, size, width)]
    if lines:
        lines[-1].gap = gap
    return lines


class Document:
    """A reportlab canvas in invariant mode: the same input gives the same bytes."""

    def __init__(self, path, width, height):
        register_font()
        self.width, self.height = width, height
        self.canvas = rl_canvas.Canvas(path, pagesize=(width, height), invariant=1, pageCompression=1)
        self.canvas.setTitle("typeset corpus")
        self.canvas.setAuthor("bulletin-archive")
        self.canvas.setCreator("bulletin-archive scripts/typeset-corpus")
        self.pages = 0

    def draw(self, line, x, y, width):
        """Draws `line` with its baseline at y inside [x, x + width]."""
        c = self.canvas
        if line.image:
            c.setFillGray(0.8)
            c.rect(x, y - line.image, width, line.image - line.size * 0.4, stroke=0, fill=1)
            c.setFillGray(0)
            return
        measured = text_width(line.text, line.size) + line.space * max(len(line.text) - 1, 0)
        if line.align == "center":
            x = x + (width - measured) / 2
        elif line.align == "right":
            x = x + width - measured
        text = c.beginText(x + line.indent, y)
        text.setFont(FONT, line.size)
        # Tc and Tr are page-wide text state in PDF: set both on every line so none leaks into the next.
        text.setCharSpace(line.space)
        text.setTextRenderMode(2 if line.bold else 0)
        if line.bold:
            c.setLineWidth(line.size / 28)
        text.textOut(line.text)
        c.drawText(text)

    def rule(self, x, y, width, thickness=0.6):
        self.canvas.setLineWidth(thickness)
        self.canvas.line(x, y, x + width, y)

    def box(self, x, y_top, width, height):
        self.canvas.setLineWidth(0.8)
        self.canvas.rect(x, y_top - height, width, height, stroke=1, fill=0)

    def end_page(self):
        self.canvas.showPage()
        self.pages += 1

    def save(self):
        self.canvas.save()


def total_height(lines):
    return sum(line.height for line in lines)


def split_columns(lines, count, limit=None):
    """Balances lines over `count` columns; with `limit`, no column exceeds it and the rest is returned."""
    target = total_height(lines) / count
    if limit is not None:
        target = min(target, limit)
    columns, rest = [[] for _ in range(count)], list(lines)
    for index in range(count):
        last = index == count - 1
        cap = (limit if limit is not None else float("inf")) if last else target
        used = 0.0
        while rest:
            height = rest[0].height
            tolerance = 0 if last else height * 0.5
            if columns[index] and used + height > cap + tolerance:
                break
            if limit is not None and used + height > limit:
                break
            columns[index].append(rest.pop(0))
            used += height
    return columns, rest


def draw_columns(doc, columns, x, top, width, gap):
    """Draws balanced columns from `top` down; returns the y below the tallest one."""
    col_width = (width - gap * (len(columns) - 1)) / len(columns)
    lowest = top
    for index, column in enumerate(columns):
        y, left = top, x + index * (col_width + gap)
        for line in column:
            if line.image:
                doc.draw(line, left, y, col_width)
                y -= line.image + line.gap
                continue
            y -= line.leading
            doc.draw(line, left, y, col_width)
            y -= line.gap
        lowest = min(lowest, y)
    return lowest


def draw_stack(doc, lines, x, top, width):
    """Draws full-width lines from `top` down; returns the y below them."""
    return draw_columns(doc, [lines], x, top, width, 0)

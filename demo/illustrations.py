"""Illustrations and the demo PDF, drawn locally with Pillow (nothing is downloaded).

Every drawing is deterministic: the same key gives the same picture, so reloading the demo
content on another machine gives the same files.
"""

import io
import math
import random
import textwrap
from functools import cache

from PIL import Image, ImageDraw, ImageFont

# Colours in the spirit of the West Betuwe house style: river blue, polder green, orchard red.
PALETTES = {
    "green": ("#0b5d3b", "#3f9b5f", "#cfe8c9"),
    "blue": ("#0d4a73", "#2f86b8", "#cde6f5"),
    "teal": ("#075e63", "#2a9d8f", "#c9ece6"),
    "orange": ("#8a3b12", "#e07a1f", "#fbe0c3"),
    "purple": ("#3f2a68", "#7a5ea8", "#e3dbf2"),
    "red": ("#7c1d2b", "#c8453c", "#f6d2cd"),
}
BANNER_SIZE = (1200, 675)
TEXT_DARK = "#1b1b1b"
WHITE = "#ffffff"


@cache
def font(size, bold=False):
    """A TrueType font at `size`; Pillow's bundled font when DejaVu is not installed."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        return ImageFont.truetype(name, size)
    except OSError:
        return ImageFont.load_default(size=size)


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _blend(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(_hex(a), _hex(b), strict=True))


def _gradient(size, start, end):
    """A diagonal gradient from `start` (top left) to `end` (bottom right)."""
    width, height = size
    small = Image.new("RGB", (64, 36))
    pixels = small.load()
    for x in range(64):
        for y in range(36):
            pixels[x, y] = _blend(start, end, (x / 63 + y / 35) / 2)
    return small.resize(size, Image.Resampling.BICUBIC)


def _wrap(draw, text, font_, max_width):
    """Split `text` into lines that fit `max_width` pixels."""
    words, lines, line = text.split(), [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=font_) <= max_width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _png(image):
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def banner(key, title, palette="green", subtitle="Samen West Betuws Werken"):
    """An abstract header illustration: soft circles and a river-like band, with the title.

    `key` seeds the shapes, so each banner differs and stays the same between runs.
    """
    dark, mid, light = PALETTES[palette]
    rng = random.Random(key)
    image = _gradient(BANNER_SIZE, dark, mid).convert("RGBA")
    overlay = Image.new("RGBA", BANNER_SIZE, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    for _ in range(9):
        radius = rng.randint(60, 260)
        x, y = rng.randint(380, 1250), rng.randint(-80, 560)
        alpha = rng.randint(28, 70)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(*_hex(light), alpha))
    # A meandering band, like the Linge and the Waal that border the municipality.
    points = [(x, 470 + 60 * ((x // 150) % 2) - x // 12) for x in range(-50, 1300, 150)]
    draw.line(points, fill=(*_hex(light), 110), width=38, joint="curve")
    image = Image.alpha_composite(image, overlay).convert("RGB")

    draw = ImageDraw.Draw(image)
    title_font = font(64, bold=True)
    lines = _wrap(draw, title, title_font, 760)[:3]
    y = BANNER_SIZE[1] - 90 - 78 * len(lines)
    draw.text((70, y - 50), subtitle.upper(), font=font(26, bold=True), fill=light)
    for line in lines:
        draw.text((70, y), line, font=title_font, fill=WHITE)
        y += 78
    return _png(image)


def diagram(title, labels, palette="blue", layout="grid"):
    """A simple explanatory figure: labelled tiles in a grid, or stations on a cycle."""
    dark, mid, light = PALETTES[palette]
    image = Image.new("RGB", BANNER_SIZE, _blend(light, "#ffffff", 0.6))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, BANNER_SIZE[0], 96), fill=dark)
    draw.text((48, 24), title, font=font(42, bold=True), fill=WHITE)
    if layout == "cycle":
        _draw_cycle(draw, labels, dark, mid)
    else:
        _draw_grid(draw, labels, dark, mid, light)
    return _png(image)


def _draw_grid(draw, labels, dark, mid, light):
    columns = {4: 2, 8: 4}.get(len(labels), 3)
    rows = -(-len(labels) // columns)
    margin, gap, top = 48, 24, 130
    width = (BANNER_SIZE[0] - 2 * margin - (columns - 1) * gap) // columns
    height = (BANNER_SIZE[1] - top - margin - (rows - 1) * gap) // rows
    label_font, number_font = font(28, bold=True), font(22, bold=True)
    for index, label in enumerate(labels):
        col, row = index % columns, index // columns
        x, y = margin + col * (width + gap), top + row * (height + gap)
        draw.rounded_rectangle((x, y, x + width, y + height), radius=18, fill=WHITE, outline=mid, width=4)
        draw.ellipse((x + 18, y + 18, x + 62, y + 62), fill=dark)
        number = str(index + 1)
        draw.text((x + 40, y + 40), number, font=number_font, fill=WHITE, anchor="mm")
        lines = _wrap(draw, label, label_font, width - 40)
        text_y = y + height / 2 - 17 * (len(lines) - 1) + 14
        for line in lines:
            draw.text((x + width / 2, text_y), line, font=label_font, fill=TEXT_DARK, anchor="mm")
            text_y += 34


def _draw_cycle(draw, labels, dark, mid):
    centre, radius, node = (600, 385), 215, 92
    positions = []
    for index in range(len(labels)):
        angle = -math.pi / 2 + 2 * math.pi * index / len(labels)
        positions.append((centre[0] + radius * 1.45 * math.cos(angle), centre[1] + radius * math.sin(angle)))
    draw.ellipse(
        (centre[0] - radius * 1.45, centre[1] - radius, centre[0] + radius * 1.45, centre[1] + radius),
        outline=mid,
        width=6,
    )
    label_font = font(22, bold=True)
    for (x, y), label in zip(positions, labels, strict=True):
        draw.ellipse((x - node * 1.55, y - node * 0.62, x + node * 1.55, y + node * 0.62), fill=dark)
        lines = _wrap(draw, label, label_font, node * 2.5)
        text_y = y - 14 * (len(lines) - 1)
        for line in lines:
            draw.text((x, text_y), line, font=label_font, fill=WHITE, anchor="mm")
            text_y += 28


# The PDF: A4 at 100 dpi keeps the file small while the text stays readable.
A4 = (827, 1169)


def _pdf_page(heading, palette):
    dark, mid, light = PALETTES[palette]
    page = Image.new("RGB", A4, WHITE)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, A4[0], 110), fill=dark)
    draw.text((50, 36), heading, font=font(34, bold=True), fill=WHITE)
    draw.text((50, A4[1] - 50), "Gemeente West Betuwe · Samen West Betuws Werken", font=font(16), fill=mid)
    return page, draw


def pdf_document(title, subtitle, intro, boxes, steps, palette="green"):
    """A multi-page PDF: a cover, a how-to page and a canvas with boxes a team fills in."""
    dark, mid, light = PALETTES[palette]
    cover = _gradient(A4, dark, mid)
    draw = ImageDraw.Draw(cover)
    y = 420
    for line in _wrap(draw, title, font(58, bold=True), 700):
        draw.text((60, y), line, font=font(58, bold=True), fill=WHITE)
        y += 72
    draw.text((60, y + 20), subtitle, font=font(26), fill=light)
    draw.text((60, A4[1] - 90), "Coördinatiepunt Lerende Organisatie", font=font(22, bold=True), fill=WHITE)

    howto, draw = _pdf_page("Zo gebruik je dit model", palette)
    y = 150
    for line in textwrap.wrap(intro, 62):
        draw.text((50, y), line, font=font(20), fill=TEXT_DARK)
        y += 30
    y += 20
    for number, step in enumerate(steps, start=1):
        draw.ellipse((50, y, 90, y + 40), fill=dark)
        draw.text((70, y + 20), str(number), font=font(20, bold=True), fill=WHITE, anchor="mm")
        for line in textwrap.wrap(step, 56):
            draw.text((110, y + 6), line, font=font(20), fill=TEXT_DARK)
            y += 30
        y += 24

    pages = [howto]
    per_page = 4
    for start in range(0, len(boxes), per_page):
        canvas, draw = _pdf_page(f"Het model invullen ({start // per_page + 1})", palette)
        y = 140
        for heading, question in boxes[start : start + per_page]:
            draw.rounded_rectangle((50, y, A4[0] - 50, y + 230), radius=14, outline=mid, width=3)
            draw.text((70, y + 16), heading, font=font(24, bold=True), fill=dark)
            draw.text((70, y + 52), question, font=font(17), fill=TEXT_DARK)
            for line_y in range(y + 100, y + 215, 34):
                draw.line((70, line_y, A4[0] - 70, line_y), fill=light, width=2)
            y += 250
        pages.append(canvas)

    buffer = io.BytesIO()
    cover.save(buffer, format="PDF", save_all=True, append_images=pages, resolution=100, title=title)
    return buffer.getvalue()

"""Bulletin charts: completion by region as bars coloured by status, with the calendar line.

One chart is laid out once as a short list of shapes (`Scene`: rectangles, lines, texts) in
chart units (1/100 inch, 630 × 290), then written two ways:

- **SVG** for the PDF: WeasyPrint draws it as vectors with the document's own fonts, so there
  is no bitmap to encode, decode and re-encode, and the chart stays sharp when zoomed;
- **PNG** for Word (a .docx needs a bitmap): Pillow draws the same shapes at 150 dpi with
  Noto Sans CJK SC from Debian's fonts-noto-cjk.

Both come from the same scene, so Word and PDF show the same bars, labels and line. Until
2026-12 this was matplotlib: 0.13 s CPU per chart (18 ms now), half of a bulletin's time, for
a bar chart that needs a dozen rectangles and labels (docs/decisions/0009-bulletins.md).
Text widths for the layout are measured with the same font Pillow draws with.
"""

from __future__ import annotations

import io
import math
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
FONT_FILE = "NotoSansCJK-Regular.ttc"
FONT_FAMILY = "Noto Sans CJK SC"
COLOURS = {
    "done": "#2e7d32",
    "on_track": "#1565c0",
    "lagging": "#ef6c00",
    "at_risk": "#c62828",
    "no_data": "#9e9e9e",
}
LABELS = {
    "done": "已完成",
    "on_track": "正常",
    "lagging": "滞后",
    "at_risk": "预警",
    "no_data": "暂无数据",
}
CALENDAR_COLOUR = "#b00020"
INK = "#222222"
WIDTH, HEIGHT = 630, 290  # chart units: 1/100 inch (6.3 × 2.9 in, 160 mm wide in print)
PNG_SCALE = 1.5  # 150 dpi
PT = 100 / 72  # one typographic point in chart units
MAX_NAME_DROP = 0.25 * HEIGHT  # how far a turned region name may reach below the axis
_lock = threading.Lock()


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float = 0.8 * PT
    dash: tuple[float, float] | None = None


@dataclass(frozen=True)
class Text:
    """A label; (x, y) is on its baseline, `anchor` says which end: start, middle or end."""

    x: float
    y: float
    text: str
    size: float
    anchor: str = "start"
    rotate: float = 0.0  # degrees, counter-clockwise as seen
    colour: str = INK


@dataclass
class Scene:
    width: float
    height: float
    shapes: list[Rect | Line | Text] = field(default_factory=list)


# --- fonts --------------------------------------------------------------------------------------


def font_path() -> Path:
    for directory in FONT_DIRS:
        path = directory / FONT_FILE
        if path.exists():
            return path
    raise FileNotFoundError(f"找不到图表字体 {FONT_FILE}（请安装 fonts-noto-cjk）。")


@lru_cache(maxsize=32)
def _font(pixels: int) -> ImageFont.FreeTypeFont:
    """The CJK font at a pixel size, loaded once per process and size (index 2: SC)."""
    with _lock:
        return ImageFont.truetype(str(font_path()), pixels, index=_sc_index())


@lru_cache(maxsize=1)
def _sc_index() -> int:
    """Which face of the .ttc collection is Simplified Chinese (JP, KR, SC, TC, HK order)."""
    for index in range(10):
        try:
            face = ImageFont.truetype(str(font_path()), 10, index=index)
        except OSError:
            break
        if face.getname()[0] == FONT_FAMILY:
            return index
    return 0


def text_width(text: str, size: float) -> float:
    """Advance width of `text` at `size` chart units (measured at 10× for precision)."""
    return _font(int(size * 10)).getlength(text) / 10


# --- layout -------------------------------------------------------------------------------------


def _nice_step(top: float) -> float:
    raw = top / 6
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _pct(value: float) -> str:
    return f"{value:.0f}" if value == int(value) else f"{value:g}"


def _fit(text: str, size: float, limit: float) -> str:
    """`text`, shortened with an ellipsis to at most `limit` wide."""
    if text_width(text, size) <= limit:
        return text
    while len(text) > 1 and text_width(text + "…", size) > limit:
        text = text[:-1]
    return text + "…"


def completion_scene(indicator: dict[str, Any], *, calendar_pct: float) -> Scene:
    """One indicator's completion per region (in ranking order) as shapes."""
    rows = indicator["rows"]
    values = [(r["completion"] or 0) * 100 for r in rows]
    rotated = len(rows) > 6
    scene = Scene(WIDTH, HEIGHT)
    add = scene.shapes.append
    left, right = 0.09 * WIDTH, 0.99 * WIDTH
    names = [r["region"] for r in rows]
    top_y, bottom_y = 0.20 * HEIGHT, 0.88 * HEIGHT
    if rotated:
        # Room below the axis for the longest turned name (a 开发区 name is long), within
        # a limit; a name longer than that is shortened with an ellipsis.
        slope = math.sin(math.radians(35))
        limit = MAX_NAME_DROP / slope
        names = [_fit(name, 7 * PT, limit) for name in names]
        drop = max((text_width(n, 7 * PT) for n in names), default=0) * slope
        bottom_y = HEIGHT - 6 - max(drop + 10, 0.20 * HEIGHT - 6)
    top = max([*values, calendar_pct, 100.0]) * 1.15

    def y_of(value: float) -> float:
        return bottom_y - (bottom_y - top_y) * min(value, top) / top

    add(Text(WIDTH / 2, 0.06 * HEIGHT, f"{indicator['name']}：各地完成情况", 9 * PT, "middle"))
    # Legend: the statuses present, then the calendar line, centred above the plot.
    entries: list[tuple[str, str, bool]] = [
        (COLOURS[s], LABELS[s], False) for s in LABELS if any(r["status"] == s for r in rows)
    ]
    entries.append((CALENDAR_COLOUR, f"时序进度 {calendar_pct:.1f}%", True))
    size = 7 * PT
    swatch, gap = 14.0, 12.0
    widths = [swatch + 4 + text_width(label, size) for _, label, _ in entries]
    x = (WIDTH - sum(widths) - gap * (len(entries) - 1)) / 2
    legend_y = 0.145 * HEIGHT
    for (colour, label, is_line), w in zip(entries, widths, strict=True):
        if is_line:
            add(Line(x, legend_y - 3, x + swatch, legend_y - 3, colour, 1 * PT, (4, 2)))
        else:
            add(Rect(x, legend_y - 8, swatch, 8, colour))
        add(Text(x + swatch + 4, legend_y, label, size))
        x += w + gap
    # Axes: y ticks and grid-free frame (left and bottom spines only).
    step = _nice_step(top)
    tick = 0.0
    while tick <= top + 1e-9:
        y = y_of(tick)
        add(Line(left - 3, y, left, y, INK, 0.6 * PT))
        add(Text(left - 5, y + 3, _pct(tick), 7 * PT, "end"))
        tick += step
    add(Line(left, top_y, left, bottom_y, INK, 0.6 * PT))
    add(Line(left, bottom_y, right, bottom_y, INK, 0.6 * PT))
    add(Text(14, (top_y + bottom_y) / 2, "完成率（%）", 7.5 * PT, "middle", rotate=90))
    # Bars with their values, and the region names below.
    slot = (right - left) / max(len(rows), 1)
    for n, (row, value) in enumerate(zip(rows, values, strict=True)):
        centre = left + slot * (n + 0.5)
        bar = slot * 0.62
        y = y_of(value)
        colour = COLOURS.get(row["status"], COLOURS["no_data"])
        if bottom_y - y > 0:
            add(Rect(centre - bar / 2, y, bar, bottom_y - y, colour))
        label = "无数据" if row["completion"] is None else f"{value:.0f}%"
        add(Text(centre, y - 3, label, 6.5 * PT, "middle"))
        if rotated:
            add(Text(centre + 3, bottom_y + 12, names[n], 7 * PT, "end", rotate=35))
        else:
            add(Text(centre, bottom_y + 13, names[n], 7 * PT, "middle"))
    add(Line(left, y_of(calendar_pct), right, y_of(calendar_pct), CALENDAR_COLOUR, PT, (4, 2)))
    if not rows:
        add(Text((left + right) / 2, (top_y + bottom_y) / 2, "暂无下级目标", 9 * PT, "middle"))
    return scene


# --- writers ------------------------------------------------------------------------------------


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def scene_svg(scene: Scene) -> str:
    """The scene as a standalone SVG document (fonts by family name, resolved by WeasyPrint)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(scene.width)}" '
        f'height="{_n(scene.height)}" viewBox="0 0 {_n(scene.width)} {_n(scene.height)}" '
        f'font-family="{FONT_FAMILY}">'
    ]
    for s in scene.shapes:
        if isinstance(s, Rect):
            parts.append(
                f'<rect x="{_n(s.x)}" y="{_n(s.y)}" width="{_n(s.w)}" height="{_n(s.h)}" '
                f'fill="{s.fill}"/>'
            )
        elif isinstance(s, Line):
            dash = f' stroke-dasharray="{_n(s.dash[0])} {_n(s.dash[1])}"' if s.dash else ""
            parts.append(
                f'<line x1="{_n(s.x1)}" y1="{_n(s.y1)}" x2="{_n(s.x2)}" y2="{_n(s.y2)}" '
                f'stroke="{s.colour}" stroke-width="{_n(s.width)}"{dash}/>'
            )
        else:
            turn = f' transform="rotate({_n(-s.rotate)} {_n(s.x)} {_n(s.y)})"' if s.rotate else ""
            parts.append(
                f'<text x="{_n(s.x)}" y="{_n(s.y)}" font-size="{_n(s.size)}" '
                f'text-anchor="{s.anchor}" fill="{s.colour}"{turn}>{escape(s.text)}</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


_PIL_ANCHOR = {"start": "ls", "middle": "ms", "end": "rs"}


def _draw_text(image: Image.Image, draw: ImageDraw.ImageDraw, s: Text, k: float) -> None:
    font = _font(max(round(s.size * k), 1))
    x, y = s.x * k, s.y * k
    if not s.rotate:
        draw.text((x, y), s.text, font=font, fill=s.colour, anchor=_PIL_ANCHOR[s.anchor])
        return
    # Rotated: draw on a transparent tile, turn it, and paste it so the anchor point lands
    # on (x, y) — Pillow cannot draw rotated text directly.
    left, top, right, bottom = font.getbbox(s.text, anchor="ls")
    w, h = math.ceil(right - left) + 2, math.ceil(bottom - top) + 2
    tile = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((-left + 1, -top + 1), s.text, font=font, fill=s.colour, anchor="ls")
    ax = {"start": 1.0, "middle": w / 2, "end": w - 1.0}[s.anchor]
    ay = -top + 1  # the baseline inside the tile
    turned = tile.rotate(s.rotate, expand=True, resample=Image.Resampling.BICUBIC)
    angle = math.radians(s.rotate)
    dx, dy = ax - w / 2, ay - h / 2
    rx = dx * math.cos(angle) + dy * math.sin(angle)
    ry = -dx * math.sin(angle) + dy * math.cos(angle)
    px = x - (turned.width / 2 + rx)
    py = y - (turned.height / 2 + ry)
    image.paste(turned, (round(px), round(py)), turned)


def scene_png(scene: Scene, *, scale: float = PNG_SCALE) -> bytes:
    """The scene as a PNG bitmap (for Word)."""
    k = scale
    image = Image.new("RGB", (int(scene.width * k), int(scene.height * k)), "white")
    draw = ImageDraw.Draw(image)
    for s in scene.shapes:
        if isinstance(s, Rect):
            draw.rectangle(
                (s.x * k, s.y * k, (s.x + s.w) * k - 1, (s.y + s.h) * k - 1), fill=s.fill
            )
        elif isinstance(s, Line):
            width = max(round(s.width * k), 1)
            if s.dash is None:
                draw.line((s.x1 * k, s.y1 * k, s.x2 * k, s.y2 * k), fill=s.colour, width=width)
                continue
            on, off = s.dash
            length = math.hypot(s.x2 - s.x1, s.y2 - s.y1)
            ux, uy = (s.x2 - s.x1) / length, (s.y2 - s.y1) / length
            pos = 0.0
            while pos < length:
                end = min(pos + on, length)
                draw.line(
                    (
                        (s.x1 + ux * pos) * k,
                        (s.y1 + uy * pos) * k,
                        (s.x1 + ux * end) * k,
                        (s.y1 + uy * end) * k,
                    ),
                    fill=s.colour,
                    width=width,
                )
                pos = end + off
        else:
            _draw_text(image, draw, s, k)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", compress_level=3)
    return buffer.getvalue()


@dataclass(frozen=True)
class Chart:
    """One chart in both forms: `svg` (text, for the PDF) and `png` (bytes, for Word)."""

    svg: str
    png: bytes


def completion_chart(indicator: dict[str, Any], *, calendar_pct: float) -> Chart:
    """One indicator's completion per region, as SVG and PNG from the same layout."""
    scene = completion_scene(indicator, calendar_pct=calendar_pct)
    return Chart(svg=scene_svg(scene), png=scene_png(scene))

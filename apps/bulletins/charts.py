"""Bulletin charts: completion by region as bars coloured by status, with the calendar line.

matplotlib with the Agg backend (no display) and Noto Sans CJK SC from Debian's
fonts-noto-cjk, so Chinese labels render; the PNG bytes go into the Word file (InlineImage)
and into the PDF (a data: URI), so both show the same picture.
"""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

from matplotlib import font_manager
from matplotlib.artist import Artist
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"))
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
_lock = threading.Lock()
_font_ready = False


def _ensure_font() -> None:
    """Register the Noto CJK collection once (matplotlib does not always scan .ttc files)."""
    global _font_ready
    with _lock:
        if _font_ready:
            return
        for directory in FONT_DIRS:
            for path in sorted(directory.glob("NotoSansCJK-*.tt[cf]")):
                font_manager.fontManager.addfont(str(path))
        _font_ready = True


def completion_chart(indicator: dict[str, Any], *, calendar_pct: float) -> bytes:
    """PNG of one indicator's completion per region (in ranking order)."""
    _ensure_font()
    rows = indicator["rows"]
    names = [r["region"] for r in rows]
    values = [(r["completion"] or 0) * 100 for r in rows]
    colours = [COLOURS.get(r["status"], COLOURS["no_data"]) for r in rows]
    # A Figure, not pyplot: no global state, safe in a worker thread.
    fig = Figure(figsize=(6.3, 2.9), dpi=150)
    ax = fig.subplots()
    font = {"family": FONT_FAMILY}
    positions = list(range(len(rows)))
    bars = ax.bar(positions, values, color=colours, width=0.62)
    top = max([*values, calendar_pct, 100.0]) * 1.15
    ax.set_ylim(0, top)
    ax.axhline(calendar_pct, color="#b00020", linestyle="--", linewidth=1)
    present = [s for s in LABELS if any(r["status"] == s for r in rows)]
    handles: list[Artist] = [Patch(color=COLOURS[s], label=LABELS[s]) for s in present]
    handles.append(
        Line2D([], [], color="#b00020", linestyle="--", label=f"时序进度 {calendar_pct:.1f}%")
    )
    ax.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 1.0),
        ncol=len(handles),
        frameon=False,
        prop={"family": FONT_FAMILY, "size": 7},
    )
    for bar, value, row in zip(bars, values, rows, strict=True):
        label = "无数据" if row["completion"] is None else f"{value:.0f}%"
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            bar.get_height() + top * 0.01,
            label,
            ha="center",
            va="bottom",
            fontsize=6.5,
            fontdict=font,
        )
    ax.set_xticks(positions)
    ax.set_xticklabels(
        names,
        rotation=35 if len(rows) > 6 else 0,
        ha="right" if len(rows) > 6 else "center",
        fontsize=7,
        fontdict=font,
    )
    ax.set_ylabel("完成率（%）", fontsize=7.5, fontdict=font)
    ax.tick_params(axis="y", labelsize=7)
    ax.set_title(f"{indicator['name']}：各地完成情况", fontsize=9, fontdict=font, pad=18)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if not rows:
        ax.text(0.5, 0.5, "暂无下级目标", transform=ax.transAxes, ha="center", fontdict=font)
    # Fixed margins rather than tight_layout(), which draws the figure an extra time.
    fig.subplots_adjust(left=0.09, right=0.99, top=0.80, bottom=0.2 if len(rows) > 6 else 0.12)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()

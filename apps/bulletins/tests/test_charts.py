"""Bulletin charts: one layout, written as SVG (PDF) and PNG (Word) with the same content."""

from __future__ import annotations

import io
import re

from PIL import Image

from apps.bulletins.charts import COLOURS, completion_chart, completion_scene, text_width
from apps.bulletins.figures import sample


def _indicator(n: int) -> dict:
    figures = sample()
    base = figures["indicators"][0]["rows"]
    rows = [
        {**base[i % 3], "region": f"第{i}县", "rank": i + 1, "completion": 0.3 + 0.05 * i}
        for i in range(n)
    ]
    rows[-1] = {**rows[-1], "completion": None, "status": "no_data"}
    return {**figures["indicators"][0], "name": "高新技术企业数", "rows": rows}


def test_svg_and_png_carry_bars_labels_and_calendar_line():
    indicator = _indicator(11)
    chart = completion_chart(indicator, calendar_pct=49.6)
    svg = chart.svg
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    for row in indicator["rows"]:
        assert f">{row['region']}</text>" in svg
    assert "高新技术企业数：各地完成情况" in svg
    assert "时序进度 49.6%" in svg and "无数据" in svg and ">30%<" in svg
    # Eleven regions: the names turn 35° so they do not overlap.
    assert svg.count('transform="rotate(-35') == 11
    # One bar per region with a value (the one without data has none), coloured by status.
    bars = re.findall(r'<rect [^>]*fill="(#[0-9a-f]{6})"', svg)
    legend = {"on_track", "lagging", "at_risk", "no_data"}
    assert len(bars) == 10 + len(legend)
    assert COLOURS["no_data"] in bars
    image = Image.open(io.BytesIO(chart.png))
    assert image.format == "PNG" and image.size == (945, 435)  # 6.3 × 2.9 in at 150 dpi
    # The bars are painted: the status colours appear in the bitmap.
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    assert (0x15, 0x65, 0xC0) in colours and (0xEF, 0x6C, 0x00) in colours


def test_few_regions_stay_upright_and_text_is_escaped():
    indicator = _indicator(3)
    indicator["rows"][0] = {**indicator["rows"][0], "region": "A&B<县>"}
    svg = completion_chart(indicator, calendar_pct=10.0).svg
    assert "rotate(-35" not in svg
    assert "A&amp;B&lt;县&gt;" in svg


def test_empty_indicator_says_so_and_scale_covers_the_largest_value():
    empty = completion_chart({**_indicator(1), "rows": []}, calendar_pct=50.0)
    assert "暂无下级目标" in empty.svg
    big = _indicator(2)
    big["rows"][0] = {**big["rows"][0], "completion": 2.4}
    scene = completion_scene(big, calendar_pct=50.0)
    ticks = [s.text for s in scene.shapes if getattr(s, "anchor", "") == "end" and not s.rotate]
    assert "250" in ticks  # the y axis reaches past 240 %


def test_text_width_grows_with_the_text():
    assert 0 < text_width("正常", 10) < text_width("暂无数据", 10)


def test_long_region_names_get_room_or_an_ellipsis():
    indicator = _indicator(11)
    indicator["rows"][0] = {**indicator["rows"][0], "region": "赣州经济技术开发区"}
    indicator["rows"][1] = {
        **indicator["rows"][1],
        "region": "某某市某某国家级高新技术产业开发区管理委员会",
    }
    scene = completion_scene(indicator, calendar_pct=50.0)
    names = [s.text for s in scene.shapes if getattr(s, "rotate", 0) == 35]
    assert names[0] == "赣州经济技术开发区"  # fits whole
    assert names[1].endswith("…") and len(names[1]) < 20
    # Every turned name stays inside the picture.
    for s in scene.shapes:
        if getattr(s, "rotate", 0) == 35:
            drop = text_width(s.text, s.size) * 0.5736  # sin 35°
            assert s.y + drop <= scene.height

"""Every region name shows on the city overview's bar chart at a laptop's width (1366 px) and
in the image the chart saves: names too long to stand under the bars turn the chart on its
side (kechuang/static/js/charts.js). Nanchang's three development zones have 10–11 character
names; drawn upright, every other district lost its label."""

from __future__ import annotations

import base64
import struct

import pytest

from tests.browser.conftest import shot
from tests.browser.test_nanchang_officer import login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

READ = """(sel) => {
  const el = document.querySelector(sel);
  const chart = echarts.getInstanceByDom(el);
  const option = chart.getOption();
  const model = chart.getModel();
  const category = option.yAxis[0].type === "category" ? "yAxis" : "xAxis";
  const axis = model.getComponent(category).axis;
  return {
    category: category,
    names: option[category][0].data,
    shown: axis.getViewLabels().map((l) => l.formattedLabel),
    hideOverlap: !!option[category][0].axisLabel.hideOverlap,
    height: el.clientHeight,
    image: chart.getDataURL({ type: "png", pixelRatio: 1 }),
  };
}"""


def _png_size(data_url: str) -> tuple[int, int]:
    raw = base64.b64decode(data_url.split(",", 1)[1])
    width, height = struct.unpack(">II", raw[16:24])
    return width, height


def test_city_overview_shows_every_district_name(live_server, page, nanchang_officer):
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, live_server.url, "nanchang_officer")
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("[data-chart-source=chart-children] canvas")
    got = page.evaluate(READ, "[data-chart-source=chart-children]")
    assert got["category"] == "yAxis"  # on its side
    assert len(got["names"]) == 12 and "南昌高新技术产业开发区" in got["names"]
    assert sorted(got["shown"]) == sorted(got["names"]) and not got["hideOverlap"]
    assert got["height"] >= 22 * 12  # a row per name
    assert _png_size(got["image"])[1] == got["height"]  # the saved image holds every row
    page.locator("[data-chart-source=chart-children]").scroll_into_view_if_needed()
    shot(page, "dashboard-nanchang-children-1366")


def test_short_names_stay_upright(live_server, page, nanchang_officer):
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, live_server.url, "nanchang_officer")
    page.goto(f"{live_server.url}/market/contracts/flows/")
    page.wait_for_selector("[data-chart-source=chart-months] canvas")
    got = page.evaluate(READ, "[data-chart-source=chart-months]")
    assert got["category"] == "xAxis" and len(got["shown"]) == 12

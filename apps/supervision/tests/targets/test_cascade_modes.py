"""The cascade's two modes (decision 0010): by hand the fields hold the children's values; by
weights they hold weights — the last cascade's, else last year's targets as shares, else
equal — with the values they give shown read-only beside them and their sum against the
parent target. (Before, one set of fields held the current values in both modes, so the
weights mode offered 0.47, 0.02 … as weights.)"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from apps.regions.models import Region
from apps.supervision.models import Target
from apps.supervision.selectors import cascade_weights
from apps.supervision.services import target_save, targets_cascade
from conftest import client_for

pytestmark = pytest.mark.django_db


def _children() -> list[Region]:
    return list(Region.objects.filter(parent_id="360000").order_by("code"))


def _url(target: Target) -> str:
    return f"/supervision/targets/{target.pk}/"


def test_weights_start_equal_then_last_years_shares_then_the_last_cascades(
    province_target: Target, province_officer: Any
) -> None:
    weights, source = cascade_weights(parent=province_target, children=_children())
    assert set(weights.values()) == {Decimal(1)} and source == "平均分配"
    for code, value in (("360100", 30), ("360700", 10)):
        target_save(
            actor=None,
            target=Target(
                indicator=province_target.indicator,
                region=Region.objects.get(code=code),
                year=province_target.year - 1,
                value=Decimal(value),
            ),
        )
    weights, source = cascade_weights(parent=province_target, children=_children())
    assert (weights["360100"], weights["360700"], weights["360400"]) == (30, 10, 0)
    assert source == f"{province_target.year - 1}年各地区目标占比"
    targets_cascade(
        actor=province_officer,
        parent=province_target,
        weights={"360100": Decimal(2), "360700": Decimal(3)},
    )
    weights, source = cascade_weights(parent=province_target, children=_children())
    assert (weights["360100"], weights["360700"], weights["360400"]) == (2, 3, 0)
    assert source == "上次按权重分解时的权重"


def test_page_prefills_each_mode_with_its_own_figures(
    province_target: Target, province_officer: Any
) -> None:
    targets_cascade(
        actor=province_officer,
        parent=province_target,
        values={"360100": Decimal(6), "360700": Decimal(4)},
    )
    page = client_for(province_officer).get(_url(province_target))
    form = page.context["form"]
    assert form["r_360100"].value() == "6" and form["w_360100"].value() == "1"
    assert form["mode"].value() == "values"
    preview = page.context["preview"]
    shares = {r.code: s for r, _f, s in preview["rows"]}
    assert shares["360100"] == 1 and preview["total"] == len(_children())  # 10/13 → 1 each
    html = page.content.decode()
    assert 'data-testid="cascade-weights"' in html and "预填：平均分配" in html
    assert f"下级合计 {len(_children())}家，本级目标 10家，不少于本级目标" in html


def test_preview_recomputes_as_weights_change(
    province_target: Target, province_officer: Any
) -> None:
    data = {"mode": "weights", "preview": "1"} | {f"w_{r.code}": "0" for r in _children()}
    data |= {"w_360100": "3", "w_360700": "1", "w_360400": "abc"}
    response = client_for(province_officer).post(_url(province_target), data)
    html = response.content.decode()
    assert 'id="share-360100"' in html and 'hx-swap-oob="true"' in html
    assert "下级合计 11家，本级目标 10家" in html  # ceil(7.5) + ceil(2.5)
    assert "九江市：权重不是数字。" in html
    assert not Target.objects.filter(parent=province_target).exists()  # a preview saves nothing


def test_saving_by_weights_uses_the_weights_not_the_values(
    province_target: Target, province_officer: Any
) -> None:
    data = {"mode": "weights"} | {f"w_{r.code}": "0" for r in _children()}
    data |= {"w_360100": "1", "w_360700": "1", "r_360100": "9", "r_360700": "9"}
    response = client_for(province_officer).post(_url(province_target), data)
    assert response.status_code == 302
    saved = dict(
        Target.objects.filter(parent=province_target, value__gt=0).values_list("region_id", "value")
    )
    assert saved == {"360100": 5, "360700": 5}
    again = client_for(province_officer).get(_url(province_target)).context["form"]
    assert again["mode"].value() == "weights" and again["w_360100"].value() == "1"

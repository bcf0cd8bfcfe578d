"""Loading the division tree and the zones table from their data sources."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from django.db import transaction

from apps.audit.services import audit_record
from apps.regions.choices import RegionLevel
from apps.regions.models import Region
from apps.regions.sources import default_data_dir, load_divisions

if TYPE_CHECKING:
    from apps.accounts.models import User

ZONES_DIR = Path(__file__).resolve().parent / "data"


@transaction.atomic
def regions_load(*, actor: User | None, province_code: str, data_dir: Path | None = None) -> int:
    """Create or update the province's divisions and zones; returns the number of nodes.

    Idempotent: re-running with newer data renames and re-parents nodes in place.
    """
    rows = load_divisions(province_code, data_dir or default_data_dir())
    zones_file = ZONES_DIR / f"zones_{province_code}.json"
    zones = json.loads(zones_file.read_text("utf-8"))["zones"] if zones_file.exists() else []
    paths: dict[str, tuple[str, int]] = {}
    count = 0

    def put(code: str, name: str, level: str, parent: str | None, **extra: str) -> None:
        nonlocal count
        parent_path, parent_depth = paths[parent] if parent else ("", -1)
        path = f"{parent_path}{code}/"
        paths[code] = (path, parent_depth + 1)
        Region.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "short_name": extra.get("short_name", ""),
                "level": level,
                "parent_id": parent,
                "path": path,
                "depth": parent_depth + 1,
                "zone_kind": extra.get("zone_kind", ""),
                "zone_rank": extra.get("zone_rank", ""),
            },
        )
        count += 1

    for row in rows:
        put(row.code, row.name, row.level, row.parent_code)
    for zone in zones:
        put(
            zone["code"],
            zone["name"],
            RegionLevel.ZONE,
            zone["parent_code"],
            short_name=zone.get("short_name", ""),
            zone_kind=zone.get("kind", ""),
            zone_rank=zone.get("rank", ""),
        )
    audit_record(
        actor=actor,
        action="regions.load",
        object_type="regions.Region",
        object_id=province_code,
        after={"nodes": count},
    )
    return count

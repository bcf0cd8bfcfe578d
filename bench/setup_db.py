"""Child process: make a bench database hold the demo data of one scale and seed.

    python -m bench.setup_db --db sqlite|postgres --scale small|province --seed N --result FILE

Creates the database if missing, applies migrations, and checks what it holds against the
`demo.load` audit row the demo command writes (scale, seed, organisation count). Matching data
is reused; missing data is loaded with `manage.py demo`; different data (another scale or seed,
a half-finished load, or data loaded before a migration of the apps the demo writes, recorded
in var/bench/<db>-<scale>/demo-stamp.json) means the database is dropped and recreated first.
After a load on PostgreSQL the tables are vacuumed and analysed if autovacuum has not done so
yet, as it would soon after a bulk load in production. SQLite's planner statistics are left
as the application left them (reported as `sqlite_stat1`); `--sqlite-analyze` refreshes them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.common import (
    PYTHON,
    ROOT,
    Target,
    drop_database,
    ensure_database,
    pg_admin,
    setup_django,
    write_result,
)

DEMO_APPS = ("accounts", "audit", "demo", "organizations", "regions", "supervision", "notices")


def _holdings(scale: str) -> dict[str, Any]:
    """What the database holds: organisation count and the last demo load's scale and seed."""
    from apps.audit.models import AuditEvent
    from apps.organizations.models import Organization, Qualification

    event = AuditEvent.objects.filter(action="demo.load").order_by("-created_at", "-id").first()
    after = (event.after or {}) if event else {}
    return {
        "organizations": Organization.objects.count(),
        "qualifications": Qualification.objects.count(),
        "demo_scale": event.object_id if event else None,
        "demo_seed": after.get("seed"),
        "demo_organizations": after.get("organizations"),
        "demo_as_of": after.get("as_of"),
    }


def _vacuumed(target: Target) -> bool:
    """Whether the registry tables were vacuumed and analysed since they were loaded."""
    rows = pg_admin(
        "SELECT coalesce(last_vacuum, last_autovacuum) IS NOT NULL"
        " AND coalesce(last_analyze, last_autoanalyze) IS NOT NULL"
        " FROM pg_stat_user_tables WHERE relname IN"
        " ('organizations_organization', 'organizations_qualification',"
        " 'organizations_organization_chains')",
        database=target.pg_name,
    )
    return bool(rows) and all(r[0] for r in rows)


def _schema() -> list[str]:
    """The applied migrations of the apps whose tables the demo writes (its data's shape)."""
    from django.db.migrations.recorder import MigrationRecorder

    applied = MigrationRecorder.Migration.objects.filter(app__in=DEMO_APPS)
    return sorted(f"{app}.{name}" for app, name in applied.values_list("app", "name"))


def _stamp_path(target: Target) -> Path:
    return target.var_dir / "demo-stamp.json"


def _read_stamp(target: Target) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(_stamp_path(target).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data


def _sqlite_statistics(*, analyze: bool) -> bool:
    """Whether SQLite's planner has ANALYZE statistics; with `analyze`, refresh them first.

    Otherwise they are left as the application left them (the demo load and large imports
    run ANALYZE themselves)."""
    from django.db import connection

    with connection.cursor() as cur:
        if analyze:
            print("  bench sqlite: ANALYZE…", flush=True)
            cur.execute("ANALYZE")
        cur.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        present = cur.fetchone() is not None
    connection.close()
    return present


def _migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", choices=["sqlite", "postgres"], required=True)
    parser.add_argument("--scale", required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--reload", action="store_true", help="drop and load even if it matches")
    parser.add_argument(
        "--sqlite-analyze",
        action="store_true",
        help="refresh SQLite's planner statistics (default: as the application left them)",
    )
    parser.add_argument("--result", required=True)
    args = parser.parse_args()
    target = Target(args.db, args.scale)

    ensure_database(target)
    setup_django()
    from django.db import connections

    from apps.demo.generator import SCALES

    expected = SCALES[args.scale]
    _migrate()
    held = _holdings(args.scale)
    # The demo's own accounts add a few organisations (government departments) on top. Data
    # loaded before a migration of the demo's apps is reloaded: old rows may not fit new code.
    stamp = _read_stamp(target)
    schema = _schema()
    matches = (
        not args.reload
        and stamp.get("database") == target.database_url
        and stamp.get("schema") == schema
        and held["demo_scale"] == args.scale
        and held["demo_seed"] == args.seed
        and held["demo_organizations"] == expected
        and held["organizations"] >= expected
    )
    loaded = False
    load_seconds = None
    if not matches:
        if held["organizations"] or held["demo_scale"]:
            why = (
                "reload asked for"
                if args.reload
                else f"demo {held['demo_scale']}/{held['demo_seed']}, want {args.scale}/{args.seed}"
                if (held["demo_scale"], held["demo_seed"]) != (args.scale, args.seed)
                else "loaded before the current migrations"
            )
            print(
                f"  bench {args.db}: database holds {held['organizations']:,} organisations"
                f" ({why}): recreating it",
                flush=True,
            )
            connections.close_all()
            drop_database(target)
            _migrate()
        connections.close_all()
        print(f"  bench {args.db}: loading the demo ({args.scale}, seed {args.seed})…", flush=True)
        start = time.perf_counter()
        subprocess.run(
            [PYTHON, "manage.py", "demo", "--scale", args.scale, "--seed", str(args.seed)],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL if args.scale == "small" else None,
        )
        load_seconds = round(time.perf_counter() - start, 1)
        loaded = True
        held = _holdings(args.scale)
        stamp = {
            "database": target.database_url,
            "scale": args.scale,
            "seed": args.seed,
            "schema": _schema(),
            "loaded_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "load_seconds": load_seconds,
        }
        _stamp_path(target).write_text(json.dumps(stamp, indent=2), "utf-8")
    if args.db == "sqlite":
        held["sqlite_stat1"] = _sqlite_statistics(analyze=args.sqlite_analyze)
    if args.db == "postgres" and not _vacuumed(target):
        print(f"  bench {args.db}: VACUUM ANALYZE after the bulk load…", flush=True)
        pg_admin("VACUUM ANALYZE", database=target.pg_name)
    write_result(
        args.result,
        {
            **held,
            "loaded": loaded,
            "load_seconds": load_seconds,
            "loaded_at": stamp.get("loaded_at"),
            "database": target.database_url,
        },
    )


if __name__ == "__main__":
    main()

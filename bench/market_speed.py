"""Market speed at scale: rebuilding the search tables, full-text search and top-10 matching.

    python -m bench.market_speed [--db sqlite|postgres] [--achievements 100000]
                                 [--demands 20000] [--queries 200]

Builds (once) a scratch database under var/bench/ (SQLite) or `kc_market_bench`
(PostgreSQL): migrate, the small demo, then bulk listings up to the asked sizes. Then times
rebuilding both search tables from scratch, `search.search` over a mix of queries (two-
character words, phrases, Traditional characters, pinyin initials) and `matching.best_for`
(top 10 achievements for a published demand), as p50/p95 in milliseconds, next to a raw SQL
baseline in the same run (`title LIKE '%…%' LIMIT 10`). Figures only: nothing here fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    "锂电",
    "电池",
    "稀土",
    "永磁",
    "正极材料",
    "鋰電池",
    "稀土永磁",
    "中药提取",
    "無人機",
    "复合材料",
    "机器视觉",
    "光伏组件",
    "铜箔",
    "硬质合金",
    "物联网",
    "脐橙保鲜",
    "xhjt",
    "有机硅",
    "烧结 能耗",
    "热失控 预警",
]


def _setup(db: str) -> None:
    var = ROOT / "var" / "bench" / f"market-{db}"
    var.mkdir(parents=True, exist_ok=True)
    os.environ["KECHUANG_VAR_DIR"] = str(var)
    if db == "postgres":
        os.environ["DATABASE_URL"] = os.environ.get(
            "MARKET_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/kc_market_bench"
        )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kechuang.settings.development")
    if db == "postgres":
        import psycopg

        url = os.environ["DATABASE_URL"]
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{name}"')
    import django

    django.setup()


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return {"p50_ms": round(statistics.median(ordered), 2), "p95_ms": round(p95, 2)}


def run(args: argparse.Namespace) -> dict[str, Any]:
    _setup(args.db)
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from apps.market import matching, search
    from apps.market.demo import bulk_listings
    from apps.market.models import Achievement, Demand
    from apps.market.selectors import published_listings
    from apps.organizations.models import IndustrialChain, Organization

    call_command("migrate", verbosity=0)
    if not Organization.objects.exists():
        call_command("demo", scale="small", verbosity=0)
    rng = random.Random(7)
    missing_a = max(0, args.achievements - Achievement.objects.count())
    missing_d = max(0, args.demands - Demand.objects.count())
    if missing_a or missing_d:
        sellers = list(Organization.objects.filter(kind__in=["university", "institute"]))
        enterprises = list(Organization.objects.filter(kind="enterprise").order_by("id")[:20000])
        with transaction.atomic():
            bulk_listings(
                rng,
                missing_a,
                missing_d,
                sellers=sellers or enterprises[:50],
                enterprises=enterprises,
                chains=set(IndustrialChain.objects.values_list("code", flat=True)),
                today=timezone.localdate(),
                now=timezone.now(),
            )
    counts = {k: published_listings(k).count() for k in ("achievement", "demand")}
    started = time.perf_counter()
    with transaction.atomic():
        for kind in ("achievement", "demand"):
            rows = (
                (o.pk, search.listing_terms(o))
                for o in published_listings(kind).iterator(chunk_size=2000)
            )
            search.rebuild(kind, rows)
    rebuild_s = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("ANALYZE")

    def timed(fn: Any, items: list[Any]) -> list[float]:
        out = []
        for item in items:
            t0 = time.perf_counter()
            fn(item)
            out.append(1000 * (time.perf_counter() - t0))
        return out

    queries = [QUERIES[i % len(QUERIES)] for i in range(args.queries)]
    search_ms = timed(lambda q: search.search("achievement", q), queries)

    def like(q: str) -> None:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT id FROM market_achievement WHERE status = 'published' AND title LIKE %s "
                "LIMIT 10",
                [f"%{q.split()[0]}%"],
            )
            cur.fetchall()

    like_ms = timed(like, queries)
    demand_ids = list(published_listings("demand").values_list("pk", flat=True))
    sample = rng.sample(demand_ids, min(len(demand_ids), max(20, args.queries // 2)))
    demands = list(
        published_listings("demand").select_related("region__parent").filter(pk__in=sample)
    )
    match_ms = timed(lambda d: matching.best_for(d, target="achievement", limit=10), demands)
    return {
        "db": connection.vendor,
        "published": counts,
        "rebuild_s": round(rebuild_s, 1),
        "search": _percentiles(search_ms),
        "like_baseline": _percentiles(like_ms),
        "match_top10": _percentiles(match_ms),
        "goals": {"match_p95_ms": 50, "search_p95_ms": 100},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.market_speed", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--achievements", type=int, default=100_000)
    parser.add_argument("--demands", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    result = run(args)
    out = ROOT / "var" / "bench" / f"market_speed-{args.db}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

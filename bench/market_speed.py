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


def _setup(db: str, pg_database: str = "kc_market_bench") -> None:
    var = ROOT / "var" / "bench" / f"market-{db}"
    var.mkdir(parents=True, exist_ok=True)
    os.environ["KECHUANG_VAR_DIR"] = str(var)
    if db == "postgres":
        os.environ["DATABASE_URL"] = os.environ.get(
            "MARKET_BENCH_DATABASE_URL", f"postgres://postgres@127.0.0.1:5432/{pg_database}"
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


def _load_data(args: argparse.Namespace) -> None:
    from django.core.management import call_command
    from django.db import transaction
    from django.utils import timezone

    from apps.market.demo import bulk_listings
    from apps.market.models import Achievement, Demand
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


def _rss_kib() -> int:
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def _memory_kib() -> dict[str, int]:
    """This process's memory by kind of page (/proc/self/smaps_rollup, KiB): private pages are
    its own, shared ones it shares with its parent or siblings."""
    got: dict[str, int] = {}
    with open("/proc/self/smaps_rollup", encoding="ascii") as fh:
        for line in fh:
            name, _, rest = line.partition(":")
            if rest.strip().endswith("kB"):
                got[name] = int(rest.split()[0])
    return {
        "rss": got.get("Rss", 0),
        "pss": got.get("Pss", 0),
        "private": got.get("Private_Clean", 0) + got.get("Private_Dirty", 0),
        "shared": got.get("Shared_Clean", 0) + got.get("Shared_Dirty", 0),
    }


def _forked_workers(preload: bool, queries: list[str], demands: list[Any]) -> dict[str, Any]:
    """What a gunicorn worker sees on its first requests, without and with the master's
    preload (kechuang/gunicorn_conf.py): this process plays the master and forks two workers
    one after the other; each times its first search and first match, then answers the other
    queries, runs a full garbage collection, and reports its own memory."""
    import gc

    from django.db import connections

    from apps.market import matching, search
    from apps.market.search import memindex

    memindex.reset()
    gc.collect()
    master_load_s = 0.0
    if preload:
        t0 = time.perf_counter()
        memindex.warm()
        master_load_s = time.perf_counter() - t0
        gc.freeze()
    connections.close_all()
    workers = []
    for _ in range(2):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            out: dict[str, Any] = {}
            try:
                t0 = time.perf_counter()
                search.search("achievement", queries[0])
                out["first_search_ms"] = round(1000 * (time.perf_counter() - t0), 1)
                t0 = time.perf_counter()
                matching.best_for(demands[0], target="achievement", limit=10)
                out["first_match_ms"] = round(1000 * (time.perf_counter() - t0), 1)
                for q in queries[1:]:
                    search.search("achievement", q)
                for d in demands[1:20]:
                    matching.best_for(d, target="achievement", limit=10)
                gc.collect()
                out["memory_mib"] = {k: round(v / 1024, 1) for k, v in _memory_kib().items()}
            except Exception as exc:  # reported, not raised: the master must go on
                out["error"] = repr(exc)
            os.write(write_end, json.dumps(out).encode())
            os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as fh:
            workers.append(json.loads(fh.read() or b"{}"))
        os.waitpid(pid, 0)
    if preload:
        gc.unfreeze()
    return {"master_load_s": round(master_load_s, 2), "workers": workers}


def run(args: argparse.Namespace) -> dict[str, Any]:
    _setup(args.db, args.pg_database)
    load_before = os.getloadavg()
    from django.db import connection, transaction

    from apps.market import matching, search
    from apps.market.search import backends, memindex
    from apps.market.selectors import published_listings

    _load_data(args)
    counts = {k: published_listings(k).count() for k in backends.KINDS}

    # 1. Rebuild from scratch: analyse every published listing, refill both tables.
    analyse_s = 0.0

    def rows(kind: str) -> Any:
        nonlocal analyse_s
        source = search.published_terms(kind)
        while True:
            t0 = time.perf_counter()
            row = next(source, None)
            analyse_s += time.perf_counter() - t0
            if row is None:
                return
            yield row

    started = time.perf_counter()
    with transaction.atomic():
        for kind in backends.KINDS:
            search.rebuild(kind, rows(kind))
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

    rng = random.Random(11)
    queries = [QUERIES[i % len(QUERIES)] for i in range(args.queries)]
    demand_ids = list(published_listings("demand").values_list("pk", flat=True))
    sample = rng.sample(demand_ids, min(len(demand_ids), max(20, args.queries // 2)))
    demands = list(
        published_listings("demand")
        .select_related("region__parent__parent", "chain")
        .filter(pk__in=sample)
    )

    # 2. Cold: the first query of a process loads the in-process index of its kind.
    memindex.reset()
    cold_search_ms = timed(lambda q: search.search("achievement", q), queries[:1])[0]
    cold_match_ms = timed(
        lambda d: matching.best_for(d, target="achievement", limit=10), demands[:1]
    )[0]
    loaded = memindex.info()

    # 2b. Web workers forked by a master, as gunicorn does: the first query of each worker
    #     without the preload (loads its index) and with it (kechuang/gunicorn_conf.py).
    forked = {
        "lazy": _forked_workers(False, queries[:40], demands),
        "preloaded": _forked_workers(True, queries[:40], demands),
    }

    # 3. Warm.
    search_ms = timed(lambda q: search.search("achievement", q), queries)
    match_ms = timed(lambda d: matching.best_for(d, target="achievement", limit=10), demands)

    # 4. After a data change: one listing re-indexed as a publication does (same terms, so
    #    the data stay as they were); the next query applies the change log.
    changed_ms: list[float] = []
    some = list(published_listings("achievement").select_related("organization")[:5])
    for obj in some:
        with transaction.atomic():
            search.index([obj])
        changed_ms += timed(
            lambda d: matching.best_for(d, target="achievement", limit=10), demands[:1]
        )

    # 5. Raw SQL baselines in the same run: a LIKE scan with LIMIT 10, and the database's own
    #    full-text query for the same words (candidates only, no ranking in Python).
    def like(q: str) -> None:
        with connection.cursor() as cur:
            cur.execute(
                "SELECT id FROM market_achievement WHERE status = 'published' AND title LIKE %s "
                "LIMIT 10",
                [f"%{q.split()[0]}%"],
            )
            cur.fetchall()

    def fts(q: str) -> None:
        from apps.market.search import analysis

        groups = analysis.query_groups(q)
        backends.candidates("achievement", backends.match_expression(groups), limit=10)

    like_ms = timed(like, queries)
    fts_ms = timed(fts, queries)
    return {
        "db": connection.vendor,
        "database": str(connection.settings_dict["NAME"]),
        "published": counts,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "rebuild_s": round(rebuild_s, 1),
        "rebuild_read_and_analyse_s": round(analyse_s, 1),
        "rebuild_write_s": round(rebuild_s - analyse_s, 1),
        "index_loaded": loaded,
        "cold_search_ms": round(cold_search_ms, 1),
        "cold_match_ms": round(cold_match_ms, 1),
        "forked_workers": forked,
        "after_change_match": _percentiles(changed_ms),
        "search": _percentiles(search_ms),
        "match_top10": _percentiles(match_ms),
        "like_baseline": _percentiles(like_ms),
        "fts_baseline": _percentiles(fts_ms),
        "search_vs_fts_p95": round(
            _percentiles(search_ms)["p95_ms"] / max(_percentiles(fts_ms)["p95_ms"], 0.01), 2
        ),
        "maxrss_kib": _rss_kib(),
        "goals": {"match_p95_ms": 50, "search_p95_ms": 100, "rebuild_s": 60},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.market_speed", description=__doc__)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--achievements", type=int, default=100_000)
    parser.add_argument("--demands", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--pg-database",
        default="kc_market_bench",
        help="PostgreSQL database for --db postgres (created if missing)",
    )
    args = parser.parse_args(argv)
    result = run(args)
    out = ROOT / "var" / "bench" / f"market_speed-{args.db}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

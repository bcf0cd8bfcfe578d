"""(b) Importing organisations from Excel, with validation, through the real job path.

Parent side (`run`) starts three child processes on a bench database of its own
(`var/bench/<db>-import/`, PostgreSQL `kechuang_bench_import`), each measuring itself:

1. `prepare`: drop and recreate the database, migrate, load the region tree, create a
   province officer (the importing actor: every region is in the jurisdiction), and generate
   the .xlsx once (cached under var/bench/import/, keyed by its content): the real template
   headers and sheet name (apps/organizations/imports.py), valid unique credit codes
   (credit_code.make), regions, industries and chains from the dictionaries, dates as date
   cells, written with apps.core.xlsx.write_workbook like the template download.
2. `raw`: the baseline, python_calamine reading the same file
   (`CalamineWorkbook.from_path(f).get_sheet_by_name(SHEET).to_python()`), best of 3, in a
   process without Django.
3. `run`: a Job row with the file, then `apps.jobs.runner.run(job_id)` synchronously: the
   worker's own code path (safety checks, calamine, validation of every row, the duplicate
   check against the database, one transaction writing organisations, chain links and one
   audit row per organisation). Phases are timed by wrapping the functions the job calls.

Peak memory is the child's peak RSS (`getrusage(RUSAGE_SELF).ru_maxrss`), with its RSS just
before the measured work, so `peak - before` is what the work itself needed. RSS rather than
tracemalloc because calamine (Rust) and the database drivers allocate outside Python's
allocator, and tracemalloc would slow the timed Python code severalfold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import time
from functools import wraps
from pathlib import Path
from typing import Any

from bench.common import (
    BENCH_DIR,
    JSONDict,
    Target,
    change,
    drop_database,
    fmt,
    maxrss_kib,
    mib,
    rss_kib,
    run_child,
    setup_django,
    table,
    write_result,
)

NAME = "import_excel"
GOAL_SECONDS = 60.0
GOAL_RATIO = 5.0
USERNAME = "bench_province_officer"
FILES = BENCH_DIR / "import"
GENERATOR_VERSION = 1
PHASES = (  # the functions the import job calls, timed by wrapping them
    "read: safety checks + calamine",
    "validate every row",
    "  of which: duplicate check in the DB",
    "write: one transaction",
    "  of which: pinyin + search key",
    "  of which: integrity seals",
    "  of which: audit rows",
    "  of which: Django bulk_create (all INSERTs)",
)

_BRAND = (
    "华鑫恒泰瑞丰宏达金源博远中科天成正信汇通新元赣江洪都庐山井冈鄱阳嘉禾盛世联创昌隆"
    "永安德润富华英才晨光星辰明远卓越同创凯旋海川云峰绿源清泉华夏东方南方北辰"
)
_TRADE = (
    "科技",
    "电子",
    "生物医药",
    "新材料",
    "光电",
    "智能装备",
    "信息技术",
    "新能源",
    "环保科技",
    "精密制造",
    "软件",
    "化工",
    "食品",
    "航空科技",
    "稀土材料",
    "锂电科技",
)
_SUFFIX = ("有限公司", "有限公司", "有限公司", "有限责任公司", "股份有限公司")
_ROAD = ("创新大道", "高新路", "科技路", "青山湖大道", "火炬大街", "工业大道", "长江路")


def _rows(
    *,
    count: int,
    seed: int,
    regions: list[tuple[str, str]],
    industries: list[str],
    chains: list[str],
    province_name: str,
) -> list[list[Any]]:
    """Valid rows in template column order (HEADERS)."""
    from apps.organizations import credit_code
    from apps.organizations.choices import OrganizationKind, OrganizationSize

    rng = random.Random(seed)
    kinds = [str(label) for _value, label in OrganizationKind.choices]
    kind_weights = [90 if k == str(OrganizationKind.ENTERPRISE.label) else 2.5 for k in kinds]
    sizes = [str(label) for _value, label in OrganizationSize.choices]
    start = (seed * 7919) % 10**7
    out: list[list[Any]] = []
    for i in range(count):
        code, region_name = regions[rng.randrange(len(regions))]
        area = code[:6] if code[:6].isdigit() else "360000"
        body = f"{(start + i) % 10**8:08d}"
        place = region_name[:2]
        name = (
            place
            + rng.choice(_BRAND)
            + rng.choice(_BRAND)
            + rng.choice(_TRADE)
            + rng.choice(_SUFFIX)
        )
        picked = rng.sample(chains, k=rng.choice((0, 0, 0, 1, 1, 2))) if chains else []
        founded = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(12_000))
        out.append(
            [
                credit_code.make("9", "1", area, body),
                name,
                rng.choices(kinds, weights=kind_weights)[0],
                code,
                rng.choice(industries) if rng.random() < 0.9 else "",
                "、".join(picked),
                rng.choice(sizes),
                founded,
                f"{province_name}{region_name}{rng.choice(_ROAD)}{rng.randrange(1, 999)}号",
                round(rng.uniform(10, 50_000), 2),
                rng.randrange(3, 3000),
            ]
        )
    return out


# --- child: prepare --------------------------------------------------------------------------


def _prepare(args: argparse.Namespace) -> None:
    target = Target(args.db, "import")
    drop_database(target)  # a fresh database every run
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from apps.accounts.choices import Role
    from apps.accounts.services import user_create
    from apps.core.xlsx import write_workbook
    from apps.organizations import imports
    from apps.organizations.models import IndustrialChain, Industry, Organization
    from apps.regions.models import Region
    from apps.regions.services import regions_load

    t0 = time.perf_counter()
    call_command("migrate", interactive=False, verbosity=0)
    province_code = settings.KECHUANG_PROVINCE_CODE
    regions_load(actor=None, province_code=province_code)
    province = Region.objects.get(code=province_code)
    user_create(
        actor=None,
        username=USERNAME,
        password="Bench-import-2026!",  # noqa: S106  (throwaway bench database)
        role=Role.PROVINCE_OFFICER,
        display_name="基准测试",
        region=province,
    )
    setup_seconds = time.perf_counter() - t0

    regions = list(
        Region.objects.filter(path__startswith=province.path, depth__gte=1)
        .order_by("code")
        .values_list("code", "name")
    )
    industries = list(Industry.objects.order_by("code").values_list("code", flat=True))
    chains = list(
        IndustrialChain.objects.filter(is_active=True)
        .order_by("code")
        .values_list("name", flat=True)
    )
    key = hashlib.sha256(
        json.dumps(
            [
                GENERATOR_VERSION,
                args.rows,
                args.seed,
                imports.SHEET,
                imports.HEADERS,
                regions,
                industries,
                chains,
                province.name,
            ],
            ensure_ascii=False,
        ).encode()
    ).hexdigest()[:10]
    path = FILES / f"organizations-{args.rows}-{key}.xlsx"
    generated = False
    generate_seconds = None
    if not path.exists():
        print(f"  generating {path.name} ({args.rows:,} rows)…", flush=True)
        t1 = time.perf_counter()
        rows = _rows(
            count=args.rows,
            seed=args.seed,
            regions=regions,
            industries=industries,
            chains=chains,
            province_name=province.name,
        )
        FILES.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(
            write_workbook([(imports.SHEET, imports.HEADERS, rows)], widths=[22, 30] + [12] * 9)
        )
        tmp.replace(path)
        generated = True
        generate_seconds = round(time.perf_counter() - t1, 1)
    write_result(
        args.result,
        {
            "file": str(path),
            "sheet": imports.SHEET,
            "file_bytes": path.stat().st_size,
            "generated": generated,
            "generate_seconds": generate_seconds,
            "setup_seconds": round(setup_seconds, 1),
            "regions": len(regions),
            "organizations_before": Organization.objects.count(),
        },
    )


# --- child: raw read baseline ----------------------------------------------------------------


def _raw(args: argparse.Namespace) -> None:
    from python_calamine import CalamineWorkbook

    before = rss_kib()
    times = []
    rows = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        data = CalamineWorkbook.from_path(args.file).get_sheet_by_name(args.sheet).to_python()
        times.append(time.perf_counter() - start)
        rows = len(data) - 1
        del data
    write_result(
        args.result,
        {
            "seconds": round(min(times), 3),
            "seconds_all": [round(t, 3) for t in times],
            "rows": rows,
            "rss_before_kib": before,
            "maxrss_kib": maxrss_kib(),
        },
    )


# --- child: the import itself ----------------------------------------------------------------


class _Phases:
    """Cumulative wall time of the functions the import job calls, by phase name."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, module: Any, attr: str, phase: str) -> None:
        fn = getattr(module, attr, None)
        if fn is None:  # the code moved on; report the phases that still exist
            return

        @wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - start

        setattr(module, attr, timed)


def _run(args: argparse.Namespace) -> None:
    setup_django()
    from django.core.files import File
    from django.db import connection
    from django.db.models import QuerySet

    from apps.accounts.models import User
    from apps.audit.models import AuditEvent
    from apps.jobs import runner
    from apps.jobs.models import Job
    from apps.organizations import imports, services
    from apps.organizations import jobs as org_jobs
    from apps.organizations.models import Organization

    officer = User.objects.get(username=USERNAME)
    job = Job(kind="organizations.import", title="基准测试：导入机构", created_by=officer)
    with open(args.file, "rb") as fh:
        job.input_file.save(Path(args.file).name, File(fh), save=False)
    job.save()

    phases = _Phases()
    for module, attr, label in (
        (org_jobs, "read_sheet", PHASES[0]),
        (imports, "validate_rows", PHASES[1]),
        (org_jobs, "_existing", PHASES[2]),
        (org_jobs, "organizations_bulk_create", PHASES[3]),
        (services, "_index", PHASES[4]),
        (services, "seal_of", PHASES[5]),
        (services, "audit_record_many", PHASES[6]),
        (services, "audit_record", PHASES[6]),
        (QuerySet, "bulk_create", PHASES[7]),
    ):
        phases.wrap(module, attr, label)

    audit_before = AuditEvent.objects.count()
    connection.close()
    before = rss_kib()
    start = time.perf_counter()
    runner.run(str(job.pk))
    seconds = time.perf_counter() - start
    peak = maxrss_kib()

    job.refresh_from_db()
    write_result(
        args.result,
        {
            "seconds": round(seconds, 2),
            "status": job.status,
            "message": job.message,
            "created": (job.result or {}).get("created"),
            "error_count": (job.result or {}).get("error_count"),
            "first_errors": (job.result or {}).get("errors", [])[:3],
            "organizations_after": Organization.objects.count(),
            "audit_rows_added": AuditEvent.objects.count() - audit_before,
            "phases": {k: round(v, 2) for k, v in phases.seconds.items()},
            "rss_before_kib": before,
            "maxrss_kib": peak,
            "vendor": connection.vendor,
        },
    )


def child() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="step", required=True)
    prep = sub.add_parser("prepare")
    prep.add_argument("--db", choices=["sqlite", "postgres"], required=True)
    prep.add_argument("--rows", type=int, required=True)
    prep.add_argument("--seed", type=int, required=True)
    raw = sub.add_parser("raw")
    raw.add_argument("--file", required=True)
    raw.add_argument("--sheet", required=True)
    raw.add_argument("--repeat", type=int, default=3)
    run_ = sub.add_parser("run")
    run_.add_argument("--file", required=True)
    for p in (prep, raw, run_):
        p.add_argument("--result", required=True)
    args = parser.parse_args()
    {"prepare": _prepare, "raw": _raw, "run": _run}[args.step](args)


# --- parent: orchestration and report ------------------------------------------------------


def result_name(db: str, opts: Any) -> str:
    return f"{NAME}-{db}-{opts.rows}rows"


def run(db: str, opts: Any) -> JSONDict:
    target = Target(db, "import")
    mod = "bench.import_excel"
    prep = run_child(
        mod,
        ["prepare", "--db", db, "--rows", str(opts.rows), "--seed", str(opts.seed)],
        target=target,
    )
    raw = run_child(mod, ["raw", "--file", prep["file"], "--sheet", prep["sheet"]], target=target)
    print(f"  {db}: importing {opts.rows:,} rows through the job runner…", flush=True)
    imp = run_child(mod, ["run", "--file", prep["file"]], target=target)
    ok = imp["status"] == "succeeded" and imp["created"] == opts.rows
    ratio = round(imp["seconds"] / raw["seconds"], 1) if raw["seconds"] else None
    return {
        "benchmark": NAME,
        "db": db,
        "rows": opts.rows,
        "quick": opts.quick,
        "prepare": prep,
        "raw_read": raw,
        "import": imp,
        "seconds": imp["seconds"],
        "raw_seconds": raw["seconds"],
        "ratio": ratio,
        "rows_per_second": round(opts.rows / imp["seconds"]) if imp["seconds"] else None,
        "imported_ok": ok,
        "goal": {"seconds": GOAL_SECONDS, "ratio": GOAL_RATIO},
        "meets_goal": ok and imp["seconds"] <= GOAL_SECONDS and (ratio or 0) <= GOAL_RATIO,
    }


def report(data: JSONDict, previous: JSONDict | None) -> str:
    imp, raw, prep = data["import"], data["raw_read"], data["prepare"]
    prev = previous or {}
    verdict = "ok" if data["meets_goal"] else "MISS"
    if not data["imported_ok"]:
        verdict = f"FAILED ({imp['status']}: {imp['message']})"
    head = (
        f"{NAME} · {imp['vendor']} · {data['rows']:,} rows · file {prep['file_bytes'] / 2**20:.1f}"
        f" MiB ({Path(prep['file']).name})"
    )
    if previous:
        head += f"\n  previous run: {prev.get('started_at', '?')} ({prev.get('git_commit')})"
    prev_imp = prev.get("import", {})
    prev_raw = prev.get("raw_read", {})
    rows = [
        [
            "import (job runner)",
            fmt(data["seconds"], 2),
            fmt(data["ratio"], 1, "×"),
            f"{data['rows_per_second']:,}/s" if data["rows_per_second"] else "—",
            mib(imp["maxrss_kib"]),
            mib(imp["maxrss_kib"] - imp["rss_before_kib"]),
            verdict,
            fmt(prev.get("seconds"), 2) + f" {change(data['seconds'], prev.get('seconds'))}",
            fmt(prev.get("ratio"), 1, "×"),
            mib(prev_imp.get("maxrss_kib")),
        ],
        [
            "raw read (calamine)",
            fmt(data["raw_seconds"], 2),
            "1.0×",
            f"{round(raw['rows'] / raw['seconds']):,}/s" if raw["seconds"] else "—",
            mib(raw["maxrss_kib"]),
            mib(raw["maxrss_kib"] - raw["rss_before_kib"]),
            "",
            fmt(prev.get("raw_seconds"), 2),
            "",
            mib(prev_raw.get("maxrss_kib")),
        ],
    ]
    headers = [
        "step",
        "seconds",
        "ratio",
        "rate",
        "peak RSS",
        "RSS growth",
        f"goal ≤{GOAL_SECONDS:.0f}s ≤{GOAL_RATIO:.0f}×",
        "prev s",
        "prev ratio",
        "prev RSS",
    ]
    text = head + "\n" + table(headers, rows, right={1, 2, 3, 4, 5, 7, 8, 9})
    text += "\n  phases:"
    for label, seconds in sorted(imp["phases"].items(), key=lambda kv: PHASES.index(kv[0])):
        text += f"\n    {label:<46} {seconds:7.2f} s"
    text += (
        f"\n  wrote {imp['organizations_after']:,} organisations and"
        f" {imp['audit_rows_added']:,} audit rows; raw read best of"
        f" {len(raw['seconds_all'])}: {raw['seconds_all']}; peak RSS = getrusage maxrss of the"
        " measuring process (RSS growth = peak − RSS before the work)"
    )
    if imp.get("first_errors"):
        text += f"\n  first errors: {imp['first_errors']}"
    return text


if __name__ == "__main__":
    child()

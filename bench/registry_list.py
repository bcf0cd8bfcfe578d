"""(a) The organisation list, its API and the overview pages at demo scale.

Parent side (`run`): make sure the bench database holds the demo data (bench.setup_db), then
measure in a child process (`python -m bench.registry_list …`), which:

1. sets Django up against the bench database (development settings, DEBUG off, the default
   `DATABASE_CONN_MAX_AGE` as deployed: 60 s unless the variable says otherwise);
2. signs the demo personas in with the test Client (`force_login`);
3. for each case: a first (cold) request, the other warm-ups, then N timed requests (wall
   time of `Client.get`, i.e. URL routing, middleware, session, view, queries, template or
   JSON rendering);
4. captures the statements a warm request executes (`connection.execute_wrapper`, with
   their parameters) and replays them N times on the DB-API connection
   (`connection.connection`), fetching every row: the raw-SQL baseline of the same request;
5. one extra request under tracemalloc: the peak of Python allocations while serving it;
6. EXPLAIN of the slowest statement (QUERY PLAN on SQLite, ANALYZE BUFFERS on PostgreSQL).
"""

from __future__ import annotations

import argparse
import json
import logging
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.common import (
    JSONDict,
    Target,
    change,
    fmt,
    maxrss_kib,
    mib,
    run_child,
    setup_django,
    summary_ms,
    table,
    write_result,
)

NAME = "registry_list"
GOAL_P95_MS = 150.0
GOAL_RATIO = 3.0
REPLAYED = ("SELECT", "UPDATE")  # the session save is an UPDATE; nothing else is replayed
MIN_SAMPLES = 10  # requests per case even when the time budget is spent
PLAN_LINES = 25  # printed; the JSON holds the whole plan
SLOW_SECONDS = 20.0  # a request slower than this is measured once, not N times
TIMEOUT_SECONDS = 120.0  # a statement still running after this is interrupted


@dataclass(frozen=True)
class Case:
    name: str
    user: str
    url: str
    what: str


def cases(*, region: str, chain: str, qualification: str) -> list[Case]:
    filtered = f"region={region}&chain={chain}&qualification={qualification}"
    return [
        Case("page_list", "province_admin", "/organizations/", "list page, no filter"),
        Case(
            "page_filtered",
            "province_admin",
            f"/organizations/?{filtered}",
            "list page, region+chain+qualification",
        ),
        Case(
            "api_filtered",
            "province_admin",
            f"/api/v1/organizations/?{filtered}",
            "API list, same filters",
        ),
        Case(
            "page_filtered_city",
            "nanchang_officer",
            f"/organizations/?{filtered}",
            "list page, same filters, city officer",
        ),
        Case("home_province", "province_admin", "/", "home = province overview"),
        Case("home_nanchang", "nanchang_officer", "/", "home = Nanchang city overview"),
    ]


def dashboard_cases(**_: str) -> list[Case]:
    """The target cockpits (issue 6): province and a city, with an export of each."""
    return [
        Case("cockpit_province", "province_admin", "/supervision/cockpit/", "province cockpit"),
        Case("cockpit_city", "nanchang_officer", "/supervision/cockpit/", "Nanchang cockpit"),
        Case(
            "targets_province",
            "province_admin",
            "/supervision/targets/",
            "all targets with progress, page 1",
        ),
        Case(
            "cockpit_export",
            "province_admin",
            "/supervision/cockpit/?export=xlsx",
            "province cockpit as Excel",
        ),
    ]


SUITES: dict[str, Callable[..., list[Case]]] = {NAME: cases, "dashboards": dashboard_cases}


# --- child: measuring ------------------------------------------------------------------------


Statement = tuple[str, Any]  # (sql as Django passes it to the driver, params)


@dataclass
class Captured:
    """The statements one request executed, with the time each execute() took (on SQLite
    the first row is computed there, later rows on fetch), and the verbs not replayed."""

    statements: list[Statement] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def _capture(request: Callable[[], Any], captured: Captured) -> Any:
    """Run one request, recording every statement Django sends to the driver."""
    from django.db import connection

    def wrapper(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        verb = sql.lstrip().split(None, 1)[0].upper() if sql.strip() else ""
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            if verb in REPLAYED and not many:
                captured.statements.append((sql, params))
                captured.seconds.append(time.perf_counter() - start)
            else:
                captured.skipped.append(verb)

    with connection.execute_wrapper(wrapper):
        return request()


class Deadline:
    """Interrupts a statement still running after the deadline: SQLite's progress handler,
    PostgreSQL's statement_timeout. Installed on every new connection (one per request)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at: float | None = None

    def _expired(self) -> int:
        return 1 if self.at is not None and time.perf_counter() > self.at else 0

    def install(self, sender: Any, connection: Any, **kwargs: Any) -> None:
        raw = connection.connection
        if connection.vendor == "sqlite":
            raw.set_progress_handler(self._expired, 100_000)
        elif connection.vendor == "postgresql":
            raw.execute(f"SET statement_timeout = {int(self.seconds * 1000)}")

    def __enter__(self) -> Deadline:
        self.at = time.perf_counter() + self.seconds
        return self

    def __exit__(self, *exc: object) -> None:
        self.at = None


def _driver_sql(vendor: str, sql: str, params: Any) -> str:
    """The statement as Django's cursor wrapper hands it to the DB-API driver."""
    if vendor == "sqlite" and params is not None:
        from django.db.backends.sqlite3.base import FORMAT_QMARK_REGEX

        return str(FORMAT_QMARK_REGEX.sub("?", sql).replace("%%", "%"))
    return sql


def _replay(raw: Any, vendor: str, statements: list[Statement]) -> list[float]:
    """Execute the statements on the raw DB-API connection, fetching all rows; seconds each."""
    times = []
    for sql, params in statements:
        cur = raw.cursor()
        start = time.perf_counter()
        if params is None:
            cur.execute(_driver_sql(vendor, sql, params))
        else:
            cur.execute(_driver_sql(vendor, sql, params), params)
        if cur.description:
            cur.fetchall()
        times.append(time.perf_counter() - start)
        cur.close()
    return times


def _explain(raw: Any, vendor: str, sql: str, params: Any, *, analyse: bool) -> list[str]:
    """The plan; on PostgreSQL with actual times unless the statement is known to be slow."""
    if vendor == "sqlite":
        prefix = "EXPLAIN QUERY PLAN "
    else:
        prefix = "EXPLAIN (ANALYZE, BUFFERS) " if analyse else "EXPLAIN "
    cur = raw.cursor()
    try:
        query = prefix + _driver_sql(vendor, sql, params)
        if params is None:
            cur.execute(query)
        else:
            cur.execute(query, params)
        rows = cur.fetchall()
    except Exception as exc:
        return [f"(EXPLAIN failed: {exc})"]
    finally:
        cur.close()
    if vendor == "sqlite":
        depth: dict[int, int] = {0: -1}
        lines = []
        for node, parent, _unused, detail in rows:
            depth[node] = depth.get(parent, -1) + 1
            lines.append("  " * depth[node] + str(detail))
        return lines
    return [str(r[0]) for r in rows]


def _connect_ms(samples: int = 10) -> float:
    """Median time to open (and initialise) a new database connection, as each request does."""
    from django.db import connection

    connection.close()
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        connection.ensure_connection()
        times.append(time.perf_counter() - start)
        connection.close()
    return summary_ms(times)["median_ms"]


def _measure(
    client: Any,
    case: Case,
    *,
    n: int,
    warmup: int,
    budget: float,
    slow: float,
    deadline: Deadline,
    headers: dict[str, str],
) -> JSONDict:
    import statistics

    from django.db import connection

    vendor = connection.vendor

    def get() -> Any:
        return client.get(case.url, **headers)

    out: JSONDict = {"name": case.name, "user": case.user, "url": case.url, "what": case.what}
    # The first request is a warm-up that also records the statements the request executes.
    captured = Captured()
    start = time.perf_counter()
    try:
        with deadline:
            response = _capture(get, captured)
    except Exception as exc:
        first = time.perf_counter() - start
        connection.close()
        if first < deadline.seconds * 0.95:
            out["error"] = f"{type(exc).__name__}: {str(exc)[:200]}"
            return out
        response = None
    else:
        first = time.perf_counter() - start
    statements, first_seconds = captured.statements, captured.seconds
    out["cold_ms"] = round(first * 1000, 1)
    out["cold_queries"] = len(statements)
    out["queries"] = len(statements)
    out["not_replayed"] = captured.skipped
    if response is None:
        out["timed_out"] = True
        out["status"] = None
    else:
        out["status"] = response.status_code
        out["bytes"] = len(response.content)
        if response.status_code != 200:
            out["error"] = f"HTTP {response.status_code} {response.get('Location', '')}".strip()
            return out
        if case.url.startswith("/api/"):
            out["matches"] = json.loads(response.content).get("count")

    if first > slow or response is None:
        # One request took longer than the cap (or was stopped at the deadline): report that
        # one, skip the repetitions.
        out.update(n=1, too_slow=True, ratio=None, raw_median_ms=None, raw_p95_ms=None)
        out.update(summary_ms([first]))
        out["peak_alloc_kib"] = None
        medians = [round(t * 1000, 3) for t in first_seconds]
        out["statement_times"] = "execute() time in the one request (not replayed)"
        analyse = False
    else:
        for _ in range(max(0, warmup - 2)):
            get()
        # The last warm-up records the statements of a warm request (caches filled), which
        # are the ones replayed for the baseline.
        steady = Captured()
        _capture(get, steady)
        statements = steady.statements
        out["queries"] = len(statements)
        out["not_replayed"] = steady.skipped
        # N requests, or fewer (at least MIN_SAMPLES) once the case has used its time budget.
        timings: list[float] = []
        began = time.perf_counter()
        while len(timings) < n and (
            len(timings) < MIN_SAMPLES or time.perf_counter() - began < budget
        ):
            start = time.perf_counter()
            get()
            timings.append(time.perf_counter() - start)
        n = len(timings)
        out["n"] = n
        out.update(summary_ms(timings))
        out["samples_ms"] = [round(t * 1000, 1) for t in timings]

        tracemalloc.start()
        get()
        out["peak_alloc_kib"] = round(tracemalloc.get_traced_memory()[1] / 1024)
        tracemalloc.stop()

        # The raw baseline: the same statements on the DB-API connection, N times after
        # a warm-up.
        connection.ensure_connection()
        raw = connection.connection
        for _ in range(max(1, warmup)):
            _replay(raw, vendor, statements)
        per_statement: list[list[float]] = [[] for _ in statements]
        totals = []
        for _ in range(n):
            times = _replay(raw, vendor, statements)
            totals.append(sum(times))
            for i, t in enumerate(times):
                per_statement[i].append(t)
        raw_summary = summary_ms(totals)
        out["raw_median_ms"] = raw_summary["median_ms"]
        out["raw_p95_ms"] = raw_summary["p95_ms"]
        out["ratio"] = round(out["p95_ms"] / raw_summary["p95_ms"], 2)
        medians = [round(statistics.median(ts) * 1000, 3) for ts in per_statement]
        out["statement_times"] = "median of the raw replays"
        analyse = True
    out["statements"] = [
        {"ms": ms, "sql": sql[:1500]}
        for (sql, _params), ms in zip(statements, medians, strict=True)
    ]
    if statements:
        slowest = max(range(len(statements)), key=medians.__getitem__)
        sql, params = statements[slowest]
        connection.ensure_connection()
        out["slowest"] = {
            "ms": medians[slowest],
            "sql": sql,
            "params": [str(p) for p in params] if params is not None else None,
            "plan": _explain(connection.connection, vendor, sql, params, analyse=analyse),
        }
    connection.close()
    out["meets_goal"] = (
        not out.get("too_slow")
        and out["p95_ms"] <= GOAL_P95_MS
        and (out["ratio"] or 0) <= GOAL_RATIO
    )
    return out


def child() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--budget", type=float, default=60.0)
    parser.add_argument("--slow", type=float, default=SLOW_SECONDS)
    parser.add_argument("--timeout", type=float, default=TIMEOUT_SECONDS)
    parser.add_argument("--only-case", default="")
    parser.add_argument("--suite", default=NAME, choices=sorted(SUITES))
    parser.add_argument("--result", required=True)
    args = parser.parse_args()

    setup_django()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.db.backends.signals import connection_created
    from django.db.models import Count
    from django.test import Client

    from apps.accounts.models import User
    from apps.organizations.models import Organization, QualificationType

    host = next((h for h in settings.ALLOWED_HOSTS if h and "*" not in h), "localhost")
    headers = {"HTTP_HOST": host.lstrip(".")}
    users = {u.username: u for u in User.objects.filter(username__in=_personas())}
    missing = sorted(set(_personas()) - set(users))
    if missing:
        raise SystemExit(f"bench: demo users missing: {', '.join(missing)} (run manage.py demo)")
    region = users["nanchang_officer"].region_id
    through = Organization.chains.through
    chain = (
        through.objects.values_list("industrialchain_id")
        .annotate(n=Count("id"))
        .order_by("-n", "industrialchain_id")
        .first()
    )
    qualification = "high_tech"
    if not QualificationType.objects.filter(code=qualification).exists():
        qualification = str(QualificationType.objects.values_list("code", flat=True).first())
    assert region is not None and chain is not None
    clients = {username: _signed_in(Client(), user) for username, user in users.items()}

    # A request stopped at the deadline is reported in the results, not as a traceback.
    logging.getLogger("django.request").setLevel(logging.CRITICAL)
    deadline = Deadline(args.timeout)
    connection_created.connect(deadline.install)
    # Cold caches for each run (the file cache lives in the bench var dir): the first request
    # of a case is then a true first request.
    cache.clear()
    vendor = connection.vendor
    db_version = _db_version()
    orgs = Organization.objects.count()
    connect_ms = _connect_ms()
    results = []
    # The process's own first request (imports, URL resolver, template compilation) is not a
    # property of any page: pay it once on a page outside the cases.
    clients[_personas()[0]].get("/accounts/sessions/", **headers)
    for case in SUITES[args.suite](region=region, chain=chain[0], qualification=qualification):
        if args.only_case and case.name != args.only_case:
            continue
        if args.suite != NAME:
            # Each dashboard case starts from an empty cache, so "first" is its own cold cost,
            # not the previous case's left-overs. (The registry suite keeps its historic order.)
            cache.clear()
        print(f"  {vendor}: {case.name} …", flush=True)
        results.append(
            _measure(
                clients[case.user],
                case,
                n=args.n,
                warmup=args.warmup,
                budget=args.budget,
                slow=args.slow,
                deadline=deadline,
                headers=headers,
            )
        )
    write_result(
        args.result,
        {
            "vendor": vendor,
            "db_version": db_version,
            "organizations": orgs,
            "filters": {"region": region, "chain": chain[0], "qualification": qualification},
            "chain_links": chain[1],
            "n": args.n,
            "warmup": args.warmup,
            "budget_s": args.budget,
            "slow_s": args.slow,
            "timeout_s": args.timeout,
            "connect_median_ms": connect_ms,
            "conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
            "goal": {"p95_ms": GOAL_P95_MS, "ratio": GOAL_RATIO},
            "cases": results,
            "maxrss_kib": maxrss_kib(),
        },
    )


def _signed_in(client: Any, user: Any) -> Any:
    """A client signed in as `user`; roles that need the second factor get a session that
    passed it (a confirmed TOTP device recorded in the session, as django-otp does)."""
    client.force_login(user)
    if user.needs_second_factor:
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _ = TOTPDevice.objects.get_or_create(user=user, name="bench", confirmed=True)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
    return client


def _personas() -> tuple[str, ...]:
    return ("province_admin", "nanchang_officer")


def _db_version() -> str:
    from django.db import connection

    with connection.cursor() as cur:
        if connection.vendor == "sqlite":
            cur.execute("SELECT sqlite_version()")
            return f"SQLite {cur.fetchone()[0]}"
        cur.execute("SHOW server_version")
        return f"PostgreSQL {cur.fetchone()[0]}"


# --- parent: orchestration and report ------------------------------------------------------


def result_name(db: str, opts: Any, *, suite: str = NAME) -> str:
    name = f"{suite}-{db}-{opts.scale}"
    if db == "sqlite" and opts.sqlite_analyze:
        name += "-analyzed"
    return name + ("-quick" if opts.quick else "")


def run(db: str, opts: Any, *, suite: str = NAME) -> JSONDict:
    target = Target(db, opts.scale)
    setup = ["--db", db, "--scale", opts.scale, "--seed", str(opts.seed)]
    if opts.reload:
        setup.append("--reload")
    if db == "sqlite" and opts.sqlite_analyze:
        setup.append("--sqlite-analyze")
    data = run_child("bench.setup_db", setup, target=target)
    figures = run_child(
        "bench.registry_list",
        [
            *("--n", str(opts.n), "--warmup", str(opts.warmup)),
            *("--budget", str(opts.budget), "--suite", suite),
        ],
        target=target,
    )
    return {
        "benchmark": suite,
        "db": db,
        "scale": opts.scale,
        "seed": opts.seed,
        "quick": opts.quick,
        "sqlite_analyze": bool(db == "sqlite" and opts.sqlite_analyze),
        "data": data,
        **figures,
    }


def report(data: JSONDict, previous: JSONDict | None) -> str:
    prev_cases = {c["name"]: c for c in (previous or {}).get("cases", [])}
    stats = ""
    if data["db"] == "sqlite":
        stats = " · ANALYZE statistics" if data["data"].get("sqlite_stat1") else " · no ANALYZE"
    head = (
        f"{data['benchmark']} · {data['db_version']}{stats}"
        f" · {data['organizations']:,} organisations"
        f" ({data['scale']}, seed {data['seed']}) · N={data['n']} (or {data['budget_s']:.0f} s)"
        f" per case after {data['warmup']} warm-up"
        f"\n  new connection per request: {fmt(data['connect_median_ms'], 2)} ms"
        f" · peak RSS of the measuring process {mib(data['maxrss_kib'])}"
        f" · filters {data['filters']}"
    )
    if previous:
        when = f"{previous.get('started_at', '?')} ({previous.get('git_commit')})"
        head += f"\n  previous run: {when}"
    rows = []
    for c in data["cases"]:
        p = prev_cases.get(c["name"], {})
        if "error" in c:
            rows.append([c["name"], c["user"], "", c["error"], *[""] * 9])
            continue
        verdict = "ok" if c["meets_goal"] else "MISS"
        if c.get("timed_out"):
            verdict = f"MISS (stopped after {data['timeout_s']:.0f} s)"
        elif c.get("too_slow"):
            verdict = f"MISS (1 request > {data['slow_s']:.0f} s)"
        alloc = c.get("peak_alloc_kib")
        rows.append(
            [
                c["name"],
                c["user"],
                str(c["n"]),
                (">" if c.get("timed_out") else "") + fmt(c.get("cold_ms")),
                (">" if c.get("timed_out") else "") + fmt(c["p95_ms"]),
                (">" if c.get("timed_out") else "") + fmt(c["median_ms"]),
                fmt(c.get("raw_p95_ms")),
                fmt(c.get("ratio"), 1, "×"),
                str(c["queries"]),
                f"{alloc:,}" if alloc is not None else "—",
                verdict,
                fmt(p.get("p95_ms")) + (f" {change(c['p95_ms'], p.get('p95_ms'))}" if p else ""),
                fmt(p.get("ratio"), 1, "×") if p else "—",
            ]
        )
    headers = [
        "case",
        "user",
        "n",
        "first ms",
        "p95 ms",
        "median",
        "raw p95",
        "ratio",
        "SQL",
        "alloc KiB",
        f"goal ≤{GOAL_P95_MS:.0f}ms ≤{GOAL_RATIO:.0f}×",
        "prev p95",
        "prev ratio",
    ]
    text = head + "\n" + table(headers, rows, right={2, 3, 4, 5, 6, 7, 8, 9, 11, 12})
    text += (
        "\n  first = the first (cold) request; ratio = p95 / raw p95 (a warm request's own"
        " statements replayed on the DB-API cursor); alloc = tracemalloc peak of one request"
    )
    for c in data["cases"]:
        if c.get("slowest") and (c.get("too_slow") or c["p95_ms"] > GOAL_P95_MS):
            s = c["slowest"]
            total = sum(st["ms"] for st in c["statements"])
            params = ", ".join((s.get("params") or [])[:6])
            text += (
                f"\n\n  {c['name']}: slowest of {c['queries']} statements {fmt(s['ms'], 1)} ms"
                f" of {fmt(total, 1)} ms ({c['statement_times']}):\n"
                f"    {s['sql'][:400]}{'…' if len(s['sql']) > 400 else ''}\n"
                f"    params: {params}\n    plan:\n"
                + "\n".join(f"      {line}" for line in s["plan"][:PLAN_LINES])
                + ("\n      …" if len(s["plan"]) > PLAN_LINES else "")
            )
    return text


if __name__ == "__main__":
    child()

"""Python CPU per request of the deadline rush's mix, in one process (standalone).

    python -m bench.request_cpu [--db sqlite|postgres] [--n N] [--reuse] [--top K]
                                [--sort tottime|cumulative] [--profile KIND]

Sets up the rush database as `deadline_rush` does (`bench.rush_setup setup`, a few submitters
and readers; `--reuse` keeps the last one), then in a child process with the server's settings
(development with DEBUG off on SQLite, production on PostgreSQL; connections kept as deployed)
calls the WSGI handler directly, as gunicorn does, with the rush's requests: `/healthz`, each
read of the mix with a reader's session cookie or API token, and the submission flow (create →
PATCH → submit) of fresh submitters. For each kind: CPU ms (`time.process_time`, so time spent
waiting on the database or the disk is not counted) median and p95 over N requests after two
warm-ups, the ratio of the median to `/healthz` measured in the same run, the wall median and
the statements per request. Then the weighted mean CPU of a read of the mix and of a request
of the whole rush (3 submission requests per 10 reads), and a cProfile of one pass over the mix
(top K functions). Results: var/bench/request_cpu-<db>.json; the previous file's figures are
printed beside the new ones.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import (
    PYTHON,
    ROOT,
    JSONDict,
    Target,
    load_previous,
    percentile,
    run_meta,
    save_result,
    setup_django,
)
from bench.rush_load import READ_MIX, read_request

SUBMIT_KINDS = ("create", "patch", "submit")
SUBMISSIONS_PER_READ = 17 * 3 / 170  # the rush: 17 submissions (3 requests each) per 170 reads
READERS = 20


def _env(target: Target, secret: str, *, server: bool) -> dict[str, str]:
    """The setup's environment, or the deadline rush server's (deadline_rush.py `Server`)."""
    env = {**target.env(), "DJANGO_SECRET_KEY": secret, "KECHUANG_LOG_LEVEL": "ERROR"}
    if not server:  # the setup runs the development settings, which generate the keys
        return env
    env.setdefault("DATABASE_CONN_MAX_AGE", "60")
    env["DJANGO_ALLOWED_HOSTS"] = "127.0.0.1"
    if target.db == "postgres":
        keys = target.var_dir / "keys"
        env.update(
            DJANGO_SETTINGS_MODULE="kechuang.settings.production",
            KECHUANG_SSL_REDIRECT="0",
            KECHUANG_SM4_KEY_FILE=str(keys / "kechuang_sm4_key.hex"),
            KECHUANG_INTEGRITY_KEY_FILE=str(keys / "kechuang_integrity_key.hex"),
        )
    return env


def _run(module_args: list[str], env: dict[str, str]) -> JSONDict:
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as tmp:
        result = Path(tmp) / "result.json"
        cmd = [PYTHON, "-m", *module_args, "--result", str(result)]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, check=False)
        if proc.returncode != 0 or not result.exists():
            raise SystemExit(f"{' '.join(module_args[:2])} exited with {proc.returncode}")
        data: JSONDict = json.loads(result.read_text("utf-8"))
        return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--n", type=int, default=30, help="timed requests per kind")
    parser.add_argument("--reuse", action="store_true", help="keep the last setup")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", choices=["tottime", "cumulative"], default="tottime")
    parser.add_argument(
        "--profile", default="mix", help="mix, submission, or one read kind (e.g. page_call)"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--targets", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        data = measure(args)
        Path(args.result).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
        return

    target = Target(args.db, "rush")
    target.var_dir.mkdir(parents=True, exist_ok=True)
    (target.var_dir / "static").mkdir(exist_ok=True)
    targets = target.var_dir / "request_cpu-targets.json"
    secret_file = target.var_dir / "request_cpu.secret"
    # Each submission takes a fresh submitter; a few runs with --reuse can share one setup.
    submitters = max(200, (args.n + 2) * 4)
    if args.reuse and secret_file.exists() and targets.exists():
        secret = secret_file.read_text().strip()
    else:
        secret = secrets.token_urlsafe(48)
        print(f"setting up {args.db}: {submitters} submitters, {READERS} readers…", flush=True)
        _run(
            [
                "bench.rush_setup",
                "setup",
                "--db",
                args.db,
                "--submitters",
                str(submitters),
                "--readers",
                str(READERS),
                "--targets",
                str(targets),
            ],
            _env(target, secret, server=False),
        )
        secret_file.write_text(secret)
    child = [
        "bench.request_cpu",
        "--child",
        "--db",
        args.db,
        "--n",
        str(args.n),
        "--top",
        str(args.top),
        "--sort",
        args.sort,
        "--profile",
        args.profile,
        "--targets",
        str(targets),
    ]
    data = {**run_meta(), **_run(child, _env(target, secret, server=True))}
    name = f"request_cpu-{args.db}"
    print(report(data, load_previous(name)))
    save_result(name, data)


# --- the child: in-process requests ------------------------------------------------------------


class Caller:
    """Calls the WSGI application as gunicorn would, one request at a time."""

    def __init__(self, targets: JSONDict) -> None:
        from django.core.wsgi import get_wsgi_application

        from apps.programmes.models import Application

        self.app = get_wsgi_application()
        self.targets = targets
        used = set(
            Application.objects.filter(call_id=targets["call"]).values_list(
                "created_by_id", flat=True
            )
        )
        self.fresh = [s for s in targets["submitters"] if s["user"] not in used]
        self.reader = 0
        self.submitter = 0

    def __call__(
        self, method: str, path: str, headers: dict[str, str], body: Any = None
    ) -> tuple[int, bytes]:
        path, _, query = path.partition("?")
        payload = b"" if body is None else json.dumps(body).encode()
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method,
            "PATH_INFO": path,
            "QUERY_STRING": query,
            "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "SERVER_PROTOCOL": "HTTP/1.1",
            "REMOTE_ADDR": "127.0.0.1",
            "HTTP_HOST": "127.0.0.1",
            "HTTP_USER_AGENT": "kechuang-bench-request-cpu",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(payload),
            "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0),
            "wsgi.multithread": True,
            "wsgi.multiprocess": True,
            "wsgi.run_once": False,
            "CONTENT_LENGTH": str(len(payload)),
        }
        if body is not None:
            environ["CONTENT_TYPE"] = "application/json"
        for key, value in headers.items():
            environ["HTTP_" + key.upper().replace("-", "_")] = value
        status: list[str] = []

        def start_response(s: str, h: list[tuple[str, str]], exc_info: Any = None) -> Any:
            status.append(s)
            return lambda data: None  # the WSGI write(); Django never calls it

        response = self.app(environ, start_response)
        try:
            content = b"".join(response)
        finally:
            close = getattr(response, "close", None)
            if close is not None:
                close()  # request_finished: connection upkeep, as after every real request
        return int(status[0].split()[0]), content

    def read(self, kind: str) -> tuple[int, bytes]:
        readers = self.targets["readers"]
        reader = readers[self.reader % len(readers)]
        self.reader += 1
        path, headers = read_request(self.targets, reader, kind)
        return self(method="GET", path=path, headers=headers)

    def submission(self) -> dict[str, Any]:
        """One submitter's create, PATCH and submit; returns what each needs for the next."""
        if self.submitter >= len(self.fresh):
            raise SystemExit("every submitter of this setup has submitted: run without --reuse")
        who = self.fresh[self.submitter]
        self.submitter += 1
        return {"auth": {"Authorization": f"Bearer {who['token']}"}}

    def create(self, flow: dict[str, Any]) -> tuple[int, bytes]:
        body = {"call": self.targets["call"], "title": "高精度光学镜头开发"}
        status, content = self(
            "POST", "/api/v1/applications/", flow["auth"], {**body, "data": self.targets["form"]}
        )
        if status == 201:
            flow["app"] = json.loads(content)
        return status, content

    def patch(self, flow: dict[str, Any]) -> tuple[int, bytes]:
        app = flow["app"]
        return self(
            "PATCH",
            f"/api/v1/applications/{app['id']}/",
            flow["auth"],
            {"data": {"expected_sales": "1200"}, "version": app["version"]},
        )

    def submit(self, flow: dict[str, Any]) -> tuple[int, bytes]:
        headers = {**flow["auth"], "Idempotency-Key": uuid.uuid4().hex}
        return self("POST", f"/api/v1/applications/{flow['app']['id']}/submit", headers)


EXPECTED = {"create": 201}


def _one(caller: Caller, kind: str, flow: dict[str, Any] | None) -> tuple[int, bytes]:
    if kind in SUBMIT_KINDS:
        assert flow is not None
        step: Any = getattr(caller, kind)
        result: tuple[int, bytes] = step(flow)
        return result
    return caller.read(kind)


def _kind_samples(caller: Caller, kind: str, n: int, warmup: int = 2) -> JSONDict:
    """CPU and wall time of n requests of one read kind (after warm-ups), and its statements."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cpu: list[float] = []
    wall: list[float] = []
    statuses: set[int] = set()
    for i in range(warmup + n):
        c0, w0 = time.process_time(), time.perf_counter()
        status, _ = caller.read(kind)
        c1, w1 = time.process_time(), time.perf_counter()
        statuses.add(status)
        if i >= warmup:
            cpu.append(c1 - c0)
            wall.append(w1 - w0)
    with CaptureQueriesContext(connection) as queries:
        caller.read(kind)
    _show_sql(kind, queries.captured_queries)
    return {
        **_summary(cpu, wall, statuses, len(queries.captured_queries)),
        "py_calls": _calls(lambda: caller.read(kind)),
    }


def _show_sql(kind: str, captured: list[dict[str, Any]]) -> None:
    """With BENCH_SHOW_SQL=1, the statements of one request of `kind`, to stderr (=full:
    whole statements, not their first 400 characters)."""
    show = os.environ.get("BENCH_SHOW_SQL")
    if show in ("1", "full"):
        for q in captured:
            sql = q["sql"] if show == "full" else q["sql"][:400]
            print(f"  [{kind}] {sql}", file=sys.stderr)


def _calls(request: Any) -> int:
    """Python function calls of one request: unlike CPU time, the same on a busy machine."""
    profiler = cProfile.Profile()
    profiler.runcall(request)
    return int(pstats.Stats(profiler).total_calls)  # type: ignore[attr-defined]


def _submission_samples(caller: Caller, n: int) -> dict[str, JSONDict]:
    """The three requests of n fresh submissions (after two warm-up submissions)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    cpu: dict[str, list[float]] = {k: [] for k in SUBMIT_KINDS}
    wall: dict[str, list[float]] = {k: [] for k in SUBMIT_KINDS}
    statuses: dict[str, set[int]] = {k: set() for k in SUBMIT_KINDS}
    queries: dict[str, int] = {}
    for i in range(2 + n):
        flow = caller.submission()
        for kind in SUBMIT_KINDS:
            with CaptureQueriesContext(connection) as captured:
                c0, w0 = time.process_time(), time.perf_counter()
                status, _ = _one(caller, kind, flow)
                c1, w1 = time.process_time(), time.perf_counter()
            statuses[kind].add(status)
            if i >= 2:
                cpu[kind].append(c1 - c0)
                wall[kind].append(w1 - w0)
            queries[kind] = len(captured.captured_queries)
            if i == 2 + n - 1:
                _show_sql(kind, captured.captured_queries)
            if kind == "create" and status != 201:
                raise SystemExit(f"create answered {status}: {_[:300]!r}")
    flow = caller.submission()
    calls = {kind: _calls(lambda kind=kind: _one(caller, kind, flow)) for kind in SUBMIT_KINDS}
    return {
        k: {**_summary(cpu[k], wall[k], statuses[k], queries[k]), "py_calls": calls[k]}
        for k in SUBMIT_KINDS
    }


def _summary(cpu: list[float], wall: list[float], statuses: set[int], queries: int) -> JSONDict:
    return {
        "n": len(cpu),
        "cpu_median_ms": round(statistics.median(cpu) * 1000, 2),
        "cpu_p95_ms": round(percentile(cpu, 95) * 1000, 2),
        "wall_median_ms": round(statistics.median(wall) * 1000, 2),
        "statements": queries,
        "statuses": sorted(statuses),
    }


def measure(args: argparse.Namespace) -> JSONDict:
    setup_django()
    from django.conf import settings

    targets = json.loads(Path(args.targets).read_text("utf-8"))
    caller = Caller(targets)
    status, _ = caller.read("page_calls")
    if status != 200:  # e.g. a deadline_rush run has since recreated the database
        raise SystemExit(f"a reader's page answered {status}: run without --reuse")
    kinds: dict[str, JSONDict] = {"healthz": _kind_samples(caller, "healthz", args.n)}
    for kind, _weight in READ_MIX:
        kinds[kind] = _kind_samples(caller, kind, args.n)
    kinds.update(_submission_samples(caller, args.n))
    base = kinds["healthz"]["cpu_median_ms"]
    for row in kinds.values():
        row["ratio"] = round(row["cpu_median_ms"] / base, 2) if base else None
    total_weight = sum(w for _, w in READ_MIX)
    read_mean = sum(kinds[k]["cpu_median_ms"] * w for k, w in READ_MIX) / total_weight
    submit_mean = statistics.mean(kinds[k]["cpu_median_ms"] for k in SUBMIT_KINDS)
    rush_mean = (read_mean + SUBMISSIONS_PER_READ * submit_mean) / (1 + SUBMISSIONS_PER_READ)
    read_calls = sum(kinds[k]["py_calls"] * w for k, w in READ_MIX) / total_weight
    submit_calls = statistics.mean(kinds[k]["py_calls"] for k in SUBMIT_KINDS)
    rush_calls = (read_calls + SUBMISSIONS_PER_READ * submit_calls) / (1 + SUBMISSIONS_PER_READ)

    profiler = cProfile.Profile(time.process_time)  # CPU, like the figures above
    if args.profile == "mix":
        plan = [k for k, w in READ_MIX for _ in range(w)] + ["healthz"] * 10
        flows = [caller.submission() for _ in range(min(args.n, 10))]
    elif args.profile == "submission":
        plan, flows = [], [caller.submission() for _ in range(min(args.n, 20))]
    else:
        plan, flows = [args.profile] * 100, []
    profiler.enable()
    for kind in plan:
        caller.read(kind)
    for flow in flows:
        for kind in SUBMIT_KINDS:
            _one(caller, kind, flow)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.top)
    return {
        "settings_module": os.environ["DJANGO_SETTINGS_MODULE"],
        "db": args.db,
        "debug": settings.DEBUG,
        "conn_max_age": settings.DATABASES["default"].get("CONN_MAX_AGE"),
        "n": args.n,
        "kinds": kinds,
        "healthz_cpu_ms": base,
        "read_mix_cpu_ms": round(read_mean, 2),
        "read_mix_ratio": round(read_mean / base, 2) if base else None,
        "submission_request_cpu_ms": round(submit_mean, 2),
        "rush_request_cpu_ms": round(rush_mean, 2),
        "rush_request_ratio": round(rush_mean / base, 2) if base else None,
        "read_mix_py_calls": round(read_calls),
        "rush_request_py_calls": round(rush_calls),
        "profile": {"of": args.profile, "sort": args.sort, "text": _trim(out.getvalue())},
        "loadavg": list(os.getloadavg()),
    }


def _trim(text: str) -> str:
    """pstats output without its preamble of blank lines, paths shortened to the project."""
    text = text.replace(str(ROOT) + "/", "")
    return "\n".join(line for line in text.splitlines() if line.strip())


def report(data: JSONDict, previous: JSONDict | None) -> str:
    prev = (previous or {}).get("kinds", {})
    lines = [
        f"request_cpu ({data['db']}, {data['settings_module']}, DEBUG {data['debug']}, "
        f"CONN_MAX_AGE {data['conn_max_age']}, n={data['n']}, "
        f"load {' '.join(f'{x:.1f}' for x in data['loadavg'])})",
        f"{'kind':<18}{'cpu med':>9}{'cpu p95':>9}{'×healthz':>9}{'wall med':>10}"
        f"{'SQL':>5}{'py calls':>10}{'prev cpu':>10}{'prev ×':>8}{'prev calls':>11}  status",
    ]
    for kind, row in data["kinds"].items():
        before = prev.get(kind, {})
        lines.append(
            f"{kind:<18}{row['cpu_median_ms']:>9.2f}{row['cpu_p95_ms']:>9.2f}"
            f"{row['ratio'] or 0:>9.2f}{row['wall_median_ms']:>10.2f}{row['statements']:>5}"
            f"{row['py_calls']:>10,}{before.get('cpu_median_ms', float('nan')):>10.2f}"
            f"{before.get('ratio') or float('nan'):>8.2f}{before.get('py_calls', 0):>11,}"
            f"  {row['statuses']}"
        )
    p = previous or {}
    lines += [
        f"read of the mix (weighted): {data['read_mix_cpu_ms']:.2f} ms CPU "
        f"= {data['read_mix_ratio']}× healthz (prev {p.get('read_mix_cpu_ms', '—')} ms, "
        f"{p.get('read_mix_ratio', '—')}×)",
        f"request of the rush (reads + 3 per submission): {data['rush_request_cpu_ms']:.2f} ms "
        f"CPU = {data['rush_request_ratio']}× healthz (prev {p.get('rush_request_cpu_ms', '—')} "
        f"ms); the full rate on 2 cores needs ≈ 6 ms with PostgreSQL's share",
        f"Python calls per request (the same on a busy machine): read of the mix "
        f"{data['read_mix_py_calls']:,} (prev {p.get('read_mix_py_calls', 0):,}), request of "
        f"the rush {data['rush_request_py_calls']:,} (prev {p.get('rush_request_py_calls', 0):,})",
        "",
        f"cProfile of one pass over {data['profile']['of']} ({data['profile']['sort']}):",
        data["profile"]["text"],
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()

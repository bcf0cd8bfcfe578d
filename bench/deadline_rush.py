"""Deadline rush (issue 4): submissions and page reads against a production-like server.

    python -m bench --only deadline_rush --db postgres            # 5 minutes, 17 + 170 per s
    python -m bench --only deadline_rush --db sqlite --quick      # 30 s, then steps down

1. `bench.rush_setup setup` (child): a fresh database with the region tree, one open call of
   省新产品开发计划, N enterprises each with a user and an API token, and 100 reader
   enterprises whose application is submitted, each with a page session.
2. gunicorn with the deployed config (`kechuang/gunicorn_conf.py`: preload, warm-up), gthread
   workers (default 4 × 2 threads) on 127.0.0.1, production settings on PostgreSQL
   (DEBUG off, whitenoise static, `DATABASE_CONN_MAX_AGE` as deployed, HTTPS
   redirect off because this is loopback), development settings with DEBUG off on SQLite
   (production refuses SQLite). Logging at WARNING, no access log. The cache is Redis as in
   production (`BENCH_REDIS_URL`, default database 14 of the local server, emptied first) when
   it answers, else the file cache of embedded mode; the report header says which.
3. `bench.rush_load` (child, standard library only): the baseline first — the same request
   rate, all to GET /healthz — then the rush: open-loop, `--rate-submit` submissions per
   second (create draft → PATCH → submit with an Idempotency-Key; retries, double clicks and
   resends under a new key mixed in) and `--rate-read` page and API reads per second.
4. Server CPU: utime + stime of the gunicorn master and its workers from /proc, before and
   after each phase; the machine's busy share from /proc/stat (other work included); the
   load generator's own CPU.
5. `bench.rush_setup reconcile` (child): every receipt a client got is exactly one submitted
   application row of that client; every idempotency key exactly one row.

When the full rate misses the goal (always expected on SQLite), the rush is repeated at half,
a quarter … of the rate (reads scaled alike, `min(duration, 60)` s each) until a step meets
it: the rate the database sustains on this machine. Figures only; nothing is asserted.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

from bench.common import (
    PYTHON,
    ROOT,
    ChildFailed,
    JSONDict,
    Target,
    change,
    fmt,
    table,
)

NAME = "deadline_rush"
GOAL_P95_MS = 2000.0
READERS = 100
SUBMIT_KINDS = ("submit", "submit_duplicate", "submit_retry", "submit_new_key")
READ_KINDS = (
    "page_calls",
    "page_call",
    "page_application",
    "page_mine",
    "api_calls",
    "api_application",
    "page_publicity",
    "static",
)
STEP_FACTORS = (0.5, 0.25, 0.125, 0.0625)
CPUS = os.cpu_count() or 1


def settings_of(opts: Any) -> dict[str, Any]:
    quick = bool(getattr(opts, "quick", False))
    return {
        "duration": float(getattr(opts, "duration", None) or (30 if quick else 300)),
        "rate_submit": float(getattr(opts, "rate_submit", None) or 17),
        "rate_read": float(getattr(opts, "rate_read", None) or 170),
        "workers": int(getattr(opts, "workers", None) or 4),
        "threads": int(getattr(opts, "threads", None) or 2),
        "conn_max_age": int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),  # as settings/base.py
        "seed": int(getattr(opts, "seed", 20261202)),
        "server": os.environ.get("BENCH_RUSH_SERVER", "gunicorn"),
    }


# Production caches in Redis (settings/base.py, KECHUANG_CACHE_URL): the rush does too when this
# answers. The database number is the rush's own, emptied at every run.
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def rush_cache(target: Target) -> str:
    """The server's cache, emptied (the rush database is new, so cached counts are not its
    own): Redis at `REDIS_URL` if it answers, else "" for the file cache under the bench var
    dir, as in embedded mode."""
    import redis  # a production dependency (Django's Redis cache backend)

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1, socket_timeout=5).flushdb()
    except (OSError, redis.RedisError):
        shutil.rmtree(target.var_dir / "cache", ignore_errors=True)
        return ""
    return REDIS_URL


def result_name(db: str, opts: Any) -> str:
    s = settings_of(opts)
    return f"{NAME}-{db}-{s['rate_submit']:g}x{s['duration']:g}s"


# --- processes and /proc ---------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _ticks(pid: int) -> tuple[int, int] | None:
    """(ppid, utime + stime in clock ticks) of a process, None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[1]), int(fields[11]) + int(fields[12])


def server_cpu_s(master: int) -> float:
    """CPU seconds so far of the server's master process and its workers."""
    total = 0
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        pid = int(entry.name)
        got = _ticks(pid)
        if got and (pid == master or got[0] == master):
            total += got[1]
    return total / os.sysconf("SC_CLK_TCK")


def postgres_cpu_s() -> float | None:
    """CPU seconds so far of a local PostgreSQL server: the postmaster, the CPU of backends
    it has reaped (cutime, cstime: with CONN_MAX_AGE=0 every request's backend ends at once)
    and its live backends. The whole server, so other databases' work is included."""
    procs: dict[int, tuple[int, list[str]]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
        except OSError:
            continue
        name = stat[stat.find("(") + 1 : stat.rfind(")")]
        if name == "postgres":
            fields = stat.rsplit(")", 1)[1].split()
            procs[int(entry.name)] = (int(fields[1]), fields)
    masters = [pid for pid, (ppid, _) in procs.items() if ppid not in procs]
    if len(masters) != 1:
        return None
    total = 0
    for pid, (_ppid, f) in procs.items():
        total += int(f[11]) + int(f[12])
        if pid == masters[0]:
            total += int(f[13]) + int(f[14])
    return total / os.sysconf("SC_CLK_TCK")


def machine_ticks() -> tuple[int, int]:
    """(busy, total) jiffies of all CPUs from /proc/stat."""
    parts = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = parts[3] + parts[4]
    total = sum(parts[:8])
    return total - idle, total


def server_command(s: dict[str, Any], port: int) -> list[str]:
    """The web server's command line: gunicorn's gthread workers, or granian (`s["server"]`)."""
    if s["server"] == "granian":
        return [
            PYTHON,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "kechuang.wsgi:application",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            str(s["workers"]),
            "--blocking-threads",
            str(s["threads"]),
            "--backlog",
            "2048",
            "--log-level",
            "warning",
            "--no-ws",
        ]
    return [
        PYTHON,
        "-m",
        "gunicorn",
        "-c",  # as deployed (preload, search-index warm-up); the options below override it
        "kechuang/gunicorn_conf.py",
        "kechuang.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(s["workers"]),
        "--worker-class",
        "gthread",
        "--threads",
        str(s["threads"]),
        "--backlog",
        "2048",
        "--timeout",
        "120",
        "--keep-alive",  # as scripts/serve.sh: the load generator keeps connections open
        "5",
        "--log-level",
        "warning",
    ]


def server_label(s: dict[str, Any]) -> str:
    if s.get("server") == "granian":
        return f"granian {s['workers']}×{s['threads']} WSGI blocking threads"
    return f"gunicorn {s['workers']}×{s['threads']} gthread"


class Server:
    """The web server on loopback, started and stopped by this process (and only its own pid)."""

    def __init__(self, target: Target, s: dict[str, Any], secret: str) -> None:
        self.port = _free_port()
        env = _env(target, secret)
        env.update(
            DATABASE_CONN_MAX_AGE=str(s["conn_max_age"]),
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            KECHUANG_LOG_LEVEL="ERROR",  # 4xx are answers, not news; 5xx still show
            KECHUANG_CACHE_URL=s["cache"],
            KECHUANG_ACCESS_LOG="",  # as in every earlier run: no access log
        )
        if target.db == "postgres":
            keys = target.var_dir / "keys"  # generated by the setup child (development)
            env.update(
                DJANGO_SETTINGS_MODULE="kechuang.settings.production",
                KECHUANG_SSL_REDIRECT="0",  # loopback, no TLS proxy in front
                KECHUANG_SM4_KEY_FILE=str(keys / "kechuang_sm4_key.hex"),
                KECHUANG_INTEGRITY_KEY_FILE=str(keys / "kechuang_integrity_key.hex"),
            )
        self.settings_module = env["DJANGO_SETTINGS_MODULE"]
        self.name = s["server"]
        cmd = server_command(s, self.port)
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
        self._wait()

    def _wait(self) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ChildFailed(f"{self.name} exited with {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=5):
                    return
            except OSError:
                time.sleep(0.5)
        self.stop()
        raise ChildFailed(f"{self.name} did not answer /healthz within 60 s")

    def warm(self) -> None:
        """One request per worker thread so every worker has imported everything."""
        for _ in range(4 * 8):
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=10).read()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def _env(target: Target, secret: str) -> dict[str, str]:
    """The bench environment with one secret key for setup and server (the sessions the setup
    signs must be valid for the server)."""
    return {**target.env(), "DJANGO_SECRET_KEY": secret}


def _child(module: str, args: list[str], target: Target, secret: str) -> JSONDict:
    with tempfile.TemporaryDirectory(prefix="bench-rush-") as tmp:
        result = Path(tmp) / "result.json"
        cmd = [PYTHON, "-m", module, *args, "--result", str(result)]
        proc = subprocess.run(cmd, cwd=ROOT, env=_env(target, secret), check=False)
        if proc.returncode != 0 or not result.exists():
            raise ChildFailed(f"{module} {args[0]} exited with {proc.returncode}")
        data: JSONDict = json.loads(result.read_text("utf-8"))
        return data


def _phase(
    target: Target,
    targets: Path,
    s: dict[str, Any],
    secret: str,
    *,
    mode: str,
    duration: float,
    rate_submit: float,
    rate_read: float,
    offset: int,
    log: Path | None,
) -> JSONDict:
    server = Server(target, s, secret)
    try:
        server.warm()
        return _measure(
            server, target, targets, mode, duration, rate_submit, rate_read, offset, log
        )
    finally:
        server.stop()


def _measure(server: Server, target: Target, targets: Path, *phase: Any) -> JSONDict:
    mode, duration, rate_submit, rate_read, offset, log = phase
    cpu0, (busy0, total0), t0 = server_cpu_s(server.proc.pid), machine_ticks(), time.time()
    pg0 = postgres_cpu_s() if target.db == "postgres" else None
    load_before = float(Path("/proc/loadavg").read_text().split()[0])
    args = [
        "--targets",
        str(targets),
        "--port",
        str(server.port),
        "--mode",
        mode,
        "--duration",
        str(duration),
        "--rate-submit",
        str(rate_submit),
        "--rate-read",
        str(rate_read),
        "--offset",
        str(offset),
    ]
    if log is not None:
        args += ["--log", str(log)]
    if os.environ.get("BENCH_RUSH_CLOSE") == "1":  # a new connection per request, no keep-alive
        args += ["--close"]
    data = _child("bench.rush_load", args, target, "-")
    wall = time.time() - t0
    busy1, total1 = machine_ticks()
    server_cpu = server_cpu_s(server.proc.pid) - cpu0
    pg1 = postgres_cpu_s() if pg0 is not None else None
    if pg0 is not None and pg1 is not None:
        data["postgres_cpu_s"] = round(pg1 - pg0, 1)
    data.update(
        server_cpu_s=round(server_cpu, 1),
        server_cores=round(server_cpu / wall, 2),
        machine_busy=round((busy1 - busy0) / max(1, total1 - total0), 3),
        loadavg=Path("/proc/loadavg").read_text().split()[:3],
        loadavg_before=load_before,
        settings_module=server.settings_module,
    )
    print(f"  {mode} at {rate_submit:g}/s + {rate_read:g}/s: {_line(data)}", flush=True)
    return data


def _line(phase: JSONDict) -> str:
    kinds = phase["kinds"]
    main = kinds.get("submit") or kinds.get("healthz") or {}
    return (
        f"p95 {fmt(main.get('p95_ms'), 0)} ms, {_errors(phase)} errors,"
        f" server {phase['server_cores']:.2f} cores"
    )


def _errors(phase: JSONDict) -> int:
    """Server errors and requests without an answer; for reads, anything but 200 (a redirect
    to the login page is not the page). A 4xx to a write is the application's own answer."""
    return sum(
        n
        for kind, stats in phase["kinds"].items()
        for status, n in stats["statuses"].items()
        if status == "no answer"
        or status.startswith("5")
        or (kind in (*READ_KINDS, "healthz") and status != "200")
    )


def _submit_p95(phase: JSONDict) -> float | None:
    stats = phase["kinds"].get("submit")
    return stats["p95_ms"] if stats else None


def _meets(phase: JSONDict, recon: JSONDict | None = None) -> bool:
    p95 = _submit_p95(phase)
    clean = recon is None or (recon["lost"] == 0 and recon["duplicated"] == 0)
    done = phase["outcomes"].get("submitted", 0) == sum(phase["outcomes"].values())
    return p95 is not None and p95 <= GOAL_P95_MS and _errors(phase) == 0 and clean and done


def run(db: str, opts: Any) -> JSONDict:
    s = settings_of(opts)
    target = Target(db, "rush")
    target.var_dir.mkdir(parents=True, exist_ok=True)
    step_s = min(s["duration"], 60.0)
    steps = [s["rate_submit"] * f for f in STEP_FACTORS]
    needed = math.ceil(s["rate_submit"] * s["duration"]) + sum(math.ceil(r * step_s) for r in steps)
    targets = target.var_dir / "targets.json"
    secret = secrets.token_urlsafe(48)
    print(f"  setting up {db}: {needed:,} submitting enterprises, {READERS} readers…", flush=True)
    setup = _child(
        "bench.rush_setup",
        [
            "setup",
            "--db",
            db,
            "--submitters",
            str(needed + 10),
            "--readers",
            str(READERS),
            "--seed",
            str(s["seed"]),
            "--targets",
            str(targets),
        ],
        target,
        secret,
    )
    s["cache"] = rush_cache(target)
    requests_per_s = s["rate_submit"] * 3 + s["rate_read"]
    baseline_s = max(10.0, min(60.0, s["duration"] / 5))
    phases: list[JSONDict] = []
    logs: list[Path] = []
    # Each phase gets a fresh server: requests a previous phase's clients gave up on would
    # otherwise still sit in the listen queue and be served during the next phase.
    baseline = _phase(
        target,
        targets,
        s,
        secret,
        mode="baseline",
        duration=baseline_s,
        rate_submit=s["rate_submit"],
        rate_read=s["rate_read"],
        offset=0,
        log=None,
    )
    offset = 0
    plan = [(s["rate_submit"], s["rate_read"], s["duration"])]
    plan += [(r, s["rate_read"] * r / s["rate_submit"], step_s) for r in steps]
    for rate, read, duration in plan:
        log = target.var_dir / f"flows-{len(logs)}.json"
        phase = _phase(
            target,
            targets,
            s,
            secret,
            mode="rush",
            duration=duration,
            rate_submit=rate,
            rate_read=read,
            offset=offset,
            log=log,
        )
        logs.append(log)
        offset += math.ceil(rate * duration)
        phases.append(phase)
        if _meets(phase):
            break
    settings_module = phase["settings_module"]
    flows = [f for log in logs for f in json.loads(log.read_text("utf-8"))["flows"]]
    merged = target.var_dir / "flows.json"
    merged.write_text(json.dumps({"flows": flows}, ensure_ascii=False), "utf-8")
    recon = _child(
        "bench.rush_setup",
        ["reconcile", "--log", str(merged), "--targets", str(targets)],
        target,
        secret,
    )
    sustained = next((p for p in phases if _meets(p, recon)), None)
    return {
        "db": db,
        "settings": s,
        "server": {
            "settings_module": settings_module,
            "workers": s["workers"],
            "threads": s["threads"],
            "server": s["server"],
            "worker_class": "gthread" if s["server"] == "gunicorn" else "wsgi blocking threads",
            "conn_max_age": s["conn_max_age"],
        },
        "setup": setup,
        "requests_per_s": requests_per_s,
        "goal": {"submit_p95_ms": GOAL_P95_MS, "lost": 0, "duplicated": 0},
        "baseline": baseline,
        "phases": phases,
        "reconciliation": recon,
        "meets_goal": bool(phases) and _meets(phases[0], recon),
        "sustained_rate_submit": sustained["rate_submit"] if sustained else None,
    }


# --- report ----------------------------------------------------------------------------------


def _rows(phase: JSONDict, base_p95: float | None) -> list[list[str]]:
    rows = []
    order = [*SUBMIT_KINDS, "submit_after_error", "create", "patch", "list_own"]
    order += ["submission_total", *READ_KINDS, "healthz"]
    for kind in order:
        st = phase["kinds"].get(kind)
        if not st:
            continue
        statuses = " ".join(f"{k}:{v}" for k, v in sorted(st["statuses"].items()))
        ratio = st["p95_ms"] / base_p95 if base_p95 else None
        rows.append(
            [
                kind,
                f"{st['n']:,}",
                fmt(st["p50_ms"], 0),
                fmt(st["p95_ms"], 0),
                fmt(st["p99_ms"], 0),
                fmt(ratio, 1, "×"),
                statuses,
            ]
        )
    return rows


def _cache_name(s: dict[str, Any]) -> str:
    if "cache" not in s:  # a result from before the cache was recorded
        return "file (not recorded)"
    return f"Redis {s['cache']}" if s["cache"] else "file (Redis did not answer)"


def report(data: JSONDict, previous: JSONDict | None) -> str:
    s = data["settings"]
    base = data["baseline"]
    base_p95 = base["kinds"].get("healthz", {}).get("p95_ms")
    out = [
        f"  deadline rush on {data['db']} (measured under load, shared 2-core machine):"
        f" {server_label(s)}, {data['server']['settings_module']},"
        f" CONN_MAX_AGE={s['conn_max_age']}, cache {_cache_name(s)};"
        f" setup {data['setup']['setup_s']} s",
        f"  baseline GET /healthz at {data['requests_per_s']:g} req/s for {base['duration_s']:g}"
        f" s: p50 {fmt(base['kinds']['healthz']['p50_ms'], 0)} ms, p95 {fmt(base_p95, 0)} ms,"
        f" server {base['server_cores']:.2f} cores, {_errors(base)} errors",
    ]
    busy = [p for p in [base, *data["phases"]] if p.get("loadavg_before", 0) > CPUS / 2]
    if busy:
        worst = max(p["loadavg_before"] for p in busy)
        out.append(
            f"  !! the machine was busy before {len(busy)} phase(s) (load average up to"
            f" {worst:g} on {CPUS} CPUs): latencies are not the server's own"
        )
    for phase in data["phases"]:
        out.append(
            f"\n  rush {phase['rate_submit']:g} submissions/s + {phase['rate_read']:g} reads/s"
            f" for {phase['duration_s']:g} s: {phase['requests']:,} requests,"
            f" {phase['achieved_rps']} req/s sent; server CPU {phase['server_cpu_s']} s"
            f" ({phase['server_cores']:.2f} cores)"
            + (
                f", PostgreSQL {phase['postgres_cpu_s']} s (whole server)"
                if "postgres_cpu_s" in phase
                else ""
            )
            + f", machine {phase['machine_busy']:.0%} busy,"
            f" load generator {phase['client_cpu_s']} s; schedule lag p99"
            f" {phase['schedule_lag_p99_ms']} ms"
        )
        # The baseline ran at the full rate: a ratio means something only at that rate.
        same_rate = phase["rate_submit"] == base["rate_submit"]
        out.append(
            table(
                ["kind", "n", "p50 ms", "p95 ms", "p99 ms", "p95/base", "answers"],
                _rows(phase, base_p95 if same_rate else None),
                right={1, 2, 3, 4, 5},
            )
        )
        out.append(f"  outcomes: {phase['outcomes']}; server errors / no answer: {_errors(phase)}")
        for line in phase["first_errors"][:5]:
            out.append(f"    ! {line}")
    r = data["reconciliation"]
    out.append(
        f"\n  reconciliation: {r['flows']:,} submissions, {r['receipts_told']:,} receipts told,"
        f" {r['keys_checked']:,} keys; {r['submitted']:,} submitted rows,"
        f" {r['distinct_receipts']:,} receipts, counter {r['receipt_counter']:,}"
        f"\n    lost {r['lost']}, duplicated {r['duplicated']}, mismatched {r['mismatched']},"
        f" submitted without receipt {r['submitted_without_receipt']},"
        f" submitted but the client never heard {r['submitted_but_client_not_told']}"
    )
    for ex in r["examples"][:5]:
        out.append(f"    ! {ex}")
    first = data["phases"][0] if data["phases"] else None
    p95 = _submit_p95(first) if first else None
    prev_p95 = None
    if previous and previous.get("phases"):
        prev_p95 = _submit_p95(previous["phases"][0])
    out.append(
        f"\n  goal p95 submit ≤ {GOAL_P95_MS:,.0f} ms, 0 lost, 0 duplicated, no server errors:"
        f" {'ok' if data['meets_goal'] else 'MISS'} (p95 {fmt(p95, 0)} ms"
        + (f", prev {fmt(prev_p95, 0)} ms {change(p95, prev_p95)}" if prev_p95 else "")
        + ")"
    )
    rate = data["sustained_rate_submit"]
    if not data["meets_goal"] or rate != s["rate_submit"]:
        out.append(
            f"  {data['db']} sustains "
            + (
                f"{rate:g} submissions/s + {rate * s['rate_read'] / s['rate_submit']:g} reads/s"
                if rate
                else "none of the steps tried"
            )
            + " on this machine"
        )
    return "\n".join(out)

"""Shared pieces of the benchmarks: where bench data lives, subprocesses, statistics, JSON.

Every benchmark runs its Django work in a child process whose environment points
`DATABASE_URL` and `KECHUANG_VAR_DIR` at bench-only locations under `var/bench/`, so the
development database is never touched and each process measures its own peak memory.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH_DIR = ROOT / "var" / "bench"
PYTHON = sys.executable
SETTINGS = "kechuang.settings.development"
DEMO_SEED = 20261122
POSTGRES_URL = os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432")
# Bench databases are named <prefix><label>; a shared server can give each person a prefix.
PG_PREFIX = os.environ.get("BENCH_PG_PREFIX", "kechuang_bench_")
DBS = ("sqlite", "postgres")

JSONDict = dict[str, Any]


@dataclass(frozen=True)
class Target:
    """One bench database: an engine and a label naming its contents (a scale, or "import")."""

    db: str  # sqlite | postgres
    label: str

    @property
    def var_dir(self) -> Path:
        return BENCH_DIR / f"{self.db}-{self.label}"

    @property
    def sqlite_path(self) -> Path:
        return self.var_dir / "kechuang.sqlite3"

    @property
    def pg_name(self) -> str:
        return f"{PG_PREFIX}{self.label}"

    @property
    def database_url(self) -> str:
        if self.db == "sqlite":
            return f"sqlite:///{self.sqlite_path}"
        return f"{POSTGRES_URL}/{self.pg_name}"

    def env(self) -> dict[str, str]:
        """The environment of a child process working on this database."""
        env = dict(os.environ)
        env.update(
            DJANGO_SETTINGS_MODULE=SETTINGS,
            DATABASE_URL=self.database_url,
            KECHUANG_VAR_DIR=str(self.var_dir),
            KECHUANG_QUEUE_URL="",  # huey's SQLite file inside the bench var dir; never used
            DJANGO_DEBUG="0",
            KECHUANG_LOG_LEVEL=os.environ.get("BENCH_LOG_LEVEL", "WARNING"),
            PYTHONUNBUFFERED="1",
        )
        env.pop("KECHUANG_DEMO_PASSWORD", None)
        return env


# --- child processes -------------------------------------------------------------------------


class ChildFailed(RuntimeError):
    pass


def run_child(module: str, args: Sequence[str], *, target: Target) -> JSONDict:
    """Run `python -m module args… --result FILE` and return the JSON it wrote to FILE.

    The child's stdout and stderr go straight to the terminal (progress, demo output).
    """
    (target.var_dir / "static").mkdir(parents=True, exist_ok=True)  # whitenoise wants it
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        result = Path(tmp) / "result.json"
        cmd = [PYTHON, "-m", module, *args, "--result", str(result)]
        proc = subprocess.run(cmd, cwd=ROOT, env=target.env(), check=False)
        if proc.returncode != 0 or not result.exists():
            raise ChildFailed(f"{module} {' '.join(args)} exited with {proc.returncode}")
        data: JSONDict = json.loads(result.read_text("utf-8"))
        return data


def write_result(path: str, data: JSONDict) -> None:
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")


def setup_django() -> None:
    """django.setup() in a child process (the environment was prepared by `Target.env`)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- PostgreSQL maintenance ------------------------------------------------------------------


def pg_admin(sql: str, *, database: str = "postgres") -> list[tuple[Any, ...]]:
    """Run one statement in autocommit on the server (CREATE/DROP DATABASE, VACUUM)."""
    import psycopg

    with psycopg.connect(f"{POSTGRES_URL}/{database}", autocommit=True) as conn:
        cur = conn.execute(sql)  # type: ignore[arg-type]
        return list(cur.fetchall()) if cur.description else []


def pg_exists(name: str) -> bool:
    import psycopg

    with psycopg.connect(f"{POSTGRES_URL}/postgres", autocommit=True) as conn:
        row = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        return row is not None


def drop_database(target: Target) -> None:
    """An empty database for `target` (its uploaded files go too)."""
    shutil.rmtree(target.var_dir / "media", ignore_errors=True)
    if target.db == "sqlite":
        for suffix in ("", "-wal", "-shm", "-journal"):
            target.sqlite_path.with_name(target.sqlite_path.name + suffix).unlink(missing_ok=True)
    else:
        pg_admin(f'DROP DATABASE IF EXISTS "{target.pg_name}" WITH (FORCE)')
        pg_admin(f'CREATE DATABASE "{target.pg_name}"')
        target.var_dir.mkdir(parents=True, exist_ok=True)


def ensure_database(target: Target) -> None:
    """Create the PostgreSQL database (or the SQLite directory) if missing; keep its data."""
    target.var_dir.mkdir(parents=True, exist_ok=True)
    if target.db == "postgres" and not pg_exists(target.pg_name):
        pg_admin(f'CREATE DATABASE "{target.pg_name}"')


def postgres_reachable() -> str | None:
    """None when the bench PostgreSQL answers, else the reason."""
    try:
        pg_admin("SELECT 1")
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    return None


# --- measuring -------------------------------------------------------------------------------


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 50 samples is the 48th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def summary_ms(seconds: Sequence[float]) -> dict[str, float]:
    ms = [s * 1000 for s in seconds]
    return {
        "median_ms": round(statistics.median(ms), 2),
        "p95_ms": round(percentile(ms, 95), 2),
        "min_ms": round(min(ms), 2),
        "max_ms": round(max(ms), 2),
    }


def maxrss_kib() -> int:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def rss_kib() -> int:
    """Current resident set size of this process (VmRSS), KiB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return maxrss_kib()


class Stopwatch:
    def __init__(self) -> None:
        self.start = time.perf_counter()

    def seconds(self) -> float:
        return time.perf_counter() - self.start


# --- run metadata and JSON history -------------------------------------------------------------


def run_meta() -> JSONDict:
    def git(*args: str) -> str:
        try:
            out = subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, check=False
            )
            return out.stdout.strip()
        except OSError:
            return ""

    return {
        "started_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "git_commit": git("rev-parse", "--short", "HEAD"),
        "git_dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        "python": platform.python_version(),
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs",
    }


def result_path(name: str) -> Path:
    return BENCH_DIR / f"{name}.json"


def load_previous(name: str) -> JSONDict | None:
    path = result_path(name)
    if not path.exists():
        return None
    try:
        data: JSONDict = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data


def save_result(name: str, data: JSONDict) -> Path:
    path = result_path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), "utf-8")
    tmp.replace(path)
    return path


# --- printing --------------------------------------------------------------------------------


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], *, right: set[int]) -> str:
    """A plain-text table; columns in `right` are right-aligned."""
    cols = len(headers)
    widths = [max(width(str(r[i])) for r in [headers, *rows]) for i in range(cols)]
    lines = []
    for n, r in enumerate([headers, *rows]):
        cells = []
        for i in range(cols):
            text = str(r[i])
            pad = " " * (widths[i] - width(text))
            cells.append(pad + text if i in right else text + pad)
        lines.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def fmt(value: float | None, digits: int = 1, suffix: str = "") -> str:
    if value is None:
        return "—"
    return f"{value:,.{digits}f}{suffix}"


def change(new: float | None, old: float | None) -> str:
    """Relative change from the previous run, e.g. "+12%"."""
    if new is None or old is None or old == 0:
        return ""
    pct = (new - old) / old * 100
    return f"{pct:+.0f}%"


def mib(kib: float | None) -> str:
    return "—" if kib is None else f"{kib / 1024:,.0f} MiB"

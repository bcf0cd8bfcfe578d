"""(f) The target cockpits of issue 6 at demo scale: province and Nanchang, cold and warm.

The measuring is registry_list's (a child process, the test Client, a cold first request
after the cache is cleared, N warm requests, and the raw-SQL baseline: a warm request's own
statements replayed on the DB-API cursor); only the pages differ. Goal: warm p95 ≤ 150 ms,
cold ≤ 1 s on PostgreSQL at the `province` scale.
"""

from __future__ import annotations

from typing import Any

from bench import registry_list
from bench.common import JSONDict

NAME = "dashboards"


def result_name(db: str, opts: Any) -> str:
    return registry_list.result_name(db, opts, suite=NAME)


def run(db: str, opts: Any) -> JSONDict:
    return registry_list.run(db, opts, suite=NAME)


def report(data: JSONDict, previous: JSONDict | None) -> str:
    return registry_list.report(data, previous)

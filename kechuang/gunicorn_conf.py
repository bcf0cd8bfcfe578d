"""gunicorn settings, used by scripts/serve.sh and in production (docs/deployment.md):

    gunicorn -c kechuang/gunicorn_conf.py kechuang.wsgi:application --bind HOST:PORT

The application is imported once, in the master (`preload_app`), and the master loads the
market's in-process search index (decision 0007, ~70 MB per kind at 100,000 listings) before
it forks the workers. Every worker then starts with the index in memory pages it shares
copy-on-write with the master and its siblings, and no user's first search or match pays the
load (1.5 s at that size on an idle machine, several seconds under load). Each worker keeps
its copy in step through the search log like any other process; a worker forked long after
the master's load catches up from the log (or reloads, after many changes) on its first query.
"""

from __future__ import annotations

import gc
import logging
import os
from typing import Any

workers = int(os.environ.get("KECHUANG_WEB_WORKERS", "2"))
worker_class = "gthread"
threads = int(os.environ.get("KECHUANG_WEB_THREADS", "4"))
keepalive = 5  # a browser's next click usually comes sooner (docs/deployment.md)
preload_app = True
# One line per request on standard output; KECHUANG_ACCESS_LOG="" turns it off (the deadline-rush
# bench does, as its earlier runs had none).
accesslog = os.environ.get("KECHUANG_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = "warning"


def warm_search_index() -> dict[str, Any]:
    """Load the market's search index now; never stops the server (an unmigrated or
    unreachable database only leaves the load to the first query, as before)."""
    from django.db import connections

    from apps.market.search import memindex

    try:
        return memindex.warm()
    except Exception:  # the server must start even when the database is not ready
        logging.getLogger("kechuang").warning(
            "市场检索索引预加载失败，将在首次查询时加载", exc_info=True
        )
        memindex.reset()
        return {}
    finally:
        # The master must not hand its connection (socket or SQLite handle) to its children,
        # and a worker's start-up thread serves no request.
        connections.close_all()


def warm_urls() -> None:
    """Import every view module and build the URL resolver's reverse tables, which Django
    otherwise does on each worker's first request (~0.4 s)."""
    from django.urls import reverse

    reverse("healthz")


def when_ready(server: Any) -> None:
    """In the master, after the application was imported, before the workers are forked."""
    if server.cfg.preload_app:
        warm_urls()
        warm_search_index()
        # Move what is loaded out of the collector's reach: its passes would otherwise write
        # to every object header and unshare the pages in each worker.
        gc.freeze()


def post_worker_init(worker: Any) -> None:
    """In each worker before it takes requests: with the preload, one look at the search log
    (what changed since the master's load); without it, the load itself."""
    warm_search_index()

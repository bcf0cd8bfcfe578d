"""gunicorn's master loads the search index before forking (kechuang/gunicorn_conf.py): the
workers start with it and still follow what other processes write."""

from __future__ import annotations

import gc
import json
import os
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest
from django.db import DatabaseError, connections

from apps.market import search
from apps.market.search import memindex
from apps.market.tests.conftest import make_achievement, publish
from kechuang import gunicorn_conf


def _in_child(work: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run `work` in a forked process (as gunicorn forks a worker) and return its answer."""
    connections.close_all()
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            out = work()
        except BaseException as exc:  # reported to the parent, which fails the test
            out = {"error": repr(exc)}
        os.write(write_end, json.dumps(out).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as fh:
        answer: dict[str, Any] = json.loads(fh.read() or b'{"error": "no answer"}')
    os.waitpid(pid, 0)
    assert "error" not in answer, answer["error"]
    return answer


@pytest.mark.django_db(transaction=True)
def test_workers_start_with_the_masters_index_and_see_other_workers_writes(
    monkeypatch, university_user, province_officer
):
    first = publish(make_achievement(university_user), province_officer)
    memindex.reset()
    monkeypatch.setattr(memindex, "SYNC_INTERVAL", 0.0)  # look at the log before every query
    server = SimpleNamespace(cfg=SimpleNamespace(preload_app=True))
    try:
        gunicorn_conf.when_ready(server)  # the master, before forking
    finally:
        gc.unfreeze()
    key = memindex._key("achievement")
    assert set(memindex.info()) == {f"{key[0]}:achievement", f"{key[0]}:demand"}
    loaded = id(memindex._states[key].index)

    def write() -> dict[str, Any]:  # worker 1 publishes after the master's load
        other = publish(
            make_achievement(university_user, title="锂电池回收技术", keywords="回收"),
            province_officer,
        )
        return {"pk": other.pk}

    other_pk = _in_child(write)["pk"]

    def read() -> dict[str, Any]:  # worker 2, forked from the master after that write
        gunicorn_conf.post_worker_init(None)
        found = search.search("achievement", "锂电")
        state = memindex._states[key]
        return {
            "found": found,
            "same": id(state.index) == loaded,
            "overlay": list(state.index.overlay),
        }

    answer = _in_child(read)
    assert set(answer["found"]) == {first.pk, other_pk}
    assert answer["same"]  # kept the master's pages and applied the change, no reload
    assert answer["overlay"] == [other_pk]


@pytest.mark.django_db
def test_without_the_preload_the_master_loads_nothing(university_user, province_officer):
    publish(make_achievement(university_user), province_officer)
    memindex.reset()
    gunicorn_conf.when_ready(SimpleNamespace(cfg=SimpleNamespace(preload_app=False)))
    assert memindex.info() == {}
    gunicorn_conf.post_worker_init(None)  # each worker loads as it starts instead
    assert len(memindex.info()) == 2


@pytest.mark.django_db
def test_a_database_not_ready_does_not_stop_the_server(monkeypatch, caplog):
    def broken() -> dict[str, Any]:
        raise DatabaseError("no such table: market_search_log")

    monkeypatch.setattr(memindex, "warm", broken)
    assert gunicorn_conf.warm_search_index() == {}
    assert "市场检索索引预加载失败" in caplog.text
    assert memindex.info() == {}

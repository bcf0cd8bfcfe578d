"""The huey worker warms the text analysis at start (apps/market/tasks.py, decision 0007) and
leaves the listing index to be loaded only if a job ever queries it."""

from __future__ import annotations

import threading

import pytest
from huey.consumer import Worker
from huey.contrib.djhuey import HUEY

from apps.market import tasks
from apps.market.search import analysis, memindex


def _start_worker() -> None:
    """What huey's consumer does in each worker before its first job."""
    Worker(HUEY, threading.Event(), 0.1, 1.0, True).initialize()


@pytest.mark.django_db
def test_worker_start_warms_the_analysis_but_not_the_index(monkeypatch):
    assert HUEY._startup.get("warm_text_analysis") is tasks.warm_text_analysis
    calls: list[str] = []
    monkeypatch.setattr(analysis, "warm", lambda: calls.append("analysis"))
    monkeypatch.setattr(memindex, "_load", lambda kind: calls.append(f"index:{kind}"))
    _start_worker()
    assert calls == ["analysis"]


@pytest.mark.django_db
def test_a_failed_warm_does_not_stop_the_worker(monkeypatch, caplog):
    def broken() -> None:
        raise RuntimeError("dictionary missing")

    monkeypatch.setattr(analysis, "warm", broken)
    tasks.warm_text_analysis()  # logs, does not raise
    assert "文本分析预加载失败" in caplog.text


def test_warm_loads_the_segmenter():
    analysis.warm()
    assert analysis._segment.cache_info().currsize > 0

"""The in-process index answers exactly what the engine answers, and follows the tables."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from django.db import transaction

from apps.market import matching, search, services
from apps.market.search import analysis, engine, memindex
from apps.market.tests.conftest import make_achievement, make_demand, publish

EVAL = Path(__file__).resolve().parents[4] / "bench" / "data" / "market_eval.json"
REGIONS = [("360102", "360000/360100/360102/"), ("360103", "360000/360100/360103/")]
REGIONS += [("360702", "360000/360700/360702/"), ("360100", "360000/360100/")]
CHAINS = ["", "lithium", "rare_earth"]


def _eval_rows() -> tuple[list[memindex.Row], dict[str, object]]:
    data = json.loads(EVAL.read_text(encoding="utf-8"))
    rows: list[memindex.Row] = []
    # Each achievement twice (two ids), so ties are decided by id as the engine does.
    for copy in range(2):
        for i, a in enumerate(data["achievements"]):
            terms = analysis.document(text_parts=[a["title"], a["title"], a["summary"]])
            region, path = REGIONS[i % len(REGIONS)]
            rows.append(
                (
                    1 + i + 100 * copy,
                    " ".join(terms),
                    len(terms),
                    a["field"],
                    region,
                    CHAINS[i % 3] or None,
                    a["keywords"],
                    path,
                )
            )
    return rows, data


def _profile(row: memindex.Row) -> engine.Profile:
    return memindex.profile_of(memindex.doc_from_row(row))


def test_match_equals_engine_rank_over_every_listing():
    rows, data = _eval_rows()
    index = memindex.KindIndex("achievement", rows)
    everyone = [_profile(r) for r in rows]
    for n, d in enumerate(data["demands"]):
        region, path = REGIONS[n % len(REGIONS)]
        source = engine.Profile(
            id=-1,
            terms=analysis.document(text_parts=[d["title"], d["title"], d["summary"]]),
            field=d["field"],
            region=region,
            city=memindex.city_of(region, path),
            keywords=memindex.keyword_set(d["keywords"]),
            chain=CHAINS[n % 3],
        )
        feedback = {1 + n % 40: 2, 101 + n % 40: -3}
        corpus = index.corpus(engine.expand(source.terms))
        expected = engine.rank(source, everyone, corpus, feedback=feedback, limit=10)
        got, _ = index.match(source, feedback=feedback, exclude=None, limit=10)
        assert got == [m.id for m in expected], d["id"]


def test_search_orders_by_engine_bm25():
    rows, _ = _eval_rows()
    index = memindex.KindIndex("achievement", rows)
    docs = [(r[0], r[1].split()) for r in rows]
    for q in ["烧结", "稀土永磁", "鋰電池", "中药 提取"]:
        groups = analysis.query_groups(q)
        got, _ = index.search(groups, limit=500)
        assert got, q
        words = [w for g in groups for w in g]
        matched = [(pk, terms) for pk, terms in docs if pk in set(got)]
        order = engine.search_order(words, matched, index.corpus(words))
        assert got == [pk for pk, _ in order], q


def test_corpus_follows_changes_like_a_fresh_load():
    rows, _ = _eval_rows()
    index = memindex.KindIndex("achievement", rows)
    changed = (
        rows[0][0],
        "稀土 永磁 材料 材料",
        4,
        "new_material",
        "360102",
        None,
        "",
        REGIONS[0][1],
    )
    index.apply(rows[0][0], memindex.doc_from_row(changed))
    index.apply(rows[1][0], None)
    fresh = memindex.KindIndex("achievement", [changed, *rows[2:]])
    terms = ["稀土", "材料", "烧结", "永磁"]
    assert index.corpus(terms) == fresh.corpus(terms)


@pytest.mark.django_db
def test_index_follows_publications_without_reload(
    university_user, enterprise_user, province_officer
):
    first = publish(make_achievement(university_user), province_officer)
    assert search.search("achievement", "锂电") == [first.pk]
    loaded = memindex.get("achievement")
    second = publish(
        make_achievement(university_user, title="锂电池隔膜涂覆技术", keywords="隔膜、锂电"),
        province_officer,
    )
    assert set(search.search("achievement", "锂电")) == {first.pk, second.pk}
    assert memindex.get("achievement") is loaded  # applied in place, not reloaded
    services.listing_withdraw(actor=university_user, listing=second)
    assert search.search("achievement", "锂电") == [first.pk]

    demand = publish(make_demand(enterprise_user), province_officer)
    incremental = matching.best_for(demand, target="achievement")
    memindex.reset()
    fresh = matching.best_for(demand, target="achievement")
    assert [(s.obj.pk, s.score, s.reasons) for s in incremental] == [
        (s.obj.pk, s.score, s.reasons) for s in fresh
    ]


@pytest.mark.django_db
def test_rolled_back_writes_are_forgotten(university_user, province_officer):
    first = publish(make_achievement(university_user), province_officer)
    assert search.search("achievement", "锂电") == [first.pk]
    with transaction.atomic():
        sid = transaction.savepoint()
        other = publish(
            make_achievement(university_user, title="锂电池回收技术", keywords="回收"),
            province_officer,
        )
        assert other.pk in search.search("achievement", "锂电")
        transaction.savepoint_rollback(sid)
    assert search.search("achievement", "锂电") == [first.pk]


@pytest.mark.django_db(transaction=True)
def test_other_processes_writes_are_seen_within_the_sync_interval(
    monkeypatch, university_user, province_officer
):
    first = publish(make_achievement(university_user), province_officer)
    assert search.search("achievement", "锂电") == [first.pk]
    # Another process publishes: its log row arrives without this process's write counter.
    other = publish(
        make_achievement(university_user, title="锂电池回收技术", keywords="回收"),
        province_officer,
    )
    monkeypatch.setattr(memindex.backends, "_writes", [-1])  # as if the write were elsewhere
    state = memindex._states[memindex._key("achievement")]
    state.local_writes = -1
    state.checked_at = __import__("time").monotonic()
    assert other.pk not in search.search("achievement", "锂电")  # not looked yet
    state.checked_at -= memindex.SYNC_INTERVAL
    assert other.pk in search.search("achievement", "锂电")

"""The one analysis function: folding, segmentation, bigrams, pinyin (no database)."""

from __future__ import annotations

from apps.market.search import analysis, engine


def test_traditional_and_simplified_analyse_alike():
    assert analysis.index_terms("鋰電池正極材料") == analysis.index_terms("锂电池正极材料")


def test_long_words_yield_two_character_words():
    terms = analysis.index_terms("锂电池回收与稀土永磁")
    assert {"锂电", "电池", "稀土", "永磁"} <= set(terms)


def test_stop_words_and_punctuation_are_dropped():
    terms = analysis.index_terms("我们的技术，以及<script>alert(1)</script>")
    assert "的" not in terms and "，" not in terms and "<" not in "".join(terms)


def test_organisation_names_give_pinyin_initials_of_the_short_name():
    terms = analysis.name_terms("江西赣锋锂业股份有限公司")
    assert any(t.startswith("gfly") for t in terms)
    assert any(t.startswith("jxgfly") for t in terms)


def test_bm25_prefers_the_document_with_the_rarer_shared_term():
    corpus = engine.Corpus(documents=100, average_length=10, doc_freq={"稀土": 2, "材料": 60})
    query = {"稀土": 1.0, "材料": 1.0}
    rare, _ = engine.bm25(query, ["稀土", "永磁"], corpus)
    common, _ = engine.bm25(query, ["材料", "永磁"], corpus)
    assert rare > common > 0


def test_match_reasons_name_shared_terms_field_and_region():
    corpus = engine.Corpus(documents=10, average_length=5, doc_freq={"锂电": 2})
    source = engine.Profile(1, ["锂电", "正极"], field="new_energy", region="360102", city="360100")
    target = engine.Profile(
        2,
        ["锂电", "正极"],
        field="new_energy",
        region="360102",
        city="360100",
        label={"field": "新能源", "region": "东湖区"},
    )
    (match,) = engine.rank(source, [target], corpus)
    assert match.score > 0.4
    assert any(r.startswith("共同技术词") for r in match.reasons)
    assert "技术领域相同：新能源" in match.reasons and "同一地区：东湖区" in match.reasons


def test_shared_terms_are_named_rarest_first():
    # 材料 and 工艺 are in most listings: the reason leads with what these two really share
    corpus = engine.Corpus(
        documents=100, average_length=8, doc_freq={"材料": 70, "工艺": 60, "锂云母": 3, "提锂": 5}
    )
    terms = ["材料", "工艺", "提锂", "锂云母"]
    (match,) = engine.rank(engine.Profile(1, terms), [engine.Profile(2, terms)], corpus)
    assert match.reasons[0] == "共同技术词：锂云母、提锂、工艺、材料"


def test_thesaurus_lets_a_paraphrase_meet_at_half_weight():
    corpus = engine.Corpus(documents=10, average_length=5, doc_freq={"钕铁硼": 1})
    source = engine.Profile(1, ["稀土永磁"])
    target = engine.Profile(2, ["钕铁硼", "磁体"])
    assert engine.rank(source, [target], corpus, synonyms=False) == []
    (match,) = engine.rank(source, [target], corpus)
    assert any(r.startswith("相近表述") for r in match.reasons)


def test_feedback_moves_a_pair_a_little():
    corpus = engine.Corpus(documents=10, average_length=5, doc_freq={"锂电": 2})
    source = engine.Profile(1, ["锂电"])
    a, b = engine.Profile(2, ["锂电"]), engine.Profile(3, ["锂电"])
    ranked = engine.rank(source, [a, b], corpus, feedback={2: 2})
    assert [m.id for m in ranked] == [2, 3]
    assert ranked[0].score - ranked[1].score <= 0.1 + 1e-9

"""Market matching quality: the platform's matcher against plain BM25, on the labelled set.

    python -m bench.market_matching [--json]

bench/data/market_eval.json holds demands, achievements and graded judgements (2 answers the
demand, 1 related, 0 not; unjudged pairs count as 0), with Traditional-character and
paraphrased demands marked. Both rankers see the same texts (title, summary, keywords) and
rank every achievement for every demand:

- BM25: rjieba tokens as they come (no folding, no bigrams, no thesaurus), k1=1.2, b=0.75;
- matcher: `apps.market.search` analysis and `engine.rank` — what the platform runs (field
  codes included, no region or chain in this set).

nDCG@10 (gains 2^g − 1) and recall@10 (grade ≥ 1), overall and for the Traditional and
paraphrased subsets; no database is touched. Figures only: nothing here fails. The speed part
of issue 7 (100,000 achievements, p95 of top-10 and search on both databases) is
`python -m bench.market_speed`.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

NAME = "market_matching"
DATA = Path(__file__).resolve().parent / "data" / "market_eval.json"
K = 10


def load() -> dict[str, Any]:
    return json.loads(DATA.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _text(x: dict[str, Any]) -> str:
    return f"{x['title']} {x['title']} {x['summary']} {x['keywords']}"


def bm25_ranker(achievements: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[str]]:
    """Plain BM25 over raw rjieba tokens (punctuation and spaces dropped)."""
    import rjieba

    def tokens(text: str) -> list[str]:
        return [t for t in rjieba.cut(text) if t.strip() and any(c.isalnum() for c in t)]

    docs = {a["id"]: tokens(_text(a)) for a in achievements}
    n = len(docs)
    avg = sum(len(d) for d in docs.values()) / max(n, 1)
    df: Counter[str] = Counter()
    for d in docs.values():
        df.update(set(d))

    def rank(demand: dict[str, Any]) -> list[str]:
        q = set(tokens(_text(demand)))
        scores = []
        for pk, d in docs.items():
            tf = Counter(d)
            s = 0.0
            for t in q:
                if tf[t]:
                    idf = math.log(1 + (n - df[t] + 0.5) / (df[t] + 0.5))
                    s += idf * tf[t] * 2.2 / (tf[t] + 1.2 * (0.25 + 0.75 * len(d) / avg))
            scores.append((s, pk))
        scores.sort(key=lambda x: (-x[0], x[1]))
        return [pk for s, pk in scores if s > 0]

    return rank


def matcher_ranker(achievements: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[str]]:
    """The platform's analysis and engine, in memory."""
    from apps.market.search import analysis, engine

    def terms(x: dict[str, Any]) -> list[str]:
        return analysis.document(text_parts=[x["title"], x["title"], x["summary"], x["keywords"]])

    def keywords(x: dict[str, Any]) -> frozenset[str]:
        return frozenset(analysis.fold(k) for k in x["keywords"].replace("、", " ").split())

    ids = [a["id"] for a in achievements]
    profiles = [
        engine.Profile(i, terms(a), field=a["field"], keywords=keywords(a))
        for i, a in enumerate(achievements)
    ]
    df: Counter[str] = Counter()
    for p in profiles:
        df.update(set(p.terms))
    corpus = engine.Corpus(
        len(profiles), sum(len(p.terms) for p in profiles) / len(profiles), dict(df)
    )

    def rank(demand: dict[str, Any]) -> list[str]:
        source = engine.Profile(-1, terms(demand), field=demand["field"], keywords=keywords(demand))
        return [ids[m.id] for m in engine.rank(source, profiles, corpus, limit=len(profiles))]

    return rank


def ndcg(ranked: Sequence[str], grades: dict[str, int], k: int = K) -> float:
    dcg = sum((2 ** grades.get(pk, 0) - 1) / math.log2(i + 2) for i, pk in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: Sequence[str], grades: dict[str, int], k: int = K) -> float:
    relevant = {pk for pk, g in grades.items() if g >= 1}
    return len(relevant & set(ranked[:k])) / len(relevant) if relevant else 0.0


def evaluate(args: Any = None, opts: Any = None) -> dict[str, Any]:
    data = load()
    grades: dict[str, dict[str, int]] = {}
    for d, a, g in data["judgements"]:
        grades.setdefault(d, {})[a] = int(g)
    rankers = {
        "bm25": bm25_ranker(data["achievements"]),
        "matcher": matcher_ranker(data["achievements"]),
    }
    subsets = {
        "all": lambda d: True,
        "traditional": lambda d: d["traditional"],
        "paraphrased": lambda d: d["paraphrased"],
        "plain": lambda d: not d["traditional"] and not d["paraphrased"],
    }
    out: dict[str, Any] = {
        "demands": len(data["demands"]),
        "achievements": len(data["achievements"]),
        "judgements": len(data["judgements"]),
        "rankers": {},
    }
    for name, ranker in rankers.items():
        started = time.perf_counter()
        ranked = {d["id"]: ranker(d) for d in data["demands"]}
        seconds = time.perf_counter() - started
        figures: dict[str, Any] = {"ms_per_demand": round(1000 * seconds / len(ranked), 2)}
        for subset, keep in subsets.items():
            chosen = [d for d in data["demands"] if keep(d)]
            if not chosen:
                continue
            figures[subset] = {
                "n": len(chosen),
                "ndcg@10": round(
                    sum(ndcg(ranked[d["id"]], grades[d["id"]]) for d in chosen) / len(chosen), 4
                ),
                "recall@10": round(
                    sum(recall(ranked[d["id"]], grades[d["id"]]) for d in chosen) / len(chosen), 4
                ),
            }
        out["rankers"][name] = figures
    m, b = out["rankers"]["matcher"]["all"], out["rankers"]["bm25"]["all"]
    out["ndcg_gain"] = round(m["ndcg@10"] - b["ndcg@10"], 4)
    return out


def run(db: Any = None, opts: Any = None) -> dict[str, Any]:
    return evaluate(db, opts)


def result_name(db: str = "", opts: Any = None) -> str:
    return NAME


def report(data: dict[str, Any], previous: dict[str, Any] | None = None) -> str:
    lines = [
        f"{data['demands']} demands × {data['achievements']} achievements, "
        f"{data['judgements']} judgements",
        f"{'subset':<18} {'BM25 nDCG@10':>13} {'matcher':>9} {'BM25 R@10':>10} {'matcher':>9}",
    ]
    for subset in ("all", "traditional", "paraphrased", "plain"):
        b = data["rankers"]["bm25"].get(subset)
        m = data["rankers"]["matcher"].get(subset)
        if b and m:
            label = f"{subset} ({b['n']})"
            lines.append(
                f"{label:<18} {b['ndcg@10']:>13.3f} {m['ndcg@10']:>9.3f} "
                f"{b['recall@10']:>10.3f} {m['recall@10']:>9.3f}"
            )
    lines.append(f"nDCG@10 gain over BM25: {data['ndcg_gain']:+.3f} (goal ≥ +0.05)")
    before = (previous or {}).get("ndcg_gain")
    if before is not None:
        lines.append(f"previous run gain: {before:+.3f}")
    lines.append("speed at 100,000 achievements: python -m bench.market_speed (decision 0007)")
    return "\n".join(lines)


if __name__ == "__main__":
    result = evaluate(sys.argv[1:])
    print(
        json.dumps(result, ensure_ascii=False, indent=1) if "--json" in sys.argv else report(result)
    )

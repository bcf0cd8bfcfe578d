"""From a batch to the engine and back: the stored instance, solving, replay, the result page.

A draw's instance is kept in the JSON of DESIGN.md §7 with dense matrices (`affinity.npy`,
`conflicts.npy`) stored beside it, base64-encoded, in `Draw.instance`. Solving writes them to
a temporary folder and reads them back with the engine's own `load_instance`, so the web draw,
the replay and `manage.py assign_experts` on the exported files run exactly the same input,
and `input_hash` is the engine's SHA-256 of those bytes.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path
from typing import Any

import numpy as np

from apps.experts import engine
from apps.experts.affinity import reasons
from apps.experts.batch import Batch, is_core

ENGINE_RULES = (
    "per_application",
    "min_core",
    "max_load",
    "max_per_org",
    "max_per_region",
    "avoid_same_region",
    "max_pair_probability",
    "backups",
    "seed",
)


def app_id(app: Any) -> str:
    return app.receipt_number or f"申报#{app.pk}"


def engine_rules(rules: dict[str, Any], seed: int) -> dict[str, Any]:
    out: dict[str, Any] = {"avoid_same_org": True, "seed": seed}
    for key in ENGINE_RULES:
        value = rules.get(key)
        if value is not None and key != "seed":
            out[key] = value
    q = out.get("max_pair_probability")
    if q is not None and q >= 1:
        out.pop("max_pair_probability")
    return out


def _npy(array: np.ndarray[Any, Any]) -> str:
    buf = io.BytesIO()
    np.save(buf, array, allow_pickle=False)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def stored_instance(batch: Batch, rules: dict[str, Any], seed: int) -> dict[str, Any]:
    """The §7 instance of a batch with its matrices, ready to be kept in `Draw.instance`."""
    data = {
        "applications": [
            {"id": app_id(a), "org": batch.app_org[i], "region": batch.app_city[i]}
            for i, a in enumerate(batch.applications)
        ],
        "experts": [
            {
                "id": f"E{e.pk}",
                "org": batch.exp_org[j],
                "region": batch.exp_city[j],
                "tier": "core" if is_core(e) else "general",
            }
            for j, e in enumerate(batch.experts)
        ],
        "affinity": {"dense": "affinity.npy"},
        "conflicts": {"dense": "conflicts.npy"},
        "rules": engine_rules(rules, seed),
    }
    return {
        "instance": data,
        "files": {
            "affinity.npy": _npy(np.ascontiguousarray(batch.affinity, dtype=np.float64)),
            "conflicts.npy": _npy(np.ascontiguousarray(batch.conflicts, dtype=bool)),
        },
    }


def instance_json(stored: dict[str, Any]) -> bytes:
    return json.dumps(stored["instance"], ensure_ascii=False, sort_keys=True, indent=1).encode()


def write_files(stored: dict[str, Any], folder: Path) -> Path:
    path = folder / "instance.json"
    path.write_bytes(instance_json(stored))
    for name, b64 in stored["files"].items():
        (folder / name).write_bytes(base64.b64decode(b64))
    return path


def load(stored: dict[str, Any]) -> engine.Instance:
    with tempfile.TemporaryDirectory(prefix="kc-draw-") as tmp:
        return engine.load_instance(write_files(stored, Path(tmp)))


def export_zip(stored: dict[str, Any]) -> bytes:
    """instance.json and its matrices, for `manage.py assign_experts --instance instance.json`."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("instance.json", instance_json(stored))
        for name, b64 in stored["files"].items():
            zf.writestr(name, base64.b64decode(b64))
    return buf.getvalue()


def result_hash(result: engine.Result) -> str:
    """SHA-256 of what a replay must reproduce: the assignment, backups and objective."""
    payload = {
        "assignments": [list(p) for p in result.assignments],
        "backups": result.backups,
        "objective": repr(result.objective),
    }
    raw = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    return "sha256:" + hashlib.sha256(raw).hexdigest()


def shortfalls_zh(shortfalls: list[engine.Shortfall]) -> list[dict[str, Any]]:
    return [
        {
            "rule": s.rule,
            "applications": s.applications,
            "needed": s.needed,
            "available": s.available,
            "short": s.short,
            "message": s.message().split(" / ")[0],
        }
        for s in shortfalls
    ]


def preview(batch: Batch, rules: dict[str, Any], seed: int) -> dict[str, Any]:
    """Eligible experts per application and the shortfalls the counts already prove."""
    stored = stored_instance(batch, rules, seed)
    found = engine.preview(load(stored))
    rows = []
    for i, a in enumerate(batch.applications):
        rows.append(
            {
                "id": app_id(a),
                "title": a.title,
                "eligible": int(found.eligible[i]),
                "eligible_core": int(found.eligible_core[i]),
                "conflicts": int(batch.conflicts[i].sum()),
            }
        )
    k = int(rules["per_application"])
    return {
        "applications": rows,
        "experts": len(batch.experts),
        "left_out": len(batch.left_out),
        "capacity": found.total_capacity,
        "seats": k * len(batch.applications),
        "shortfalls": shortfalls_zh(found.shortfalls),
    }


def describe(batch: Batch, result: engine.Result, rules: dict[str, Any]) -> dict[str, Any]:
    """The result page's data: panels with affinity and reasons, backups, exclusions."""
    index = {f"E{e.pk}": j for j, e in enumerate(batch.experts)}
    panels: dict[str, list[int]] = {}
    for aid, eid in result.assignments:
        panels.setdefault(aid, []).append(index[eid])

    def person(i: int, j: int) -> dict[str, Any]:
        e = batch.experts[j]
        return {
            "expert": e.pk,
            "user": e.user_id,
            "name": e.name,
            "organization": e.organization.name if e.organization else e.organization_name,
            "city": e.region.name,
            "tier": e.get_tier_display(),
            "core": is_core(e),
            "affinity": float(batch.affinity[i, j]),
            "reasons": _reasons(batch, i, j),
        }

    avoid_city = bool(rules.get("avoid_same_region"))
    out = []
    for i, a in enumerate(batch.applications):
        aid = app_id(a)
        excluded = [
            {"expert": batch.experts[j].pk, "name": batch.experts[j].name, "reasons": why}
            for (r, j), why in sorted(batch.reasons.items())
            if r == i
        ]
        same_city = sum(1 for c in batch.exp_city if c == batch.app_city[i]) if avoid_city else 0
        out.append(
            {
                "application": a.pk,
                "id": aid,
                "title": a.title,
                "applicant": a.applicant.name,
                "panel": [person(i, j) for j in panels.get(aid, [])],
                "backups": [person(i, index[e]) for e in result.backups.get(aid, [])],
                "excluded": excluded,
                "same_city": same_city,
            }
        )
    engine_out = result.as_dict()
    engine_out.pop("assignments")
    return {
        "applications": out,
        "engine": engine_out,
        "left_out": [{"expert": e.pk, "name": e.name, "reason": why} for e, why in batch.left_out],
    }


def _reasons(batch: Batch, i: int, j: int) -> list[str]:
    found = reasons(batch.app_sides[i], batch.exp_sides[j], batch.weights)
    return found or ["无学科、关键词或行业交集"]

"""Reading an instance in the JSON of DESIGN.md §7 (with `{"dense": "S.npy"}` matrices)."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .model import (
    BoolArray,
    FloatArray,
    Instance,
    InstanceError,
    IntArray,
    Rules,
    SparseAffinity,
    SparseConflicts,
)

_RULE_KEYS = {
    "per_application",
    "min_core",
    "avoid_same_org",
    "avoid_same_region",
    "seed",
    "max_pair_probability",
    "max_per_org",
    "max_per_region",
    "max_load",
    "backups",
    "time_limit",
}


def load_instance(path: str | Path) -> Instance:
    """Read an instance file; dense matrices are read relative to the file's folder."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstanceError(f"not a JSON instance: {exc}") from exc
    digest = hashlib.sha256()
    digest.update(raw)
    instance = instance_from_dict(data, base_dir=path.parent, digest=digest)
    instance.input_hash = "sha256:" + digest.hexdigest()
    instance.owns_arrays = True
    return instance


def _int(value: Any, name: str, minimum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InstanceError(f"{name} must be an integer, got {value!r}")
    if minimum is not None and value < minimum:
        raise InstanceError(f"{name} must be at least {minimum}, got {value}")
    return value


def _bool(value: Any, name: str) -> bool:
    if not isinstance(value, bool):
        raise InstanceError(f"{name} must be true or false, got {value!r}")
    return value


def rules_from_dict(data: Mapping[str, Any]) -> Rules:
    unknown = sorted(set(data) - _RULE_KEYS)
    if unknown:
        raise InstanceError(f"unknown rule(s): {', '.join(unknown)}")
    if "per_application" not in data:
        raise InstanceError("rules.per_application is required")
    k = _int(data["per_application"], "per_application", 1)
    min_core = _int(data.get("min_core", 0), "min_core", 0)
    if min_core > k:
        raise InstanceError("min_core cannot exceed per_application")
    q = data.get("max_pair_probability")
    if q is not None:
        if isinstance(q, bool) or not isinstance(q, int | float) or not 1 / 64 <= q <= 1:
            raise InstanceError("max_pair_probability must be a number in [1/64, 1]")
        q = float(q)
    opt: dict[str, int | None] = {}
    for key in ("max_per_org", "max_per_region", "max_load"):
        opt[key] = (
            None if data.get(key) is None else _int(data[key], key, 1 if key != "max_load" else 0)
        )
    time_limit = data.get("time_limit", 60.0)
    if isinstance(time_limit, bool) or not isinstance(time_limit, int | float) or time_limit <= 0:
        raise InstanceError("time_limit must be a positive number of seconds")
    return Rules(
        per_application=k,
        min_core=min_core,
        avoid_same_org=_bool(data.get("avoid_same_org", False), "avoid_same_org"),
        avoid_same_region=_bool(data.get("avoid_same_region", False), "avoid_same_region"),
        seed=_int(data.get("seed", 0), "seed", 0),
        max_pair_probability=q,
        max_per_org=opt["max_per_org"],
        max_per_region=opt["max_per_region"],
        max_load=opt["max_load"],
        backups=_int(data.get("backups", 3), "backups", 0),
        time_limit=float(time_limit),
    )


def _ids(items: Any, what: str) -> list[str]:
    if not isinstance(items, list):
        raise InstanceError(f"{what} must be a list")
    ids: list[str] = []
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("id"), str):
            raise InstanceError(f"every entry of {what} needs a string id")
        ids.append(item["id"])
    if len(set(ids)) != len(ids):
        raise InstanceError(f"duplicate id in {what}")
    return ids


def _opt_str(item: Mapping[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InstanceError(f"{key} of {item.get('id')} must be a string")
    return value


def _codes(values: list[str | None], vocab: dict[str, int]) -> IntArray:
    return np.array([-1 if v is None else vocab[v] for v in values], dtype=np.int64)


def _load_npy(
    spec: Mapping[str, Any], base_dir: Path | None, what: str, digest: Any
) -> np.ndarray[Any, Any]:
    name = spec.get("dense")
    if not isinstance(name, str) or set(spec) != {"dense"}:
        raise InstanceError(f'{what} must be a list or {{"dense": "FILE.npy"}}')
    path = (base_dir or Path()) / name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InstanceError(f"cannot read {what} matrix {name}: {exc}") from exc
    if digest is not None:
        digest.update(name.encode("utf-8"))
        digest.update(data)
    try:
        array: np.ndarray[Any, Any] = np.load(path, allow_pickle=False)
    except ValueError as exc:
        raise InstanceError(f"{name} is not a NumPy .npy matrix: {exc}") from exc
    return array


def instance_from_dict(
    data: Mapping[str, Any], base_dir: Path | None = None, digest: Any = None
) -> Instance:
    """Build an `Instance` from the §7 JSON structure (already parsed)."""
    if not isinstance(data, Mapping):
        raise InstanceError("the instance must be a JSON object")
    apps_raw = data.get("applications")
    exps_raw = data.get("experts")
    app_ids = _ids(apps_raw, "applications")
    exp_ids = _ids(exps_raw, "experts")
    assert isinstance(apps_raw, list) and isinstance(exps_raw, list)
    rules = rules_from_dict(data.get("rules") or {})
    n, m = len(app_ids), len(exp_ids)

    app_orgs = [_opt_str(a, "org") for a in apps_raw]
    exp_orgs = [_opt_str(e, "org") for e in exps_raw]
    app_regions = [_opt_str(a, "region") for a in apps_raw]
    exp_regions = [_opt_str(e, "region") for e in exps_raw]
    org_names = sorted({v for v in app_orgs + exp_orgs if v is not None})
    region_names = sorted({v for v in app_regions + exp_regions if v is not None})
    org_vocab = {v: i for i, v in enumerate(org_names)}
    region_vocab = {v: i for i, v in enumerate(region_names)}

    core = np.zeros(m, dtype=bool)
    capacity = np.empty(m, dtype=np.int64)
    default_cap = rules.max_load if rules.max_load is not None else n
    for j, e in enumerate(exps_raw):
        tier = e.get("tier", "general")
        if tier not in ("core", "general"):
            raise InstanceError(f"tier of expert {e['id']} must be 'core' or 'general'")
        core[j] = tier == "core"
        cap = e.get("capacity")
        capacity[j] = default_cap if cap is None else _int(cap, f"capacity of {e['id']}", 0)

    affinity = _read_affinity(data.get("affinity"), app_ids, exp_ids, base_dir, digest)
    conflicts = _read_conflicts(data.get("conflicts"), app_ids, exp_ids, base_dir, digest)
    if isinstance(affinity, np.ndarray) and affinity.shape != (n, m):
        raise InstanceError(f"dense affinity has shape {affinity.shape}, expected {(n, m)}")
    if isinstance(conflicts, np.ndarray) and conflicts.shape != (n, m):
        raise InstanceError(f"dense conflicts have shape {conflicts.shape}, expected {(n, m)}")
    return Instance(
        application_ids=app_ids,
        expert_ids=exp_ids,
        app_org=_codes(app_orgs, org_vocab),
        app_region=_codes(app_regions, region_vocab),
        exp_org=_codes(exp_orgs, org_vocab),
        exp_region=_codes(exp_regions, region_vocab),
        exp_core=core,
        exp_capacity=capacity,
        affinity=affinity,
        conflicts=conflicts,
        rules=rules,
        org_names=org_names,
        region_names=region_names,
    )


def _pair_indices(
    pairs: Sequence[Any], app_ids: list[str], exp_ids: list[str], what: str, width: int
) -> tuple[IntArray, IntArray, list[Any]]:
    app_index = {a: i for i, a in enumerate(app_ids)}
    exp_index = {e: j for j, e in enumerate(exp_ids)}
    rows = np.empty(len(pairs), dtype=np.int64)
    cols = np.empty(len(pairs), dtype=np.int64)
    extra: list[Any] = []
    for t, pair in enumerate(pairs):
        if not isinstance(pair, list | tuple) or len(pair) != width:
            raise InstanceError(f"every {what} entry must be a list of {width} items")
        try:
            rows[t] = app_index[pair[0]]
            cols[t] = exp_index[pair[1]]
        except KeyError as exc:
            raise InstanceError(f"{what} names an unknown id {exc.args[0]!r}") from exc
        if width == 3:
            extra.append(pair[2])
    return rows, cols, extra


def _read_affinity(
    raw: Any, app_ids: list[str], exp_ids: list[str], base_dir: Path | None, digest: Any
) -> FloatArray | SparseAffinity:
    if isinstance(raw, Mapping):
        array = _load_npy(raw, base_dir, "affinity", digest)
        if array.ndim != 2 or not np.issubdtype(array.dtype, np.floating):
            raise InstanceError("dense affinity must be a 2-D float matrix")
        if np.isposinf(array).any():
            raise InstanceError("dense affinity contains an infinite score")
        return np.ascontiguousarray(array, dtype=np.float64)
    if not isinstance(raw, list):
        raise InstanceError(
            'affinity must be a list of [application, expert, score] or {"dense": ...}'
        )
    rows, cols, scores_raw = _pair_indices(raw, app_ids, exp_ids, "affinity", 3)
    scores = np.empty(len(scores_raw), dtype=np.float64)
    for t, s in enumerate(scores_raw):
        if s is None:
            scores[t] = math.nan
        elif isinstance(s, bool) or not isinstance(s, int | float) or math.isinf(s):
            raise InstanceError(f"affinity score must be a finite number, got {s!r}")
        else:
            scores[t] = float(s)
    keys = rows * max(len(exp_ids), 1) + cols
    order = np.argsort(keys, kind="stable")
    keys = keys[order]
    if len(keys) > 1 and bool((np.diff(keys) == 0).any()):
        raise InstanceError("affinity lists a pair twice")
    keep = order[~(np.isnan(scores[order]) | (scores[order] < 0))]
    return SparseAffinity(rows=rows[keep], cols=cols[keep], scores=scores[keep])


def _read_conflicts(
    raw: Any, app_ids: list[str], exp_ids: list[str], base_dir: Path | None, digest: Any
) -> BoolArray | SparseConflicts | None:
    if raw is None:
        return None
    if isinstance(raw, Mapping):
        array = _load_npy(raw, base_dir, "conflicts", digest)
        if array.ndim != 2 or not (
            array.dtype == np.bool_ or np.issubdtype(array.dtype, np.integer)
        ):
            raise InstanceError("dense conflicts must be a 2-D boolean matrix")
        return np.ascontiguousarray(array != 0)
    if not isinstance(raw, list):
        raise InstanceError('conflicts must be a list of [application, expert] or {"dense": ...}')
    rows, cols, _ = _pair_indices(raw, app_ids, exp_ids, "conflicts", 2)
    return SparseConflicts(rows=rows, cols=cols)


def instance_hash(instance: Instance) -> str:
    """A content hash of an in-memory instance (ids, attributes, rules, scores, conflicts)."""
    digest = hashlib.sha256()
    meta = {
        "applications": instance.application_ids,
        "experts": instance.expert_ids,
        "orgs": instance.org_names,
        "regions": instance.region_names,
        "rules": instance.rules.as_dict(),
    }
    digest.update(json.dumps(meta, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    arrays: list[np.ndarray[Any, Any]] = [
        instance.app_org,
        instance.app_region,
        instance.exp_org,
        instance.exp_region,
        instance.exp_core,
        instance.exp_capacity,
    ]
    aff = instance.affinity
    if isinstance(aff, SparseAffinity):
        arrays += [aff.rows, aff.cols, aff.scores]
    else:
        arrays.append(aff)
    con = instance.conflicts
    if isinstance(con, SparseConflicts):
        arrays += [con.rows, con.cols]
    elif con is not None:
        arrays.append(con)
    for a in arrays:
        digest.update(str(a.dtype).encode())
        digest.update(np.ascontiguousarray(a).tobytes())
    return "sha256:" + digest.hexdigest()

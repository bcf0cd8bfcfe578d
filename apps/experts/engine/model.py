"""Data types of the assignment engine: the instance, its rules, the result and the errors.

Everything here is plain Python and NumPy: no Django, no ORM. Arrays are indexed in the order
the applications and experts are listed in the instance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import numpy.typing as npt

ENGINE_VERSION = "kechuang-assign 1.0"

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]


class InstanceError(ValueError):
    """The instance is malformed (unknown ids, bad shapes, contradictory rules)."""


@dataclass(frozen=True)
class Rules:
    """The officer's rules for one draw (DESIGN.md §7 keys plus the ones documented here).

    `max_per_org` / `max_per_region`: at most that many experts of one organisation / one
    region on one application's panel. `max_load`: a load cap for every expert (the smaller of
    it and the expert's own `capacity` applies). `backups`: how many backups (候补) to list
    per application. `time_limit`: seconds allowed to the MIP used only when per-panel caps
    make the problem non-network.
    """

    per_application: int
    min_core: int = 0
    avoid_same_org: bool = False
    avoid_same_region: bool = False
    seed: int = 0
    max_pair_probability: float | None = None
    max_per_org: int | None = None
    max_per_region: int | None = None
    max_load: int | None = None
    backups: int = 3
    time_limit: float = 60.0

    @property
    def random(self) -> bool:
        return self.max_pair_probability is not None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "per_application": self.per_application,
            "min_core": self.min_core,
            "avoid_same_org": self.avoid_same_org,
            "avoid_same_region": self.avoid_same_region,
            "seed": self.seed,
            "backups": self.backups,
        }
        for key in ("max_pair_probability", "max_per_org", "max_per_region", "max_load"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


@dataclass(frozen=True)
class SparseAffinity:
    """Listed pairs (row, column, score), sorted by (row, column), no duplicates."""

    rows: IntArray
    cols: IntArray
    scores: FloatArray


@dataclass(frozen=True)
class SparseConflicts:
    rows: IntArray
    cols: IntArray


@dataclass(eq=False)
class Instance:
    """One expert-assignment instance in array form.

    `orgs` and `regions` are integer codes shared by applications and experts (-1 when the
    field is missing; a missing value never equals anything). `affinity` is an (n, m) float
    matrix (negative or NaN: the pair may not be assigned) or a `SparseAffinity` of the allowed
    pairs. `conflicts` is None, an (n, m) bool matrix or a `SparseConflicts`.
    """

    application_ids: list[str]
    expert_ids: list[str]
    app_org: IntArray
    app_region: IntArray
    exp_org: IntArray
    exp_region: IntArray
    exp_core: BoolArray
    exp_capacity: IntArray
    affinity: FloatArray | SparseAffinity
    conflicts: BoolArray | SparseConflicts | None
    rules: Rules
    org_names: list[str] = field(default_factory=list)
    region_names: list[str] = field(default_factory=list)
    input_hash: str | None = None
    # the solver may write −inf into disallowed entries of a dense affinity matrix it owns
    owns_arrays: bool = False

    @property
    def n(self) -> int:
        return len(self.application_ids)

    @property
    def m(self) -> int:
        return len(self.expert_ids)

    @property
    def dense(self) -> bool:
        return not isinstance(self.affinity, SparseAffinity)

    def capacities(self) -> IntArray:
        """Effective load caps: the expert's capacity, lowered by `rules.max_load`."""
        cap = self.exp_capacity.astype(np.int64)
        if self.rules.max_load is not None:
            cap = np.minimum(cap, self.rules.max_load)
        return np.maximum(cap, 0)


@dataclass(frozen=True)
class Shortfall:
    """One reason an instance cannot be satisfied: which rule, where, and how much is short."""

    rule: str
    applications: list[str]
    needed: int
    available: int
    experts: list[str] = field(default_factory=list)
    detail: str = ""

    @property
    def short(self) -> int:
        return self.needed - self.available

    def message(self) -> str:
        return _shortfall_message(self)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "applications": self.applications,
            "experts": self.experts,
            "needed": self.needed,
            "available": self.available,
            "short": self.short,
            "message": self.message(),
        }


_RULE_TEXT = {
    "eligible_experts": ("可选专家不足", "too few eligible experts"),
    "eligible_core_experts": ("可选核心专家不足", "too few eligible core experts"),
    "panel_caps": (
        "同单位/同地区人数上限下可组成的评审组不足",
        "too few experts under the per-organisation / per-region panel caps",
    ),
    "total_capacity": ("专家总评审量不足", "total expert capacity too low"),
    "core_capacity": ("核心专家总评审量不足", "total core-expert capacity too low"),
    "capacity": (
        "这些申报可选专家的评审量上限不足",
        "the eligible experts of these applications lack capacity",
    ),
    "core_quota": (
        "这些申报可选核心专家的评审量上限不足",
        "the eligible core experts of these applications lack capacity",
    ),
    "panel_caps_capacity": (
        "同单位/同地区人数上限与评审量上限无法同时满足",
        "per-panel caps and load caps cannot be met together",
    ),
}


def _shortfall_message(s: Shortfall) -> str:
    zh, en = _RULE_TEXT.get(s.rule, (s.rule, s.rule))
    apps = s.applications
    shown = "、".join(apps[:10]) + (f" 等{len(apps)}项" if len(apps) > 10 else "")
    shown_en = ", ".join(apps[:10]) + (f" and {len(apps) - 10} more" if len(apps) > 10 else "")
    unit_zh, unit_en = (
        ("名", "eligible expert(s)")
        if s.rule.startswith("eligible")
        else (
            "人次",
            "expert seat(s)",
        )
    )
    if s.rule == "eligible_core_experts":
        unit_en = "eligible core expert(s)"
    zh_msg = (
        f"{zh}：申报 {shown} 需要 {s.needed} {unit_zh}，仅有 {s.available} {unit_zh}，"
        f"缺 {s.short} {unit_zh}"
    )
    en_msg = (
        f"{en}: application(s) {shown_en} need {s.needed} {unit_en}, "
        f"only {s.available} available, {s.short} short"
    )
    if s.detail:
        zh_msg += f"（{s.detail}）"
    return f"{zh_msg}。 / {en_msg}."


class Infeasible(Exception):
    """The instance cannot be satisfied; `shortfalls` say which rule, where, how much short."""

    def __init__(self, shortfalls: list[Shortfall]) -> None:
        self.shortfalls = shortfalls
        super().__init__("\n".join(s.message() for s in shortfalls))

    def as_dict(self) -> dict[str, Any]:
        return {"infeasible": True, "shortfalls": [s.as_dict() for s in self.shortfalls]}


@dataclass
class Result:
    """A solved draw. `assignments` are (application id, expert id) in list order.

    `bound` is a proven upper bound on the objective of any assignment satisfying the rules.
    In random mode `expected_objective` is the exact expectation of the draw's objective and
    `expected_bound` a proven upper bound on the expectation of any draw that respects the
    per-pair probability cap.
    """

    assignments: list[tuple[str, str]]
    objective: float
    bound: float
    seconds: float
    mode: str
    backups: dict[str, list[str]]
    expected_objective: float | None = None
    expected_bound: float | None = None
    seed: int | None = None
    stats: dict[str, Any] = field(default_factory=dict)
    engine_version: str = ENGINE_VERSION
    input_hash: str | None = None

    @property
    def gap(self) -> float:
        """Optimality gap: bound − objective; in random mode, of the expected objective."""
        if self.mode == "random" and self.expected_bound is not None:
            return max(0.0, self.expected_bound - (self.expected_objective or 0.0))
        return max(0.0, self.bound - self.objective)

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "assignments": [[a, e] for a, e in self.assignments],
            "objective": self.objective,
            "bound": self.bound,
            "gap": self.gap,
            "seconds": self.seconds,
            "mode": self.mode,
            "backups": self.backups,
            "engine_version": self.engine_version,
        }
        if self.mode == "random":
            out["expected_objective"] = self.expected_objective
            out["expected_bound"] = self.expected_bound
            out["seed"] = self.seed
        if self.input_hash is not None:
            out["input_hash"] = self.input_hash
        out["stats"] = self.stats
        return out

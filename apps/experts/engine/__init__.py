"""Expert-assignment engine (专家自动遴选): pure Python, no Django, no ORM.

Public surface::

    from apps.experts.engine import load_instance, solve, Infeasible
    result = solve(load_instance("instance.json"))   # or raises Infeasible(shortfalls)

`check_assignment` re-checks any assignment against the rules; `instance_from_dict` builds an
instance from the JSON structure of DESIGN.md §7. See docs/decisions/0004-assignment-engine.md.
"""

from .check import check_assignment
from .loader import instance_from_dict, instance_hash, load_instance, rules_from_dict
from .model import (
    ENGINE_VERSION,
    Infeasible,
    Instance,
    InstanceError,
    Result,
    Rules,
    Shortfall,
    SparseAffinity,
    SparseConflicts,
)
from .preview import Preview, preview
from .solver import solve

__all__ = [
    "ENGINE_VERSION",
    "Infeasible",
    "Instance",
    "InstanceError",
    "Preview",
    "Result",
    "Rules",
    "Shortfall",
    "SparseAffinity",
    "SparseConflicts",
    "check_assignment",
    "instance_from_dict",
    "instance_hash",
    "load_instance",
    "preview",
    "rules_from_dict",
    "solve",
]

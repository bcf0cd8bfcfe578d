"""A draw's preview: eligible experts per application and the shortfalls the cheap counting
checks already prove, without solving (the web draw shows these before an officer runs it)."""

from __future__ import annotations

from dataclasses import dataclass

from .explain import counting_shortfalls
from .model import Instance, IntArray, Shortfall
from .pairs import PairSpace


@dataclass(frozen=True)
class Preview:
    eligible: IntArray  # per application: experts it may be given (rules and conflicts applied)
    eligible_core: IntArray  # of which core experts
    total_capacity: int  # seats all experts together can fill under the load caps
    shortfalls: list[Shortfall]  # empty when the counts do not already prove infeasibility


def preview(instance: Instance) -> Preview:
    """Counts per application and the counting shortfalls (the solver may still find a
    Hall-type shortfall that only the flow reveals)."""
    space = PairSpace(instance)
    total, core = space.row_counts()
    return Preview(
        eligible=total,
        eligible_core=core,
        total_capacity=int(space.cap.sum()),
        shortfalls=counting_shortfalls(space, instance),
    )

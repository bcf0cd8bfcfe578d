"""Backups (候补): the next best experts for each application who could still take it.

A backup is allowed for the application, not on its panel, and has spare load after the
draw. When the rules ask for core experts, at least one core backup is listed if there is
one, so that a core expert's decline can be covered. Order: score, then listed order.
"""

from __future__ import annotations

import numpy as np

from .model import Instance, IntArray
from .pairs import PairSpace, _block_top


def _best(
    space: PairSpace, count: int, spare: np.ndarray, panel: IntArray
) -> tuple[IntArray, IntArray]:
    """Keys of the `count` best spare experts per row (not on the panel), and of the best
    spare core expert per row; ties go to the lower listed index."""
    m = space.m
    if not space.dense:
        best = space.top_per_row(count, col_mask=spare, exclude=panel, exact_ties=True)
        core = space.top_per_row(1, col_mask=spare & space.core, exclude=panel, exact_ties=True)
        return best, core
    cols = np.nonzero(spare)[0]
    core_cols = np.nonzero(spare & space.core)[0]
    core_pos = np.searchsorted(cols, core_cols)
    width = len(cols)
    out_best, out_core = [], []
    for r0, r1, view in space.blocks():
        sub = view[:, cols]
        lo, hi = np.searchsorted(panel, [r0 * m, r1 * m])
        pk = panel[lo:hi] - r0 * m
        pos = np.searchsorted(cols, pk % m)
        ok = pos < width
        ok[ok] &= cols[pos[ok]] == (pk % m)[ok]
        sub[(pk // m)[ok], pos[ok]] = -np.inf
        if width:
            top = _block_top(sub, min(count, width), True)
            out_best.append((top // width + r0) * m + cols[top % width])
        if len(core_cols) and space.c > 0:
            csub = sub[:, core_pos]
            top = _block_top(csub, 1, True)
            out_core.append((top // len(core_cols) + r0) * m + core_cols[top % len(core_cols)])
    empty = np.zeros(0, dtype=np.int64)
    return (
        np.concatenate(out_best) if out_best else empty,
        np.concatenate(out_core) if out_core else empty,
    )


def backups_for(
    space: PairSpace, inst: Instance, rows: IntArray, cols: IntArray
) -> dict[str, list[str]]:
    count = inst.rules.backups
    out: dict[str, list[str]] = {a: [] for a in inst.application_ids}
    if count <= 0 or space.n == 0 or space.m == 0:
        return out
    m = space.m
    load = np.bincount(cols, minlength=m)
    spare = load < space.cap
    panel = np.sort(rows * m + cols)
    best, core_best = _best(space, count, spare, panel)
    best_rows, best_cols = best // m, best % m
    order = np.lexsort((best_cols, -space.score(best_rows, best_cols), best_rows))
    lists: dict[int, list[int]] = {}
    for i, j in zip(best_rows[order].tolist(), best_cols[order].tolist(), strict=True):
        lists.setdefault(i, []).append(j)
    if space.c > 0:
        for key in core_best.tolist():
            i, j = divmod(key, m)
            have = lists.setdefault(i, [])
            if not any(space.core[x] for x in have):
                if len(have) >= count:
                    have.pop()
                have.append(j)
    for i, js in lists.items():
        out[inst.application_ids[i]] = [inst.expert_ids[j] for j in js]
    return out

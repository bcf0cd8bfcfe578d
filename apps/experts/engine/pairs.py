"""The allowed pairs of an instance, dense or sparse, behind one vectorised interface.

A dense batch is kept as one float matrix whose disallowed entries are −inf (conflicts,
negative or NaN scores, same organisation or region when the rules say so, experts without
capacity, general experts when every seat must be core). Work over all pairs runs in row
blocks of about a million entries; nothing here builds a Python object per pair.

The dense matrix is masked in place when the instance owns it (`Instance.owns_arrays`, set by
`load_instance` and the benchmark generator): −inf marks a pair that may not be assigned,
which the instance already means, so the instance is unchanged in meaning. Otherwise the
matrix is copied first.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .model import BoolArray, FloatArray, Instance, IntArray, SparseAffinity, SparseConflicts

_BLOCK = 1 << 20


@dataclass
class Duals:
    """Max-form multipliers: rc_ij = s_ij − u_i − g_i·[j general] − v_j − panel terms."""

    u: FloatArray
    g: FloatArray
    v: FloatArray
    # (row, internal col, value) triples subtracted from rc (per-panel cap rows)
    panel: tuple[IntArray, IntArray, FloatArray] | None = None


class PairSpace:
    """Allowed pairs with their scores, for one instance (listed order)."""

    def __init__(self, inst: Instance) -> None:
        rules = inst.rules
        self.n, self.m = inst.n, inst.m
        self.k, self.c = rules.per_application, rules.min_core
        self.core: BoolArray = inst.exp_core.astype(bool)
        self.n_core = int(self.core.sum())
        self.cap: IntArray = inst.capacities()
        self.exp_org: IntArray = inst.exp_org
        self.exp_region: IntArray = inst.exp_region
        self.app_org: IntArray = inst.app_org
        self.app_region: IntArray = inst.app_region
        self.avoid_org = rules.avoid_same_org
        self.avoid_region = rules.avoid_same_region
        # experts that may take no application at all
        self.col_off: BoolArray = self.cap <= 0
        if self.c >= self.k:
            self.col_off = self.col_off | ~self.core
        self.dense_matrix: FloatArray | None = None
        self.rows: IntArray = np.zeros(0, dtype=np.int64)
        self.cols: IntArray = np.zeros(0, dtype=np.int64)
        self.scores: FloatArray = np.zeros(0)
        if isinstance(inst.affinity, SparseAffinity):
            self._build_sparse(inst)
        else:
            self._build_dense(inst)
        self.smax, self.smin = self._score_range()

    # -- construction -------------------------------------------------------------------
    @property
    def dense(self) -> bool:
        return self.dense_matrix is not None

    def block_rows(self) -> int:
        return max(1, _BLOCK // max(self.m, 1))

    def _rule_mask(self, rows: IntArray, cols: IntArray) -> BoolArray:
        """True where the pair breaks a per-pair rule (same org / region, expert off)."""
        bad = self.col_off[cols].copy()
        if self.avoid_org:
            ao, eo = self.app_org[rows], self.exp_org[cols]
            bad |= (ao >= 0) & (ao == eo)
        if self.avoid_region:
            ar, er = self.app_region[rows], self.exp_region[cols]
            bad |= (ar >= 0) & (ar == er)
        return bad

    def _build_dense(self, inst: Instance) -> None:
        src = inst.affinity
        assert isinstance(src, np.ndarray)
        conflicts = inst.conflicts
        if inst.owns_arrays and src.flags.writeable and src.dtype == np.float64:
            mat = src
        else:
            mat = np.array(src, dtype=np.float64, order="C")
        sparse_con: tuple[IntArray, IntArray] | None = None
        if isinstance(conflicts, SparseConflicts):
            order = np.argsort(conflicts.rows, kind="stable")
            sparse_con = (conflicts.rows[order], conflicts.cols[order])
        step = self.block_rows()
        off_cols = np.nonzero(self.col_off)[0]
        for r0 in range(0, self.n, step):
            r1 = min(self.n, r0 + step)
            blk = mat[r0:r1]
            blk[~(blk >= 0)] = -np.inf
            if isinstance(conflicts, np.ndarray):
                np.putmask(blk, conflicts[r0:r1], -np.inf)
            elif sparse_con is not None:
                crow, ccol = sparse_con
                lo, hi = np.searchsorted(crow, [r0, r1])
                blk[crow[lo:hi] - r0, ccol[lo:hi]] = -np.inf
            if len(off_cols):
                blk[:, off_cols] = -np.inf
            if self.avoid_org:
                ao = self.app_org[r0:r1, None]
                np.putmask(blk, (ao >= 0) & (ao == self.exp_org[None, :]), -np.inf)
            if self.avoid_region:
                ar = self.app_region[r0:r1, None]
                np.putmask(blk, (ar >= 0) & (ar == self.exp_region[None, :]), -np.inf)
        self.dense_matrix = mat

    def _build_sparse(self, inst: Instance) -> None:
        aff = inst.affinity
        assert isinstance(aff, SparseAffinity)
        rows, cols, scores = aff.rows, aff.cols, aff.scores
        keep = ~self._rule_mask(rows, cols)
        con = inst.conflicts
        if con is not None:
            if isinstance(con, SparseConflicts):
                ckeys = np.unique(con.rows * self.m + con.cols)
                keep &= ~np.isin(rows * self.m + cols, ckeys)
            else:
                keep &= ~con[rows, cols]
        rows, cols, scores = rows[keep], cols[keep], scores[keep]
        order = np.lexsort((cols, rows))
        self.rows, self.cols, self.scores = rows[order], cols[order], scores[order]
        self.indptr: IntArray = np.searchsorted(self.rows, np.arange(self.n + 1))

    def _score_range(self) -> tuple[float, float]:
        hi, lo = 0.0, np.inf
        for _, _, blk in self.blocks():
            if blk.size:
                hi = max(hi, float(blk.max()))
                lo = min(lo, float(np.min(blk, where=np.isfinite(blk), initial=np.inf)))
        return hi, (0.0 if lo == np.inf else lo)

    # -- iteration ----------------------------------------------------------------------
    def blocks(self) -> Iterator[tuple[int, int, FloatArray]]:
        """Dense: (r0, r1, block view). Sparse: (lo, hi, scores) slices of the pair list."""
        if self.dense_matrix is not None:
            step = self.block_rows()
            for r0 in range(0, self.n, step):
                r1 = min(self.n, r0 + step)
                yield r0, r1, self.dense_matrix[r0:r1]
        else:
            step = _BLOCK
            for lo in range(0, len(self.scores), step):
                yield lo, min(lo + step, len(self.scores)), self.scores[lo : lo + step]

    def num_pairs(self) -> int:
        if self.dense_matrix is None:
            return len(self.scores)
        return int(sum(int(np.isfinite(b).sum()) for _, _, b in self.blocks()))

    def score(self, rows: IntArray, cols: IntArray) -> FloatArray:
        """Scores of the given (allowed) pairs; −inf for a pair that is not allowed."""
        if self.dense_matrix is not None:
            return self.dense_matrix[rows, cols]
        keys = self.rows * self.m + self.cols
        want = rows * self.m + cols
        pos = np.minimum(np.searchsorted(keys, want), max(len(keys) - 1, 0))
        found = (keys[pos] == want) if len(keys) else np.zeros(len(want), dtype=bool)
        return np.where(found, self.scores[pos] if len(keys) else 0.0, -np.inf)

    def allowed_in_rows(self, rows: IntArray) -> tuple[IntArray, IntArray]:
        """All allowed (row, col) pairs of the given rows."""
        if self.dense_matrix is not None:
            sub = np.isfinite(self.dense_matrix[rows])
            rr, cc = np.nonzero(sub)
            return rows[rr], cc
        parts_r, parts_c = [], []
        for i in rows.tolist():
            lo, hi = self.indptr[i], self.indptr[i + 1]
            parts_r.append(np.full(hi - lo, i, dtype=np.int64))
            parts_c.append(self.cols[lo:hi])
        if not parts_r:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(parts_r), np.concatenate(parts_c)

    # -- counting -----------------------------------------------------------------------
    def row_counts(self) -> tuple[IntArray, IntArray]:
        """Per application: number of allowed experts, and of allowed core experts."""
        if self.dense_matrix is None:
            total = np.bincount(self.rows, minlength=self.n)
            core = np.bincount(self.rows[self.core[self.cols]], minlength=self.n)
            return total.astype(np.int64), core.astype(np.int64)
        total = np.empty(self.n, dtype=np.int64)
        core = np.empty(self.n, dtype=np.int64)
        for r0, r1, blk in self.blocks():
            fin = np.isfinite(blk)
            total[r0:r1] = np.count_nonzero(fin, axis=1)
            fin &= self.core[None, :]
            core[r0:r1] = np.count_nonzero(fin, axis=1)
        return total, core

    def capped_row_counts(
        self, groups: IntArray, limit: int, col_mask: BoolArray | None = None
    ) -> IntArray:
        """Per application: most experts a panel can hold when ≤ `limit` come from one group.

        Experts without a group (code −1) are not capped. `col_mask` restricts the experts.
        """
        ok = np.ones(self.m, dtype=bool) if col_mask is None else col_mask
        codes = np.where(groups >= 0, groups, -1)
        grouped = np.nonzero(ok & (codes >= 0))[0]
        free = np.nonzero(ok & (codes < 0))[0]
        order = grouped[np.argsort(codes[grouped], kind="stable")]
        starts = (
            np.concatenate([[0], np.nonzero(np.diff(codes[order]))[0] + 1])
            if len(order)
            else np.zeros(0, dtype=np.int64)
        )
        out = np.zeros(self.n, dtype=np.int64)
        if self.dense_matrix is not None:
            for r0, r1, blk in self.blocks():
                fin = np.isfinite(blk)
                count = fin[:, free].sum(axis=1)
                if len(order):
                    per = np.add.reduceat(fin[:, order].astype(np.int64), starts, axis=1)
                    count = count + np.minimum(per, limit).sum(axis=1)
                out[r0:r1] = count
            return out
        sel = ok[self.cols]
        rows, cols = self.rows[sel], self.cols[sel]
        nofree = codes[cols] >= 0
        out += np.bincount(rows[~nofree], minlength=self.n)
        keys = rows[nofree] * (int(codes.max(initial=0)) + 1) + codes[cols[nofree]]
        uk, cnt = np.unique(keys, return_counts=True)
        out += np.bincount(
            uk // (int(codes.max(initial=0)) + 1), weights=np.minimum(cnt, limit), minlength=self.n
        ).astype(np.int64)
        return out

    # -- selection ----------------------------------------------------------------------
    def top_per_row(
        self,
        count: int,
        col_mask: BoolArray | None = None,
        exclude: IntArray | None = None,
        exact_ties: bool = False,
    ) -> IntArray:
        """Keys (row·m + col) of the `count` best allowed experts of every application.

        `exclude` is a sorted key array of pairs to skip. With `exact_ties`, ties at the
        threshold go to the lower internal column (used where the order is shown).
        """
        m = self.m
        if count <= 0 or self.n == 0 or m == 0:
            return np.zeros(0, dtype=np.int64)
        if self.dense_matrix is None:
            keys = self.rows * m + self.cols
            ok = np.ones(len(keys), dtype=bool) if col_mask is None else col_mask[self.cols]
            if exclude is not None and len(exclude):
                ok &= ~np.isin(keys, exclude, assume_unique=False)
            rows, cols, sc = self.rows[ok], self.cols[ok], self.scores[ok]
            order = np.lexsort((cols, -sc, rows))
            rows, cols = rows[order], cols[order]
            start = np.searchsorted(rows, rows, side="left")
            rank = np.arange(len(rows)) - start
            sel = rank < count
            return np.sort(rows[sel] * m + cols[sel])
        out = []
        for r0, r1, view in self.blocks():
            blk = view
            if col_mask is not None or exclude is not None:
                blk = view.copy()
                if col_mask is not None:
                    blk[:, ~col_mask] = -np.inf
                if exclude is not None and len(exclude):
                    lo, hi = np.searchsorted(exclude, [r0 * m, r1 * m])
                    blk.reshape(-1)[exclude[lo:hi] - r0 * m] = -np.inf
            out.append(_block_top(blk, count, exact_ties) + r0 * m)
        return np.concatenate(out) if out else np.zeros(0, dtype=np.int64)

    # -- pricing ------------------------------------------------------------------------
    def price(
        self,
        duals: Duals,
        ub: float,
        existing: IntArray,
        per_row: int,
        tol: float,
        want_bound: bool = True,
    ) -> tuple[float, float, IntArray]:
        """Lagrangian terms over all allowed pairs, and pruned pairs worth adding.

        Returns (Σ max(0, rc)·ub, Σ max(0, rc), keys): the keys are up to `per_row` pruned
        pairs per application with rc > tol, best first; `existing` is a sorted key array.
        """
        m = self.m
        u, g, v = duals.u, duals.g, duals.v
        has_g = bool(np.any(g > 0))
        pos_sum = 0.0 if want_bound else np.nan
        new: list[IntArray] = []
        if self.dense_matrix is None:
            rc = self.scores - u[self.rows] - v[self.cols]
            if has_g:
                rc -= np.where(self.core[self.cols], 0.0, g[self.rows])
            if duals.panel is not None:
                rc = _apply_panel_sparse(rc, self.rows * m + self.cols, duals.panel, m)
            pos_sum = float(np.maximum(rc, 0.0).sum())
            return pos_sum * ub, pos_sum, np.zeros(0, dtype=np.int64)
        panel = duals.panel
        if panel is not None:
            order = np.argsort(panel[0], kind="stable")
            panel = (panel[0][order], panel[1][order], panel[2][order])
        gen = (~self.core).astype(np.float64)
        for r0, r1, view in self.blocks():
            w = view - v[None, :]
            w -= u[r0:r1, None]
            if has_g:
                # only applications whose general-expert cap binds have g > 0
                hit = np.nonzero(g[r0:r1] > 0)[0]
                if len(hit):
                    w[hit] -= np.multiply.outer(g[r0:r1][hit], gen)
            if panel is not None:
                lo, hi = np.searchsorted(panel[0], [r0, r1])
                if hi > lo:
                    np.subtract.at(w, (panel[0][lo:hi] - r0, panel[1][lo:hi]), panel[2][lo:hi])
            if want_bound:
                pos_sum += float(np.maximum(w, 0.0).sum())
            lo, hi = np.searchsorted(existing, [r0 * m, r1 * m])
            w.reshape(-1)[existing[lo:hi] - r0 * m] = -np.inf
            hot = np.nonzero(w.max(axis=1) > tol)[0]
            if len(hot):
                sub = w[hot]
                keys = _block_top(sub, per_row, False, hot_rows=hot)
                vals = sub.reshape(-1)[_local(keys, hot, m)]
                new.append(keys[vals > tol] + r0 * m)
        keys = np.sort(np.concatenate(new)) if new else np.zeros(0, dtype=np.int64)
        return pos_sum * ub, pos_sum, keys

    def dual_function(self, duals: Duals, k: int) -> float:
        """The Lagrangian bound with x ≤ 1 at (g, v), minimised exactly over u.

        For fixed g and v, the best u_i is the k-th largest reduced score of row i, which
        makes row i's term the sum of its k largest s_ij − g_i·[j general] − v_j.
        """
        total = _dual_terms(self, duals)
        g, v = duals.g, duals.v
        if self.dense_matrix is None:
            w = self.scores - v[self.cols] - np.where(self.core[self.cols], 0.0, g[self.rows])
            if duals.panel is not None:
                w = _apply_panel_sparse(w, self.rows * self.m + self.cols, duals.panel, self.m)
            order = np.lexsort((-w, self.rows))
            rows = self.rows[order]
            rank = np.arange(len(rows)) - np.searchsorted(rows, rows, side="left")
            return total + float(w[order][rank < k].sum())
        gen = (~self.core).astype(np.float64)
        for r0, r1, view in self.blocks():
            w = view - v[None, :]
            hit = np.nonzero(g[r0:r1] > 0)[0]
            if len(hit):
                w[hit] -= np.multiply.outer(g[r0:r1][hit], gen)
            if duals.panel is not None:
                pr, pc, pv = duals.panel
                sel = (pr >= r0) & (pr < r1)
                np.subtract.at(w, (pr[sel] - r0, pc[sel]), pv[sel])
            top = np.partition(w, self.m - k, axis=1)[:, self.m - k :]
            total += float(top.sum())
        return total


def _dual_terms(space: PairSpace, duals: Duals) -> float:
    k, c = space.k, space.c
    return (k - c) * float(duals.g.sum()) + float(np.dot(space.cap, duals.v))


def _local(keys: IntArray, hot: IntArray, m: int) -> IntArray:
    """Positions in the `hot`-row sub-block of block-relative keys."""
    rows = keys // m
    return np.searchsorted(hot, rows) * m + keys % m


def _block_top(
    blk: FloatArray, count: int, exact_ties: bool, hot_rows: IntArray | None = None
) -> IntArray:
    """Block-relative keys of the top `count` finite entries of every row (row-major order)."""
    nr, m = blk.shape
    rows_of = np.arange(nr) if hot_rows is None else hot_rows
    if count >= m:
        rr, cc = np.nonzero(np.isfinite(blk))
        return rows_of[rr] * m + cc
    idx = np.argpartition(blk, m - count, axis=1)[:, m - count :]
    if exact_ties:
        vals = np.take_along_axis(blk, idx, axis=1)
        thr = vals.min(axis=1)
        # rows where the threshold value is shared with an unselected column
        tied = np.nonzero((blk == thr[:, None]).sum(axis=1) > (vals == thr[:, None]).sum(axis=1))[0]
        if len(tied):
            sub = blk[tied]
            above = sub > thr[tied, None]
            need = count - above.sum(axis=1)
            eq = sub == thr[tied, None]
            chosen = above | (eq & (np.cumsum(eq, axis=1) <= need[:, None]))
            idx[tied] = np.sort(np.nonzero(chosen)[1].reshape(len(tied), count), axis=1)
    vals = np.take_along_axis(blk, idx, axis=1)
    fin = np.isfinite(vals)
    rr = np.broadcast_to(np.arange(nr)[:, None], idx.shape)[fin]
    return np.sort(rows_of[rr] * m + idx[fin])


def _apply_panel_sparse(
    rc: FloatArray, keys: IntArray, panel: tuple[IntArray, IntArray, FloatArray], m: int
) -> FloatArray:
    pk = panel[0] * m + panel[1]
    pos = np.searchsorted(keys, pk)
    pos = np.minimum(pos, len(keys) - 1)
    hit = keys[pos] == pk
    out = rc.copy()
    np.subtract.at(out, pos[hit], panel[2][hit])
    return out

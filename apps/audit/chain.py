"""The SM3 hash chain over audit rows (GB/T 39786 integrity of audit records).

`link(rows)` fills seq/prev_hash/hash for new rows under a lock on the chain head, inside the
caller's transaction; `verify(model)` walks a chain and lists every break.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from django.db import transaction
from django.utils import timezone

from apps.audit.models import AppendOnlyModel, ChainHead, PurgeRecord

_SKIP = {"id", "seq", "prev_hash", "hash"}


def sm3(data: bytes) -> str:
    digest = hashes.Hash(hashes.SM3())
    digest.update(data)
    return digest.finalize().hex()


def _value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def content(row: AppendOnlyModel) -> bytes:
    """The canonical bytes of a row's content (every concrete field but the chain's own)."""
    data = {
        f.attname: _value(getattr(row, f.attname))
        for f in row._meta.concrete_fields
        if f.name not in _SKIP
    }
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str
    ).encode()


def row_hash(row: AppendOnlyModel) -> str:
    return sm3(f"{row.seq}|{row.prev_hash}|".encode() + content(row))


def link(rows: Sequence[AppendOnlyModel]) -> None:
    """Give new rows their place in the chain. Must run inside the transaction that saves
    them; the head stays locked until that transaction ends."""
    if not rows:
        return
    chain = type(rows[0]).CHAIN
    assert transaction.get_connection().in_atomic_block, "link() needs a transaction"
    head, _ = ChainHead.objects.select_for_update().get_or_create(name=chain)
    now = timezone.now()
    for row in rows:
        if row.created_at is None:  # type: ignore[attr-defined]
            row.created_at = now  # type: ignore[attr-defined]
        row.seq = head.last_seq + 1
        row.prev_hash = head.last_hash
        row.hash = row_hash(row)
        head.last_seq, head.last_hash = row.seq, row.hash
    head.save(update_fields=["last_seq", "last_hash"])


@dataclass(frozen=True)
class Break:
    seq: int | None
    message: str


def _unchained(model: type[AppendOnlyModel]) -> Any:
    return model.objects.filter(seq__isnull=True)


def _first_chained_pk(model: type[AppendOnlyModel]) -> int:
    """The id of the first row written into the chain (0 when none is): rows below it were
    written before the chain existed (a database upgraded from before audit 0003)."""
    first = model.objects.filter(seq__isnull=False).order_by("pk").values_list("pk", flat=True)
    return int(first[0]) if first else 0


def legacy_rows(model: type[AppendOnlyModel]) -> int:
    """Rows written before the hash chain existed. They cannot be chained afterwards without
    editing append-only rows, so they stay outside it: reported, not proven, never a break.
    A row outside the chain written after the first chained one is a break (see `verify`)."""
    first = _first_chained_pk(model)
    rows = _unchained(model)
    return int((rows.filter(pk__lt=first) if first else rows).count())


def verify(model: type[AppendOnlyModel], *, batch: int = 5000) -> tuple[int, list[Break]]:
    """Walk the chain in order; returns (rows checked, breaks found)."""
    chain = model.CHAIN
    head = ChainHead.objects.filter(name=chain).first()
    anchor = PurgeRecord.objects.filter(chain=chain).order_by("-through_seq").first()
    expected_seq = (anchor.through_seq + 1) if anchor else 1
    expected_prev = anchor.last_hash if anchor else ""
    breaks: list[Break] = []
    checked = 0
    first = _first_chained_pk(model)
    if first and _unchained(model).filter(pk__gt=first).exists():
        breaks.append(Break(None, "存在未入链的记录（可能为绕过应用直接插入）。"))
    for row in _ordered(model, batch):
        checked += 1
        if row.seq != expected_seq:
            breaks.append(
                Break(
                    row.seq,
                    f"序号不连续：缺少第 {expected_seq} 至 {row.seq - 1} 条（记录被删除）。"
                    if row.seq and row.seq > expected_seq
                    else f"序号异常：期望 {expected_seq}，实际 {row.seq}。",
                )
            )
        if row.prev_hash != expected_prev:
            breaks.append(Break(row.seq, "与前一条记录的链接不符（前序记录被修改或删除）。"))
        if row.hash != row_hash(row):
            breaks.append(Break(row.seq, "记录内容与其摘要不符（记录被修改）。"))
        expected_seq = (row.seq or 0) + 1
        expected_prev = row.hash
    last = expected_seq - 1
    if head is not None and head.last_seq != last:
        breaks.append(
            Break(
                head.last_seq,
                f"链尾缺失：应有第 {head.last_seq} 条，实际止于第 {last} 条（最新记录被删除）。",
            )
        )
    return checked, breaks


def _ordered(model: type[AppendOnlyModel], batch: int) -> Iterator[AppendOnlyModel]:
    last = 0
    while True:
        rows = list(model.objects.filter(seq__gt=last).order_by("seq")[:batch])
        if not rows:
            return
        yield from rows
        last = rows[-1].seq or last

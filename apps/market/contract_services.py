"""Writes of technical contract registration (技术合同登记)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from apps.accounts.permissions import AccessDenied, require
from apps.audit.services import audit_record, snapshot
from apps.core.text import MARKUP_MESSAGE, has_markup, too_long_for
from apps.market import contracts, policies
from apps.market.choices import ContractKind, ContractStatus
from apps.market.indicators import contracts_changed
from apps.market.models import TechContract
from apps.organizations.models import Organization

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.regions.models import Region

AUDITED = (
    "contract_no",
    "kind",
    "seller",
    "buyer",
    "buyer_name",
    "total_amount",
    "tech_amount",
    "paid_amount",
    "status",
    "registration_no",
)


def siblings(
    *, seller_id: int | None, buyer_id: int | None, buyer_name: str
) -> list[contracts.Sibling]:
    """Contracts already submitted or registered between the same parties."""
    if seller_id is None:
        return []
    buyer = Q(buyer_id=buyer_id) if buyer_id else Q(buyer_name=buyer_name.strip())
    rows = (
        TechContract.objects.filter(buyer, seller_id=seller_id)
        .exclude(status=ContractStatus.REJECTED)
        .values_list("contract_no", "signed_on", "total_amount", "registration_no")
    )
    return [contracts.Sibling(*r) for r in rows]


def facts_of(c: TechContract) -> contracts.ContractFacts:
    return contracts.ContractFacts(
        contract_no=c.contract_no,
        kind=c.kind,
        seller_id=c.seller_id,
        buyer_id=c.buyer_id,
        buyer_name=c.buyer_name,
        buyer_foreign=bool(c.buyer_country),
        signed_on=c.signed_on,
        total_amount=c.total_amount,
        tech_amount=c.tech_amount,
        paid_amount=c.paid_amount,
    )


def _build(
    *,
    actor: User | None,
    contract_no: str,
    title: str,
    kind: str,
    seller: Organization,
    buyer: Organization | None,
    buyer_name: str = "",
    buyer_region: Region | None = None,
    buyer_country: str = "",
    signed_on: dt.date | None,
    total_amount: Decimal | None,
    tech_amount: Decimal | None,
    paid_amount: Decimal | None = None,
) -> TechContract:
    return TechContract(
        contract_no=(contract_no or "").strip(),
        title=(title or "").strip(),
        kind=kind,
        seller=seller,
        seller_region=seller.region,
        buyer=buyer,
        buyer_name=(buyer.name if buyer else (buyer_name or "").strip()),
        buyer_region=buyer.region if buyer else buyer_region,
        buyer_country=(buyer_country or "").strip(),
        signed_on=signed_on,  # type: ignore[misc]
        total_amount=total_amount,  # type: ignore[misc]
        tech_amount=tech_amount,  # type: ignore[misc]
        paid_amount=paid_amount or Decimal(0),
        submitted_by=actor,
    )


def contract_validate(
    contract: TechContract, *, extra_siblings: Sequence[contracts.Sibling] = ()
) -> None:
    """Run the checks; raise ValidationError (Chinese, per field) or set the flags."""
    if contract.kind not in ContractKind.values:
        raise ValidationError(
            {"kind": "合同类型应为：技术开发、技术转让、技术许可、技术咨询、技术服务。"}
        )
    if not contract.title:
        raise ValidationError({"title": "请填写合同名称。"})
    markup = {
        name: MARKUP_MESSAGE
        for name in ("contract_no", "title", "buyer_name", "buyer_country")
        if has_markup(getattr(contract, name))
    }
    if markup:
        raise ValidationError(markup)
    found = siblings(
        seller_id=contract.seller_id, buyer_id=contract.buyer_id, buyer_name=contract.buyer_name
    )
    errors, flags = contracts.check(
        facts_of(contract), siblings=[*found, *extra_siblings], today=timezone.localdate()
    )
    if errors:
        raise ValidationError(errors)
    contract.flags = flags


@transaction.atomic
def contract_submit(*, actor: User, **fields: Any) -> TechContract:
    """A party submits a contract for registration; the actor's organisation must be a party."""
    require(actor, "market.contracts.submit")
    seller, buyer = fields.get("seller"), fields.get("buyer")
    mine = actor.organization_id
    if mine is None or mine not in (getattr(seller, "pk", None), getattr(buyer, "pk", None)):
        raise AccessDenied("market.contracts.submit", "只能登记本单位作为买方或卖方的合同。")
    if seller is None:
        raise ValidationError({"seller": "请选择卖方（技术提供方）。"})
    contract = _build(actor=actor, **fields)
    contract_validate(contract)
    contract.full_clean()
    contract.save()
    audit_record(
        actor=actor,
        action="contract.submit",
        obj=contract,
        after={**snapshot(contract, AUDITED), "flags": contract.flags},
    )
    return contract


def _next_registration_no(contract: TechContract, year: int) -> str:
    prefix = f"{year}{contract.seller_region_id[:6]}"
    last = (
        TechContract.objects.filter(registration_no__startswith=prefix)
        .order_by("-registration_no")
        .values_list("registration_no", flat=True)
        .first()
    )
    seq = int(last[len(prefix) :]) + 1 if last else 1
    return f"{prefix}{seq:06d}"


@transaction.atomic
def contract_register(*, actor: User, contract: TechContract, note: str = "") -> TechContract:
    """The registration office accepts a contract and issues its registration number."""
    policies.require(policies.may_register_contract(actor, contract), "market.contracts.register")
    locked = TechContract.objects.select_for_update().get(pk=contract.pk)
    if locked.status != ContractStatus.SUBMITTED:
        raise ValidationError("只有待登记的合同可以登记。")
    if errors := too_long_for(TechContract, {"review_note": note.strip()}):
        raise ValidationError(errors)
    before = snapshot(locked, AUDITED)
    now = timezone.now()
    locked.status = ContractStatus.REGISTERED
    locked.registered_at = now
    locked.registration_no = _next_registration_no(locked, timezone.localtime(now).year)
    locked.reviewed_by = actor
    locked.review_note = note.strip()
    locked.full_clean()
    locked.save()
    transaction.on_commit(contracts_changed)  # 技术合同成交额 actuals move
    audit_record(
        actor=actor,
        action="contract.register",
        obj=locked,
        before=before,
        after=snapshot(locked, AUDITED),
    )
    return locked


@transaction.atomic
def contract_reject(*, actor: User, contract: TechContract, note: str) -> TechContract:
    """The office refuses registration, with the reason."""
    policies.require(policies.may_register_contract(actor, contract), "market.contracts.register")
    if contract.status != ContractStatus.SUBMITTED:
        raise ValidationError("只有待登记的合同可以审查。")
    if not note.strip():
        raise ValidationError({"review_note": "不予登记时请填写理由。"})
    if errors := too_long_for(TechContract, {"review_note": note.strip()}):
        raise ValidationError(errors)
    before = snapshot(contract, AUDITED)
    contract.status = ContractStatus.REJECTED
    contract.reviewed_by = actor
    contract.review_note = note.strip()
    contract.save()
    audit_record(
        actor=actor,
        action="contract.reject",
        obj=contract,
        before=before,
        after=snapshot(contract, AUDITED),
        message=contract.review_note,
    )
    return contract


def contracts_bulk_submit(*, actor: User | None, built: list[TechContract]) -> int:
    """Write validated import rows; the caller holds the transaction (all or nothing)."""
    TechContract.objects.bulk_create(built, batch_size=2000)
    audit_record(
        actor=actor,
        action="contract.import",
        object_type="market.TechContract",
        object_id=str(len(built)),
        after={
            "count": len(built),
            "contracts": [[c.contract_no, c.seller_id] for c in built][:5000],
        },
        message=f"批量导入 {len(built)} 份技术合同",
    )
    return len(built)

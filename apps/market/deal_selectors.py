"""Reads of brokers' deals. Every one starts from `visible_to(actor, Deal)`: the broker's own,
the officers' region, and the organisations party to the deal (the owners of its demand and
its achievement). What a party reads of the steps is cut here, not in the page: a step the
broker did not share shows its stage and date only (`policies.sees_deal_internals`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404

from apps.core.scoping import get_visible_or_404, visible_to
from apps.market import policies
from apps.market.choices import DealStage
from apps.market.models import Achievement, Deal, DealNote

if TYPE_CHECKING:
    import datetime as dt

    from apps.accounts.models import User

RELATED = (
    "demand__organization",
    "demand__region",
    "achievement__organization",
    "broker__organization",
    "broker__broker_profile",
)


@dataclass(frozen=True)
class DealBroker:
    """Who is brokering a deal, as the parties see it."""

    name: str
    organization: str
    level: str


@dataclass(frozen=True)
class DealStep:
    """One step of a deal as the reader may see it: `text` and `has_document` are empty for a
    party when the broker kept the step internal (`hidden`)."""

    pk: int
    stage: str
    at: dt.datetime
    author: str
    text: str
    has_document: bool
    shared: bool
    hidden: bool


def deals_visible(*, actor: User) -> QuerySet[Deal]:
    return visible_to(actor, Deal).select_related(*RELATED)


def deal_get(*, actor: User, pk: int) -> Deal:
    return get_visible_or_404(actor, Deal, pk=pk)


def deals_on_listing(*, actor: User, listing: Any) -> QuerySet[Deal]:
    """The deals over one listing that the actor may see (its owner: all of them)."""
    side = "achievement" if isinstance(listing, Achievement) else "demand"
    return deals_visible(actor=actor).filter(**{side: listing}).order_by("-updated_at", "-id")


def deal_broker(deal: Deal) -> DealBroker:
    user = deal.broker
    profile = getattr(user, "broker_profile", None)  # a broker without a profile has no level
    return DealBroker(
        name=str(user),
        organization=user.organization.name if user.organization else "未关联机构",
        level=profile.get_level_display() if profile else "未登记培训等级",
    )


def with_brokers(deals: QuerySet[Deal]) -> list[tuple[Deal, DealBroker]]:
    return [(deal, deal_broker(deal)) for deal in deals]


def deal_history(*, actor: User, deal: Deal) -> list[DealStep]:
    """The steps of a deal, oldest first, cut to what the actor may read."""
    internals = policies.sees_deal_internals(actor, deal)
    steps = []
    for note in deal.notes.select_related("author"):
        hidden = not (internals or note.shared)
        steps.append(
            DealStep(
                pk=note.pk,
                stage=note.get_stage_display(),
                at=note.created_at,
                author=str(note.author),
                text="" if hidden else note.text,
                has_document=bool(note.document) and not hidden,
                shared=note.shared,
                hidden=hidden,
            )
        )
    return steps


def deal_note_document(*, actor: User, pk: int, note: int) -> DealNote:
    """A step of a deal the actor may see that holds a document: any step for the broker and
    the officers, a shared one for the parties (404 otherwise)."""
    deal = deal_get(actor=actor, pk=pk)
    steps = deal.notes.exclude(document="").filter(pk=note)
    if not policies.sees_deal_internals(actor, deal):
        steps = steps.filter(shared=True)
    found = steps.first()
    if found is None:
        raise Http404("未找到")
    return found


def pipeline(*, actor: User) -> dict[str, Any]:
    """Deals per stage, per broker and per institution (the seller of the achievement), with
    conversion (signed / all) — within the officer's region."""
    deals = visible_to(actor, Deal)
    stages = dict(deals.order_by().values_list("stage").annotate(n=Count("id")))
    total = sum(stages.values())

    def conversion(group: str, label: str) -> list[dict[str, Any]]:
        rows = (
            deals.order_by()
            .values(group, label)
            .annotate(n=Count("id"), signed=Count("id", filter=Q(stage=DealStage.SIGNED)))
            .order_by("-n")[:50]
        )
        return [
            {
                "name": r[label],
                "n": r["n"],
                "signed": r["signed"],
                "rate": round(100 * r["signed"] / r["n"], 1) if r["n"] else 0.0,
            }
            for r in rows
        ]

    return {
        "total": total,
        "stages": [(s.label, stages.get(s.value, 0)) for s in DealStage],
        "signed_rate": round(100 * stages.get(DealStage.SIGNED, 0) / total, 1) if total else 0.0,
        "brokers": conversion("broker_id", "broker__display_name"),
        "institutions": conversion(
            "achievement__organization_id", "achievement__organization__name"
        ),
    }

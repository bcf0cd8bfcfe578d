"""The yearly life of a published listing at its end: the daily sweep that takes listings past
their date off the market, and the reminder to owners before it happens (decision 0007). Both
run as one `sweep`, from the huey periodic task `market.tasks.listings_expire_daily` and from
the `market.expire` job an operator starts by hand; renewing is `services.listing_renew`."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from apps.audit.services import audit_record
from apps.market.choices import ListingStatus
from apps.market.models import Achievement, Demand
from apps.market.search import backends

if TYPE_CHECKING:
    from collections.abc import Callable

Listing = Achievement | Demand


def sweep(*, today: dt.date | None = None) -> dict[str, int]:
    """The day's end-of-life work: listings past their date expire, then the owners of those
    expiring within the reminder window are told. Counts of each."""
    return {
        "expired": listings_expire(today=today),
        "reminded": listings_remind_expiring(today=today),
    }


@transaction.atomic
def listings_expire(*, today: dt.date | None = None) -> int:
    """Mark published listings past their date as expired and take them out of search."""
    day = today or timezone.localdate()
    total = 0
    for model in (Achievement, Demand):
        stale = model._default_manager.filter(status=ListingStatus.PUBLISHED, expires_on__lt=day)
        ids = list(stale.values_list("pk", flat=True))
        if not ids:
            continue
        model._default_manager.filter(pk__in=ids).update(status=ListingStatus.EXPIRED)
        backends.delete(str(model._meta.model_name), ids)
        transaction.on_commit(functools.partial(_tell_owners_expired, model, ids))
        _audit_sweep(model, "expire", ids, f"{len(ids)} 条到期下架")
        total += len(ids)
    return total


def reminder_days() -> int:
    """How many days before expiry the owner is reminded (and the page counts down)."""
    return int(settings.KECHUANG_MARKET_EXPIRY_REMINDER_DAYS)


def days_left(listing: Listing, today: dt.date) -> int | None:
    """Days until a published listing expires, when within the reminder window; else None."""
    if listing.status != ListingStatus.PUBLISHED or listing.expires_on is None:
        return None
    left = (listing.expires_on - today).days
    return left if 0 <= left <= reminder_days() else None


@transaction.atomic
def listings_remind_expiring(*, today: dt.date | None = None) -> int:
    """Remind the owners of published listings expiring within `reminder_days()`, once per
    expiry date: the date reminded of is kept, so the next run skips the listing and a renewal
    (a new date) re-arms the reminder."""
    day = today or timezone.localdate()
    horizon = day + dt.timedelta(days=reminder_days())
    total = 0
    for model in (Achievement, Demand):
        due = model._default_manager.filter(
            status=ListingStatus.PUBLISHED, expires_on__gte=day, expires_on__lte=horizon
        ).exclude(expiry_reminded_for=F("expires_on"))
        ids = list(due.values_list("pk", flat=True))
        if not ids:
            continue
        model._default_manager.filter(pk__in=ids).update(expiry_reminded_for=F("expires_on"))
        transaction.on_commit(functools.partial(_tell_owners_expiring, model, ids, day))
        _audit_sweep(model, "expiry_remind", ids, f"{len(ids)} 条即将到期，已提醒发布者")
        total += len(ids)
    return total


def _tell_owners(
    model: type[Listing], ids: list[int], notice: Callable[[Listing, str], tuple[str, str, str]]
) -> None:
    """One notice per owner of the listings `ids`: `notice(listing, label)` gives the title,
    the body and the dedupe key's event; the link is the listing's page (where 续期一年 is)."""
    from apps.notices.services import notice_send

    kind = str(model._meta.model_name)
    label = "成果" if model is Achievement else "需求"
    for listing in model._default_manager.filter(pk__in=ids, owner__isnull=False).select_related(
        "owner"
    ):
        title, body, event = notice(listing, label)
        notice_send(
            recipients=[listing.owner],  # type: ignore[list-item]
            kind="market.expiry",
            title=title,
            body=body,
            link=f"/market/{kind}s/{listing.pk}/#renew",
            dedupe_key=f"market.{event}:{kind}:{listing.pk}:{listing.expires_on}",
        )


def _tell_owners_expired(model: type[Listing], ids: list[int]) -> None:
    """Each owner learns that their listing left the market and how to bring it back."""
    _tell_owners(
        model,
        ids,
        lambda listing, label: (
            f"您发布的{label}“{listing.title[:40]}”已到期下架",
            "公众已检索不到该条目。如仍有效，请在详情页点击“续期一年”。",
            "expired",
        ),
    )


def _tell_owners_expiring(model: type[Listing], ids: list[int], today: dt.date) -> None:
    """Each owner learns, before it happens, when their listing will leave the market."""

    def notice(listing: Listing, label: str) -> tuple[str, str, str]:
        expires = listing.expires_on or today
        left = (expires - today).days
        when = "今天" if left == 0 else f"{left} 天后"
        return (
            f"您发布的{label}“{listing.title[:40]}”将于{when}（{expires:%Y-%m-%d}）到期",
            "到期后公众将检索不到该条目。如仍有效，请在详情页点击“续期一年”，有效期延长一年。",
            "expiring",
        )

    _tell_owners(model, ids, notice)


def _audit_sweep(model: type[Listing], verb: str, ids: list[int], message: str) -> None:
    """One audit row for a nightly sweep over many listings of one kind (no acting user)."""
    audit_record(
        actor=None,
        action=f"{model._meta.model_name}.{verb}",
        object_type=model._meta.label,
        object_id=f"{ids[0]}…" if len(ids) > 1 else str(ids[0]),
        after={"ids": ids[:1000], "count": len(ids)},
        message=message,
    )

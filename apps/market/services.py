"""Writes of the technology market. Each runs in one transaction with its audit row(s).

Listings: save (draft) → submit (pending, duplicate check) → review (published or rejected)
→ renew / withdraw; expiry and the reminder before it are in `expiry_services.py`. Feedback on
suggestions, brokers' deals, roadshows. Contract services are in `contract_services.py`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from apps.accounts.permissions import AccessDenied, require
from apps.audit.reveal import personal_reveal
from apps.audit.services import audit_record, snapshot
from apps.core.text import MARKUP_MESSAGE, has_markup, too_long_for
from apps.market import policies, search
from apps.market.choices import DealStage, ListingStatus, MatchTarget, TransferMode
from apps.market.models import (
    Achievement,
    Deal,
    DealNote,
    Demand,
    MatchFeedback,
    Roadshow,
    RoadshowRegistration,
    TransferOffice,
)
from apps.market.search import analysis, backends

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from apps.accounts.models import User

LISTING_DAYS = 365
DUPLICATE_SIMILARITY = 0.6
PENDING_COMPARED = 50  # the organisation's newest pending listings a submission is compared with
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

COMMON_FIELDS = (
    "title",
    "summary",
    "field",
    "discipline_code",
    "keywords",
    "contact_name",
    "contact_phone",
    "chain",
    "notify_matches",
)
ACHIEVEMENT_FIELDS = (
    *COMMON_FIELDS,
    "patents",
    "maturity",
    "transfer_modes",
    "price",
    "negotiable",
)
DEMAND_FIELDS = (*COMMON_FIELDS, "budget", "negotiable", "deadline")
AUDITED = ("title", "field", "status", "region", "organization", "expires_on")

Listing = Achievement | Demand


def _clean_text(value: Any) -> Any:
    """Text is kept as typed minus control characters (markup is refused in `_assign`; what
    remains, a lone < or >, is escaped when shown)."""
    return _CONTROL.sub("", value).strip() if isinstance(value, str) else value


def _assign(
    obj: Any, allowed: tuple[str, ...], fields: dict[str, Any], *, permission: str = "market.post"
) -> None:
    unknown = set(fields) - set(allowed)
    if unknown:
        raise AccessDenied(permission, f"不允许修改字段：{'、'.join(sorted(unknown))}")
    markup = {
        key: MARKUP_MESSAGE
        for key, value in fields.items()
        if isinstance(value, str) and has_markup(value)
    }
    if markup:
        raise ValidationError(markup)
    for key, value in fields.items():
        setattr(obj, key, _clean_text(value))


def _validate_achievement(a: Achievement) -> None:
    modes = a.transfer_modes if isinstance(a.transfer_modes, list) else []
    bad = [m for m in modes if m not in TransferMode.values]
    if not modes or bad:
        raise ValidationError({"transfer_modes": "请至少选择一种有效的转化方式。"})
    if a.price is None and not a.negotiable:
        raise ValidationError({"price": "请填写参考价格，或选择“面议”。"})


@transaction.atomic
def listing_save(
    *, actor: User, kind: str, listing: Listing | None = None, **fields: Any
) -> Listing:
    """Create or edit a listing of the actor's organisation (kept as a draft)."""
    require(actor, "market.post")
    if actor.organization is None:
        raise AccessDenied("market.post", "您的账号未关联机构，不能发布。")
    if kind == "demand" and actor.organization.kind != "enterprise":
        raise AccessDenied("market.post", "技术需求由企业发布。")
    model: type[Listing] = Achievement if kind == "achievement" else Demand
    allowed = ACHIEVEMENT_FIELDS if kind == "achievement" else DEMAND_FIELDS
    created = listing is None
    if listing is None:
        listing = model(
            organization=actor.organization,
            region=actor.organization.region,
            owner=actor,
            status=ListingStatus.DRAFT,
        )
        before = None
    else:
        policies.require(policies.may_edit(actor, listing), "market.post", "该条目当前不能修改。")
        before = snapshot(listing, AUDITED)
    _assign(listing, allowed, fields)
    if isinstance(listing, Achievement):
        _validate_achievement(listing)
    listing.full_clean()
    listing.save()
    audit_record(
        actor=actor,
        action=f"{kind}.{'create' if created else 'update'}",
        obj=listing,
        before=before,
        after=snapshot(listing, AUDITED),
    )
    return listing


def _similar(listing: Listing) -> tuple[Listing | None, float]:
    """The most similar published listing of the same kind (Jaccard of terms) and the score."""
    kind = str(listing._meta.model_name)
    mine = set(search.listing_terms(listing))
    groups = [[t] for t in analysis.index_terms(listing.title)][:12]
    if not mine or not groups:
        return None, 0.0
    rows = backends.candidates(kind, backends.match_expression(groups, any_group=True), limit=50)
    bodies = [(pk, set(body.split())) for pk, body, _ in rows]
    # Listings still waiting in the queue are not in the search tables: the same
    # organisation's pending ones are compared too (the same item submitted twice).
    waiting = (
        type(listing)
        ._default_manager.filter(
            organization_id=listing.organization_id, status=ListingStatus.PENDING
        )
        .exclude(pk=listing.pk)
        .select_related("organization")
        .order_by("-id")[:PENDING_COMPARED]
    )
    bodies += [(other.pk, set(search.listing_terms(other))) for other in waiting]
    best, best_score = None, 0.0
    for pk, theirs in bodies:
        if pk == listing.pk:
            continue
        score = len(mine & theirs) / max(len(mine | theirs), 1)
        if score > best_score:
            best, best_score = pk, score
    if best is None or best_score < DUPLICATE_SIMILARITY:
        return None, best_score
    model = type(listing)
    return model._default_manager.filter(pk=best).first(), best_score


@transaction.atomic
def listing_submit(*, actor: User, listing: Listing) -> Listing:
    """Send a draft to moderation; a likely duplicate is flagged for the moderator."""
    policies.require(policies.may_edit(actor, listing), "market.post", "该条目当前不能提交。")
    before = snapshot(listing, AUDITED)
    duplicate, score = _similar(listing)
    listing.duplicate_of = duplicate
    listing.duplicate_score = round(score, 3) if duplicate else None
    listing.status = ListingStatus.PENDING
    listing.full_clean()
    listing.save()
    audit_record(
        actor=actor,
        action=f"{listing._meta.model_name}.submit",
        obj=listing,
        before=before,
        after={**snapshot(listing, AUDITED), "duplicate_of": listing.duplicate_of_id},
    )
    return listing


@transaction.atomic
def listing_review(*, actor: User, listing: Listing, approve: bool, note: str = "") -> Listing:
    """Publish a pending listing, or send it back with a reason."""
    policies.require(policies.may_moderate(actor, listing), "market.moderate")
    if listing.status != ListingStatus.PENDING:
        raise ValidationError("只有待审核的条目可以审核。")
    if not approve and not note.strip():
        raise ValidationError({"review_note": "退回时请填写理由。"})
    if errors := too_long_for(type(listing), {"review_note": _clean_text(note)}):
        raise ValidationError(errors)
    before = snapshot(listing, AUDITED)
    today = timezone.localdate()
    listing.review_note = _clean_text(note)
    listing.reviewed_by = actor
    if approve:
        listing.status = ListingStatus.PUBLISHED
        listing.published_at = timezone.now()
        if listing.expires_on is None or listing.expires_on < today:
            listing.expires_on = today + dt.timedelta(days=LISTING_DAYS)
    else:
        listing.status = ListingStatus.REJECTED
    listing.full_clean()
    listing.save()
    search.index([listing])
    kind = str(listing._meta.model_name)
    audit_record(
        actor=actor,
        action=f"{kind}.{'publish' if approve else 'reject'}",
        obj=listing,
        before=before,
        after=snapshot(listing, AUDITED),
        message=listing.review_note,
    )
    _tell_owner(listing, approve)
    if approve:
        pk = listing.pk
        transaction.on_commit(lambda: _notify_matches(kind, pk))
    return listing


def _tell_owner(listing: Listing, approved: bool) -> None:
    from apps.notices.services import notice_send

    if listing.owner is None:
        return
    kind = "成果" if isinstance(listing, Achievement) else "需求"
    verdict = "已通过审核并发布" if approved else f"被退回：{listing.review_note}"
    notice_send(
        recipients=[listing.owner],
        kind="market.moderation",
        title=f"您发布的{kind}“{listing.title[:40]}”{verdict}",
        link=f"/market/{listing._meta.model_name}s/{listing.pk}/",
        dedupe_key=f"market.moderation:{listing._meta.model_name}:{listing.pk}:{listing.status}",
    )


def _notify_matches(kind: str, pk: int) -> None:
    """Tell the owners of the best-matching opposite listings who opted in (after commit)."""
    from apps.market import matching
    from apps.notices.services import notice_send

    model: type[Listing] = Achievement if kind == "achievement" else Demand
    listing = model._default_manager.filter(pk=pk).select_related("organization").first()
    if listing is None:
        return
    other = "demand" if kind == "achievement" else "achievement"
    for match in matching.best_for(listing, target=other, limit=5):
        target = match.obj
        if match.score < matching.NOTICE_SCORE or not target.notify_matches or not target.owner:
            continue
        label = "成果" if kind == "achievement" else "需求"
        notice_send(
            recipients=[target.owner],
            kind="market.match",
            title=f"有新发布的{label}与您的“{target.title[:30]}”相匹配：{listing.title[:40]}",
            body="；".join(match.reasons),
            link=f"/market/{kind}s/{pk}/",
            dedupe_key=f"market.match:{kind}:{pk}:{other}:{target.pk}",
        )


def listing_reveal_contact(*, actor: User, listing: Listing, reason: str) -> str:
    """The full contact number of a listing, for a reason (apps/audit/reveal: audited, limited
    per user per day)."""
    policies.require(
        policies.may_reveal_contact(actor, listing), "personal.reveal", "您无权查看该联系方式。"
    )
    return personal_reveal(
        actor=actor, obj=listing, field="contact_phone", value=listing.contact_phone, reason=reason
    )


@transaction.atomic
def listing_withdraw(*, actor: User, listing: Listing) -> Listing:
    """The owner takes a listing off the market (it can be edited and submitted again)."""
    policies.require(policies.owns(actor, listing), "market.post")
    before = snapshot(listing, AUDITED)
    listing.status = ListingStatus.WITHDRAWN
    listing.save()
    search.index([listing])
    audit_record(
        actor=actor,
        action=f"{listing._meta.model_name}.withdraw",
        obj=listing,
        before=before,
        after=snapshot(listing, AUDITED),
    )
    return listing


@transaction.atomic
def listing_renew(*, actor: User, listing: Listing) -> Listing:
    """Extend a published or expired listing by a year from today (no new moderation)."""
    policies.require(policies.may_renew(actor, listing), "market.post")
    if listing.status not in (ListingStatus.PUBLISHED, ListingStatus.EXPIRED):
        raise ValidationError("只有已发布或已过期的条目可以续期。")
    before = snapshot(listing, AUDITED)
    listing.status = ListingStatus.PUBLISHED
    listing.expires_on = timezone.localdate() + dt.timedelta(days=LISTING_DAYS)
    listing.save()
    search.index([listing])
    audit_record(
        actor=actor,
        action=f"{listing._meta.model_name}.renew",
        obj=listing,
        before=before,
        after=snapshot(listing, AUDITED),
    )
    return listing


@transaction.atomic
def feedback_record(
    *,
    actor: User,
    source_kind: str,
    source_id: int,
    target_kind: str,
    target_id: int,
    useful: bool,
) -> MatchFeedback:
    """Keep a user's judgement of a suggestion (the last one counts)."""
    require(actor, "market.match")
    if source_kind not in MatchTarget.values or target_kind not in MatchTarget.values:
        raise ValidationError("反馈对象无效。")
    row, _ = MatchFeedback.objects.update_or_create(
        user=actor,
        source_kind=source_kind,
        source_id=source_id,
        target_kind=target_kind,
        target_id=target_id,
        defaults={"useful": useful},
    )
    audit_record(
        actor=actor,
        action="match.feedback",
        obj=row,
        after={
            "source": f"{source_kind}:{source_id}",
            "target": f"{target_kind}:{target_id}",
            "useful": useful,
        },
    )
    return row


OFFICE_FIELDS = ("name", "established", "staff", "certified_brokers")


@transaction.atomic
def transfer_office_save(*, actor: User, **fields: Any) -> TransferOffice:
    """Create or update the actor's institution's technology-transfer office (技术转移机构)."""
    policies.require(
        policies.may_manage_office(actor),
        "market.office.manage",
        "只有高校、科研院所用户可以维护本单位的技术转移机构。",
    )
    office = TransferOffice.objects.filter(organization=actor.organization).first()
    created = office is None
    if office is None:
        office = TransferOffice(organization=actor.organization)
    before = None if created else snapshot(office, OFFICE_FIELDS)
    _assign(office, OFFICE_FIELDS, fields, permission="market.office.manage")
    office.full_clean()
    office.save()
    audit_record(
        actor=actor,
        action=f"transfer_office.{'create' if created else 'update'}",
        obj=office,
        before=before,
        after=snapshot(office, OFFICE_FIELDS),
    )
    return office


STAGE_ORDER = [DealStage.CONTACT, DealStage.NEGOTIATION, DealStage.SIGNED]


def deal_next_stages(stage: str) -> list[str]:
    """Where a deal at `stage` may go: a later stage, or closed; nowhere once signed/closed."""
    if stage not in STAGE_ORDER:
        return []
    return [*STAGE_ORDER[STAGE_ORDER.index(DealStage(stage)) + 1 :], DealStage.CLOSED]


@transaction.atomic
def deal_take_up(*, actor: User, demand: Demand, achievement: Achievement, note: str = "") -> Deal:
    """A broker takes up a suggested pair (对接)."""
    require(actor, "market.broker")
    today = timezone.localdate()
    if not (demand.is_live(today) and achievement.is_live(today)):
        raise ValidationError("只能对接已发布且在有效期内的成果和需求。")
    if Deal.objects.filter(demand=demand, achievement=achievement).exists():
        raise ValidationError("该成果与需求已有技术经纪人在对接。")
    if errors := too_long_for(DealNote, {"text": _clean_text(note)}):
        raise ValidationError(errors)
    deal = Deal(demand=demand, achievement=achievement, broker=actor, stage=DealStage.CONTACT)
    deal.full_clean()
    deal.save()
    DealNote.objects.create(
        deal=deal, author=actor, stage=DealStage.CONTACT, text=_clean_text(note) or "开始对接"
    )
    audit_record(
        actor=actor,
        action="deal.create",
        obj=deal,
        after={"demand": demand.pk, "achievement": achievement.pk, "stage": deal.stage},
    )
    return deal


@transaction.atomic
def deal_advance(
    *,
    actor: User,
    deal: Deal,
    stage: str,
    text: str,
    document: UploadedFile | None = None,
    shared: bool = False,
) -> Deal:
    """Move a deal on (对接 → 洽谈 → 签约) or close it, with a note and an optional document;
    `shared` lets the two parties read the note and its document (else they see the step only).
    """
    policies.require(
        policies.may_advance_deal(actor, deal), "market.broker", "只有负责的技术经纪人可以推进。"
    )
    if deal.stage in (DealStage.SIGNED, DealStage.CLOSED):
        raise ValidationError("该对接已结束。")
    if stage not in DealStage.values:
        raise ValidationError({"stage": "阶段无效。"})
    if stage not in deal_next_stages(deal.stage):
        raise ValidationError({"stage": "只能向后推进或关闭。"})
    if not text.strip():
        raise ValidationError({"text": "请填写进展记录。"})
    if errors := too_long_for(DealNote, {"text": _clean_text(text)}):
        raise ValidationError(errors)
    before = deal.stage
    deal.stage = stage
    deal.full_clean()
    deal.save()
    note = DealNote(deal=deal, author=actor, stage=stage, text=_clean_text(text), shared=shared)
    if document is not None:
        from apps.core.uploads import check_upload

        check_upload(document, kinds={"pdf", "docx", "png", "jpeg"}, name=document.name or "")
        note.document.save(document.name or "附件", document, save=False)
    note.save()
    audit_record(
        actor=actor,
        action="deal.advance",
        obj=deal,
        before={"stage": before},
        after={"stage": stage, "shared": shared},
    )
    transaction.on_commit(functools.partial(_tell_parties, deal.pk))
    return deal


def _tell_parties(deal_pk: int) -> None:
    """The owners of the two listings learn that the deal on them moved (洽谈, 签约, 关闭);
    what the broker wrote reaches them only on the deal's page, where it is shared or not."""
    from apps.notices.services import notice_send

    deal = Deal.objects.select_related("demand__owner", "achievement__owner").get(pk=deal_pk)
    owners = [x.owner for x in (deal.demand, deal.achievement) if x.owner is not None]
    if not owners:
        return
    notice_send(
        recipients=list({u.pk: u for u in owners}.values()),
        kind="market.deal",
        title=f"技术经纪人对接“{deal.achievement.title[:30]}”进入{deal.get_stage_display()}阶段",
        body=f"需求：{deal.demand.title}；成果：{deal.achievement.title}。",
        link=f"/market/deals/{deal.pk}/",
        dedupe_key=f"market.deal:{deal.pk}:{deal.stage}",
    )


@transaction.atomic
def roadshow_create(*, actor: User, **fields: Any) -> Roadshow:
    """An officer announces a roadshow or matchmaking event in their jurisdiction."""
    require(actor, "market.roadshows.manage")
    achievements = fields.pop("achievements", [])
    show = Roadshow(created_by=actor, **{k: _clean_text(v) for k, v in fields.items()})
    policies.require(
        policies.over_region(actor, show.region),
        "market.roadshows.manage",
        "活动地区不在您的管辖范围内。",
    )
    show.full_clean()
    show.save()
    if achievements:
        show.achievements.set(achievements)
    audit_record(
        actor=actor,
        action="roadshow.create",
        obj=show,
        after={"title": show.title, "achievements": [a.pk for a in achievements]},
    )
    return show


@transaction.atomic
def roadshow_register(*, actor: User, roadshow: Roadshow) -> RoadshowRegistration:
    """An enterprise or university signs up for an event (once)."""
    policies.require(
        policies.may_register_roadshow(actor), "market.roadshows.register", "请以单位账号报名。"
    )
    if roadshow.held_on < timezone.localdate():
        raise ValidationError("活动已结束，不能报名。")
    if RoadshowRegistration.objects.filter(
        roadshow=roadshow, organization=actor.organization
    ).exists():
        raise ValidationError("贵单位已报名该活动。")
    reg = RoadshowRegistration(roadshow=roadshow, organization=actor.organization, user=actor)
    reg.save()
    audit_record(actor=actor, action="roadshow.register", obj=reg, after={"roadshow": roadshow.pk})
    return reg


@transaction.atomic
def roadshow_record_outcome(
    *, actor: User, roadshow: Roadshow, outcome: str, deals_signed: int, amount_signed: Any
) -> Roadshow:
    """Record what an event achieved, afterwards."""
    policies.require(policies.may_manage_roadshow(actor, roadshow), "market.roadshows.manage")
    if roadshow.held_on > timezone.localdate():
        raise ValidationError("活动尚未举办，举办后再记录成效。")
    before = snapshot(roadshow, ("outcome", "deals_signed", "amount_signed"))
    roadshow.outcome = _clean_text(outcome)
    roadshow.deals_signed = deals_signed
    roadshow.amount_signed = amount_signed
    roadshow.full_clean()
    roadshow.save()
    audit_record(
        actor=actor,
        action="roadshow.outcome",
        obj=roadshow,
        before=before,
        after=snapshot(roadshow, ("outcome", "deals_signed", "amount_signed")),
    )
    return roadshow

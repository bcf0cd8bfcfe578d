"""Writes of the project demand reserve (项目需求储备库) and the guide (指南) built from it.

Needs are collected as applications of a 需求征集 call (the `demand` programme type) and vetted
through the engine; an officer screens accepted ones into the reserve with a field and tags;
a provincial officer composes guide directions of a call from reserve entries, edits their
wording and publishes the guide; applications then name the direction they answer, so every
application traces back to the needs it serves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from apps.accounts.permissions import require
from apps.audit.services import audit_record
from apps.core.text import excerpt, too_long, too_long_for
from apps.programmes.choices import ApplicationStatus
from apps.programmes.errors import Conflict, Invalid, Refused
from apps.programmes.models import Application, Call, GuideDirection, ReserveEntry
from apps.programmes.models_needs import ReserveStatus
from apps.programmes.services_challenges import _audited, _notify, _org_users

if TYPE_CHECKING:
    from apps.accounts.models import User

# The programme type whose accepted applications are needs (项目需求征集).
NEED_PROGRAMME = "demand"
MAX_TAGS = 8
TAG_MAX = 20
SUMMARY_MAX = 5000


def _excerpt(text: str) -> str:
    """The entry's summary taken from the need when the officer gives none: the need keeps
    the whole text (the entry links to it), so a longer one is shortened visibly, with …"""
    return excerpt(text, SUMMARY_MAX)


def direction_problems(app: Application) -> dict[str, str]:
    """A call with a published guide wants every application to name its direction."""
    call = app.call
    if call.guide_published_at is not None and app.direction_id is None:
        return {"direction": "请选择本申报对应的指南方向。"}
    return {}


def reserve_add(
    *, actor: User, need: Application, title: str, field: str, tags: list[str], summary: str = ""
) -> ReserveEntry:
    """Screen an accepted need into the reserve, with its field and tags (once per need)."""
    return _audited(
        "reserve.add",
        actor,
        need,
        lambda: _add(actor, need, title.strip(), field.strip(), tags, summary.strip()),
    )


@transaction.atomic
def _add(
    actor: User, need: Application, title: str, field: str, tags: list[str], summary: str
) -> ReserveEntry:
    require(actor, "programmes.reserve")
    need = Application.objects.select_related("call", "region", "applicant").get(pk=need.pk)
    if actor.region is None or not need.region.is_within(actor.region):
        raise Refused("programmes.reserve", "该需求不在您的管辖范围内。")
    if need.call.programme_type_id != NEED_PROGRAMME or need.status != ApplicationStatus.COMPLETED:
        raise Conflict("只有需求征集中审核通过的需求可以纳入储备库。")
    clean_tags = []
    errors: dict[str, str] = {}
    for tag in tags:
        tag = str(tag).strip()
        if message := too_long(tag, limit=TAG_MAX, label=f"标签“{tag}”"):
            errors["tags"] = message
        elif tag and tag not in clean_tags:
            clean_tags.append(tag)
    errors.update(too_long_for(ReserveEntry, {"title": title, "field": field, "summary": summary}))
    if not title:
        errors["title"] = "请填写“需求名称”。"
    if not field:
        errors["field"] = "请填写“技术领域”。"
    if len(clean_tags) > MAX_TAGS:
        errors["tags"] = f"标签最多 {MAX_TAGS} 个。"
    if errors:
        raise Invalid("入库信息有误：" + "；".join(errors.values()), errors)
    entry = ReserveEntry(
        need=need,
        title=title,
        summary=summary or _excerpt(str(need.data.get("problem", "")) or need.title),
        field=field,
        tags=clean_tags,
        region=need.region,
        organization=need.applicant,
        created_by=actor,
    )
    entry.full_clean(exclude=["need"])
    try:
        with transaction.atomic():
            entry.save()
    except IntegrityError:
        raise Conflict("该需求已在储备库中。") from None
    audit_record(
        actor=actor,
        action="reserve.add",
        obj=entry,
        after={"need": need.pk, "title": entry.title, "field": entry.field, "tags": clean_tags},
    )
    return entry


def guide_direction_save(
    *,
    actor: User,
    call: Call,
    title: str,
    text: str,
    entries: list[ReserveEntry],
    direction: GuideDirection | None = None,
) -> GuideDirection:
    """Add (or edit) a direction of the call's guide from reserve entries, before publishing."""
    return _audited(
        "guide.direction",
        actor,
        call,
        lambda: _direction(actor, call, title.strip(), text.strip(), entries, direction),
    )


@transaction.atomic
def _direction(
    actor: User,
    call: Call,
    title: str,
    text: str,
    entries: list[ReserveEntry],
    direction: GuideDirection | None,
) -> GuideDirection:
    require(actor, "programmes.configure")
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.guide_published_at is not None:
        raise Conflict("指南已发布，方向不能再修改。")
    if direction is not None and direction.call_id != call.pk:
        raise Conflict("该方向不属于本批次。")
    errors: dict[str, str] = {}
    if not title:
        errors["title"] = "请填写“方向名称”。"
    if not text:
        errors["text"] = "请填写“研究内容与考核指标”。"
    if not entries:
        errors["entries"] = "请至少选择一条储备需求。"
    if any(e.status == ReserveStatus.ARCHIVED for e in entries):
        errors["entries"] = "已出库的需求不能编入指南。"
    errors.update(too_long_for(GuideDirection, {"title": title, "text": text}))
    if errors:
        raise Invalid("指南方向有误：" + "；".join(errors.values()), errors)
    if direction is None:
        number = (call.directions.aggregate(n=Max("number"))["n"] or 0) + 1
        direction = GuideDirection(call=call, number=number, created_by=actor)
    direction.title, direction.text = title, text
    direction.full_clean()
    direction.save()
    direction.entries.set(entries)
    audit_record(
        actor=actor,
        action="guide.direction",
        obj=direction,
        after={
            "call": call.pk,
            "number": direction.number,
            "title": direction.title,
            "entries": [e.pk for e in entries],
        },
    )
    return direction


def guide_publish(*, actor: User, call: Call) -> Call:
    """Publish the guide: its text is composed from the directions, which freeze; the reserve
    entries used are marked, and the organisations that raised them are told."""
    return _audited("guide.publish", actor, call, lambda: _publish(actor, call))


@transaction.atomic
def _publish(actor: User, call: Call) -> Call:
    require(actor, "programmes.configure")
    call = Call.objects.select_for_update().get(pk=call.pk)
    if call.guide_published_at is not None:
        raise Conflict("指南已发布。")
    directions = list(call.directions.prefetch_related("entries").order_by("number"))
    if not directions:
        raise Conflict("指南尚无方向，请先从需求储备库编制方向。")
    intro = call.guide.strip()
    parts = [intro] if intro else []
    for d in directions:
        parts.append(f"方向{d.number}：{d.title}\n{d.text}")
    now = timezone.now()
    Call.objects.filter(pk=call.pk).update(guide="\n\n".join(parts), guide_published_at=now)
    entries = {e.pk: e for d in directions for e in d.entries.all()}
    ReserveEntry.objects.filter(pk__in=list(entries)).update(status=ReserveStatus.USED)
    call.refresh_from_db()
    audit_record(
        actor=actor,
        action="guide.publish",
        obj=call,
        after={"directions": [d.pk for d in directions], "entries": sorted(entries)},
    )
    for entry in entries.values():
        _notify(
            _org_users(entry.organization_id),
            f"您提出的需求“{entry.title}”已编入“{call.name}”申报指南",
            "可在申报指南中查看对应方向。",
            f"/programmes/calls/{call.pk}/",
            actor,
        )
    return call


def direction_choices(call: Call) -> list[GuideDirection]:
    """The published directions an applicant may name (empty before the guide is out)."""
    if call.guide_published_at is None:
        return []
    return list(call.directions.order_by("number"))

"""Writes to the set-up of programmes: configuration versions, calls, holidays, blacklist."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Max

from apps.accounts.permissions import require
from apps.audit.services import audit_record
from apps.core.masking import mask_id_number, valid_id_number
from apps.core.text import too_long_for
from apps.programmes import workflows
from apps.programmes.errors import Invalid
from apps.programmes.models import BlacklistEntry, Call, Holiday, ProgrammeConfig, ProgrammeType

if TYPE_CHECKING:
    from apps.accounts.models import User

CONFIG_PARTS = ("form", "attachments", "stages", "eligibility", "quotas", "scoring")


@transaction.atomic
def config_publish(
    *, actor: User | None, programme_type: ProgrammeType, config: dict[str, Any], note: str = ""
) -> ProgrammeConfig:
    """Save a configuration as the type's next version; calls keep the version they opened with."""
    if actor is not None:
        require(actor, "programmes.configure")
    errors = workflows.validate(config)
    if errors:
        raise Invalid("配置有误：" + "；".join(errors), {"config": "；".join(errors)})
    if too := too_long_for(ProgrammeConfig, {"note": note}):
        raise Invalid(too["note"], too)
    last = programme_type.configs.aggregate(v=Max("version"))["v"] or 0
    version = ProgrammeConfig(
        programme_type=programme_type,
        version=last + 1,
        note=note,
        created_by=actor,
        **{
            part: config.get(part)
            or ({} if part in ("form", "eligibility", "quotas", "scoring") else [])
            for part in CONFIG_PARTS
        },
    )
    version.full_clean()
    version.save()
    audit_record(
        actor=actor,
        action="programme.config_publish",
        obj=version,
        after={"type": programme_type.code, "version": version.version, "note": note},
    )
    return version


@transaction.atomic
def call_open(
    *,
    actor: User | None,
    programme_type: ProgrammeType,
    code: str,
    name: str,
    year: int,
    opens_at: dt.datetime,
    closes_at: dt.datetime,
    guide: str = "",
) -> Call:
    """Open a call under the type's current configuration version."""
    if actor is not None:
        require(actor, "programmes.configure")
    config = programme_type.current_config()
    if config is None:
        raise Invalid("该计划类型尚未配置。", {"programme_type": "请先配置申报表和办理环节。"})
    if closes_at <= opens_at:
        raise Invalid("截止时间须晚于开始时间。", {"closes_at": "截止时间须晚于开始时间。"})
    call = Call(
        programme_type=programme_type,
        config=config,
        code=code,
        name=name,
        year=year,
        opens_at=opens_at,
        closes_at=closes_at,
        guide=guide,
        created_by=actor,
    )
    call.full_clean()
    call.save()
    audit_record(
        actor=actor,
        action="programme.call_open",
        obj=call,
        after={"code": code, "config": config.pk, "opens_at": opens_at, "closes_at": closes_at},
    )
    return call


@transaction.atomic
def holiday_set(*, actor: User | None, day: dt.date, name: str, is_workday: bool) -> Holiday:
    if actor is not None:
        require(actor, "programmes.configure")
    holiday, _ = Holiday.objects.update_or_create(
        day=day,
        defaults={"name": name, "is_workday": is_workday},  # HolidayForm: max_length
    )
    audit_record(
        actor=actor,
        action="holiday.set",
        obj=holiday,
        after={"day": day, "name": name, "is_workday": is_workday},
    )
    return holiday


@transaction.atomic
def holiday_remove(*, actor: User, holiday: Holiday) -> None:
    require(actor, "programmes.configure")
    audit_record(actor=actor, action="holiday.remove", obj=holiday, before={"day": holiday.day})
    holiday.delete()


@transaction.atomic
def blacklist_add(
    *,
    actor: User | None,
    kind: str,
    name: str,
    reason: str,
    starts_on: dt.date,
    ends_on: dt.date | None = None,
    credit_code: str = "",
    id_number: str = "",
    programme_type: ProgrammeType | None = None,
) -> BlacklistEntry:
    """Record an integrity entry. A person's ID number is kept only as a keyed digest."""
    from apps.core.crypto import mac

    if actor is not None:
        require(actor, "programmes.blacklist")
    digest = masked = ""
    if kind == BlacklistEntry.Kind.PERSON:
        number = id_number.strip().upper()
        if not valid_id_number(number):
            raise Invalid("身份证号码无效。", {"id_number": "身份证号码无效。"})
        digest, masked = mac(number.encode()), mask_id_number(number)
    elif not credit_code:
        raise Invalid("请填写统一社会信用代码。", {"credit_code": "请填写统一社会信用代码。"})
    entry = BlacklistEntry(
        kind=kind,
        name=name,
        credit_code=credit_code.strip().upper(),
        id_digest=digest,
        id_masked=masked,
        programme_type=programme_type,
        reason=reason,
        starts_on=starts_on,
        ends_on=ends_on,
        created_by=actor,
    )
    entry.full_clean()
    entry.save()
    audit_record(
        actor=actor,
        action="blacklist.add",
        obj=entry,
        after={"kind": kind, "name": name, "credit_code": entry.credit_code, "id": masked},
    )
    return entry

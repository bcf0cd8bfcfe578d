"""Writes for bulletins and their templates; each in one transaction with its audit row.

- `bulletin_create` — an officer of a province or city starts a bulletin for their own region.
- `bulletin_update` — change the wording (title, period, foreword, indicators) before publication.
- `bulletin_generate` — queue the generation job (`jobs.py`), which calls `bulletin_render`
  and then `bulletin_store_edition`: a new edition each time, earlier files kept.
- `bulletin_publish` — freeze it, deliver it to every region below and notify their officers.
- `template_upload` — check an uploaded Word template, then store it as the next version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from apps.accounts.choices import Role
from apps.accounts.models import User
from apps.audit.services import audit_record, snapshot
from apps.bulletins import policies
from apps.bulletins.charts import Chart, completion_chart
from apps.bulletins.choices import BulletinStatus
from apps.bulletins.figures import collect, default_period, long_date
from apps.bulletins.models import Bulletin, BulletinDelivery, BulletinEdition, BulletinTemplate
from apps.bulletins.render import check_template, render_docx, render_pdf
from apps.regions.models import Region

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from apps.jobs.models import Job
    from apps.supervision.models import Indicator

BULLETIN_FIELDS = ("title", "number", "period_label", "as_of", "foreword", "status", "template_id")
OFFICER_ROLES = (Role.PROVINCE_OFFICER, Role.CITY_OFFICER, Role.COUNTY_OFFICER)


def default_title(region: Region, as_of: dt.date) -> str:
    return f"{region.name}科技创新目标任务推进情况调度通报（{default_period(as_of)}）"


@transaction.atomic
def bulletin_create(
    *,
    actor: User,
    as_of: dt.date,
    indicators: Sequence[Indicator],
    title: str = "",
    period_label: str = "",
    foreword: str = "",
    template: BulletinTemplate | None = None,
) -> Bulletin:
    """A new draft bulletin for the actor's own region, numbered 〔year〕第n期 in its series."""
    region = policies.require_compiler(actor)
    if not indicators:
        raise ValidationError({"indicators": "请至少选择一项指标。"})
    if as_of > timezone.localdate():
        raise ValidationError({"as_of": "数据截至日期不能晚于今天。"})
    if template is not None and template.region_id != region.code:
        raise ValidationError({"template": "只能使用本级的通报模板。"})
    year = as_of.year
    last = Bulletin.objects.filter(region=region, year=year).aggregate(m=Max("seq"))["m"] or 0
    bulletin = Bulletin(
        title=title.strip() or default_title(region, as_of),
        year=year,
        seq=last + 1,
        number=f"〔{year}〕第{last + 1}期",
        period_label=period_label.strip() or default_period(as_of),
        as_of=as_of,
        region=region,
        template=template,
        foreword=foreword.strip(),
        created_by=actor,
    )
    bulletin.full_clean()
    bulletin.save()
    bulletin.indicators.set(indicators)
    audit_record(
        actor=actor,
        action="bulletin.create",
        obj=bulletin,
        after={
            **snapshot(bulletin, BULLETIN_FIELDS),
            "indicators": sorted(i.code for i in indicators),
        },
    )
    return bulletin


@transaction.atomic
def bulletin_update(
    *,
    actor: User,
    bulletin: Bulletin,
    title: str,
    period_label: str,
    foreword: str,
    indicators: Sequence[Indicator],
    template: BulletinTemplate | None,
) -> Bulletin:
    """Change the wording or the indicators of an unpublished bulletin (regenerate after)."""
    policies.require_editable(actor, bulletin)
    if not indicators:
        raise ValidationError({"indicators": "请至少选择一项指标。"})
    if template is not None and template.region_id != bulletin.region_id:
        raise ValidationError({"template": "只能使用本级的通报模板。"})
    before = {
        **snapshot(bulletin, BULLETIN_FIELDS),
        "indicators": sorted(bulletin.indicators.values_list("code", flat=True)),
    }
    bulletin.title = title.strip() or bulletin.title
    bulletin.period_label = period_label.strip() or bulletin.period_label
    bulletin.foreword = foreword.strip()
    bulletin.template = template
    bulletin.full_clean()
    bulletin.save()
    bulletin.indicators.set(indicators)
    audit_record(
        actor=actor,
        action="bulletin.update",
        obj=bulletin,
        before=before,
        after={
            **snapshot(bulletin, BULLETIN_FIELDS),
            "indicators": sorted(i.code for i in indicators),
        },
    )
    return bulletin


def bulletin_generate(*, actor: User, bulletin: Bulletin) -> Job:
    """Queue the generation of a new edition (Word + PDF) as a background job."""
    from apps.jobs.services import job_start

    policies.require_editable(actor, bulletin)
    if bulletin.job is not None and not bulletin.job.finished:
        raise ValidationError("通报正在生成中，请等本次生成结束后再重新生成。")
    with transaction.atomic():
        job = job_start(
            actor=actor,
            kind="bulletins.generate",
            title=f"生成调度通报：{bulletin.number} {bulletin.title}"[:200],
            params={"bulletin": bulletin.pk},
        )
        Bulletin.objects.filter(pk=bulletin.pk).update(job=job)
        bulletin.job = job
        audit_record(
            actor=actor,
            action="bulletin.generate",
            obj=bulletin,
            after={"job": str(job.pk), "version": bulletin.version + 1},
        )
    return job


Step = Callable[[int, str], None]


class TemplateRenderFailed(Exception):
    """The chosen Word template could not be filled with this bulletin's figures."""


def bulletin_render(
    *, actor: User, bulletin: Bulletin, step: Step | None = None
) -> tuple[dict[str, Any], bytes, bytes, dict[str, float]]:
    """Collect the figures and render them: (figures, docx, pdf, seconds per phase).

    No writes: the job stores the result with `bulletin_store_edition`; the benchmark calls
    this directly to time the phases.
    """
    say = step or (lambda percent, message: None)
    timings: dict[str, float] = {}
    started = time.perf_counter()
    say(5, "汇总指标数据")
    indicators = list(bulletin.indicators.order_by("sort_order", "code"))
    figures = collect(
        actor=actor,
        region=bulletin.region,
        as_of=bulletin.as_of,
        indicators=indicators,
        title=bulletin.title,
        number_label=bulletin.number,
        period_label=bulletin.period_label,
        foreword=bulletin.foreword,
    )
    figures["generated_on"] = long_date(timezone.localdate())
    timings["data"] = time.perf_counter() - started
    charts: dict[str, Chart] = {}
    t0 = time.perf_counter()
    for n, ind in enumerate(figures["indicators"], start=1):
        say(15 + int(40 * n / max(len(indicators), 1)), f"绘制图表：{ind['name']}")
        if ind["rows"]:  # no targets below: a sentence says so, not an empty chart
            charts[ind["code"]] = completion_chart(ind, calendar_pct=figures["calendar_pct"])
    timings["charts"] = time.perf_counter() - t0
    say(60, "生成 Word 文件")
    t0 = time.perf_counter()
    template = None
    if bulletin.template_id is not None:
        with bulletin.template.file.open("rb") as fh:  # type: ignore[union-attr]
            template = fh.read()
    try:
        docx = render_docx(template, figures, {code: c.png for code, c in charts.items()})
    except Exception as exc:  # an uploaded template is user input: report, do not crash
        if template is None:
            raise
        raise TemplateRenderFailed(
            f"所选模板“{bulletin.template}”无法生成 Word 文件（{type(exc).__name__}: {exc}），"
            "请改用其他模板或修改后重新上传。"
        ) from exc
    timings["docx"] = time.perf_counter() - t0
    say(75, "生成 PDF 文件")
    t0 = time.perf_counter()
    pdf = render_pdf(figures, {code: c.svg for code, c in charts.items()})
    timings["pdf"] = time.perf_counter() - t0
    timings["total"] = time.perf_counter() - started
    return figures, docx, pdf, timings


@transaction.atomic
def bulletin_store_edition(
    *,
    actor: User,
    bulletin: Bulletin,
    figures: dict[str, Any],
    docx: bytes,
    pdf: bytes,
    timings: dict[str, float],
) -> BulletinEdition:
    """Keep a generation as the next edition and make it the bulletin's current files."""
    current = Bulletin.objects.select_for_update().get(pk=bulletin.pk)
    if current.status == BulletinStatus.PUBLISHED:
        raise ValidationError("通报已发布，不能再生成新版本。")
    version = (current.editions.aggregate(m=Max("version"))["m"] or 0) + 1
    edition = BulletinEdition(
        bulletin=current,
        version=version,
        figures=figures,
        template_label=str(current.template) if current.template_id else "系统默认模板",
        timings={k: round(v, 3) for k, v in timings.items()},
        generated_by=actor,
    )
    stem = f"{current.number}-{current.region.name}"
    edition.docx.save(f"{stem}.docx", ContentFile(docx), save=False)
    edition.pdf.save(f"{stem}.pdf", ContentFile(pdf), save=False)
    edition.full_clean()
    edition.save()
    current.docx.name = edition.docx.name
    current.pdf.name = edition.pdf.name
    current.version = version
    current.summary = figures["summary"]
    current.status = BulletinStatus.GENERATED
    current.generated_at = timezone.now()
    current.save(update_fields=["docx", "pdf", "version", "summary", "status", "generated_at"])
    audit_record(
        actor=actor,
        action="bulletin.edition",
        obj=current,
        after={
            "version": version,
            "docx_sha256": hashlib.sha256(docx).hexdigest(),
            "pdf_sha256": hashlib.sha256(pdf).hexdigest(),
            "template": edition.template_label,
        },
    )
    bulletin.refresh_from_db()
    return edition


def _officers_below(region: Region) -> list[User]:
    codes = list(
        Region.objects.filter(path__startswith=region.path)
        .exclude(code=region.code)
        .values_list("code", flat=True)
    )
    return list(User.objects.filter(role__in=OFFICER_ROLES, region_id__in=codes, is_active=True))


@transaction.atomic
def bulletin_publish(*, actor: User, bulletin: Bulletin) -> Bulletin:
    """Publish the current edition to every region below and notify their officers."""
    from apps.notices.services import notice_send

    policies.require_publisher(actor, bulletin)
    updated = Bulletin.objects.filter(pk=bulletin.pk, status=BulletinStatus.GENERATED).update(
        status=BulletinStatus.PUBLISHED, published_at=timezone.now(), published_by=actor
    )
    if not updated:
        raise ValidationError("只有已生成、尚未发布的通报可以发布。")
    bulletin.refresh_from_db()
    below = Region.objects.filter(path__startswith=bulletin.region.path).exclude(
        code=bulletin.region_id
    )
    BulletinDelivery.objects.bulk_create(
        [BulletinDelivery(bulletin=bulletin, region=r) for r in below], ignore_conflicts=True
    )
    recipients = _officers_below(bulletin.region)
    audit_record(
        actor=actor,
        action="bulletin.publish",
        obj=bulletin,
        before={"status": BulletinStatus.GENERATED},
        after={
            "status": bulletin.status,
            "version": bulletin.version,
            "regions": below.count(),
            "recipients": len(recipients),
        },
    )
    notice_send(
        recipients=recipients,
        kind="调度通报",
        title=f"{bulletin.region.name}发布调度通报：{bulletin.title} {bulletin.number}",
        body=bulletin.summary,
        link=reverse("bulletins:detail", args=[bulletin.pk]),
        dedupe_key=f"bulletin:{bulletin.pk}",
        actor=actor,
    )
    return bulletin


@transaction.atomic
def template_upload(
    *, actor: User, upload: UploadedFile, name: str, make_default: bool = False
) -> BulletinTemplate:
    """Check an uploaded Word template and keep it as the next version of `name`.

    A template that cannot be used raises ValidationError with the reason; nothing is saved.
    """
    from apps.bulletins.render import TemplateRejected

    region = policies.require_compiler(actor)
    name = name.strip()
    if not name:
        raise ValidationError({"name": "请填写模板名称。"})
    try:
        check_template(upload, name=upload.name or "")
    except TemplateRejected as exc:
        raise ValidationError({"file": str(exc)}) from None
    last = (
        BulletinTemplate.objects.filter(region=region, name=name).aggregate(m=Max("version"))["m"]
        or 0
    )
    if make_default:
        BulletinTemplate.objects.filter(region=region, is_default=True).update(is_default=False)
    template = BulletinTemplate(
        region=region,
        name=name,
        version=last + 1,
        is_default=make_default,
        uploaded_by=actor,
    )
    upload.seek(0)
    template.file.save("template.docx", upload, save=False)
    template.full_clean()
    template.save()
    audit_record(
        actor=actor,
        action="bulletin_template.upload",
        obj=template,
        after={"name": name, "version": template.version, "is_default": make_default},
    )
    return template


def generation_job_target(job: Job) -> Bulletin:
    return Bulletin.objects.select_related("region", "template").get(pk=job.params["bulletin"])

"""Applicant pages: open calls, my applications, the draft form, attachments, submit, PDF."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.documents import pdf_from_template
from apps.core.pages import acting_user, download
from apps.core.scoping import get_visible_or_404
from apps.programmes import forms, policies, selectors, services
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Application, Attachment, Call
from apps.programmes.services_reserve import direction_choices
from apps.programmes.views.common import application_for, attachment_file, first_error


@login_required
@require_GET
def calls(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    return render(
        request,
        "programmes/calls.html",
        {
            "rows": selectors.calls_for(actor),
            "can_apply": has_perm(actor, "programmes.apply"),
            "can_configure": has_perm(actor, "programmes.configure"),
        },
    )


@login_required
def call_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    call = get_object_or_404(Call.objects.select_related("programme_type", "config"), pk=pk)
    if request.method == "POST":
        raw = request.POST.get("direction", "")
        direction = next((d for d in direction_choices(call) if str(d.pk) == raw), None)
        try:
            app = services.application_create(
                actor=actor,
                call=call,
                title=request.POST.get("title", ""),
                direction=direction,
            )
        except (Conflict, Invalid) as exc:
            messages.error(request, exc.message)
            return redirect("programmes:call", pk=call.pk)
        messages.success(request, "已创建草稿，可分多次填写，随时保存。")
        return redirect("programmes:edit", pk=app.pk)
    problems = (
        policies.eligibility_problems(call, actor.organization_id)
        if actor.organization_id and has_perm(actor, "programmes.apply")
        else []
    )
    return render(
        request,
        "programmes/call.html",
        {
            "call": call,
            "open": call.is_open(),
            "problems": problems,
            "can_apply": has_perm(actor, "programmes.apply"),
            "stages": call.config.stages,
            "attachments": call.config.attachments,
            "directions": direction_choices(call),
            "is_challenge": call.programme_type_id == "challenge",
            "has_guide": call.directions.exists(),
            "may_build_guide": has_perm(actor, "programmes.configure"),
        },
    )


@dataclass
class _Typed:
    """What the applicant typed on the draft form, and what became of saving it."""

    title: str
    values: dict[str, Any]
    version: int
    token: str
    errors: dict[str, str] = field(default_factory=dict)
    saved: bool = False


def _save_typed(request: HttpRequest, actor: Any, app: Application) -> _Typed:
    """Save what was typed on the form (used by save, submit and attachment upload, so an
    upload never loses unsaved typing). Messages for problems are queued here."""
    typed = _Typed(
        title=request.POST.get("title", ""),
        values=forms.data_from_post(app.config.form, request.POST, app.data),
        version=0,
        token=request.POST.get("submit_token", "")[:100] or uuid.uuid4().hex,
    )
    try:
        typed.version = int(request.POST.get("version", "0"))
    except ValueError:
        typed.version = 0
    raw = request.POST.get("direction", "")
    try:
        services.application_save(
            actor=actor,
            application=app,
            title=typed.title,
            data=typed.values,
            expected_version=typed.version,
            direction=next((d for d in direction_choices(app.call) if str(d.pk) == raw), None),
        )
        typed.version, typed.saved = app.version, True
    except Invalid as exc:
        typed.errors = exc.errors
        messages.error(request, "申报内容不完整或有误，请按提示修改。")
        typed.version = app.version
    except Conflict as exc:
        messages.error(request, exc.message + " 您填写的内容仍保留在下方，请核对后再保存。")
        app.refresh_from_db()
        typed.version = app.version
    return typed


def _edit_page(request: HttpRequest, app: Application, typed: _Typed) -> HttpResponse:
    errors = typed.errors
    return render(
        request,
        "programmes/edit.html",
        {
            "app": app,
            "title_value": typed.title,
            "title_error": errors.get("title", ""),
            "attachments_error": errors.get("attachments", ""),
            "sections": forms.sections(app.config.form, typed.values, errors),
            "errors": errors,
            "version": typed.version,
            "token": typed.token,
            "slots": _slots(app),
            "directions": direction_choices(app.call),
            "partners": list(app.partners.select_related("organization")),
            "open": app.call.is_open(),
        },
    )


@login_required
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft form: save (with conflict detection) or submit (idempotent by a form token)."""
    actor = acting_user(request)
    require(actor, "programmes.apply")
    app = application_for(request, pk)
    if not policies.may_edit(actor, app):
        messages.info(request, "该申报已提交，当前不能修改。")
        return redirect("programmes:detail", pk=app.pk)
    if request.method != "POST":
        return _edit_page(
            request,
            app,
            _Typed(
                title=app.title, values=dict(app.data), version=app.version, token=uuid.uuid4().hex
            ),
        )
    typed = _save_typed(request, actor, app)
    if not typed.saved:
        if "submit" in request.POST and typed.errors:  # everything that blocks submission
            typed.errors = {
                **services.submission_problems(app, typed.title, typed.values),
                **typed.errors,
            }
        return _edit_page(request, app, typed)
    if "submit" not in request.POST:
        messages.success(request, "草稿已保存。")
        return redirect("programmes:edit", pk=app.pk)
    try:
        answer = services.application_submit(
            actor=actor, application=app, idempotency_key=typed.token
        )
    except Invalid as exc:
        typed.errors = {
            **services.submission_problems(app, typed.title, typed.values),
            **exc.errors,
        }
        messages.error(request, "申报内容不完整或有误，请按提示修改。")
        return _edit_page(request, app, typed)
    except Conflict as exc:
        messages.error(request, exc.message)
        return _edit_page(request, app, typed)
    messages.success(request, f"申报已提交，受理编号：{answer['receipt_number']}。")
    return redirect("programmes:detail", pk=app.pk)


def _slots(app: Application) -> list[dict[str, object]]:
    files = list(app.attachment_files.live())
    return [
        {**slot, "files": [f for f in files if f.slot == slot["code"]]}
        for slot in app.config.attachments
    ]


@login_required
@require_POST
def attachment_upload(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.apply")
    app = application_for(request, pk)
    slot = request.POST.get("slot", "")
    # The upload buttons submit the whole draft form (HTML `form`/`formaction`), so what was
    # typed but not saved is saved first and never lost; a bare upload (no form) still works.
    typed = _save_typed(request, actor, app) if "version" in request.POST else None
    upload = request.FILES.get(f"file_{slot}") or request.FILES.get("file")
    if upload is None:
        messages.error(request, "请选择要上传的文件。")
    else:
        try:
            services.attachment_add(
                actor=actor, application=app, slot=slot, upload=upload, name=upload.name or "附件"
            )
            messages.success(request, f"已上传“{upload.name}”。")
        except Invalid as exc:
            messages.error(request, first_error(exc.errors))
        except Conflict as exc:
            messages.error(request, exc.message)
    if typed is not None and not typed.saved:
        return _edit_page(request, app, typed)  # the typed values stay on the page
    return redirect("programmes:edit", pk=app.pk)


@login_required
@require_POST
def attachment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    attachment = get_visible_or_404(actor, Attachment, pk=pk)
    app_pk = attachment.application_id
    services.attachment_remove(actor=actor, attachment=attachment)
    messages.success(request, "附件已删除。")
    return redirect("programmes:edit", pk=app_pk)


@login_required
@require_GET
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    return attachment_file(selectors.attachment_get(actor=actor, pk=pk))


@login_required
@require_GET
def application_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The 申报书 of the latest submitted version, with its receipt number."""
    actor = acting_user(request)
    require(actor, "programmes.view")
    app = application_for(request, pk)
    version = app.versions.order_by("-number").first()
    if version is None:
        messages.info(request, "提交后才能下载申报书。")
        return redirect("programmes:detail", pk=app.pk)
    labels = app.config.slot_labels()
    pdf = pdf_from_template(
        "programmes/print/application.html",
        {
            "app": app,
            "version": version,
            "rows": forms.display_rows(app.config.form, version.data),
            "files": [
                {**a, "label": labels.get(a.get("slot", ""), a.get("slot", ""))}
                for a in version.attachments
            ],
            "printed_at": timezone.localtime(),
        },
        title=f"申报书 {version.receipt_number}",
    )
    return download(pdf, f"申报书-{version.receipt_number}.pdf", "application/pdf")


@login_required
@require_POST
def bid_partners(request: HttpRequest, pk: int) -> HttpResponse:
    """Replace a draft bid's partner organisations; like uploads, the button submits the whole
    draft form, so unsaved typing is saved first."""
    from apps.programmes.services_challenges import bid_partners_set

    actor = acting_user(request)
    require(actor, "programmes.apply")
    app = application_for(request, pk)
    typed = _save_typed(request, actor, app) if "version" in request.POST else None
    partners = [
        {"credit_code": code, "role": role}
        for code, role in zip(
            request.POST.getlist("partner_code"), request.POST.getlist("partner_role"), strict=False
        )
    ]
    try:
        bid_partners_set(actor=actor, application=app, partners=partners)
        messages.success(request, "联合单位已更新。")
    except Invalid as exc:
        messages.error(request, exc.message)
    except Conflict as exc:
        messages.error(request, exc.message)
    if typed is not None and not typed.saved:
        return _edit_page(request, app, typed)
    return redirect("programmes:edit", pk=app.pk)

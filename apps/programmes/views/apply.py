"""Applicant pages: open calls, my applications, the draft form, attachments, submit, PDF."""

from __future__ import annotations

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
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
from apps.programmes.views.common import application_for, first_error


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
                title=request.POST.get("title", "")[:200],
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


@login_required
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The draft form: save (with conflict detection) or submit (idempotent by a form token)."""
    actor = acting_user(request)
    require(actor, "programmes.apply")
    app = application_for(request, pk)
    if not policies.may_edit(actor, app):
        messages.info(request, "该申报已提交，当前不能修改。")
        return redirect("programmes:detail", pk=app.pk)
    values = dict(app.data)
    title = app.title
    errors: dict[str, str] = {}
    version = app.version
    token = uuid.uuid4().hex
    if request.method == "POST":
        title = request.POST.get("title", "")
        values = forms.data_from_post(app.config.form, request.POST, app.data)
        token = request.POST.get("submit_token", "")[:100] or token
        try:
            version = int(request.POST.get("version", "0"))
        except ValueError:
            version = 0
        try:
            raw = request.POST.get("direction", "")
            services.application_save(
                actor=actor,
                application=app,
                title=title,
                data=values,
                expected_version=version,
                direction=next((d for d in direction_choices(app.call) if str(d.pk) == raw), None),
            )
            version = app.version
            if "submit" in request.POST:
                answer = services.application_submit(
                    actor=actor, application=app, idempotency_key=token
                )
                messages.success(request, f"申报已提交，受理编号：{answer['receipt_number']}。")
                return redirect("programmes:detail", pk=app.pk)
            messages.success(request, "草稿已保存。")
            return redirect("programmes:edit", pk=app.pk)
        except Invalid as exc:
            errors = exc.errors
            if "submit" in request.POST:  # list everything that blocks submission at once
                errors = {**services.submission_problems(app, title, values), **exc.errors}
            messages.error(request, "申报内容不完整或有误，请按提示修改。")
            version = app.version
        except Conflict as exc:
            messages.error(request, exc.message + " 您填写的内容仍保留在下方，请核对后再保存。")
            app.refresh_from_db()
            version = app.version
    return render(
        request,
        "programmes/edit.html",
        {
            "app": app,
            "title_value": title,
            "title_error": errors.get("title", ""),
            "attachments_error": errors.get("attachments", ""),
            "sections": forms.sections(app.config.form, values, errors),
            "errors": errors,
            "version": version,
            "token": token,
            "slots": _slots(app),
            "directions": direction_choices(app.call),
            "partners": list(app.partners.select_related("organization")),
            "open": app.call.is_open(),
        },
    )


def _slots(app: Application) -> list[dict[str, object]]:
    files = list(app.attachment_files.all())
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
    upload = request.FILES.get("file")
    if upload is None:
        messages.error(request, "请选择要上传的文件。")
        return redirect("programmes:edit", pk=app.pk)
    try:
        services.attachment_add(
            actor=actor,
            application=app,
            slot=request.POST.get("slot", ""),
            upload=upload,
            name=upload.name or "附件",
        )
        messages.success(request, f"已上传“{upload.name}”。")
    except Invalid as exc:
        messages.error(request, first_error(exc.errors))
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
def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.view")
    attachment = selectors.attachment_get(actor=actor, pk=pk)
    with attachment.file.open("rb") as handle:
        data = handle.read()
    types = {"pdf": "application/pdf", "png": "image/png", "jpeg": "image/jpeg"}
    return download(data, attachment.name, types.get(attachment.kind, "application/octet-stream"))


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
    pdf = pdf_from_template(
        "programmes/print/application.html",
        {
            "app": app,
            "version": version,
            "rows": forms.display_rows(app.config.form, version.data),
            "printed_at": timezone.localtime(),
        },
        title=f"申报书 {version.receipt_number}",
    )
    return download(pdf, f"申报书-{version.receipt_number}.pdf", "application/pdf")

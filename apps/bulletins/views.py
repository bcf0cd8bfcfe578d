"""Bulletin pages: history list with export, create/edit, detail with progress and preview,
publish, downloads, and the Word template page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from apps.accounts.permissions import require
from apps.bulletins import policies, selectors, services
from apps.bulletins.filters import BulletinFilterSet
from apps.bulletins.forms import BulletinForm, TemplateUploadForm
from apps.bulletins.models import Bulletin
from apps.bulletins.render import DEFAULT_TEMPLATE, PLACEHOLDERS
from apps.core.pages import acting_user, download, list_page, local_time, render_page
from apps.supervision.selectors import indicators_active

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PDF = "application/pdf"


@login_required
def bulletin_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.view")
    visible = selectors.bulletins_visible(actor=actor)
    regions = sorted(set(visible.values_list("region_id", "region__name")))
    return list_page(
        request,
        visible,
        template="bulletins/list.html",
        export_name="调度通报",
        headers=["期号", "标题", "地区", "通报期间", "数据截至", "状态", "版本", "发布时间"],
        row=lambda b: [
            b.number,
            b.title,
            b.region.name,
            b.period_label,
            b.as_of.isoformat(),
            b.get_status_display(),
            b.version,
            local_time(b.published_at),
        ],
        filterset_class=BulletinFilterSet,
        context={"can_compile": policies.may_compile(actor), "regions": regions},
    )


def _form(request: HttpRequest, initial: dict[str, object] | None = None) -> BulletinForm:
    actor = acting_user(request)
    return BulletinForm(
        request.POST or None,
        initial=initial,
        indicators=indicators_active(),
        templates=selectors.templates_own(actor=actor),
    )


def _errors_to_form(form: BulletinForm, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, exc)


@login_required
def bulletin_create(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    region = policies.require_compiler(actor)
    from django.utils import timezone

    default = selectors.template_default(actor=actor)
    form = _form(
        request,
        initial={
            "as_of": timezone.localdate(),
            "indicators": list(indicators_active()),
            "template": default.pk if default else None,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            bulletin = services.bulletin_create(
                actor=actor,
                as_of=data["as_of"],
                indicators=list(data["indicators"]),
                title=data["title"],
                period_label=data["period_label"],
                foreword=data["foreword"],
                template=data["template"],
            )
        except ValidationError as exc:
            _errors_to_form(form, exc)
        else:
            services.bulletin_generate(actor=actor, bulletin=bulletin)
            return redirect("bulletins:detail", pk=bulletin.pk)
    return render(
        request, "bulletins/form.html", {"form": form, "region": region, "bulletin": None}
    )


@login_required
def bulletin_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.manage")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    policies.require_editable(actor, bulletin)
    if bulletin.job is not None and not bulletin.job.finished:
        return HttpResponse("通报正在生成中，请等本次生成结束后再修改。", status=409)
    form = _form(
        request,
        initial={
            "as_of": bulletin.as_of,
            "title": bulletin.title,
            "period_label": bulletin.period_label,
            "indicators": list(bulletin.indicators.all()),
            "template": bulletin.template_id,
            "foreword": bulletin.foreword,
        },
    )
    form.fields["as_of"].disabled = True
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.bulletin_update(
                actor=actor,
                bulletin=bulletin,
                title=data["title"],
                period_label=data["period_label"],
                foreword=data["foreword"],
                indicators=list(data["indicators"]),
                template=data["template"],
            )
        except ValidationError as exc:
            _errors_to_form(form, exc)
        else:
            services.bulletin_generate(actor=actor, bulletin=bulletin)
            return redirect("bulletins:detail", pk=bulletin.pk)
    return render(
        request,
        "bulletins/form.html",
        {"form": form, "region": bulletin.region, "bulletin": bulletin},
    )


@login_required
def bulletin_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.view")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    editions = list(bulletin.editions.select_related("generated_by"))
    current = next((e for e in editions if e.version == bulletin.version), None)
    context = {
        "bulletin": bulletin,
        "job": bulletin.job,
        "editions": editions,
        "figures": current.figures if current else None,
        "indicators": list(bulletin.indicators.all()),
        "can_edit": policies.may_edit(actor, bulletin),
        "can_publish": policies.may_publish(actor, bulletin),
    }
    return render_page(request, "bulletins/detail.html", context, partial="bulletins/_status.html")


@login_required
@require_POST
def bulletin_regenerate(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.manage")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    try:
        services.bulletin_generate(actor=actor, bulletin=bulletin)
    except ValidationError as exc:
        return HttpResponse("；".join(exc.messages), status=409)
    return redirect("bulletins:detail", pk=bulletin.pk)


@login_required
@require_POST
def bulletin_publish(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.manage")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    try:
        services.bulletin_publish(actor=actor, bulletin=bulletin)
    except ValidationError as exc:
        return HttpResponse("；".join(exc.messages), status=409)
    return redirect("bulletins:detail", pk=bulletin.pk)


def _file_response(
    request: HttpRequest, bulletin: Bulletin, field: object, kind: str
) -> HttpResponse:
    if not field:
        raise Http404("文件尚未生成")
    with field.open("rb") as fh:  # type: ignore[attr-defined]
        content = fh.read()
    name = f"{bulletin.title}{bulletin.number}.{kind}"
    response = download(content, name, DOCX if kind == "docx" else PDF)
    if kind == "pdf" and request.GET.get("inline") == "1":
        response["Content-Disposition"] = response["Content-Disposition"].replace(
            "attachment", "inline", 1
        )
    return response


@login_required
def bulletin_file(request: HttpRequest, pk: int, kind: str) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "bulletins.view")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    if kind not in ("docx", "pdf"):
        raise Http404
    return _file_response(request, bulletin, getattr(bulletin, kind), kind)


@login_required
def edition_file(request: HttpRequest, pk: int, version: int, kind: str) -> HttpResponse:
    """An earlier edition's file: only those who may edit the bulletin see its drafts."""
    actor = acting_user(request)
    require(actor, "bulletins.view")
    bulletin = selectors.bulletin_get(actor=actor, pk=pk)
    if kind not in ("docx", "pdf") or (
        version != bulletin.version and actor.region_id != bulletin.region_id
    ):
        raise Http404
    edition = bulletin.editions.filter(version=version).first()
    if edition is None:
        raise Http404
    return _file_response(request, bulletin, getattr(edition, kind), kind)


@login_required
def template_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    region = policies.require_compiler(actor)
    form = TemplateUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.template_upload(
                actor=actor,
                upload=form.cleaned_data["file"],
                name=form.cleaned_data["name"],
                make_default=form.cleaned_data["make_default"],
            )
        except ValidationError as exc:
            for field, errors in exc.error_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            return redirect("bulletins:templates")
    templates = list(selectors.templates_own(actor=actor))
    return render(
        request,
        "bulletins/templates.html",
        {
            "form": form,
            "region": region,
            "templates": templates,
            "has_default": any(t.is_default for t in templates),
            "placeholders": PLACEHOLDERS,
        },
    )


@login_required
def template_default_download(request: HttpRequest) -> HttpResponse:
    policies.require_compiler(acting_user(request))
    return download(DEFAULT_TEMPLATE.read_bytes(), "调度通报默认模板.docx", DOCX)


@login_required
def template_download(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    policies.require_compiler(actor)
    template = selectors.template_get(actor=actor, pk=pk)
    with template.file.open("rb") as fh:
        content = fh.read()
    return download(content, f"{template.name}-第{template.version}版.docx", DOCX)

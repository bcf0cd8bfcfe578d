"""Registry pages: list with filters and export, detail with qualification timeline, import."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.choices import DataScope
from apps.accounts.permissions import has_perm, require
from apps.audit.reveal import reveal_response
from apps.core.pages import (
    XLSX,
    acting_user,
    download,
    export_limit,
    paginate,
    render_page,
    xlsx_download,
)
from apps.core.scoping import visible_to
from apps.jobs.services import job_start
from apps.organizations import imports, policies, selectors, services
from apps.organizations.forms import ImportForm
from apps.regions.models import Region
from apps.regions.selectors import region_home


@login_required
def organization_list(request: HttpRequest) -> HttpResponse:
    require(acting_user(request), "organizations.view")
    filterset = selectors.organization_filter(request=request, params=request.GET)
    for name in ("chain", "qualification", "size", "kind"):
        filterset.form.fields[name].widget.attrs["class"] = "form-select"
    filterset.form.fields["chain"].empty_label = "全部产业链"
    filterset.form.fields["qualification"].empty_label = "全部资质"
    page = paginate(request, filterset.qs, paginator=selectors.RegistryPaginator)
    query = request.GET.copy()
    query.pop("page", None)
    regions = list(visible_to(acting_user(request), Region).only("code", "name", "depth"))
    top = min((r.depth for r in regions), default=0)
    for r in regions:
        r.indent = range(r.depth - top)  # type: ignore[attr-defined]
    context = {
        "filter": filterset,
        "page": page,
        "query": query.urlencode(),
        "regions": regions,
        "top_depth": top,
        "can_import": has_perm(acting_user(request), "organizations.import"),
    }
    return render_page(
        request, "organizations/list.html", context, partial="organizations/_table.html"
    )


@login_required
def organization_export(request: HttpRequest) -> HttpResponse:
    """Exactly the filtered list the user sees, as Excel (public fields unless officer)."""
    require(acting_user(request), "organizations.export")
    filterset = selectors.organization_filter(request=request, params=request.GET)
    full = acting_user(request).data_scope == DataScope.BELOW
    rows = selectors.export_rows(filterset.qs, full=full, limit=export_limit())
    headers = selectors.EXPORT_HEADERS_FULL if full else selectors.EXPORT_HEADERS
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
    return xlsx_download(f"机构名录-{stamp}.xlsx", "机构名录", headers, rows)


@login_required
def organization_detail(request: HttpRequest, pk: int) -> HttpResponse:
    require(acting_user(request), "organizations.view")
    org = selectors.organization_get(actor=acting_user(request), pk=pk)
    quals = list(
        selectors.organization_qualifications(actor=acting_user(request), organization=org)
    )
    today = timezone.localdate()
    return render(
        request,
        "organizations/detail.html",
        {
            "org": org,
            "full": policies.sees_full_record(acting_user(request), org),
            "qualifications": quals,
            "current": [q for q in quals if q.is_valid_on(today)],
            "chains": list(org.chains.all()),
            "can_reveal": policies.may_reveal(acting_user(request), org),
        },
    )


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    require(acting_user(request), "organizations.import")
    regions = list(visible_to(acting_user(request), Region).values_list("code", "name"))
    chains = selectors.chain_names()
    return download(
        imports.template_bytes(regions=regions, chains=chains), "机构导入模板.xlsx", XLSX
    )


@login_required
def organization_import(request: HttpRequest) -> HttpResponse:
    require(acting_user(request), "organizations.import")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = job_start(
            actor=acting_user(request),
            kind="organizations.import",  # type: ignore[arg-type]
            title=f"导入机构：{upload.name[:100]}",
            upload=upload,
        )
        return redirect("jobs:detail", pk=job.pk)
    return render(
        request,
        "organizations/import.html",
        {"form": form, "home": region_home(actor=acting_user(request))},
    )  # type: ignore[arg-type]


@login_required
@require_POST
def organization_reveal(request: HttpRequest, pk: int) -> HttpResponse:
    """The full contact number, for a stated reason, recorded in the audit log."""
    actor = acting_user(request)
    org = selectors.organization_get(actor=actor, pk=pk)
    return reveal_response(
        request,
        lambda reason: services.organization_reveal_contact(
            actor=actor, organization=org, reason=reason
        ),
        label="organizations.Organization",
    )

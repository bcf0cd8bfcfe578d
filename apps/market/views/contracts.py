"""Contract registration pages: list (export), submit, check and register, import, flows,
and the transfer ranking (page and PDF)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.permissions import has_perm, require
from apps.core.documents import pdf_from_template
from apps.core.pages import XLSX, acting_user, download, list_page, paginate
from apps.core.xlsx import write_workbook
from apps.jobs.services import job_start
from apps.market import (
    contract_selectors,
    contract_services,
    imports,
    policies,
    selectors,
    services,
)
from apps.market.contract_selectors import wan
from apps.market.forms import ContractForm, FlowFilterForm, ImportForm, TransferOfficeForm
from apps.organizations.selectors import organization_by_code
from apps.regions.selectors import region_get, region_home

HEADERS = [
    "合同编号",
    "合同名称",
    "类型",
    "卖方",
    "卖方地区",
    "买方",
    "买方地区",
    "签订日期",
    "合同总金额（元）",
    "技术交易额（元）",
    "已到账（元）",
    "状态",
    "登记号",
    "审查提示",
]


def _place(region: Any) -> str:
    """A region as an officer reads it in the workbook: its name, then its code."""
    return f"{region.name}（{region.code}）"


def _row(c: Any) -> list[Any]:
    return [
        c.contract_no,
        c.title,
        c.get_kind_display(),
        c.seller.name,
        _place(c.seller_region),
        c.buyer_name,
        _place(c.buyer_region) if c.buyer_region_id else c.buyer_country,
        c.signed_on.isoformat(),
        float(c.total_amount),
        float(c.tech_amount),
        float(c.paid_amount),
        c.get_status_display(),
        c.registration_no,
        "；".join(c.flags),
    ]


@login_required
def contract_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.contracts.view")
    filterset = selectors.contract_filter(request=request, params=request.GET)
    return list_page(
        request,
        filterset.qs.order_by("-created_at", "-id")
        if filterset.is_valid()
        else filterset.queryset.none(),
        template="market/contracts.html",
        export_name="技术合同",
        headers=HEADERS,
        row=_row,
        context={
            "filterform": filterset.form,
            "can_submit": has_perm(actor, "market.contracts.submit"),
            "can_register": has_perm(actor, "market.contracts.register"),
        },
    )


@login_required
def contract_new(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.contracts.submit")
    initial = {"seller": actor.organization.credit_code} if actor.organization else {}
    form = ContractForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        seller = organization_by_code(data.pop("seller").strip().upper())
        buyer_code = data.pop("buyer").strip().upper()
        buyer = organization_by_code(buyer_code) if buyer_code else None
        if seller is None:
            form.add_error("seller", "卖方未在主体库登记。")
        elif buyer_code and buyer is None:
            form.add_error("buyer", "买方未在主体库登记。")
        else:
            try:
                contract = contract_services.contract_submit(
                    actor=actor, seller=seller, buyer=buyer, **data
                )
            except ValidationError as exc:
                for field, errs in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errs)
            else:
                messages.success(request, "已提交，等待登记机构审查。")
                return redirect("market:contract", pk=contract.pk)
    return render(request, "market/contract_new.html", {"form": form})


@login_required
def contract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.contracts.view")
    contract = selectors.contract_get(actor=actor, pk=pk)
    return render(
        request,
        "market/contract.html",
        {"c": contract, "may_register": policies.may_register_contract(actor, contract)},
    )


@login_required
@require_POST
def contract_decide(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.contracts.register")
    contract = selectors.contract_get(actor=actor, pk=pk)
    note = request.POST.get("note", "")
    try:
        if request.POST.get("decision") == "register":
            done = contract_services.contract_register(actor=actor, contract=contract, note=note)
            messages.success(request, f"已登记，登记号 {done.registration_no}。")
        else:
            contract_services.contract_reject(actor=actor, contract=contract, note=note)
            messages.success(request, "已作不予登记处理。")
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("market:contract", pk=pk)


@login_required
def contract_import(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.contracts.submit")
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        job = job_start(
            actor=actor,
            kind="market.contracts_import",
            title=f"导入技术合同：{upload.name[:100]}",
            upload=upload,
        )
        return redirect("jobs:detail", pk=job.pk)
    return render(request, "market/contract_import.html", {"form": form})


@login_required
def contract_import_template(request: HttpRequest) -> HttpResponse:
    require(acting_user(request), "market.contracts.submit")
    return download(imports.template_bytes(), "技术合同导入模板.xlsx", XLSX)


FLOW_SIDES = {"out": "输出", "in": "吸纳"}


def _flow_sides(direction: str) -> list[str]:
    return ["out", "in"] if direction == "all" else [direction]


def _flow_filter(request: HttpRequest, home: Any) -> FlowFilterForm:
    today = timezone.localdate()
    data = {
        "region": home.code,
        "year": today.year,
        "month_from": 1,
        "month_to": 12,
        "direction": "all",
        "level": "children",
        "sort": "",
    }
    data.update({k: v for k, v in request.GET.items() if k in data})
    return FlowFilterForm(
        data, regions=contract_selectors.flow_regions(region=home), sorts=contract_selectors.SORTS
    )


def _flow_workbook(report: Any, sides: list[str], period: str) -> HttpResponse:
    """The page's filter and order, every row (not one page), the total and the months."""
    headers = ["地区", "代码"]
    for side in sides:
        headers += [f"{FLOW_SIDES[side]}额（万元）", f"{FLOW_SIDES[side]}合同数"]
    if len(sides) == 2:
        headers.append("净流入（万元）")

    def line(r: Any) -> list[Any]:
        out: list[Any] = [f"{r.name}（本级）" if r.own else r.name, r.code]
        for side in sides:
            out += [wan(getattr(r, f"{side}_amount")), getattr(r, f"{side}_count")]
        if len(sides) == 2:
            out.append(wan(r.net))
        return out

    total = line(report.total)
    total[1] = ""
    months = [
        (f"{m}月", *(wan(getattr(report, f"{side}_by_month")[i]) for side in sides))
        for i, m in enumerate(report.months)
    ]
    title = f"{report.region.name}技术合同成交额流向（{period}）"
    content = write_workbook(
        [
            ("按地区", headers, [*(line(r) for r in report.rows), total]),
            ("按月", ["月份", *(f"{FLOW_SIDES[s]}额（万元）" for s in sides)], months),
        ]
    )
    return download(content, f"{title}.xlsx", XLSX)


@login_required
def contract_flows(request: HttpRequest) -> HttpResponse:
    """技术合同成交额 flowing out of and into a region in the actor's jurisdiction: by month and
    by the regions below it, filtered, sorted, paged, exported (decision 0007)."""
    actor = acting_user(request)
    require(actor, "market.contracts.register")
    home = region_home(actor=actor)
    if home is None:
        raise Http404("未找到")
    form = _flow_filter(request, home)
    context: dict[str, Any] = {"form": form, "report": None}
    if not form.is_valid():
        return render(request, "market/flows.html", context)
    f = form.cleaned_data
    region = region_get(actor=actor, code=f["region"])
    sides = _flow_sides(f["direction"])
    sort = f["sort"] or sides[0]
    report = contract_selectors.contract_flow_report(
        actor=actor,
        region=region,
        year=f["year"],
        month_from=f["month_from"],
        month_to=f["month_to"],
        level=f["level"],
        sort=sort,
    )
    period = (
        f"{f['year']}年"
        if (f["month_from"], f["month_to"]) == (1, 12)
        else f"{f['year']}年{f['month_from']}–{f['month_to']}月"
    )
    if request.GET.get("export") == "xlsx":
        return _flow_workbook(report, sides, period)
    query = request.GET.copy()
    query.pop("page", None)
    drill = query.copy()
    drill.pop("region", None)
    drill.pop("export", None)
    metric = sort if sort in FLOW_SIDES else sides[0]
    top = sorted(report.rows, key=lambda r: -getattr(r, f"{metric}_amount"))[:15]
    top = [r for r in top if r.out_amount or r.in_amount]
    link = f"?{drill.urlencode()}&region=" if drill else "?region="
    context.update(
        {
            "report": report,
            "region": region,
            "period": period,
            "sides": sides,
            "sort": sort,
            "page": paginate(request, report.rows),
            "query": query.urlencode(),
            "drill": link,
            "month_chart": {
                "title": f"{region.name} {period}技术合同成交额（万元）",
                "categories": [f"{m}月" for m in report.months],
                "series": [
                    {
                        "name": f"{FLOW_SIDES[s]}（{'卖' if s == 'out' else '买'}方在本地）",
                        "data": [wan(v) for v in getattr(report, f"{s}_by_month")],
                    }
                    for s in sides
                ],
            },
            "region_chart": {
                "title": f"{region.name}下各地区{FLOW_SIDES[metric]}额前{len(top)}名（万元）",
                "horizontal": True,
                "categories": [f"{r.name}（本级）" if r.own else r.name for r in top],
                "series": [
                    {
                        "name": f"{FLOW_SIDES[s]}额",
                        "data": [wan(getattr(r, f"{s}_amount")) for r in top],
                    }
                    for s in sides
                ],
                "drill": {r.name: f"{link}{r.code}" for r in top if not r.own},
            },
        }
    )
    return render(request, "market/flows.html", context)


def _ranking_context(request: HttpRequest) -> dict[str, Any]:
    try:
        year = int(request.GET.get("year", timezone.localdate().year))
    except ValueError:
        year = timezone.localdate().year
    by = request.GET.get("by", "tech")
    by = by if by in selectors.RANKING_ORDERS else "tech"
    universities = selectors.transfer_ranking(year=year, kind="university", by=by)
    institutes = selectors.transfer_ranking(year=year, kind="institute", by=by)
    return {
        "year": year,
        "by": by,
        "by_label": selectors.RANKING_ORDERS[by][0],
        "orders": [(k, v[0]) for k, v in selectors.RANKING_ORDERS.items()],
        "universities": universities,
        "institutes": institutes,
        "university_offices": selectors.ranking_offices(universities),
        "institute_offices": selectors.ranking_offices(institutes),
    }


@login_required
def transfer_office(request: HttpRequest) -> HttpResponse:
    """A university's or institute's own technology-transfer office, shown in the ranking."""
    actor = acting_user(request)
    policies.require(
        policies.may_manage_office(actor),
        "market.office.manage",
        "只有高校、科研院所用户可以维护本单位的技术转移机构。",
    )
    office = selectors.transfer_office_of(actor=actor)
    form = TransferOfficeForm(request.POST or None, instance=office)
    if request.method == "POST" and form.is_valid():
        try:
            services.transfer_office_save(actor=actor, **form.cleaned_data)
            messages.success(request, "技术转移机构信息已保存。")
            return redirect("market:office")
        except ValidationError as exc:
            form.add_error(None, "；".join(exc.messages))
    return render(request, "market/office.html", {"form": form, "office": office})


def ranking(request: HttpRequest) -> HttpResponse:
    """The yearly transfer ranking — public, like the province's published list."""
    context = _ranking_context(request)
    user = request.user
    context["perms_office"] = user.is_authenticated and policies.may_manage_office(user)  # type: ignore[arg-type]
    return render(request, "market/ranking.html", context)


def ranking_pdf(request: HttpRequest) -> HttpResponse:
    context = _ranking_context(request)
    title = f"{context['year']}年度高校和科研院所科技成果转化排行榜（按{context['by_label']}）"
    pdf = pdf_from_template("market/ranking_print.html", context, title=title, author="科创平台")
    return download(pdf, f"{title}.pdf", "application/pdf")

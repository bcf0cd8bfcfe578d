"""Review pages: the expert's inbox and seat (accept, declare, read, score), the officer's
panel actions, the call's aggregated result (page, Excel, printable panel sheet), ratings.

An expert reaches an application only through their own seat (`selectors.seat_get`, 404 for
anyone else's); what the seat shows obeys the call's blind flag (apps/programmes/blind.py).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from apps.accounts.permissions import has_perm, require
from apps.core import uploads
from apps.core.documents import pdf_from_template
from apps.core.pages import acting_user, download, render_page, xlsx_download
from apps.core.scoping import get_visible_or_404, visible_to
from apps.programmes import blind, policies, selectors, selectors_seating, services
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Call, ExpertRating, ReviewAssignment
from apps.programmes.scoring import letters
from apps.programmes.views.common import application_for, error_text, post_list


def _fail(request: HttpRequest, exc: Invalid | Conflict) -> None:
    messages.error(request, error_text(exc))


# --- the expert ------------------------------------------------------------------------------


@login_required
@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    """我的评审: invitations to answer, seats to score, and what is done."""
    actor = acting_user(request)
    require(actor, "programmes.review")
    todo, done = selectors.review_inbox(actor)
    return render(
        request,
        "programmes/reviews.html",
        {"todo": todo, "done": done, "now": timezone.now()},
    )


@login_required
@require_http_methods(["GET", "POST"])
def seat(request: HttpRequest, pk: int) -> HttpResponse:
    """The seat page: answer the invitation, declare conflicts, then read and score."""
    actor = acting_user(request)
    require(actor, "programmes.review")
    row = selectors.seat_get(actor=actor, pk=pk)
    typed: dict[str, Any] = row.scores
    comment = row.comment
    if request.method == "POST":
        typed = {
            k.removeprefix("score_"): v for k, v in request.POST.items() if k.startswith("score_")
        }
        comment = request.POST.get("comment", "")
        draft = request.POST.get("op") == "draft"
        write = services.review_draft_save if draft else services.review_submit
        try:
            write(actor=actor, assignment=row, scores=typed, comment=comment)
        except (Invalid, Conflict) as exc:
            # shown again with what the expert typed: a refused sheet must not lose the opinion
            _fail(request, exc)
            row.refresh_from_db()
        else:
            messages.success(request, "已暂存，提交前可继续修改。" if draft else "评分已提交。")
            return redirect("programmes:seat", pk=row.pk)
    context: dict[str, Any] = {
        "seat": row,
        "may_read": selectors.seat_may_read(row),
        "comment": comment,
        "comment_min": (row.application.config.scoring or {}).get("comment_min_length") or 0,
    }
    if context["may_read"]:
        context.update(selectors.seat_content(row))
        context["items"] = [
            {**item, "value": typed.get(item["code"], "")} for item in context["items"]
        ]
    else:
        context["title"] = row.application.title
        context["call"] = row.application.call
    return render(request, "programmes/seat.html", context)


@login_required
@require_POST
def seat_respond(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.review")
    row = selectors.seat_get(actor=actor, pk=pk)
    accept = request.POST.get("answer") == "accept"
    try:
        services.review_respond(
            actor=actor, assignment=row, accept=accept, reason=request.POST.get("reason", "")
        )
        messages.success(request, "已接受评审邀请。" if accept else "已谢绝，感谢告知。")
    except (Invalid, Conflict) as exc:
        _fail(request, exc)
    return redirect("programmes:seat", pk=row.pk) if accept else redirect("programmes:reviews")


@login_required
@require_POST
def seat_declare(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.review")
    row = selectors.seat_get(actor=actor, pk=pk)
    conflict = request.POST.get("conflict") == "yes"
    try:
        services.review_declare(
            actor=actor, assignment=row, conflict=conflict, reason=request.POST.get("reason", "")
        )
    except (Invalid, Conflict) as exc:
        _fail(request, exc)
        return redirect("programmes:seat", pk=row.pk)
    if conflict:
        messages.success(request, "已申请回避，该任务已交由候补专家。")
        return redirect("programmes:reviews")
    return redirect("programmes:seat", pk=row.pk)


def _readable_seat(request: HttpRequest, pk: int) -> ReviewAssignment:
    actor = acting_user(request)
    require(actor, "programmes.review")
    row = selectors.seat_get(actor=actor, pk=pk)
    if not selectors.seat_may_read(row):
        raise Http404("请先接受邀请并声明无利益冲突。")
    return row


@login_required
@require_GET
def seat_file(request: HttpRequest, pk: int, n: int) -> HttpResponse:
    """Attachment number n of the seat's application (blind: 附件n.ext, metadata stripped)."""
    row = _readable_seat(request, pk)
    files = dict(selectors.seat_attachments(row))
    if n not in files:
        raise Http404("未找到")
    attachment = files[n]
    with attachment.file.open("rb") as handle:
        data = handle.read()
    content_type = uploads.content_type(attachment.kind)
    if not blind.is_blind(row.application.config.scoring):
        return download(data, attachment.name, content_type)
    try:
        data = blind.scrub(data, attachment.kind)
    except blind.ScrubFailed as exc:
        messages.error(request, f"附件{n}无法在盲评中提供：{exc}。请联系管理部门。")
        return redirect("programmes:seat", pk=row.pk)
    return download(data, blind.blind_name(n, attachment.kind), content_type)


@login_required
@require_GET
def seat_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The 申报书 as the reviewer may see it (blind: no applicant, neutral properties)."""
    row = _readable_seat(request, pk)
    content = selectors.seat_content(row)
    code = row.application.receipt_number or f"#{row.pk}"
    pdf = pdf_from_template(
        "programmes/print/review.html",
        {**content, "printed_at": timezone.localtime()},
        title=f"评审材料 {code}",
    )
    return download(pdf, f"评审材料-{code}.pdf", "application/pdf")


# --- the officer -----------------------------------------------------------------------------


@login_required
@require_GET
def seat_pick(request: HttpRequest, pk: int) -> HttpResponse:
    """The hand-seating picker: search the experts this officer may seat, choose a panel and
    backups. A page of its own for the plain form; for htmx, the fragment swapped in place on
    the application page."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    app = application_for(request, pk)
    if not policies.may_seat(actor, app):
        raise PermissionDenied("只有评审环节的办理人可以指派评审专家。")
    picker = selectors_seating.picker(actor=actor, application=app, params=request.GET)
    return render_page(
        request,
        "programmes/pick.html",
        {"app": app, "picker": picker},
        partial="programmes/_picker_body.html",
    )


@login_required
@require_POST
def seat_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """Seat experts by hand: a panel and, in the order chosen, backups. Whatever the form
    posts is checked again: scope and status here, conflicts in the service."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    app = application_for(request, pk)
    panel_ids = [int(v) for v in post_list(request, "reviewers") if v.isdigit()]
    backup_ids = [int(v) for v in post_list(request, "backups") if v.isdigit()]
    state = urlencode([("r", i) for i in panel_ids] + [("b", i) for i in backup_ids])
    back = f"{reverse('programmes:seat_pick', args=[app.pk])}?{state}"
    found, refused = selectors_seating.seatable_experts(actor, panel_ids + backup_ids)
    if refused:
        messages.error(request, "所选专家不可指派（未入库、已暂停参评或不在本辖区）。")
        return redirect(back)
    if not found:
        messages.error(request, "请先选择评审专家或候补专家。")
        return redirect(back)
    panel = [found[i] for i in panel_ids]
    backups = [found[i] for i in backup_ids]
    try:
        made = services.review_seat(actor=actor, application=app, panel=panel, backups=backups)
    except (Invalid, Conflict) as exc:
        _fail(request, exc)
        return redirect(back)
    messages.success(request, f"已指派 {len(made)} 位专家（含候补）。")
    busy = selectors_seating.unavailable_names(app, panel + backups)
    if busy:
        messages.warning(
            request,
            f"{'、'.join(busy)}在评审期间登记为不可参评，已照常邀请，请与专家本人确认能否按期评审。",
        )
    return redirect("programmes:detail", pk=app.pk)


@login_required
@require_POST
def seat_release(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "programmes.handle")
    row = get_visible_or_404(actor, ReviewAssignment, pk=pk)
    try:
        services.review_release(actor=actor, assignment=row, reason=request.POST.get("reason", ""))
        messages.success(request, "已释放该专家，候补专家已递补（如有）。")
    except (Invalid, Conflict) as exc:
        _fail(request, exc)
    return redirect("programmes:detail", pk=row.application_id)


@login_required
@require_GET
def results_index(request: HttpRequest) -> HttpResponse:
    """Calls with review seats in the officer's region."""
    actor = acting_user(request)
    require(actor, "programmes.handle")
    call_ids = (
        visible_to(actor, ReviewAssignment)
        .values_list("application__call_id", flat=True)
        .distinct()
    )
    calls = Call.objects.filter(pk__in=call_ids).order_by("-opens_at")
    return render(request, "programmes/results_index.html", {"calls": calls})


RESULT_HEADERS = [
    "排名",
    "受理编号",
    "项目名称",
    "申报单位",
    "专家评分",
    "有效评分数",
    "去极值均分",
    "算术平均",
    "中位数",
    "核心专家均分",
    "极差",
    "标准差",
    "分歧较大",
    "未评分",
]


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _num(value: float | None) -> float | None:
    """A figure for a spreadsheet: a number (2 decimals) people can sort and sum, not text."""
    return None if value is None else round(value, 2)


def _result_line(row: selectors.ResultRow, *, names: bool, numbers: bool = False) -> list[Any]:
    """One application's result: figures as text to print, or as numbers for the workbook."""
    fmt: Any = _num if numbers else _fmt
    r = row.result
    labels = letters(len(row.seats))
    experts = "；".join(
        f"{(s.reviewer.display_name or s.reviewer.username) if names else labels[i]}"
        f"{'（核心）' if s.is_core else ''}："
        f"{_fmt(float(s.total)) if s.total is not None else '未评'}"
        for i, s in enumerate(row.seats)
    )
    return [
        r.rank if r else "",
        row.app.receipt_number or "",
        row.app.title,
        row.app.applicant.name,
        experts,
        r.count if r else 0,
        fmt(r.final if r else None),
        fmt(r.mean if r else None),
        fmt(r.median if r else None),
        fmt(r.core_mean if r else None),
        fmt(r.spread if r else None),
        fmt(r.std if r else None),
        "是" if r and r.disagreement else "",
        row.pending,
    ]


def _results_of(request: HttpRequest, pk: int) -> tuple[Any, Call, dict[str, Any]]:
    actor = acting_user(request)
    require(actor, "programmes.handle")
    call = get_object_or_404(Call.objects.select_related("config", "programme_type"), pk=pk)
    data = selectors.call_results(actor=actor, call=call)
    if not data["rows"]:
        raise Http404("本辖区没有该批次的评审任务。")
    return actor, call, data


@login_required
@require_GET
def results(request: HttpRequest, pk: int) -> HttpResponse:
    """The call's result table: experts' totals by name, aggregate, flags, ranking."""
    actor, call, data = _results_of(request, pk)
    if request.GET.get("export") == "xlsx":
        return xlsx_download(
            f"评审结果-{call.code}.xlsx",
            "评审结果",
            RESULT_HEADERS,
            (_result_line(row, names=True, numbers=True) for row in data["rows"]),
        )
    return _results_page(request, actor, call, data)


def _results_page(
    request: HttpRequest,
    actor: Any,
    call: Call,
    data: dict[str, Any],
    typed: dict[str, Any] | None = None,
) -> HttpResponse:
    """The result page; `typed` (expert, parts, comment) is a refused rating shown again as
    the officer typed it."""
    experts = {
        s.reviewer_id: s.reviewer
        for row in data["rows"]
        for s in row.seats
        if s.status in ("accepted", "submitted")
    }
    rated = {
        r.expert_id: r
        for r in visible_to(actor, ExpertRating).filter(call=call, expert_id__in=list(experts))
    }
    profiles = selectors.reviewer_profiles(experts)
    ratings = []
    for uid, user in experts.items():
        r = rated.get(uid)
        given = typed if typed and typed["expert"] == uid else None
        ratings.append(
            {
                "user": user,
                "profile": profiles.get(uid),
                "rating": r,
                "values": [
                    (
                        code,
                        label,
                        given["parts"].get(code, "") if given else getattr(r, code, ""),
                    )
                    for code, label in ExpertRating.PARTS
                ],
                "comment": given["comment"] if given else getattr(r, "comment", ""),
            }
        )
    return render(
        request,
        "programmes/results.html",
        {
            **data,
            "lines": [(row, _result_line(row, names=True)) for row in data["rows"]],
            "experts": ratings,
            "parts": ExpertRating.PARTS,
            "may_rate": has_perm(actor, "programmes.review_rate"),
        },
    )


@login_required
@require_GET
def results_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """评审汇总表: the printable panel sheet for signing at the meeting."""
    _actor, call, data = _results_of(request, pk)
    pdf = pdf_from_template(
        "programmes/print/results.html",
        {
            **data,
            "lines": [_result_line(row, names=True) for row in data["rows"]],
            "headers": RESULT_HEADERS,
            "printed_at": timezone.localtime(),
        },
        title=f"评审汇总表 {call.name}",
    )
    return download(pdf, f"评审汇总表-{call.code}.pdf", "application/pdf")


@login_required
@require_POST
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    """An officer rates one expert's work in the call (four parts of 25 points)."""
    actor = acting_user(request)
    require(actor, "programmes.review_rate")
    call = get_object_or_404(Call, pk=pk)
    expert_id = request.POST.get("expert", "")
    found = selectors.experts_by_ids([int(expert_id)] if expert_id.isdigit() else [])
    if not found:
        raise Http404("未找到")
    parts = {code: request.POST.get(code, "") for code, _ in ExpertRating.PARTS}
    comment = request.POST.get("comment", "")
    try:
        services.review_rate(actor=actor, call=call, expert=found[0], parts=parts, comment=comment)
    except (Invalid, Conflict) as exc:
        _fail(request, exc)
        _actor, call, data = _results_of(request, pk)
        typed = {"expert": found[0].pk, "parts": parts, "comment": comment}
        return _results_page(request, actor, call, data, typed)
    messages.success(request, "评价已保存。")
    return redirect("programmes:results", pk=call.pk)

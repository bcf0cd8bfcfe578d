"""My background jobs: list and a detail page whose progress bar refreshes itself via htmx."""

from __future__ import annotations

import uuid

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse

from apps.accounts.permissions import require
from apps.core.pages import XLSX, acting_user, download, list_page, local_time, render_page
from apps.core.scoping import get_visible_or_404, visible_to
from apps.core.xlsx import write_workbook
from apps.jobs.models import Job


def _job(request: HttpRequest, pk: str) -> Job:
    try:
        key = uuid.UUID(str(pk))
    except ValueError:
        raise Http404 from None
    return get_visible_or_404(acting_user(request), Job, pk=key)


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "jobs.view")
    return list_page(
        request,
        visible_to(actor, Job),
        template="jobs/list.html",
        export_name="后台任务",
        headers=["任务", "状态", "进度", "提交时间", "结束时间", "结果说明"],
        row=lambda j: [
            j.title,
            j.get_status_display(),
            j.progress,
            local_time(j.created_at),
            local_time(j.finished_at),
            j.message,
        ],
    )


@login_required
def job_detail(request: HttpRequest, pk: str) -> HttpResponse:
    require(acting_user(request), "jobs.view")
    job = _job(request, pk)
    return render_page(request, "jobs/detail.html", {"job": job}, partial="jobs/_status.html")


@login_required
def job_errors(request: HttpRequest, pk: str) -> HttpResponse:
    """The job's error list as Excel, to fix the file row by row."""
    require(acting_user(request), "jobs.view")
    job = _job(request, pk)
    errors = job.result.get("errors", [])
    rows = [[e["row"] or "", e["column"], e["message"]] for e in errors]
    content = write_workbook([("错误清单", ["行号", "列", "问题"], rows)], widths=[8, 20, 80])
    return download(content, f"导入错误清单-{str(job.pk)[:8]}.xlsx", XLSX)

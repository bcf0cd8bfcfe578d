"""The public notice (公示) of a call: no login, only what is published."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from apps.core.documents import pdf_from_template
from apps.core.pages import download
from apps.programmes import selectors
from apps.programmes.models import Call


def _context(pk: int) -> dict[str, object]:
    call = get_object_or_404(Call.objects.select_related("programme_type", "config"), pk=pk)
    rows = list(selectors.public_list(call))
    ends = max((r.publicity_ends_on for r in rows if r.publicity_ends_on), default=None)
    return {"call": call, "rows": rows, "ends": ends, "today": timezone.localdate()}


@require_GET
def publicity(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "programmes/publicity.html", _context(pk))


@require_GET
def publicity_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    context = _context(pk)
    call = context["call"]
    pdf = pdf_from_template(
        "programmes/print/publicity.html", context, title=f"{call}拟立项项目公示"
    )
    return download(pdf, f"公示-{call}.pdf", "application/pdf")


@require_GET
def publicity_index(request: HttpRequest) -> HttpResponse:
    calls = [
        c
        for c in Call.objects.select_related("config").order_by("-opens_at")
        if selectors.public_list(c).exists()
    ]
    return render(request, "programmes/publicity_index.html", {"calls": calls})

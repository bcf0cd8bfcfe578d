"""Page helpers shared by every app's views: full page or htmx partial, paging, downloads."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from functools import cached_property
from typing import IO, TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import render
from django.utils import timezone

from apps.core.uploads import KIND_TYPES
from apps.core.xlsx import write_workbook

if TYPE_CHECKING:
    from apps.accounts.models import User

PAGE_SIZES = (20, 50, 100)
XLSX = KIND_TYPES["xlsx"]
R = TypeVar("R", bound=HttpResponseBase)


def render_page(
    request: HttpRequest, template: str, context: dict[str, Any], *, partial: str | None = None
) -> HttpResponse:
    """The whole page, or only `partial` when htmx asks for a fragment of it."""
    if partial and getattr(request, "htmx", False) and not request.htmx.boosted:  # type: ignore[attr-defined]
        return render(request, partial, context)
    return render(request, template, context)


class CachedCountPaginator(Paginator):  # type: ignore[type-arg]
    """A paginator that remembers the total of a query until the data version changes.

    Counting a filtered list of 200,000 organisations costs more than fetching a page of it;
    people page through the same filter, so the count is computed once per data version.
    Subclasses set `version` to a callable returning the current data version.
    """

    version: Any = None

    @cached_property
    def count(self) -> int:
        try:
            sql = str(self.object_list.query)  # type: ignore[attr-defined]
        except Exception:  # e.g. an empty result set cannot be rendered as SQL
            return int(super().count)
        digest = hashlib.sha256(sql.encode()).hexdigest()
        key = f"count:{self.version() if self.version else 0}:{digest}"
        value = cache.get(key)
        if value is None:
            value = int(super().count)
            cache.set(key, value, timeout=15 * 60)
        return int(value)


def paginate(
    request: HttpRequest,
    queryset: QuerySet[Any] | Sequence[Any],
    *,
    paginator: type[Paginator] = Paginator,
) -> Page[Any]:
    """The requested page of `queryset`; bad page numbers fall back to the nearest page."""
    try:
        size = int(request.GET.get("page_size", PAGE_SIZES[0]))
    except ValueError:
        size = PAGE_SIZES[0]
    size = size if size in PAGE_SIZES else PAGE_SIZES[0]
    return paginator(queryset, size).get_page(request.GET.get("page"))


def download(content: bytes, filename: str, content_type: str) -> HttpResponse:
    """A file sent as an attachment with a safe, UTF-8 encoded name."""
    return _as_attachment(HttpResponse(content, content_type=content_type), filename)


def file_download(handle: IO[bytes], filename: str, content_type: str) -> FileResponse:
    """A stored file streamed in chunks (never read whole into memory), named like `download`.
    The response closes `handle` when it has been sent."""
    return _as_attachment(FileResponse(handle, content_type=content_type), filename)


def _as_attachment(response: R, filename: str) -> R:
    # An ASCII fallback for old clients, then the real name per RFC 5987 / 6266 (filename*).
    ascii_name = "".join(
        c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in filename
    )
    response["Content-Disposition"] = (
        f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    )
    response["Cache-Control"] = "no-store"
    return response


def xlsx_download(
    filename: str, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    return download(write_workbook([(title, headers, rows)]), filename, XLSX)


def export_limit() -> int:
    return int(settings.KECHUANG_EXPORT_MAX_ROWS)


def form_error_text(form: Any) -> str:
    """A refused form's reasons as one message, each after its field's label (for a form that
    is posted from another page and answered by a redirect, where the fields are not shown)."""
    return "；".join(
        f"{form.fields[name].label}：{message}" if name in form.fields else message
        for name, found in form.errors.items()
        for message in found
    )


def acting_user(request: Any) -> User:
    """The signed-in user of a page or API request (views are behind login or IsAuthenticated)."""
    return request.user  # type: ignore[no-any-return]


def list_page(
    request: HttpRequest,
    queryset: QuerySet[Any],
    *,
    template: str,
    export_name: str,
    headers: Sequence[str],
    row: Any,
    filterset_class: Any = None,
    context: dict[str, Any] | None = None,
) -> HttpResponse:
    """A filtered, paged list page whose `?export=xlsx` downloads exactly the filtered rows."""
    filterset = filterset_class(request.GET, queryset=queryset) if filterset_class else None
    rows_qs = filterset.qs if filterset is not None else queryset
    if request.GET.get("export") == "xlsx":
        stamp = timezone.localtime().strftime("%Y%m%d-%H%M")
        rows = (row(obj) for obj in rows_qs[: export_limit()])
        return xlsx_download(f"{export_name}-{stamp}.xlsx", export_name, headers, rows)
    query = request.GET.copy()
    query.pop("page", None)
    full = {
        "filter": filterset,
        "page": paginate(request, rows_qs),
        "query": query.urlencode(),
        **(context or {}),
    }
    return render_page(request, template, full)


def local_time(ts: Any) -> str:
    return timezone.localtime(ts).strftime("%Y-%m-%d %H:%M:%S") if ts else ""

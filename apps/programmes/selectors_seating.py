"""Reads for seating reviewers by hand: the officer's searchable picker and its checks.

The picker is server-side state in the query string: the search text `q`, the page, and the
experts chosen so far (`r` for the panel, `b` for backups, user ids in order); each button
sends `do` (search, page, r<id>, b<id>, x<id> to drop). It works as a plain GET form and
htmx swaps the same fragment in place. What it shows is advice; `review_seat` checks again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Count, QuerySet
from django.utils import timezone

from apps.core.scoping import visible_to
from apps.programmes.calendar import add_working_days
from apps.programmes.choices import REVIEW_OPEN
from apps.programmes.models import ReviewAssignment

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.experts.models import Expert
    from apps.programmes.models import Application

REVIEW_DUE_WORKING_DAYS = 10
PICKER_PAGE_SIZE = 10
QUERY_MAX = 100


def review_due_day(application: Application) -> dt.date:
    """The last day of a seat invited today: the call's `review.due_working_days` working
    days ahead (10 by default)."""
    settings = dict((application.config.scoring or {}).get("review") or {})
    days = settings.get("due_working_days") or REVIEW_DUE_WORKING_DAYS
    return add_working_days(timezone.localdate(), int(days))


def review_period(application: Application) -> tuple[dt.date, dt.date]:
    """The days an expert seated now reviews: from today to the seat's due day."""
    return timezone.localdate(), review_due_day(application)


def seatable_profiles(actor: User) -> QuerySet[Expert]:
    """The experts an officer may seat by hand: approved profiles in the database that the
    officer may see, with an active account. An expert account without a profile cannot be
    scoped, described or checked for conflicts, and is not seated by hand."""
    from apps.experts.choices import ExpertStatus
    from apps.experts.models import Expert

    return (
        visible_to(actor, Expert)
        .filter(status=ExpertStatus.APPROVED, user__is_active=True)
        .select_related("organization", "region", "user")
        .prefetch_related("conflict_organizations")
    )


def seatable_experts(actor: User, ids: list[int]) -> tuple[dict[int, User], list[int]]:
    """The expert users among `ids` (user ids) that `actor` may seat by hand, and the ids
    refused — a suspended, out-of-region or crafted id is not seated whatever the form posts."""
    profiles = seatable_profiles(actor).filter(user_id__in=ids)
    found = {e.user.pk: e.user for e in profiles if e.user is not None}
    return found, [i for i in ids if i not in found]


def unavailable_names(application: Application, users: Iterable[User]) -> list[str]:
    """Names of the experts among `users` whose declared unavailable windows overlap the
    review period: seated anyway when the officer chooses them, but said so."""
    from apps.experts.models import Expert

    start, end = review_period(application)
    profiles = Expert.objects.filter(user_id__in=[u.pk for u in users]).order_by(
        "name_pinyin", "pk"
    )
    return [e.name for e in profiles if e.busy_during(start, end)]


def open_loads(user_ids: Iterable[int]) -> dict[int, int]:
    """Each expert's open review seats (invited or accepted, in any region and call): their
    load across the platform, counted as numbers only, never listed."""
    rows = (
        ReviewAssignment.objects.filter(reviewer_id__in=list(user_ids), status__in=REVIEW_OPEN)
        .values("reviewer_id")
        .annotate(n=Count("id"))
    )
    return {r["reviewer_id"]: r["n"] for r in rows}


@dataclass
class Candidate:
    """One expert as the picker shows them for this application."""

    expert: Expert
    load: int
    busy: str  # the overlapping unavailable window in words, "" when available
    conflicts: list[str]
    seated: str  # the status of this expert's existing seat on the application, if any
    chosen: str = ""  # "panel" or "backup" when already picked

    @property
    def user_id(self) -> int:
        return int(self.expert.user_id or 0)

    @property
    def blocked(self) -> str:
        """Why the expert cannot be picked for this application ("" when they can)."""
        if self.conflicts:
            return "须回避：" + "；".join(self.conflicts)
        if self.seated:
            return f"已在本项目评审名单中（{self.seated}）"
        return ""


@dataclass
class Picker:
    query: str
    page: Page[Any]
    rows: list[Candidate]
    panel: list[Candidate]
    backups: list[Candidate]
    period: tuple[dt.date, dt.date]
    notice: str = ""
    chosen: list[tuple[str, int]] = field(default_factory=list)

    def link(self, **extra: Any) -> str:
        """The query string of this picker's state (search and choices), plus `extra`."""
        pairs: list[tuple[str, Any]] = [("q", self.query)] if self.query else []
        pairs += self.chosen + list(extra.items())
        return urlencode(pairs)


def _ids(values: list[str]) -> list[int]:
    out: list[int] = []
    for v in values:
        if v.isdigit() and int(v) not in out:
            out.append(int(v))
    return out


def _describe(
    application: Application, experts: list[Expert], period: tuple[dt.date, dt.date]
) -> dict[int, Candidate]:
    """Candidates by expert pk: load, availability, conflicts and seat, in bulk queries."""
    from apps.experts.batch import conflicts_of

    user_ids = [e.user_id for e in experts if e.user_id]
    loads = open_loads(user_ids)
    seats = {
        r.reviewer_id: r.get_status_display()
        for r in ReviewAssignment.objects.filter(application=application, reviewer_id__in=user_ids)
    }
    conflicts = conflicts_of(application=application, experts=experts)
    return {
        e.pk: Candidate(
            expert=e,
            load=loads.get(e.user_id or 0, 0),
            busy=e.busy_during(*period),
            conflicts=conflicts.get(e.pk, []),
            seated=seats.get(e.user_id or 0, ""),
        )
        for e in experts
    }


def picker(*, actor: User, application: Application, params: Mapping[str, Any]) -> Picker:
    """The hand-seating picker for `application`: one page of the experts `actor` may seat
    matching `q` (name, organisation, pinyin, keyword, discipline code or name), and the
    experts chosen so far, each with organisation, title, tier, load, availability over the
    review period and conflicts with this application. `params` is a QueryDict."""
    from apps.experts.filters import ExpertFilter

    query = str(params.get("q", "")).strip()[:QUERY_MAX]
    panel_ids = _ids(params.getlist("r"))  # type: ignore[attr-defined]
    backup_ids = _ids(params.getlist("b"))  # type: ignore[attr-defined]
    do = str(params.get("do", ""))
    target = int(do[1:]) if do[:1] in ("r", "b", "x") and do[1:].isdigit() else None
    if target is not None:
        panel_ids = [i for i in panel_ids if i != target]
        backup_ids = [i for i in backup_ids if i != target]
    profiles = seatable_profiles(actor)
    ordered = profiles.order_by("name_pinyin", "organization_name", "pk")
    found = ExpertFilter({"q": query}, queryset=ordered).qs
    # a search starts at its first page; paging and choosing keep the page the officer is on
    number = params.get("page") if do == "page" or target is not None else 1
    page = Paginator(found, PICKER_PAGE_SIZE).get_page(number)
    listed: list[Expert] = list(page.object_list)
    wanted = {*panel_ids, *backup_ids, *([target] if target is not None else [])}
    shown = {e.pk for e in listed}
    listed += [e for e in profiles.filter(user_id__in=wanted) if e.pk not in shown]
    period = review_period(application)
    described = _describe(application, listed, period)
    by_user = {c.user_id: c for c in described.values()}
    notice = ""
    if target is not None and do[0] in ("r", "b"):
        picked = by_user.get(target)
        if picked is None:
            notice = "该专家不在可指派范围内（未入库、已暂停参评或不在本辖区）。"
        elif picked.blocked:
            notice = f"不能选择“{picked.expert.name}”：{picked.blocked}。"
        else:
            (panel_ids if do[0] == "r" else backup_ids).append(target)
    panel = [by_user[i] for i in panel_ids if i in by_user]
    backups = [by_user[i] for i in backup_ids if i in by_user]
    for c in panel:
        c.chosen = "panel"
    for c in backups:
        c.chosen = "backup"
    return Picker(
        query=query,
        page=page,
        rows=[described[e.pk] for e in page.object_list],
        panel=panel,
        backups=backups,
        period=period,
        notice=notice,
        chosen=[("r", c.user_id) for c in panel] + [("b", c.user_id) for c in backups],
    )

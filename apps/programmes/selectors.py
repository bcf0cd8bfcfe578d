"""Reads of programmes, always through the actor's scope."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.http import Http404
from django.utils import timezone

from apps.core.scoping import get_visible_or_404, unique_or_none, visible_to
from apps.core.uploads import KIND_LABELS
from apps.organizations.choices import OrganizationKind, OrganizationSize
from apps.organizations.models import QualificationType
from apps.programmes import policies
from apps.programmes.choices import (
    REVIEW_OPEN,
    REVIEW_SEATED,
    ActionKind,
    ApplicationStatus,
    ReviewStatus,
    StageActor,
)
from apps.programmes.filters import ApplicationFilter
from apps.programmes.models import (
    Application,
    ApplicationVersion,
    Attachment,
    Call,
    ReviewAssignment,
    TimelineEvent,
)
from apps.programmes.scoring import Result, Rules, Score, aggregate
from apps.programmes.workflows import FIELD_TYPES, Action, Workflow

if TYPE_CHECKING:
    from apps.accounts.models import User

EXPORT_HEADERS = [
    "受理编号",
    "项目名称",
    "申报单位",
    "地区",
    "批次",
    "状态",
    "当前环节",
    "提交时间",
    "支持金额（万元）",
    "评审得分",
]


def applications_visible(actor: User) -> QuerySet[Application]:
    return visible_to(actor, Application).select_related("call", "applicant", "region", "config")


def application_get(*, actor: User, pk: int) -> Application:
    """One application in the actor's scope. Experts reach what they review only through
    their seat (`seat_get`), which shows it as the call allows (blind or not)."""
    app = unique_or_none(applications_visible(actor).filter(pk=pk))  # one query, usually
    # Not visible: the one scoped lookup answers 404 and audits a read out of scope.
    return app or get_visible_or_404(actor, Application, pk=pk)


def attachment_get(*, actor: User, pk: int) -> Attachment:
    """An attachment in the actor's scope (reviewers download through `seat_attachment`)."""
    return get_visible_or_404(actor, Attachment, pk=pk)


def attachments_of(*, actor: User, application: Application) -> QuerySet[Attachment]:
    """The files of an application the actor may read, by slot and upload order: the
    applicant's live files, or for officers those of the version they read (which can include
    a file the applicant has removed while revising)."""
    files = visible_to(actor, Attachment).filter(application=application)
    if policies.is_applicant(actor, application):
        files = files.live()  # type: ignore[attr-defined]
    return files.order_by("slot", "id")


def content_for(*, actor: User, application: Application) -> tuple[str, dict[str, Any]]:
    """The title and form data the actor reads of an application. The applicant works on the
    live copy; everybody else reads what was submitted — while the application is back with the
    applicant (returned for changes) that is its last frozen version, not the revision in
    progress (decision 0006, "Drafts are the applicant's")."""
    if application.status != ApplicationStatus.RETURNED or policies.is_applicant(
        actor, application
    ):
        return application.title, application.data
    version = (
        visible_to(actor, ApplicationVersion)
        .filter(application=application)
        .order_by("-number")
        .first()
    )
    return (version.title, version.data) if version is not None else ("", {})


def application_filter(*, actor: User, params: Any) -> ApplicationFilter:
    # Officers never see drafts: `visible_to` leaves them out (Application's `region_hides`).
    qs = applications_visible(actor)
    if actor.role not in policies.APPLICANT_ROLES:
        qs = qs.annotate(submitted_title=_submitted_title())
    return ApplicationFilter(params, queryset=qs)


def stage_choices(calls: Iterable[Call]) -> list[tuple[str, str]]:
    """(code, name) of every stage of these calls' configurations, for the queue's stage
    filter and the meeting list's heading (the first call's name wins for a shared code)."""
    names: dict[str, str] = {}
    for call in calls:
        for stage in call.config.stages:
            names.setdefault(stage["code"], stage["name"])
    return sorted(names.items())


def filter_summary(filterset: ApplicationFilter) -> str:
    """The filter a list was printed with, in words, for the meeting list's heading
    (批次、环节、状态、地区、关键词), so a printed sheet says what it is a list of."""
    from apps.regions.models import Region

    chosen = filterset.form.cleaned_data if filterset.is_valid() else {}
    parts: list[str] = []
    call = chosen.get("call")
    if call is not None:
        parts.append(f"批次：{call.name}")
    if chosen.get("stage"):
        calls: Iterable[Call] = (
            [call] if call is not None else Call.objects.select_related("config")
        )
        stage = dict(stage_choices(calls)).get(chosen["stage"], chosen["stage"])
        parts.append(f"环节：{stage}")
    if chosen.get("status"):
        parts.append(f"状态：{ApplicationStatus(chosen['status']).label}")
    if chosen.get("region"):
        code = chosen["region"].strip()[:12]
        node = unique_or_none(Region.objects.filter(code=code).only("name"))
        parts.append(f"地区：{node.name if node is not None else code}")
    if (chosen.get("q") or "").strip():
        parts.append(f"关键词：“{chosen['q'].strip()[:100]}”")
    return "；".join(parts) if parts else "全部（未筛选）"


def _submitted_title() -> Case:
    """For lists read by officers: while an application is back with the applicant, the title
    it was submitted with (the live title is the revision in progress); NULL otherwise. Shown
    by `shown_title` and the templates' `a.submitted_title|default:a.title`."""
    latest = (
        ApplicationVersion.objects.filter(application=OuterRef("pk"))
        .order_by("-number")
        .values("title")[:1]
    )
    return Case(
        When(status=ApplicationStatus.RETURNED, then=Subquery(latest)),
        default=Value(None),
        output_field=CharField(),
    )


def shown_title(app: Application) -> str:
    """The title a list shows: the submitted one to officers while it is returned."""
    return getattr(app, "submitted_title", None) or app.title


def export_row(app: Application) -> list[Any]:
    return [
        app.receipt_number or "",
        shown_title(app),
        app.applicant.name,
        app.region.name,
        app.call.name,
        app.get_status_display(),
        stage_name(app),
        timezone.localtime(app.submitted_at).strftime("%Y-%m-%d %H:%M") if app.submitted_at else "",
        app.amount if app.amount is not None else "",
        app.score if app.score is not None else "",
    ]


def stage_name(app: Application) -> str:
    for stage in app.config.stages:
        if stage["code"] == app.stage:
            return str(stage.get("name", app.stage))
    return "—"


def allowed_actions(*, actor: User, application: Application) -> list[Action]:
    flow = Workflow.parse(application.config.stages)
    actions = flow.allowed(
        status=application.status,
        stage_code=application.stage,
        standing=policies.standing(actor, application),
    )
    # Offer ending a race team only where the 择优 decided against it (the service checks too).
    challenge = application.challenge if application.challenge_id else None
    losing = (
        challenge is not None
        and challenge.final_winner_id is not None
        and challenge.final_winner_id != application.pk
    )
    return [a for a in actions if not a.race_only or losing]


def transition_done_text(*, actor: User, application: Application, action: str) -> str:
    """What the page says once `action` succeeded (read before it moves the application):
    the action's name, and for something the applicant raised on the way (提出变更申请) where
    it is answered — its officers have been told (`services._notify_answering_officers`)."""
    chosen = next(
        (a for a in allowed_actions(actor=actor, application=application) if a.code == action),
        None,
    )
    if chosen is None:
        return "已办理。"
    flow = Workflow.parse(application.config.stages)
    stage = flow.stage(application.stage)
    if (
        chosen.kind == ActionKind.RECORD
        and stage is not None
        and stage.actor == StageActor.APPLICANT
    ):
        answering = flow.answered_at(stage, has_county=policies.has_county(application.region))
        if answering is not None:
            return f"已{chosen.label}，将在“{answering.name}”环节答复，已通知办理部门。"
    return f"已办理：{chosen.label}。"


def timeline(*, actor: User, application: Application) -> list[TimelineEvent]:
    events = list(
        TimelineEvent.objects.filter(application=application).order_by("created_at", "id")
    )
    names = {s["code"]: s["name"] for s in application.config.stages}
    statuses = dict(ApplicationStatus.choices)
    for event in events:
        move = ""
        if event.to_status != ApplicationStatus.ACTIVE and event.to_status != event.from_status:
            move = str(statuses.get(event.to_status, ""))
        elif event.to_stage != event.from_stage:
            move = f"{names.get(event.from_stage, '申报')} → {names.get(event.to_stage, '')}"
        elif event.to_status != event.from_status and event.from_status in statuses:
            # Back in the same stage: resubmitted after a return (已退回修改 → 县级推荐).
            move = f"{statuses[event.from_status]} → {names.get(event.to_stage, '')}"
        elif event.to_stage in names:  # recorded on the way (变更申请, 同意变更): where
            move = f"{names[event.to_stage]}环节"
        event.move = move  # type: ignore[attr-defined]
    if policies.is_applicant(actor, application) or actor.role == "expert":
        for event in events:  # blind review: applicants and experts never see reviewers' names
            if event.kind == "review":
                event.actor_name = "评审专家" if event.actor_role == "expert" else event.actor_name
                event.detail = {}
                event.reason = ""
    return events


def open_calls(*, now: Any = None) -> QuerySet[Call]:
    now = now or timezone.now()
    return Call.objects.filter(opens_at__lte=now, closes_at__gt=now).select_related(
        "programme_type", "config"
    )


def calls_for(actor: User) -> list[dict[str, Any]]:
    """Calls open now, with whether the actor's organisation may apply and its application."""
    rows = []
    mine = {}
    if actor.organization_id:
        # The page shows only its status and links to it: no joined rows, no form data.
        mine = {
            a.call_id: a
            for a in visible_to(actor, Application)
            .filter(applicant_id=actor.organization_id)
            .only("id", "call_id", "status")
        }
    applicant = actor.organization_id if actor.role in policies.APPLICANT_ROLES else None
    subject = None
    for call in open_calls().order_by("closes_at"):
        if applicant and subject is None:
            subject = policies.eligibility_subject(applicant)
        problems = policies.eligibility_problems(call, subject) if subject else []
        rows.append({"call": call, "problems": problems, "application": mine.get(call.pk)})
    return rows


def stage_counts(*, actor: User, call: Call | None = None) -> dict[str, Any]:
    """Counts per region (the actor's children) and per stage, for the overview."""
    from apps.regions.models import Region

    qs = applications_visible(actor).exclude(status=ApplicationStatus.DRAFT)  # submitted only
    if call is not None:
        qs = qs.filter(call=call)
    node = actor.region
    children = sorted(
        Region.objects.filter(parent=node) if node else [],
        key=lambda r: (bool(r.zone_kind), r.code),  # cities or counties first, then zones
    )
    by_region: dict[str, Counter[str]] = {}
    stages: list[tuple[str, str]] = []
    seen: set[str] = set()
    order: dict[str, int] = {}
    for row in qs.values("region__path", "stage", "status", "config__stages").annotate(
        n=Count("id")
    ):
        key = row["stage"] if row["status"] == ApplicationStatus.ACTIVE else row["status"]
        if key not in seen:
            seen.add(key)
            names = {s["code"]: s["name"] for s in row["config__stages"]}
            codes = [s["code"] for s in row["config__stages"]]
            order[key] = codes.index(key) if key in codes else 100 + len(order)
            stages.append((key, str(names.get(key) or ApplicationStatus(row["status"]).label)))
        elif key in [s["code"] for s in row["config__stages"]]:
            # The same stage sits at different places in different programmes: take the latest.
            codes = [s["code"] for s in row["config__stages"]]
            order[key] = max(order[key], codes.index(key))
        path = row["region__path"]
        child = next((c for c in children if path.startswith(c.path)), None)
        label = child.name if child else (node.name if node else "—")
        by_region.setdefault(label, Counter())[key] += row["n"]
    stages.sort(key=lambda pair: order[pair[0]])
    # Every region below the officer's appears, in the official order (by code), with zeros
    # where nothing is filed: a region missing from the table reads as "not reported".
    labels = [c.name for c in children] + sorted(set(by_region) - {c.name for c in children})
    cells = {r: [by_region.get(r, Counter()).get(code, 0) for code, _ in stages] for r in labels}
    table = [{"region": r, "cells": cells[r], "total": sum(cells[r])} for r in labels]
    totals = [sum(column) for column in zip(*cells.values(), strict=True)] if cells else []
    return {"stages": stages, "rows": table, "totals": totals, "total": sum(totals)}


def public_list(call: Call) -> QuerySet[Application]:
    """Applications in a public stage (公示) of a call: title, applicant, region, amount only."""
    public_codes = [s["code"] for s in call.config.stages if s.get("public")]
    return (
        Application.objects.filter(
            call=call, status=ApplicationStatus.ACTIVE, stage__in=public_codes
        )
        .select_related("applicant", "region")
        .order_by("region_id", "id")
    )


def reviews_for(actor: User) -> QuerySet[ReviewAssignment]:
    """The expert's own seats (invitations onwards; a backup sees nothing until promoted)."""
    return (
        visible_to(actor, ReviewAssignment)
        .filter(reviewer_id=actor.pk)
        .exclude(status=ReviewStatus.STANDBY)
        .select_related("application", "application__call", "application__config")
        .order_by("-invited_at", "-id")
    )


INBOX_MAX = 500


def review_inbox(actor: User) -> tuple[list[ReviewAssignment], list[ReviewAssignment]]:
    """我的评审: the seats to answer or score (newest invitation first), and those done or
    ended, newest first by when they ended (scored, else answered, else invited)."""
    from django.db.models.functions import Coalesce

    seats = reviews_for(actor)
    todo = seats.filter(status__in=REVIEW_OPEN)
    done = (
        seats.exclude(status__in=REVIEW_OPEN)
        .annotate(ended_at=Coalesce("submitted_at", "responded_at", "invited_at"))
        .order_by(F("ended_at").desc(nulls_last=True), "-id")
    )
    return list(todo[:INBOX_MAX]), list(done[:INBOX_MAX])


def seat_get(*, actor: User, pk: int) -> ReviewAssignment:
    """One of the expert's own seats; anyone else's (or a backup's, before promotion) is 404."""
    seat = get_visible_or_404(actor, ReviewAssignment, pk=pk, reviewer_id=actor.pk)
    if seat.status == ReviewStatus.STANDBY:
        raise Http404("未找到")
    return (
        ReviewAssignment.objects.select_related(
            "application", "application__call", "application__config", "application__region"
        )
        .filter(pk=seat.pk)
        .get()
    )


def seat_may_read(seat: ReviewAssignment) -> bool:
    """The expert sees the application's content only once seated and without a conflict."""
    return seat.no_conflict_at is not None and seat.status in (
        ReviewStatus.ACCEPTED,
        ReviewStatus.SUBMITTED,
    )


def seat_attachments(seat: ReviewAssignment) -> list[tuple[int, Attachment]]:
    """The application's attachments numbered 1, 2, … in a stable order (slot, upload)."""
    files = (
        Attachment.objects.live()
        .filter(application_id=seat.application_id)
        .order_by("slot", "uploaded_at", "id")
    )
    return list(enumerate(files, start=1))


def seat_content(seat: ReviewAssignment) -> dict[str, Any]:
    """What the expert sees of the application: everything, or (blind) nothing that names
    the applicant — identifying fields redacted, no applicant block, files as 附件N."""
    from apps.programmes import blind, forms

    app = seat.application
    is_blind = blind.is_blind(app.config.scoring)
    version = app.versions.order_by("-number").first()
    data = version.data if version is not None else app.data
    title = version.title if version is not None else app.title
    if is_blind:
        data = blind.redacted_data(app.config.form, data)
    files = seat_attachments(seat)
    slots = app.config.slot_labels()
    return {
        "blind": is_blind,
        "title": title,
        "call": app.call,
        "applicant": None if is_blind else app.applicant,
        "region": None if is_blind else app.region,
        "receipt_number": app.receipt_number,
        "rows": forms.display_rows(app.config.form, data),
        "files": [
            {
                "n": n,
                "slot": slots.get(f.slot, f.slot),
                "name": blind.blind_name(n, f.kind) if is_blind else f.name,
                "size": f.size,
            }
            for n, f in files
        ],
        "items": (app.config.scoring or {}).get("items", []),
    }


def panel(*, actor: User, application: Application) -> list[ReviewAssignment]:
    """The application's seats and backups as the officer sees them (names and statuses)."""
    return list(
        visible_to(actor, ReviewAssignment)
        .filter(application=application)
        .select_related("reviewer")
        .order_by("is_backup", "backup_rank", "id")
    )


def anonymous_scores(application: Application) -> list[tuple[str, Any]]:
    """The applicant's view of the panel: 专家A, 专家B… with their totals, once scored."""
    from apps.programmes.scoring import letters

    totals = list(
        ReviewAssignment.objects.filter(application=application, status=ReviewStatus.SUBMITTED)
        .order_by("id")
        .values_list("total", flat=True)
    )
    return list(zip(letters(len(totals)), totals, strict=True))


@dataclass
class ResultRow:
    app: Application
    result: Result | None
    seats: list[ReviewAssignment]
    pending: int  # seats not yet scored

    def score_of(self, seat: ReviewAssignment) -> float | None:
        if self.result is None:
            return None
        return self.result.used.get(seat.reviewer_id)


def call_results(*, actor: User, call: Call) -> dict[str, Any]:
    """The call's review result within the actor's region: per application the experts'
    totals (names for officers), the aggregate, flags and rank (apps/programmes/scoring.py)."""
    seats = list(
        visible_to(actor, ReviewAssignment)
        .filter(application__call=call, status__in=list(REVIEW_SEATED))
        .select_related("reviewer", "application", "application__applicant")
        .order_by("application_id", "id")
    )
    rules = Rules.from_scoring(call.config.scoring)
    scores = [
        Score(s.application_id, s.reviewer_id, float(s.total), s.is_core)
        for s in seats
        if s.status == ReviewStatus.SUBMITTED and s.total is not None
    ]
    results = {r.application: r for r in aggregate(scores, rules)}
    apps: dict[int, Application] = {}
    seated: dict[int, list[ReviewAssignment]] = {}
    for s in seats:
        apps[s.application_id] = s.application
        seated.setdefault(s.application_id, []).append(s)
    rows = [
        ResultRow(
            app=app,
            result=results.get(app_id),
            seats=seated[app_id],
            pending=sum(1 for s in seated[app_id] if s.status != ReviewStatus.SUBMITTED),
        )
        for app_id, app in apps.items()
    ]
    rows.sort(key=lambda r: (r.result is None, r.result.rank if r.result else 0, r.app.pk))
    return {"rules": rules, "rows": rows, "call": call}


def reviewer_profiles(user_ids: Iterable[int]) -> dict[int, Any]:
    """The expert profiles of reviewers by user id, for telling same-name experts apart by
    organisation and title. Read for an officer who sees these reviewers' seats already."""
    from apps.experts.models import Expert

    profiles = Expert.objects.filter(user_id__in=list(user_ids))
    return {e.user_id: e for e in profiles if e.user_id is not None}


def experts_by_ids(ids: list[int]) -> list[User]:
    from apps.accounts.choices import Role
    from apps.accounts.models import User

    return list(User.objects.filter(pk__in=ids, role=Role.EXPERT, is_active=True))


FIELD_TYPE_LABELS = {
    "text": "单行文字",
    "textarea": "多行文字",
    "number": "数字",
    "date": "日期",
    "choice": "单选",
    "team": "团队成员",
}


def config_editor_options() -> dict[str, list[dict[str, str]]]:
    """The choices the configuration editor offers (config-editor.js); values as stored."""

    def pairs(choices: Iterable[tuple[Any, Any]]) -> list[dict[str, str]]:
        return [{"value": str(v), "label": str(label)} for v, label in choices]

    from apps.regions.choices import RegionLevel
    from apps.regions.models import Region

    # Quotas are per city of the deployment's province: a directory, not scoped data.
    cities = Region.objects.filter(level=RegionLevel.CITY).order_by("code")
    return {
        "field_types": pairs((t, FIELD_TYPE_LABELS.get(t, t)) for t in sorted(FIELD_TYPES)),
        "stage_actors": pairs(StageActor.choices),
        "action_kinds": pairs(ActionKind.choices),
        "file_kinds": pairs(KIND_LABELS.items()),
        "org_kinds": pairs(OrganizationKind.choices),
        "sizes": pairs(OrganizationSize.choices),
        "cities": pairs((c.code, c.name) for c in cities),
        "qualifications": pairs(QualificationType.objects.values_list("pk", "name")),
    }


def guide_trace(*, actor: User, call: Call) -> list[dict[str, Any]]:
    """The call's guide directions, each with the reserve entries (and so the needs) it was
    built from and the applications that answer it, within the actor's scope."""
    from apps.programmes.models import GuideDirection

    directions = list(
        GuideDirection.objects.filter(call=call)
        .prefetch_related("entries", "entries__organization", "entries__need")
        .order_by("number")
    )
    apps = applications_visible(actor).filter(call=call, direction__isnull=False)
    by_direction: dict[int, list[Application]] = {}
    for app in apps.order_by("id"):
        assert app.direction_id is not None
        by_direction.setdefault(app.direction_id, []).append(app)
    from apps.programmes.models import ReserveEntry

    seen = set(
        visible_to(actor, ReserveEntry).filter(directions__call=call).values_list("pk", flat=True)
    )
    return [
        {
            "direction": d,
            "entries": [e for e in d.entries.all() if e.pk in seen],
            "applications": by_direction.get(d.pk, []),
        }
        for d in directions
    ]


# --- 揭榜挂帅 --------------------------------------------------------------------------------

PUBLIC_CHALLENGE = ("published", "closed", "decided")


def public_challenges() -> QuerySet[Any]:
    """The public challenge list (榜单): published items only, for everyone without login.
    Pages show only public fields; the contact is masked (`public_contact`)."""
    from django.db.models import Case, IntegerField, Value, When

    from apps.programmes.models import Challenge

    open_first = Case(
        When(status="published", bid_closes_at__gt=timezone.now(), then=Value(0)),
        default=Value(1),
        output_field=IntegerField(),
    )
    return (
        Challenge.objects.filter(status__in=PUBLIC_CHALLENGE)
        .select_related("call", "region", "owner")
        .order_by(open_first, "bid_closes_at", "-id")
    )


def public_contact(challenge: Any) -> str:
    from apps.core.masking import mask_mobile

    name = challenge.contact_name or ""
    masked_name = (name[:1] + "*" * max(len(name) - 1, 1)) if name else "—"
    return f"{masked_name} {mask_mobile(challenge.contact_phone)}".strip()


def challenges_visible(actor: User) -> QuerySet[Any]:
    from apps.programmes.models import Challenge

    return visible_to(actor, Challenge).select_related("call", "region", "owner", "final_winner")


def public_challenge_get(pk: int) -> Any:
    """One challenge of the public list; a draft (or a missing one) is 404 for everybody."""
    challenge = unique_or_none(public_challenges().filter(pk=pk))
    if challenge is None:
        raise Http404("未找到")
    return challenge


def bid_partners(*, actor: User, application: Application) -> QuerySet[Any]:
    """The partner organisations of a bid the actor may read (the lead's own, or in region)."""
    from apps.programmes.models import BidPartner

    return (
        visible_to(actor, BidPartner)
        .filter(application=application)
        .select_related("organization")
        .order_by("id")
    )


def challenge_bids(*, actor: User, challenge: Any) -> list[Application]:
    """The bids on a challenge the actor may see (officers never see drafts)."""
    qs = (
        applications_visible(actor)
        .filter(challenge=challenge)
        .prefetch_related("partners__organization")
    )
    return list(qs.order_by("-score", "id"))


def challenge_calls() -> QuerySet[Call]:
    """Calls of the 揭榜挂帅 type a challenge can be listed under (open or opening)."""
    return Call.objects.filter(
        programme_type_id="challenge", closes_at__gt=timezone.now()
    ).order_by("closes_at")


def accepted_needs(actor: User, *, without: str) -> QuerySet[Application]:
    """Accepted needs (需求征集) in the actor's scope not yet used for `without`
    ("challenge" or "reserve")."""
    from apps.programmes.services_reserve import NEED_PROGRAMME

    qs = applications_visible(actor).filter(
        call__programme_type_id=NEED_PROGRAMME, status=ApplicationStatus.COMPLETED
    )
    if without == "challenge":
        qs = qs.filter(challenge_made__isnull=True)
    else:
        qs = qs.filter(reserve_entry__isnull=True)
    return qs.order_by("-updated_at")


def milestone_panel(*, actor: User, application: Application) -> dict[str, Any]:
    """What the application page shows of the milestone gates and who may do what there."""
    from apps.programmes.models import Milestone

    milestones = list(Milestone.objects.filter(application=application).order_by("number"))
    stage = Workflow.parse(application.config.stages).stage(application.stage)
    standing = policies.standing(actor, application)
    running = (
        stage is not None and stage.milestones and application.status == ApplicationStatus.ACTIVE
    )
    officer = running and standing.actor == stage.actor and standing.in_region  # type: ignore[union-attr]
    planned = sum((m.amount for m in milestones), start=0)
    paid = sum((m.amount for m in milestones if m.payment == "paid"), start=0)
    return {
        "show": bool(milestones) or running,
        "milestones": milestones,
        "may_plan": officer,
        "may_decide": officer,
        "may_pay": standing.actor == "province" and standing.in_region,
        "may_report": running and standing.actor == "applicant",
        "planned_total": planned,
        "paid_total": paid,
        "blank_rows": range(max(3 - sum(1 for m in milestones if m.status == "planned"), 1)),
    }

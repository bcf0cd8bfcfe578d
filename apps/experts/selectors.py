"""Scoped reads of the expert database and of draws."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from django.db.models import QuerySet

from apps.core.scoping import get_visible_or_404, unique_or_none, visible_to
from apps.experts import policies
from apps.experts.choices import ExpertStatus
from apps.experts.filters import ExpertFilter
from apps.experts.models import Draw, Expert

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.jobs.models import Job
    from apps.programmes.models import Application, Call

EXPORT_HEADERS = [
    "姓名",
    "工作单位",
    "所在地区",
    "职称",
    "学科",
    "关键词",
    "类别",
    "状态",
    "来源",
    "手机号（脱敏）",
]


def experts_visible(actor: User) -> QuerySet[Expert]:
    return visible_to(actor, Expert).select_related("region", "organization")


def expert_filter(*, actor: User, params: Any) -> ExpertFilter:
    return ExpertFilter(params, queryset=experts_visible(actor))


def expert_get(*, actor: User, pk: int) -> Expert:
    return get_visible_or_404(actor, Expert, pk=pk)


def own_profile(actor: User) -> Expert | None:
    return visible_to(actor, Expert).filter(user_id=actor.pk).first()


def pending(actor: User) -> QuerySet[Expert]:
    return experts_visible(actor).filter(status=ExpertStatus.PENDING).order_by("created_at")


def export_row(e: Expert) -> list[Any]:
    return [
        e.name,
        e.organization_name,
        e.region.name,
        e.title,
        "、".join(e.discipline_labels()),
        e.keywords,
        e.get_tier_display(),
        e.get_status_display(),
        e.get_source_display(),
        e.mobile_masked,
    ]


def review_history(expert: Expert) -> list[Any]:
    """The expert's review assignments (programmes.ReviewAssignment), newest first.

    Read for an officer who may already see the expert; the rows are the expert's own.
    """
    from apps.programmes.models import ReviewAssignment

    if expert.user_id is None:
        return []
    return list(
        ReviewAssignment.objects.filter(reviewer_id=expert.user_id)
        .select_related("application", "application__call")
        .order_by("-assigned_at")[:100]
    )


def credit_of(expert: Expert) -> Any:
    """The expert's credit from the review side (None before the expert has an account)."""
    from apps.programmes.credit import expert_credit

    if expert.user_id is None:
        return None
    return expert_credit([expert.user_id]).get(expert.user_id)


def with_panel() -> QuerySet[Any]:
    """Ids of applications with a live seat on their panel (not declined/conflicted/released)."""
    from apps.programmes.choices import REVIEW_SEATED, ReviewStatus
    from apps.programmes.models import ReviewAssignment

    live = [*REVIEW_SEATED, ReviewStatus.STANDBY]
    return ReviewAssignment.objects.filter(status__in=live).values("application_id")


def drawable(*, actor: User, call: Call) -> list[Application]:
    """The call's applications at a review stage that this officer may draw experts for.

    An application that already has a panel (a seat invited, accepted, scored or waiting as a
    backup, from a draw or by hand) is left out: a second draw would seat a second panel. The
    officer tops up such a panel by hand on the application's review page.
    """
    from apps.programmes.choices import ApplicationStatus
    from apps.programmes.models import Application

    apps = (
        visible_to(actor, Application)
        .filter(call=call, status=ApplicationStatus.ACTIVE)
        .exclude(pk__in=with_panel())
        .select_related("applicant", "region", "call", "config")
        .prefetch_related("applicant__chains")
        .order_by("receipt_number", "id")
    )
    return [a for a in apps if policies.may_draw_for(actor, a)]


def call_for_draw(*, actor: User, pk: int) -> tuple[Call, list[Application]]:
    """The call and its drawable applications; 404 when there are none for this officer."""
    from django.http import Http404

    from apps.programmes.models import Call

    call = Call.objects.select_related("config", "programme_type").filter(pk=pk).first()
    if call is None:
        raise Http404("未找到")
    apps = drawable(actor=actor, call=call)
    if not apps:
        from apps.audit.services import audit_refused

        audit_refused(
            actor=actor,
            action="draw.read",
            object_type="programmes.Call",
            object_id=str(pk),
            message="没有可由本人抽取专家的评审环节申报",
        )
        raise Http404("未找到")
    return call, apps


def draws_for(*, actor: User, call: Call | None = None) -> QuerySet[Draw]:
    qs = visible_to(actor, Draw).select_related("call", "created_by")
    return qs.filter(call=call) if call is not None else qs


def draw_get(*, actor: User, pk: int) -> Draw:
    return get_visible_or_404(actor, Draw, pk=pk)


def calls_with_review(actor: User) -> list[dict[str, Any]]:
    """Calls with applications at a review stage this officer acts at, with counts (one
    grouped query; visibility already confines the rows to the officer's region)."""
    from django.db.models import Count

    from apps.programmes.choices import ApplicationStatus
    from apps.programmes.models import Application, Call, ProgrammeConfig
    from apps.programmes.policies import OFFICER_ACTOR
    from apps.programmes.workflows import Workflow

    role = OFFICER_ACTOR.get(actor.role)  # type: ignore[call-overload]
    if role is None:
        return []
    groups = (
        visible_to(actor, Application)
        .filter(status=ApplicationStatus.ACTIVE)
        .exclude(pk__in=with_panel())
        .values("call_id", "config_id", "stage")
        .annotate(n=Count("id"))
    )
    flows: dict[int, Workflow] = {}
    counts: dict[int, int] = {}
    for g in groups:
        if g["config_id"] not in flows:
            config = ProgrammeConfig.objects.get(pk=g["config_id"])
            flows[g["config_id"]] = Workflow.parse(config.stages)
        stage = flows[g["config_id"]].stage(g["stage"])
        if stage is not None and stage.review and stage.actor == role:
            counts[g["call_id"]] = counts.get(g["call_id"], 0) + g["n"]
    calls = Call.objects.filter(pk__in=list(counts)).order_by("-opens_at")
    return [{"call": c, "count": counts[c.pk]} for c in calls]


def regions_for_profile(actor: User | None) -> Any:
    """Regions a profile may name: an officer's jurisdiction; anyone else the whole tree
    (the division tree is public reference data)."""
    from apps.accounts.choices import OFFICER_ROLES
    from apps.regions.models import Region

    if actor is not None and actor.is_authenticated and actor.role in OFFICER_ROLES:
        return visible_to(actor, Region).order_by("path")
    return Region.objects.order_by("path")


def experts_for_text(
    *,
    actor: User,
    text: str,
    disciplines: list[str],
    chains: Sequence[str] = (),
    industries: Sequence[str] = (),
    limit: int = 8,
) -> list[dict[str, Any]]:
    """Approved experts the actor may see, ranked for a text and discipline codes (a market
    demand, issue 7), each with its affinity and reasons. One vectorised row of the same
    affinity the draw uses; credit is left out (the demand is not a review)."""
    from apps.experts import affinity
    from apps.experts.batch import expert_side
    from apps.market.search.analysis import index_terms

    experts = list(
        experts_visible(actor)
        .filter(status=ExpertStatus.APPROVED)
        .prefetch_related("industries", "chains")
        .order_by("id")
    )
    if not experts:
        return []
    need = affinity.Side(
        disciplines=disciplines,
        terms=list(dict.fromkeys(index_terms(text))),
        industries=list(industries),
        chains=list(chains),
    )
    sides = [expert_side(e) for e in experts]
    scores = affinity.matrix([need], sides)[0]
    weights = affinity.idf([need], sides)
    order = [j for j in scores.argsort(kind="stable")[::-1][:limit] if scores[j] > 0]
    return [
        {
            "expert": experts[j],
            "score": float(scores[j]),
            "reasons": affinity.reasons(need, sides[j], weights),
        }
        for j in order
    ]


def experts_for_listing(*, actor: User, listing: Any, limit: int = 8) -> list[dict[str, Any]]:
    """Experts for a market listing: its discipline code, or its field's disciplines."""
    from apps.experts import disciplines as taxonomy

    codes, _ = taxonomy.parse([listing.discipline_code]) if listing.discipline_code else ([], [])
    if not codes:
        codes = list(taxonomy.FIELD_DISCIPLINES.get(str(listing.get_field_display()), ()))
    text = " ".join([listing.title, listing.keywords, listing.summary])
    chains = [listing.chain.name] if listing.chain_id else []
    return experts_for_text(actor=actor, text=text, disciplines=codes, chains=chains, limit=limit)


def replay_job(*, actor: User, draw: Draw, job: str) -> Job:
    """A replay job of this draw started by this user; 404 otherwise."""
    import uuid

    from django.http import Http404

    from apps.jobs.models import Job as JobModel

    try:
        key = uuid.UUID(job)
    except ValueError:
        raise Http404("未找到") from None
    found = unique_or_none(
        visible_to(actor, JobModel).filter(
            pk=key, kind="experts.replay", created_by=actor, params__draw=draw.pk
        )
    )
    if found is None:
        raise Http404("未找到")
    return found

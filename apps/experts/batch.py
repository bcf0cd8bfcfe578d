"""A draw's batch: the applications, the eligible experts, their affinity and conflicts.

Everything is loaded with a fixed number of bulk queries (not one per pair or per row) and
turned into NumPy matrices: `affinity` (applications × experts, float) and `conflicts` (bool),
plus a reason for every conflicted pair and every expert left out of the pool. Conflict
detection reads the whole registry on purpose (a contract outside the officer's region still
makes a conflict); only reasons, never the underlying records, reach the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt
from django.db.models import Q
from django.utils import timezone

from apps.core.scoping import visible_to
from apps.experts import affinity as aff
from apps.experts import disciplines as taxonomy
from apps.experts.choices import ExpertStatus, ExpertTier
from apps.experts.models import Expert

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.programmes.models import Application, Call

COLLABORATION_YEARS = 3
_SPLIT = re.compile(r"[、,，;；/\s]+")
# form fields whose text names partner organisations (co-applicants, 联合申报单位)
PARTNER_FIELDS = ("partners", "co_applicants")
# the optional form field in which an applicant lists experts to avoid (names, 、-separated)
AVOID_FIELD = "avoid_experts"
_NOT_TEXT = {*PARTNER_FIELDS, AVOID_FIELD, "disciplines"}


@dataclass
class Batch:
    applications: list[Application]
    experts: list[Expert]
    app_sides: list[aff.Side]
    exp_sides: list[aff.Side]
    app_city: list[str]
    exp_city: list[str]
    app_org: list[str]
    exp_org: list[str]
    affinity: npt.NDArray[np.float64]
    conflicts: npt.NDArray[np.bool_]
    reasons: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    left_out: list[tuple[Expert, str]] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)


def city_of(path: str) -> str:
    codes = path.rstrip("/").split("/")
    return codes[1] if len(codes) > 1 else codes[0]


def names_in(text: Any) -> list[str]:
    if isinstance(text, list):
        text = "、".join(str(x) for x in text)
    return [p for p in _SPLIT.split(str(text or "")) if p]


def _same_org_name(a: str, b: str) -> bool:
    a, b = a.strip(), b.strip()
    if len(a) < 4 or len(b) < 4:
        return a == b and bool(a)
    return a in b or b in a


def application_side(app: Application, team_fields: list[str]) -> aff.Side:
    from apps.market.search.analysis import index_terms

    data = app.data or {}
    raw = data.get("disciplines")
    codes, _ = taxonomy.parse(names_in(raw)) if raw else ([], [])
    if not codes:
        codes = list(taxonomy.FIELD_DISCIPLINES.get(str(data.get("field", "")), ()))
    text = [app.title]
    for key, value in data.items():
        if key in _NOT_TEXT or key in team_fields:
            continue
        if isinstance(value, str) and not re.fullmatch(r"[\d.\-: ]*", value):
            text.append(value)
    org = app.applicant
    return aff.Side(
        disciplines=codes,
        terms=list(dict.fromkeys(index_terms(" ".join(text)))),
        industries=[org.industry_id] if org.industry_id else [],
        chains=[c.name for c in org.chains.all()],
    )


def expert_side(expert: Expert) -> aff.Side:
    from apps.market.search.analysis import index_terms

    return aff.Side(
        disciplines=list(expert.disciplines),
        terms=list(dict.fromkeys(index_terms(" ".join(expert.keyword_list())))),
        industries=[i.code for i in expert.industries.all()],
        chains=[c.name for c in expert.chains.all()],
    )


def _team(app: Application, team_fields: list[str]) -> list[dict[str, str]]:
    members: list[dict[str, str]] = []
    for name in team_fields:
        for m in (app.data or {}).get(name) or []:
            if isinstance(m, dict) and m.get("name"):
                members.append(m)
    return members


def eligible_experts(
    *, actor: User, start: dt.date, end: dt.date
) -> tuple[list[Expert], list[tuple[Expert, str]]]:
    """Approved experts with an active account visible to the actor, and those left out
    (unavailable during the review window) with the reason."""
    qs = (
        visible_to(actor, Expert)
        .filter(status=ExpertStatus.APPROVED, user__is_active=True)
        .select_related("organization", "region", "user")
        .prefetch_related("industries", "chains", "conflict_organizations")
        .order_by("id")
    )
    pool: list[Expert] = []
    out: list[tuple[Expert, str]] = []
    for e in qs:
        busy = e.busy_during(start, end)
        if busy:
            out.append((e, busy))
        else:
            pool.append(e)
    return pool, out


def build(
    *,
    actor: User,
    call: Call,
    applications: list[Application],
    start: dt.date,
    end: dt.date,
    credit: dict[int, float] | None = None,
) -> Batch:
    from apps.programmes.validation import fields_of

    team_fields = [f["name"] for f in fields_of(call.config.form) if f.get("type") == "team"]
    experts, left_out = eligible_experts(actor=actor, start=start, end=end)
    app_sides = [application_side(a, team_fields) for a in applications]
    exp_sides = [expert_side(e) for e in experts]
    scores = aff.matrix(
        app_sides,
        exp_sides,
        None if credit is None else [credit.get(e.user_id or 0) for e in experts],
    )
    batch = Batch(
        applications=applications,
        experts=experts,
        app_sides=app_sides,
        exp_sides=exp_sides,
        app_city=[city_of(a.region.path) for a in applications],
        exp_city=[city_of(e.region.path) for e in experts],
        app_org=[f"O{a.applicant_id}" for a in applications],
        exp_org=[
            f"O{e.organization_id}" if e.organization_id else f"N{e.organization_name}"
            for e in experts
        ],
        affinity=scores,
        conflicts=np.zeros(scores.shape, dtype=bool),
        left_out=left_out,
        weights=aff.idf(app_sides, exp_sides),
    )
    _conflicts(batch, call, team_fields)
    return batch


def conflicts_of(*, application: Application, experts: list[Expert]) -> dict[int, list[str]]:
    """Why each of `experts` may not review `application` (reasons by expert id), from the
    same structured data as the draw; used when an officer seats experts by hand."""
    from apps.programmes.validation import fields_of

    if not experts:
        return {}
    call = application.call
    team_fields = [f["name"] for f in fields_of(call.config.form) if f.get("type") == "team"]
    shape = (1, len(experts))
    batch = Batch(
        applications=[application],
        experts=experts,
        app_sides=[],
        exp_sides=[],
        app_city=[],
        exp_city=[],
        app_org=[],
        exp_org=[],
        affinity=np.zeros(shape),
        conflicts=np.zeros(shape, dtype=bool),
    )
    _conflicts(batch, call, team_fields)
    return {experts[j].pk: why for (_, j), why in batch.reasons.items()}


def _conflicts(batch: Batch, call: Call, team_fields: list[str]) -> None:
    """Fill `batch.conflicts` and `batch.reasons` from structured data, in bulk queries."""
    from apps.market.models import TechContract
    from apps.programmes.models import Application, BidPartner, BlacklistEntry

    apps, experts = batch.applications, batch.experts
    if not apps or not experts:
        return

    def hit(i: int, j: int, reason: str) -> None:
        batch.conflicts[i, j] = True
        found = batch.reasons.setdefault((i, j), [])
        if reason not in found:
            found.append(reason)

    exp_by_org: dict[int, list[int]] = defaultdict(list)
    for j, e in enumerate(experts):
        if e.organization_id:
            exp_by_org[e.organization_id].append(j)
    # 1. same organisation, or the same group (one is the other's parent, or both share one):
    # vectorised over the batch, reasons only for the pairs found
    a_org = np.array([a.applicant_id for a in apps], dtype=np.int64)
    a_par = np.array([a.applicant.parent_id or -1 for a in apps], dtype=np.int64)
    e_org = np.array([e.organization_id or -2 for e in experts], dtype=np.int64)
    e_par = np.array(
        [e.organization.parent_id or -3 if e.organization else -3 for e in experts],
        dtype=np.int64,
    )
    same = a_org[:, None] == e_org[None, :]
    group = (
        (a_par[:, None] == e_org[None, :])
        | ((a_par[:, None] == e_par[None, :]) & (a_par[:, None] >= 0))
        | (e_par[None, :] == a_org[:, None])
    ) & ~same
    for i, j in zip(*np.nonzero(same), strict=True):
        hit(int(i), int(j), f"与申报单位同单位（{apps[i].applicant.name}）")
    for i, j in zip(*np.nonzero(group), strict=True):
        hit(int(i), int(j), "与申报单位同属一个上级单位/集团或互为上下级单位")
    by_org_name: dict[str, list[int]] = defaultdict(list)
    for j, e in enumerate(experts):
        by_org_name[e.organization.name if e.organization else e.organization_name].append(j)
    for i, a in enumerate(apps):
        for org_name, cols in by_org_name.items():
            if experts[cols[0]].organization is None and _same_org_name(org_name, a.applicant.name):
                for j in cols:
                    hit(i, j, f"与申报单位同单位（{a.applicant.name}）")

    # 2. team members and 3. co-applicants named in the application, 4. the applicant's list
    by_digest: dict[str, list[int]] = defaultdict(list)
    by_name: dict[str, list[int]] = defaultdict(list)
    declared_orgs: dict[int, list[int]] = defaultdict(list)
    declared_people: dict[str, list[int]] = defaultdict(list)
    for j, e in enumerate(experts):
        if e.id_digest:
            by_digest[e.id_digest].append(j)
        by_name[e.name].append(j)
        for o in e.conflict_organizations.all():
            declared_orgs[o.pk].append(j)
        for person in e.conflict_people:
            declared_people[str(person)].append(j)
    for i, a in enumerate(apps):
        for m in _team(a, team_fields):
            digest = m.get("id_digest", "")
            if digest and digest in by_digest:
                for j in by_digest[digest]:
                    hit(i, j, f"是本项目组成员（{m['name']}）")
            elif not digest or not any(experts[j].id_digest for j in by_name.get(m["name"], [])):
                for j in by_name.get(m["name"], []):
                    hit(i, j, f"与项目组成员同名（{m['name']}），按回避处理")
        partners = [p for f in PARTNER_FIELDS for p in names_in((a.data or {}).get(f))]
        for p in partners:
            for org_name, cols in by_org_name.items():
                if _same_org_name(p, org_name):
                    for j in cols:
                        hit(i, j, f"所在单位是本项目合作/联合申报单位（{p}）")
        for name in names_in((a.data or {}).get(AVOID_FIELD)):
            for j in by_name.get(name, []):
                hit(i, j, "申报单位申请回避该专家")
        # 8. the expert's own declarations (organisations, people)
        for j in declared_orgs.get(a.applicant_id, []):
            hit(i, j, "专家本人申报回避该单位")
        for m in _team(a, team_fields):
            for j in declared_people.get(m["name"], []):
                hit(i, j, f"专家本人申报回避人员（{m['name']}）")

    # 3b. the team's partner units recorded as rows (揭榜挂帅 联合攻关单位), not as form text
    app_index = {a.pk: i for i, a in enumerate(apps)}
    for app_id, org_id, org_name in BidPartner.objects.filter(
        application_id__in=app_index
    ).values_list("application_id", "organization_id", "organization__name"):
        i = app_index[app_id]
        for j in exp_by_org.get(org_id, []):
            hit(i, j, f"所在单位是本项目合作/联合申报单位（{org_name}）")
        for name, cols in by_org_name.items():
            if _same_org_name(name, org_name):
                for j in cols:
                    if experts[j].organization_id is None:  # the registered ones are above
                        hit(i, j, f"所在单位是本项目合作/联合申报单位（{org_name}）")

    # 5. collaborations in the last N years: technical contracts and joint applications
    today = timezone.localdate()
    cutoff = today.replace(year=today.year - COLLABORATION_YEARS)
    applicant_ids = {a.applicant_id for a in apps}
    expert_org_ids = set(exp_by_org)
    app_rows: dict[int, list[int]] = defaultdict(list)
    for i, a in enumerate(apps):
        app_rows[a.applicant_id].append(i)
    if expert_org_ids:
        contracts = TechContract.objects.filter(signed_on__gte=cutoff).filter(
            Q(seller_id__in=expert_org_ids, buyer_id__in=applicant_ids)
            | Q(seller_id__in=applicant_ids, buyer_id__in=expert_org_ids)
        )
        for seller, buyer, number, signed in contracts.values_list(
            "seller_id", "buyer_id", "contract_no", "signed_on"
        ):
            for org_a, org_e in ((seller, buyer), (buyer, seller)):
                for i in app_rows.get(org_a, []):
                    for j in exp_by_org.get(org_e, []):
                        hit(
                            i,
                            j,
                            f"近{COLLABORATION_YEARS}年与申报单位有技术合同（{number}，{signed}）",
                        )
        names = {a.applicant_id: a.applicant.name for a in apps}
        for j_list in exp_by_org.values():
            e = experts[j_list[0]]
            if e.organization is not None:
                names[e.organization.pk] = e.organization.name
        since = timezone.make_aware(dt.datetime.combine(cutoff, dt.time()))
        current = {a.pk for a in apps}
        earlier = (
            Application.objects.filter(
                created_at__gte=since, applicant_id__in=applicant_ids | expert_org_ids
            )
            .exclude(pk__in=current)
            .values_list("applicant_id", "title", "data")
        )
        for owner, title, data in earlier:
            partners = [p for f in PARTNER_FIELDS for p in names_in((data or {}).get(f))]
            if not partners:
                continue
            for other, other_name in names.items():
                if other == owner or not any(_same_org_name(p, other_name) for p in partners):
                    continue
                # owner applied with `other` as partner: a collaboration of the two
                for org_a, org_e in ((owner, other), (other, owner)):
                    for i in app_rows.get(org_a, []):
                        for j in exp_by_org.get(org_e, []):
                            hit(i, j, f"近{COLLABORATION_YEARS}年与申报单位联合申报（{title}）")
        # earlier joint bids recorded as partner rows, in either direction
        bids = (
            BidPartner.objects.filter(application__created_at__gte=since)
            .exclude(application_id__in=current)
            .filter(
                Q(application__applicant_id__in=applicant_ids, organization_id__in=expert_org_ids)
                | Q(application__applicant_id__in=expert_org_ids, organization_id__in=applicant_ids)
            )
            .values_list("application__applicant_id", "organization_id", "application__title")
        )
        for lead, partner_id, title in bids:
            for org_a, org_e in ((lead, partner_id), (partner_id, lead)):
                for i in app_rows.get(org_a, []):
                    for j in exp_by_org.get(org_e, []):
                        hit(i, j, f"近{COLLABORATION_YEARS}年与申报单位联合申报（{title}）")

    # 6. blacklist entries in force for this programme: the expert is out for every application
    active = (
        BlacklistEntry.objects.filter(starts_on__lte=today)
        .exclude(ends_on__lt=today)
        .filter(Q(programme_type__isnull=True) | Q(programme_type_id=call.programme_type_id))
    )
    digests = [e.id_digest for e in experts if e.id_digest]
    barred = dict(
        active.filter(kind=BlacklistEntry.Kind.PERSON, id_digest__in=digests).values_list(
            "id_digest", "reason"
        )
    )
    for j, e in enumerate(experts):
        if e.id_digest in barred:
            for i in range(len(apps)):
                hit(i, j, f"专家列入黑名单（{barred[e.id_digest]}）")


def is_core(expert: Expert) -> bool:
    return expert.tier == ExpertTier.CORE

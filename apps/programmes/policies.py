"""Who stands where relative to an application, on top of the role table and the scope."""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.choices import Role
from apps.accounts.permissions import has_perm
from apps.programmes.choices import EDITABLE, ApplicationStatus, StageActor
from apps.programmes.workflows import Standing, Workflow

if TYPE_CHECKING:
    from apps.accounts.models import User
    from apps.organizations.models import Organization
    from apps.programmes.models import Application, Call
    from apps.regions.models import Region

OFFICER_ACTOR = {
    Role.PROVINCE_OFFICER: StageActor.PROVINCE,
    Role.CITY_OFFICER: StageActor.CITY,
    Role.COUNTY_OFFICER: StageActor.COUNTY,
}
APPLICANT_ROLES = frozenset({Role.ENTERPRISE, Role.UNIVERSITY})


def is_applicant(actor: User, application: Application) -> bool:
    return (
        actor.is_authenticated
        and actor.role in APPLICANT_ROLES
        and actor.organization_id is not None
        and actor.organization_id == application.applicant_id
    )


def standing(actor: User, application: Application) -> Standing:
    """The actor's part in this application: applicant, or the officer of which level, and
    whether the application lies within that officer's node."""
    if is_applicant(actor, application):
        return Standing(actor=StageActor.APPLICANT, in_region=True)
    role = OFFICER_ACTOR.get(actor.role)  # type: ignore[call-overload]
    if role is None or actor.region is None or not has_perm(actor, "programmes.handle"):
        return Standing(actor="", in_region=False)
    return Standing(actor=role, in_region=application.region.is_within(actor.region))


def may_seat(actor: User, application: Application) -> bool:
    """Whether the actor handles the application's review stage, and so seats or releases its
    experts: the stage reviews, the application is active, and the actor is that stage's
    officer for the application's region."""
    stage = Workflow.parse(application.config.stages).stage(application.stage)
    if stage is None or not stage.review or application.status != ApplicationStatus.ACTIVE:
        return False
    found = standing(actor, application)
    return found.actor == stage.actor and found.in_region


def stage_officers(application: Application, actor: str) -> list[User]:
    """The officers who act at a stage of `actor` (county/city/province) on this application:
    active accounts of that level whose node holds the application, and who would be allowed
    to act there (`standing`). Empty for the applicant's stages."""
    from apps.accounts.models import User

    roles = [role for role, level in OFFICER_ACTOR.items() if level == actor]
    if not roles:
        return []
    nodes = application.region.path.rstrip("/").split("/")  # the node and every one above
    candidates = User.objects.filter(
        role__in=roles, region_id__in=nodes, is_active=True
    ).select_related("region")
    return [
        user
        for user in candidates.order_by("id")
        if (found := standing(user, application)).actor == actor and found.in_region
    ]


def may_edit(actor: User, application: Application) -> bool:
    return (
        has_perm(actor, "programmes.apply")
        and is_applicant(actor, application)
        and application.status in EDITABLE
    )


def has_county(region: Region) -> bool:
    """Whether a county-level unit stands over this node (else county stages do not apply)."""
    from apps.regions.choices import RegionLevel

    if region.level == RegionLevel.COUNTY:
        return True
    if region.level == RegionLevel.ZONE and region.parent is not None:
        return region.parent.level == RegionLevel.COUNTY
    return False


def city_code(region: Region) -> str:
    """The code of the city a node belongs to ('' for the province itself)."""
    codes = region.path.rstrip("/").split("/")
    return codes[1] if len(codes) > 1 else ""


def eligibility_subject(organization_id: int) -> Organization:
    """The organisation with what the eligibility rules read (kind, size, region path)."""
    from apps.organizations.models import Organization

    return (
        Organization.objects.select_related("region")
        .only("kind", "size", "region__path")  # on every call page
        .get(pk=organization_id)
    )


def eligibility_problems(call: Call, organization: int | Organization) -> list[str]:
    """Why an organisation may not apply to a call (empty when it may). Pass the organisation
    from `eligibility_subject` when checking several calls, to read it once."""
    from django.utils import timezone

    from apps.organizations.models import Qualification

    rules = call.config.eligibility or {}
    org = eligibility_subject(organization) if isinstance(organization, int) else organization
    problems: list[str] = []
    kinds = rules.get("kinds")
    if kinds and org.kind not in kinds:
        problems.append("本批次不接受该类型单位申报。")
    regions = rules.get("regions")
    if regions and not any(org.region.path.find(f"{code}/") >= 0 for code in regions):
        problems.append("所在地区不在本批次申报范围内。")
    sizes = rules.get("sizes")
    if sizes and org.size not in sizes:
        problems.append("企业规模不符合申报条件。")
    qualification = rules.get("qualification")
    if qualification:
        today = timezone.localdate()
        held = (
            Qualification.objects.filter(
                organization=org, type_id=qualification, valid_from__lte=today
            )
            .exclude(valid_until__lt=today)
            .exists()
        )
        if not held:
            from apps.organizations.models import QualificationType

            qt = QualificationType.objects.filter(pk=qualification).first()
            problems.append(f"须持有有效的“{qt.name if qt else qualification}”资质。")
    return problems

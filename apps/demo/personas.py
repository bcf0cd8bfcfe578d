"""The demo accounts: one per persona, with fixed usernames the README and tests refer to.

Accounts are made through `apps.accounts.services.user_create`, so they carry the same checks
and audit rows as any other account. The organisations they act for are the synthetic ones the
generator wrote (an enterprise and a university in the capital city) plus government
departments created here. Display names are generic and synthetic.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from apps.accounts.choices import Role
from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.organizations import credit_code
from apps.organizations.choices import OrganizationKind, OrganizationSize
from apps.organizations.models import Organization
from apps.organizations.services import organization_create
from apps.regions.models import Region

DEFAULT_PASSWORD = "Kechuang@2026"  # noqa: S105  (the published demo password)
PASSWORD_ENV = "KECHUANG_DEMO_PASSWORD"  # noqa: S105  (a variable name, not a secret)


@dataclass(frozen=True, slots=True)
class Persona:
    """One demo account. `where` says which node or organisation the account acts for."""

    username: str
    role: str
    display_name: str
    where: str  # province | capital | second_city | county | enterprise | university


PERSONAS: tuple[Persona, ...] = (
    Persona("province_admin", Role.PROVINCE_OFFICER, "张伟", "province"),
    Persona("nanchang_officer", Role.CITY_OFFICER, "王芳", "capital"),
    Persona("ganzhou_officer", Role.CITY_OFFICER, "李娜", "second_city"),
    Persona("county_clerk", Role.COUNTY_OFFICER, "刘洋", "county"),
    Persona("enterprise_user", Role.ENTERPRISE, "陈静", "enterprise"),
    Persona("university_user", Role.UNIVERSITY, "杨帆", "university"),
    Persona("expert_user", Role.EXPERT, "赵磊", "expert"),
    Persona("sys_admin", Role.SYS_ADMIN, "黄敏", "province"),
    Persona("sec_admin", Role.SEC_ADMIN, "周强", "province"),
    Persona("audit_admin", Role.AUDIT_ADMIN, "吴琳", "province"),
)
USERNAMES: tuple[str, ...] = tuple(p.username for p in PERSONAS)

# Jiangxi's nodes; another province falls back to its capital, its second city and a county
# of its third city.
PREFERRED = {"second_city": "360700", "county": "360423"}


def demo_password() -> str:
    """The demo password: `$KECHUANG_DEMO_PASSWORD`, or the published default."""
    return os.environ.get(PASSWORD_ENV) or DEFAULT_PASSWORD


def password_shown() -> str:
    """What to print for the password: never echo one taken from the environment."""
    if os.environ.get(PASSWORD_ENV):
        return f"（见环境变量 {PASSWORD_ENV}）"
    return DEFAULT_PASSWORD


@dataclass(slots=True)
class _Nodes:
    province: Region
    capital: Region
    second_city: Region
    county: Region


def _nodes(province_code: str) -> _Nodes:
    province = Region.objects.get(code=province_code)
    cities = list(Region.objects.filter(parent=province, level="city").order_by("code"))
    if not cities:
        raise ValueError(f"{province.name}下没有设区市，无法创建演示账号。")
    capital = next((c for c in cities if c.code == province_code[:2] + "0100"), cities[0])
    others = [c for c in cities if c.code != capital.code] or [capital]
    second = next((c for c in others if c.code == PREFERRED["second_city"]), others[0])
    county = Region.objects.filter(code=PREFERRED["county"], level="county").first()
    if county is None:
        third = [c for c in others if c.code != second.code] or others
        county = Region.objects.filter(parent__in=third, level="county").order_by("code").first()
    if county is None:
        raise ValueError(f"{province.name}下没有县级行政区划，无法创建演示账号。")
    return _Nodes(province, capital, second, county)


def _government(region: Region, name: str) -> Organization:
    """A government department; its credit code (机关, "11") never collides with generated ones."""
    existing = Organization.objects.filter(name=name, region=region).first()
    if existing is not None:
        return existing
    body = "KJ" + region.code[:6]
    code = credit_code.make("1", "1", region.code[:6], body)
    return organization_create(
        actor=None, credit_code=code, name=name, kind=OrganizationKind.GOVERNMENT, region=region
    )


def _bureau_name(region: Region) -> str:
    suffix = "科学技术厅" if region.level == "province" else "科学技术局"
    return f"{region.name}{suffix}"


def _within(node: Region) -> dict[str, str]:
    return {"region__path__startswith": node.path}


def _enterprise(capital: Region) -> Organization:
    """A Nanchang enterprise with a current high-tech certificate, picked deterministically."""
    today = timezone.localdate()
    base = Organization.objects.filter(kind=OrganizationKind.ENTERPRISE, **_within(capital))
    preferred = (
        base.filter(
            size__in=[OrganizationSize.SMALL, OrganizationSize.MEDIUM],
            qualifications__type_id="high_tech",
            qualifications__valid_from__lte=today,
            qualifications__valid_until__gte=today,
        )
        .order_by("id")
        .first()
    )
    found = preferred or base.order_by("id").first()
    if found is not None:
        return found
    city = capital.name.removesuffix("市")
    return organization_create(
        actor=None,
        credit_code=credit_code.make("9", "1", capital.code[:6], "MA3DEM01"),
        name=f"{city}示范科技有限公司",
        kind=OrganizationKind.ENTERPRISE,
        region=capital,
        size=OrganizationSize.SMALL,
    )


def _university(capital: Region) -> Organization:
    found = (
        Organization.objects.filter(kind=OrganizationKind.UNIVERSITY, **_within(capital))
        .order_by("id")
        .first()
    )
    if found is not None:
        return found
    city = capital.name.removesuffix("市")
    return organization_create(
        actor=None,
        credit_code=credit_code.make("1", "2", capital.code[:6], "DEM00001"),
        name=f"{city}示范理工学院",
        kind=OrganizationKind.UNIVERSITY,
        region=capital,
    )


def personas_create(*, province_code: str | None = None, password: str | None = None) -> list[User]:
    """Create the ten demo accounts (and the government departments they work for).

    Call after the generated organisations are written: the enterprise and university accounts
    act for organisations picked from them. Existing accounts with these usernames are an error
    (user_create refuses a duplicate username).
    """
    nodes = _nodes(province_code or settings.KECHUANG_PROVINCE_CODE)
    password = password or demo_password()
    department = _government(nodes.province, _bureau_name(nodes.province))
    enterprise = _enterprise(nodes.capital)
    university = _university(nodes.capital)
    placement: dict[str, tuple[Region | None, Organization | None]] = {
        "province": (nodes.province, department),
        "capital": (nodes.capital, _government(nodes.capital, _bureau_name(nodes.capital))),
        "second_city": (
            nodes.second_city,
            _government(nodes.second_city, _bureau_name(nodes.second_city)),
        ),
        "county": (nodes.county, _government(nodes.county, _bureau_name(nodes.county))),
        "enterprise": (None, enterprise),
        "university": (None, university),
        "expert": (university.region, university),
    }
    users = []
    for persona in PERSONAS:
        region, organization = placement[persona.where]
        users.append(
            user_create(
                actor=None,
                username=persona.username,
                password=password,
                role=persona.role,
                display_name=persona.display_name,
                organization=organization,
                region=region,
            )
        )
    return users


def persona_rows() -> list[tuple[str, str, str]]:
    """(username, role label, where) of the demo accounts that exist, in persona order."""
    users = {
        u.username: u
        for u in User.objects.filter(username__in=USERNAMES).select_related(
            "region", "organization"
        )
    }
    rows = []
    for persona in PERSONAS:
        user = users.get(persona.username)
        if user is None:
            continue
        parts = [user.region.name if user.region else ""]
        if user.organization is not None:
            parts.append(user.organization.name)
        where = " · ".join(p for p in parts if p)
        rows.append((user.username, str(Role(user.role).label), where))
    return rows

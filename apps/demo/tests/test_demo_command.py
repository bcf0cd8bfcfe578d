"""`manage.py demo` against the test database, on a small custom scale."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection, transaction

from apps.accounts.models import User
from apps.audit.models import AuditEvent
from apps.core.text import name_index, pinyin_full, search_key
from apps.demo.personas import DEFAULT_PASSWORD, PASSWORD_ENV, USERNAMES, persona_rows
from apps.organizations.models import Organization, Qualification
from apps.regions.models import Region

COUNT = 400


def load(*args: str) -> str:
    out = StringIO()
    call_command("demo", "--count", str(COUNT), *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def loaded(db: None, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    return load("--seed", "5")


def test_creates_organisations_qualifications_and_links(loaded: str) -> None:
    generated = Organization.objects.exclude(kind="government")
    assert generated.count() == COUNT
    assert Qualification.objects.count() > 0
    assert Organization.chains.through.objects.count() > 0
    assert set(generated.values_list("kind", flat=True)) == {
        "enterprise",
        "university",
        "institute",
        "service_provider",
    }
    for org in generated.order_by("id"):
        org.full_clean()
    events = AuditEvent.objects.filter(action="demo.load")
    assert events.count() == 1
    assert events.get().after["organizations"] == COUNT
    assert "完成" in loaded


def test_search_fields_match_the_service_index(loaded: str) -> None:
    for name, name_pinyin, text in Organization.objects.values_list(
        "name", "name_pinyin", "search_text"
    ):
        assert name_pinyin == pinyin_full(name)[:400]
        assert text == search_key(name)


@pytest.mark.parametrize(
    "name",
    ["重庆长江银行", "長沙银行（江西）分行", "ＡＢＣ科技", "南昌 X2 数据", "行长行走", "", "123"],
)
def test_bulk_indexer_equals_reference(name: str) -> None:
    assert name_index(name) == (pinyin_full(name)[:400], search_key(name))


def test_personas_have_roles_regions_and_organisations(loaded: str) -> None:
    users = {u.username: u for u in User.objects.filter(username__in=USERNAMES)}
    assert set(users) == set(USERNAMES) and len(USERNAMES) == 10
    expected = {
        "province_admin": ("province_officer", "360000"),
        "nanchang_officer": ("city_officer", "360100"),
        "ganzhou_officer": ("city_officer", "360700"),
        "county_clerk": ("county_officer", "360423"),
        "sys_admin": ("sys_admin", "360000"),
        "sec_admin": ("sec_admin", "360000"),
        "audit_admin": ("audit_admin", "360000"),
    }
    for username, (role, region) in expected.items():
        assert (users[username].role, users[username].region_id) == (role, region)
    department = users["province_admin"].organization
    assert department is not None and department.kind == "government"
    assert department.name.endswith("科学技术厅")
    for admin in ("sys_admin", "sec_admin", "audit_admin"):
        assert users[admin].organization == department
    assert Region.objects.get(code="360423").parent_id == "360400"

    nanchang = Region.objects.get(code="360100")
    enterprise = users["enterprise_user"]
    company = enterprise.organization
    assert enterprise.role == "enterprise"
    assert company is not None and company.kind == "enterprise"
    assert enterprise.region is not None and enterprise.region.is_within(nanchang)
    assert enterprise.region == company.region
    university = users["university_user"]
    school = university.organization
    assert university.role == "university"
    assert school is not None and school.kind == "university"
    assert school.region.is_within(nanchang)
    expert = users["expert_user"]
    assert expert.role == "expert"
    assert expert.organization == school
    assert expert.region == school.region

    for user in users.values():
        user.full_clean()
        assert user.check_password(DEFAULT_PASSWORD)
        assert user.display_name
    assert [row[0] for row in persona_rows()] == list(USERNAMES)
    assert "province_admin" in loaded and DEFAULT_PASSWORD in loaded


def test_every_demo_reviewer_has_an_expert_profile(loaded: str) -> None:
    # an expert without a profile cannot be seated by hand, nor named by organisation
    reviewers = User.objects.filter(role="expert", username__startswith="reviewer_")
    assert reviewers.exists()
    assert not reviewers.filter(expert_profile__isnull=True).exists()
    for user in reviewers:
        profile = user.expert_profile
        assert profile.status == "approved" and profile.organization_name and profile.title


def test_if_empty_is_a_no_op_the_second_time(loaded: str) -> None:
    before = (
        Organization.objects.count(),
        Qualification.objects.count(),
        User.objects.count(),
        AuditEvent.objects.count(),
    )
    out = load("--if-empty", "--seed", "6")
    after = (
        Organization.objects.count(),
        Qualification.objects.count(),
        User.objects.count(),
        AuditEvent.objects.count(),
    )
    assert after == before
    assert "跳过" in out
    assert "province_admin" in out  # the accounts are still listed for `make run`
    with pytest.raises(CommandError):
        load()


def test_same_seed_loads_the_same_data(db: None) -> None:
    # Load, note what was written, roll the whole load back (every domain's demo rows with it)
    # and load again.
    savepoint = transaction.savepoint()
    load("--seed", "9")
    first = list(
        Organization.objects.exclude(kind="government")
        .order_by("id")
        .values_list("credit_code", "name", "region_id")
    )
    quals = Qualification.objects.count()
    transaction.savepoint_rollback(savepoint)
    assert not Organization.objects.exists()
    load("--seed", "9")
    again = list(
        Organization.objects.exclude(kind="government")
        .order_by("id")
        .values_list("credit_code", "name", "region_id")
    )
    assert again == first
    assert Qualification.objects.count() == quals


def test_loads_regions_when_missing(db: None) -> None:
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM regions_region")
    assert not Region.objects.exists()
    load()
    assert Region.objects.filter(level="city").count() == 11
    assert Organization.objects.exclude(kind="government").count() == COUNT


def test_password_from_environment(db: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(PASSWORD_ENV, "Another@Pass2026")
    out = load()
    assert User.objects.get(username="expert_user").check_password("Another@Pass2026")
    assert "Another@Pass2026" not in out  # a password from the environment is not echoed

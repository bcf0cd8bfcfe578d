"""organizations 0002–0007 on a database already holding organisations: the dictionary seed
(0002) leaves an edited entry alone, contact phones written in plain text before encryption
are encrypted, and organisations and qualifications get valid seals (0006)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.db import connection

from apps.core import crypto
from apps.core.integrity import broken_seals
from tests.migrations.conftest import organization

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [
    ("organizations", "0002_seed_dictionaries"),
    ("organizations", "0003_search_trigram"),
    ("organizations", "0004_organization_seal_qualification_seal_and_more"),
    ("organizations", "0005_qualification_period_index"),
    ("organizations", "0006_encrypt_and_seal_existing_rows"),
    ("organizations", "0007_qualification_lookup_index"),
]


def test_plain_phones_are_encrypted_and_rows_sealed(upgrade):
    old = upgrade.before(("organizations", "0001_initial"))
    old.get_model("organizations", "QualificationType").objects.create(
        code="high_tech", name="高新技术企业（省认定）", category="qualification"
    )
    maker = organization(
        old,
        "赣江测试光电有限公司",
        "91360100MA35TEST01",
        contact_phone="0791-88881234",
        registered_capital=Decimal("1250.50"),
    )
    quiet = organization(old, "章贡测试稀土有限公司", "91360700MA35TEST02", region_id="360700")
    qualification = old.get_model("organizations", "Qualification").objects.create(
        organization=maker,
        type_id="high_tech",
        valid_from=dt.date(2024, 12, 1),
        valid_until=dt.date(2027, 11, 30),
        certificate_no="GR202436000123",
    )

    upgrade.to_latest()

    from apps.organizations.models import Organization, Qualification, QualificationType

    assert QualificationType.objects.get(code="high_tech").name == "高新技术企业（省认定）"
    assert QualificationType.objects.filter(code="tech_sme").exists()

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT contact_phone FROM organizations_organization WHERE id = %s", [maker.pk]
        )
        (stored,) = cursor.fetchone()
    assert stored.startswith(crypto.PREFIX) and "88881234" not in stored
    upgraded = Organization.objects.get(pk=maker.pk)
    assert upgraded.contact_phone == "0791-88881234"
    assert upgraded.registered_capital == Decimal("1250.50")
    assert Organization.objects.get(pk=quiet.pk).contact_phone == ""
    assert Qualification.objects.get(pk=qualification.pk).certificate_no == "GR202436000123"
    assert all(row.seal for row in Organization.objects.all())
    assert list(broken_seals(Organization)) == [] and list(broken_seals(Qualification)) == []

    # The seals cover the values: a capital changed behind the application's back is found.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE organizations_organization SET registered_capital = 9999 WHERE id = %s",
            [maker.pk],
        )
    assert [row.pk for row in broken_seals(Organization)] == [maker.pk]

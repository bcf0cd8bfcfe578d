"""market 0002–0004 on a database already holding listings: the search tables and their change
log are created empty, and the job 重建检索数据 (which 0003 asks for after upgrading) fills them
from the published listings, so the old listings are found again."""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.utils import timezone

from apps.market.search import backends
from tests.migrations.conftest import days_ago, organization, user

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [
    ("market", "0002_search_tables"),
    ("market", "0003_search_log"),
    ("market", "0004_transfer_office"),
    ("market", "0005_party_view_and_expiry_reminder"),
]


def test_old_listings_are_found_after_the_rebuild_job(upgrade):
    old = upgrade.before(("market", "0001_initial"))
    university = organization(
        old, "南昌测试理工大学", "12360000MB1TEST03", kind="university", region_id="360102"
    )
    enterprise = organization(old, "赣州测试稀土有限公司", "91360700MA35TEST04", region_id="360700")
    achievement = old.get_model("market", "Achievement")
    common = {"status": "published", "published_at": days_ago(40)}
    lithium = achievement.objects.create(
        organization=university,
        region_id="360102",
        title="高镍锂电池正极材料制备技术",
        summary="一种高镍三元正极材料的共沉淀制备方法，循环寿命提高。",
        field="new_energy",
        keywords="锂电池、正极材料",
        maturity=6,
        **common,
    )
    draft = achievement.objects.create(
        organization=university,
        region_id="360102",
        title="锂电池隔膜涂覆技术",
        summary="草稿，未发布。",
        field="new_energy",
        maturity=3,
    )
    lapsed = achievement.objects.create(
        organization=university,
        region_id="360102",
        title="锂电池回收湿法冶金技术",
        summary="有效期已过。",
        field="new_energy",
        maturity=5,
        expires_on=dt.date(2025, 1, 31),
        **common,
    )
    demand = old.get_model("market", "Demand").objects.create(
        organization=enterprise,
        region_id="360700",
        title="稀土废料绿色回收技术需求",
        summary="寻求离子型稀土废料中稀土元素的高效回收工艺。",
        field="nonferrous",
        keywords="稀土、回收",
        **common,
    )
    officer = user(old, "old_province_officer", "province_officer", region_id="360000")

    upgrade.to_latest()

    from apps.accounts.models import User
    from apps.jobs.services import job_start
    from apps.market import search

    tables = set(connection.introspection.table_names())
    assert {backends.table(kind) for kind in backends.KINDS} | {backends.LOG} <= tables
    assert search.search("achievement", "锂电池") == []  # created empty: nothing indexed yet

    job = job_start(
        actor=User.objects.get(pk=officer.pk), kind="market.search_rebuild", title="重建检索数据"
    )
    job.refresh_from_db()
    assert job.status == "succeeded", job.log
    assert job.result == {"achievements": 1, "demands": 1}
    found = search.search("achievement", "锂电池")
    assert found == [lithium.pk]
    assert draft.pk not in found and lapsed.pk not in found
    assert search.search("demand", "稀土回收") == [demand.pk]


def test_notes_written_before_0005_stay_internal_and_listings_are_reminded(upgrade):
    """Notes were written when only the broker and officers read them: they stay internal to
    them after the parties gain a view of their deals. Listings published before 0005 have not
    been reminded of any date, so the next daily run reminds those close to expiry."""
    old = upgrade.before(("market", "0004_transfer_office"))
    university = organization(
        old, "南昌测试理工大学", "12360000MB1TEST03", kind="university", region_id="360102"
    )
    enterprise = organization(old, "南昌测试电子有限公司", "91360100MA35TEST05")
    owner = user(
        old,
        "old_university_user",
        "university",
        organization_id=university.pk,
        data_scope="organization",
    )
    broker = user(old, "old_broker", "broker", region_id="360100")
    common = {"status": "published", "published_at": days_ago(355), "field": "new_energy"}
    soon = timezone.localdate() + dt.timedelta(days=10)
    achievement = old.get_model("market", "Achievement").objects.create(
        organization=university,
        owner=owner,
        region_id="360102",
        title="高镍锂电池正极材料制备技术",
        summary="共沉淀制备方法。",
        maturity=6,
        expires_on=soon,
        **common,
    )
    demand = old.get_model("market", "Demand").objects.create(
        organization=enterprise,
        region_id="360102",
        title="正极材料烧结能耗高",
        summary="寻求合作。",
        **common,
    )
    deal = old.get_model("market", "Deal").objects.create(
        demand=demand, achievement=achievement, broker=broker, stage="negotiation"
    )
    old.get_model("market", "DealNote").objects.create(
        deal=deal, author=broker, stage="negotiation", text="需求方报价底线二十万"
    )

    upgrade.to_latest()

    from django.test import TestCase

    from apps.accounts.models import User
    from apps.market import deal_selectors, expiry_services
    from apps.market.models import Deal
    from apps.notices.models import Notice

    party = User.objects.get(pk=owner.pk)
    found = deal_selectors.deal_get(actor=party, pk=deal.pk)
    (step,) = deal_selectors.deal_history(actor=party, deal=found)
    assert step.hidden and step.text == ""
    assert Deal.objects.get(pk=deal.pk).notes.get().shared is False
    with TestCase.captureOnCommitCallbacks(execute=True):
        assert expiry_services.listings_remind_expiring(today=timezone.localdate()) == 1
    assert Notice.objects.filter(recipient=party, link__endswith="#renew").count() == 1

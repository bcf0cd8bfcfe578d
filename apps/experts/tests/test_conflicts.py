"""Each conflict source is found from structured data, with the reason the officer sees."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from apps.core.crypto import mac
from apps.experts import batch as batches
from apps.experts.tests.conftest import application_make, expert_make, id_number
from apps.market.models import TechContract
from apps.programmes.models import Application, BlacklistEntry
from tests.factories import OrganizationFactory

pytestmark = pytest.mark.django_db


def _reasons(officer, call, app):
    today = timezone.localdate()
    b = batches.build(
        actor=officer, call=call, applications=[app], start=today, end=today + dt.timedelta(7)
    )
    out = {}
    for (_, j), why in b.reasons.items():
        out[b.experts[j].name] = why
    assert set(out) == {b.experts[j].name for j in range(len(b.experts)) if b.conflicts[0, j]}
    return out, b


def test_every_conflict_source(province_officer, review_call):
    group = OrganizationFactory.create(name="江西测试集团有限公司", region_id="360102")
    applicant = OrganizationFactory.create(
        name="江西测试电子有限公司", region_id="360102", parent=group
    )
    sister = OrganizationFactory.create(
        name="江西测试材料有限公司", region_id="360203", parent=group
    )
    partner = OrganizationFactory.create(name="南昌测试大学", kind="university", region_id="360102")
    contractor = OrganizationFactory.create(
        name="赣州测试研究院", kind="institute", region_id="360702"
    )
    joint = OrganizationFactory.create(name="九江测试学院", kind="university", region_id="360402")
    neutral = OrganizationFactory.create(name="宜春无关测试公司", region_id="360902")
    member_id = id_number("36010219800101002")
    app = application_make(
        review_call,
        applicant,
        province_officer,
        1,
        title="测试项目",
        field="电子信息",
        partners="南昌测试大学",
        avoid_experts="回避甲",
        team=[
            {"name": "张三", "id_digest": mac(member_id.encode()), "id_masked": ""},
            {"name": "李四", "id_digest": "", "id_masked": ""},
        ],
    )
    TechContract.objects.create(
        contract_no="HT-2025-001",
        title="技术开发",
        kind="development",
        seller=contractor,
        seller_region_id="360702",
        buyer=applicant,
        buyer_name=applicant.name,
        signed_on=timezone.localdate() - dt.timedelta(days=200),
        total_amount=Decimal(100000),
        tech_amount=Decimal(80000),
    )
    Application.objects.create(
        call=review_call,
        config=review_call.config,
        applicant=joint,
        region=joint.region,
        title="联合攻关旧项目",
        data={"partners": "江西测试电子有限公司"},
        status="completed",
        stage="review",
        created_by=province_officer,
    )
    blacklisted_id = id_number("36010219700101003")
    BlacklistEntry.objects.create(
        kind="person",
        name="失信乙",
        id_digest=mac(blacklisted_id.encode()),
        reason="评审失信",
        starts_on=timezone.localdate() - dt.timedelta(days=1),
    )
    make = lambda name, org, **kw: expert_make(province_officer, name, org=org, **kw)  # noqa: E731
    make("同单位", applicant)
    make("集团", group)
    make("兄弟单位", sister)
    make("成员张", neutral, id_number=member_id)
    make("李四", neutral)
    make("合作方", partner)
    make("合同方", contractor)
    make("联合申报方", joint)
    make("回避甲", neutral)
    make("失信乙", neutral, id_number=blacklisted_id)
    make("自报单位", neutral, conflict_organizations=[applicant])
    make("自报人员", neutral, conflict_people=["李四"])
    make("无关", neutral)
    make("不可参评", neutral, unavailable=[{"start": "2000-01-01", "end": "2100-01-01"}])
    found, b = _reasons(province_officer, review_call, app)
    expect = {
        "同单位": "同单位",
        "集团": "上级单位",
        "兄弟单位": "上级单位",
        "成员张": "项目组成员",
        "李四": "同名",
        "合作方": "合作/联合申报单位",
        "合同方": "技术合同",
        "联合申报方": "联合申报",
        "回避甲": "申请回避",
        "失信乙": "黑名单",
        "自报单位": "申报回避该单位",
        "自报人员": "申报回避人员",
    }
    assert set(found) == set(expect)
    for name, word in expect.items():
        assert any(word in r for r in found[name]), (name, found[name])
    assert "无关" in [e.name for e in b.experts]
    assert [(e.name, "不可参评" in why) for e, why in b.left_out] == [("不可参评", True)]


def test_old_contracts_do_not_count(province_officer, review_call):
    applicant = OrganizationFactory.create(name="江西老合同测试公司", region_id="360102")
    old = OrganizationFactory.create(name="老合作测试研究院", kind="institute", region_id="360702")
    app = application_make(review_call, applicant, province_officer, 2, field="新材料")
    TechContract.objects.create(
        contract_no="HT-2019-001",
        title="技术转让",
        kind="transfer",
        seller=old,
        seller_region_id="360702",
        buyer=applicant,
        buyer_name=applicant.name,
        signed_on=timezone.localdate() - dt.timedelta(days=365 * 5),
        total_amount=Decimal(1000),
        tech_amount=Decimal(1000),
    )
    expert_make(province_officer, "老合作", org=old)
    found, _ = _reasons(province_officer, review_call, app)
    assert found == {}


def test_bid_partner_rows_conflict(province_officer, review_call):
    """A 揭榜挂帅 team's partner units are rows (BidPartner), not form text: their experts are
    out of this application's draw, and an earlier joint bid counts as a collaboration."""
    from apps.programmes.models import BidPartner

    applicant = OrganizationFactory.create(name="江西揭榜测试公司", region_id="360102")
    partner = OrganizationFactory.create(name="象湖测试大学", kind="university", region_id="360102")
    old_ally = OrganizationFactory.create(
        name="赣州旧伙伴研究院", kind="institute", region_id="360702"
    )
    neutral = OrganizationFactory.create(name="宜春无关测试公司", region_id="360902")
    app = application_make(review_call, applicant, province_officer, 1, field="电子信息")
    BidPartner.objects.create(application=app, organization=partner, role="联合攻关")
    earlier = application_make(review_call, old_ally, province_officer, 2, title="旧联合攻关")
    earlier.status = "completed"
    earlier.save(update_fields=["status"])
    BidPartner.objects.create(application=earlier, organization=applicant)
    make = lambda name, org, **kw: expert_make(province_officer, name, org=org, **kw)  # noqa: E731
    make("联合单位专家", partner)
    make("联合单位专家（未登记单位）", None, organization_name="象湖测试大学")
    make("旧伙伴专家", old_ally)
    make("无关专家", neutral)
    found, _ = _reasons(province_officer, review_call, app)
    assert set(found) == {"联合单位专家", "联合单位专家（未登记单位）", "旧伙伴专家"}
    assert any("联合申报单位（象湖测试大学）" in r for r in found["联合单位专家"])
    assert any("联合申报（旧联合攻关）" in r for r in found["旧伙伴专家"])

"""Listings: moderation, scoping, the public view, masking, hostile text, duplicates, expiry."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, TestCase

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.market import expiry_services, services
from apps.market.models import Achievement
from apps.market.tests.conftest import make_achievement, make_demand, publish
from apps.notices.models import Notice
from conftest import client_for

pytestmark = pytest.mark.django_db


def test_draft_to_pending_to_published_with_audit_rows(university_user, province_officer):
    a = make_achievement(university_user)
    assert a.status == "draft" and a.region_id == "360102"
    services.listing_submit(actor=university_user, listing=a)
    assert a.status == "pending"
    services.listing_review(actor=province_officer, listing=a, approve=True)
    a.refresh_from_db()
    assert a.status == "published" and a.expires_on is not None
    actions = list(
        AuditEvent.objects.filter(object_type="market.Achievement", object_id=str(a.pk))
        .order_by("seq")
        .values_list("action", flat=True)
    )
    assert actions == ["achievement.create", "achievement.submit", "achievement.publish"]


def test_reject_needs_a_reason_and_tells_the_owner(university_user, province_officer):
    from apps.notices.models import Notice

    a = make_achievement(university_user)
    services.listing_submit(actor=university_user, listing=a)
    with pytest.raises(ValidationError):
        services.listing_review(actor=province_officer, listing=a, approve=False, note=" ")
    with pytest.raises(ValidationError) as caught:  # it was cut to 500 characters
        services.listing_review(actor=province_officer, listing=a, approve=False, note="核" * 501)
    assert caught.value.message_dict["review_note"] == ["「审核意见」最多500字，现为501字。"]
    a.refresh_from_db()
    assert a.status == "pending"
    services.listing_review(actor=province_officer, listing=a, approve=False, note="价格请核实")
    assert a.status == "rejected"
    notice = Notice.objects.get(recipient=university_user)
    assert "被退回" in notice.title and "价格请核实" in notice.title


def test_moderation_only_within_the_officers_region(
    university_user, ganzhou_officer, nanchang_officer
):
    a = make_achievement(university_user)
    services.listing_submit(actor=university_user, listing=a)
    with pytest.raises(AccessDenied):
        services.listing_review(actor=ganzhou_officer, listing=a, approve=True)
    services.listing_review(actor=nanchang_officer, listing=a, approve=True)
    assert a.status == "published"


def test_enterprise_may_post_demands_but_a_university_may_not(university_user, enterprise_user):
    make_demand(enterprise_user)
    with pytest.raises(AccessDenied):
        make_demand(university_user)


def test_mass_assignment_is_refused(university_user):
    with pytest.raises(AccessDenied):
        make_achievement(university_user, status="published")


def test_bad_input_gives_chinese_messages_and_writes_nothing(university_user):
    before = Achievement.objects.count()
    with pytest.raises(ValidationError) as exc:
        make_achievement(university_user, transfer_modes=[])
    assert "转化方式" in str(exc.value)
    with pytest.raises(ValidationError) as exc:
        make_achievement(university_user, price=None, negotiable=False)
    assert "面议" in str(exc.value)
    with pytest.raises(ValidationError):
        make_achievement(university_user, maturity=10)
    assert Achievement.objects.count() == before


def test_markup_is_refused_with_a_chinese_message_naming_the_field(university_user):
    before = Achievement.objects.count()
    for field, text in (
        ("title", "<script>alert('x')</script>锂电技术"),
        ("summary", "正极材料<img src=x onerror=alert(1)>"),
        ("keywords", "锂电、<b>正极</b>"),
        ("contact_name", '<a href="javascript:alert(1)">杨</a>'),
    ):
        with pytest.raises(ValidationError) as exc:
            make_achievement(university_user, **{field: text})
        assert "HTML" in exc.value.message_dict[field][0]
    assert Achievement.objects.count() == before
    a = make_achievement(university_user, summary="粒径<5μm，纯度>99.9%")  # not markup
    assert a.summary == "粒径<5μm，纯度>99.9%"


def test_markup_on_the_form_comes_back_under_its_field(university_user):
    page = client_for(university_user).post(
        "/market/achievements/new/",
        {
            "title": "<script>alert(1)</script>稀土永磁电机冷却",
            "summary": "冷却结构",
            "field": "nonferrous",
            "maturity": "6",
            "transfer_modes": ["license"],
            "negotiable": "on",
        },
    )
    assert page.status_code == 200
    assert "请勿输入 HTML 标记" in page.content.decode()
    assert not Achievement.objects.filter(title__contains="稀土永磁电机冷却").exists()


def test_stored_hostile_text_is_rendered_escaped(university_user, province_officer):
    a = publish(make_achievement(university_user), province_officer)
    Achievement.objects.filter(pk=a.pk).update(title="<script>alert('x')</script>锂电技术")
    html = Client().get(f"/market/achievements/{a.pk}/").content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_listing_form_has_usable_inputs(university_user):
    """The contact number is one line (not a textarea) and each transfer mode is its own
    labelled checkbox (they used to overlap the next field and could not be clicked)."""
    html = client_for(university_user).get("/market/achievements/new/").content.decode()
    assert '<textarea name="contact_phone"' not in html
    assert 'type="text" name="contact_phone"' in html and 'maxlength="64"' in html
    inline = 'class="form-check form-check-inline"><input type="checkbox" name="transfer_modes"'
    assert inline in html
    assert "---------" not in html


def test_likely_duplicate_is_flagged_for_the_moderator(university_user, province_officer):
    first = publish(make_achievement(university_user), province_officer)
    copy = make_achievement(university_user, title="高镍三元正极材料低成本制备技术（新版）")
    services.listing_submit(actor=university_user, listing=copy)
    copy.refresh_from_db()
    assert copy.duplicate_of_id == first.pk and copy.duplicate_score >= 0.6
    other = make_achievement(
        university_user, title="中药有效成分超临界萃取", summary="中药提取工艺", keywords="中药"
    )
    services.listing_submit(actor=university_user, listing=other)
    assert other.duplicate_of_id is None
    page = client_for(province_officer).get(f"/market/achievements/{copy.pk}/")
    assert "疑似重复" in page.content.decode()


def test_a_listing_submitted_twice_is_flagged_while_the_first_still_waits(
    university_user, province_officer
):
    first = make_achievement(university_user, title="稀土永磁电机高效冷却结构")
    services.listing_submit(actor=university_user, listing=first)
    again = make_achievement(university_user, title="稀土永磁电机高效冷却结构（修订）")
    services.listing_submit(actor=university_user, listing=again)
    again.refresh_from_db()
    assert again.duplicate_of_id == first.pk and again.duplicate_score >= 0.6
    page = client_for(province_officer).get("/market/moderation/").content.decode()
    assert "疑似重复" in page


def test_anonymous_sees_published_only_and_never_the_contact(university_user, province_officer):
    a = publish(make_achievement(university_user), province_officer)
    draft = make_achievement(university_user, title="未发布的成果")
    client = Client()
    page = client.get(f"/market/achievements/{a.pk}/").content.decode()
    assert "杨老师" not in page and "1234" not in page
    assert client.get(f"/market/achievements/{draft.pk}/").status_code == 404
    assert client.get(f"/api/v1/market/achievements/{draft.pk}/").status_code == 404
    listing = client.get("/market/achievements/").content.decode()
    assert a.title in listing and "未发布的成果" not in listing


def test_owner_sees_the_masked_contact(university_user, province_officer):
    a = publish(make_achievement(university_user), province_officer)
    page = client_for(university_user).get(f"/market/achievements/{a.pk}/").content.decode()
    assert "139****1234" in page


def test_officer_of_another_county_gets_404_on_unpublished_listing(
    university_user, county_clerk, donghu_officer
):
    a = make_achievement(university_user)
    services.listing_submit(actor=university_user, listing=a)
    assert client_for(county_clerk).get(f"/market/achievements/{a.pk}/").status_code == 404
    refused = AuditEvent.objects.filter(actor=county_clerk, result="refused")
    assert refused.count() == 1 and refused.get().object_id == str(a.pk)
    assert client_for(donghu_officer).get(f"/market/achievements/{a.pk}/").status_code == 200


def test_outsider_cannot_edit_someone_elses_draft(university_user, outsider):
    a = make_achievement(university_user)
    assert client_for(outsider).get(f"/market/achievements/{a.pk}/edit/").status_code in (403, 404)


def test_expiry_takes_listings_out_of_search_and_renewal_brings_them_back(
    university_user, province_officer
):
    from apps.market import search

    a = publish(make_achievement(university_user), province_officer)
    assert search.search("achievement", "锂电") == [a.pk]
    with TestCase.captureOnCommitCallbacks(execute=True):
        n = expiry_services.listings_expire(today=a.expires_on + dt.timedelta(days=1))
    a.refresh_from_db()
    assert n == 1 and a.status == "expired"
    told = Notice.objects.get(recipient=university_user, title__contains="已到期下架")
    assert "续期一年" in told.body and told.link == f"/market/achievements/{a.pk}/#renew"
    assert search.search("achievement", "锂电") == []
    services.listing_renew(actor=university_user, listing=a)
    assert a.status == "published" and search.search("achievement", "锂电") == [a.pk]


def test_withdraw_then_edit_and_resubmit(university_user, province_officer):
    a = publish(make_achievement(university_user), province_officer)
    services.listing_withdraw(actor=university_user, listing=a)
    services.listing_save(actor=university_user, kind="achievement", listing=a, title="改后的标题")
    services.listing_submit(actor=university_user, listing=a)
    assert a.status == "pending" and a.title == "改后的标题"


def test_posting_page_flow_for_an_enterprise(enterprise_user):
    client = client_for(enterprise_user)
    assert client.get("/market/demands/new/").status_code == 200
    response = client.post(
        "/market/demands/new/",
        {
            "title": "稀土永磁电机温升过高",
            "summary": "电机高速运行温升过高，寻求冷却方案。",
            "field": "nonferrous",
            "keywords": "稀土、永磁",
            "budget": "200000",
            "contact_name": "陈工",
            "contact_phone": "13907911111",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "待审核" in page and "139****1111" in page
    edit = client.get(response["Location"] + "edit/")
    assert edit.status_code == 404  # pending listings are not editable


def test_moderation_queue_page(university_user, nanchang_officer, ganzhou_officer):
    a = make_achievement(university_user)
    services.listing_submit(actor=university_user, listing=a)
    assert a.title in client_for(nanchang_officer).get("/market/moderation/").content.decode()
    assert a.title not in client_for(ganzhou_officer).get("/market/moderation/").content.decode()
    assert client_for(university_user).get("/market/moderation/").status_code == 403


def test_moderation_page_says_how_many_wait_beyond_those_listed(
    monkeypatch, university_user, nanchang_officer
):
    from apps.market.views import listings as views

    first = make_achievement(university_user, title="锂电池隔膜涂覆技术")
    second = make_achievement(university_user, title="稀土永磁回收技术")
    for listing in (first, second):
        services.listing_submit(actor=university_user, listing=listing)
    monkeypatch.setattr(views, "MODERATION_SHOWN", 1)
    page = client_for(nanchang_officer).get("/market/moderation/").content.decode()
    assert "（2 条待审）" in page and "最早的 1 条" in page
    assert first.title in page and second.title not in page  # oldest first
    assert "没有待审核的技术需求。" in page


def test_an_enterprise_page_of_own_listings_opens_on_its_demands(enterprise_user, university_user):
    demand = make_demand(enterprise_user)
    page = client_for(enterprise_user).get("/market/mine/").content.decode()
    assert demand.title in page and "技术需求 · 本单位或辖区内全部状态" in page
    # others open on achievements, and an empty list says what is empty
    page = client_for(university_user).get("/market/mine/").content.decode()
    assert "本单位或辖区还没有科技成果。" in page and demand.title not in page
    asked = client_for(enterprise_user).get("/market/mine/?kind=achievement").content.decode()
    assert "科技成果 · 本单位或辖区内全部状态" in asked and demand.title not in asked

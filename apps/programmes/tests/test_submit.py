"""Submitting: every problem at once, closed calls, idempotency, concurrency."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from apps.programmes import services
from apps.programmes.errors import Conflict, Invalid
from apps.programmes.models import Application, ApplicationVersion, Call, IdempotencyKey

from .conftest import at_once, make_call, ready_draft, valid_data

pytestmark = pytest.mark.django_db


def test_missing_required_fields_are_listed_all_at_once_with_their_labels(enterprise_user, call):
    app = services.application_create(actor=enterprise_user, call=call, title="")
    with pytest.raises(Invalid) as caught:
        services.application_submit(actor=enterprise_user, application=app)
    errors = caught.value.errors
    assert errors["title"] == "请填写“项目名称”。"
    assert errors["product"] == "请填写“新产品名称”。"
    assert errors["budget"] == "请填写“总投资（万元）”。"
    assert "项目可行性报告" in errors["attachments"]
    assert len(errors) >= 8
    app.refresh_from_db()
    assert app.status == "draft" and app.receipt_number is None


def test_numbers_out_of_range_and_a_10000_character_title_are_refused_in_chinese(
    enterprise_user, call
):
    app = services.application_create(actor=enterprise_user, call=call, title="光学镜头")
    data = {**valid_data(), "budget": "5", "rd_ratio": "abc"}
    with pytest.raises(Invalid) as caught:
        services.application_save(
            actor=enterprise_user,
            application=app,
            title="长" * 10000,
            data=data,
            expected_version=app.version,
        )
    errors = caught.value.errors
    assert errors["budget"] == "“总投资（万元）”不能小于 10。"
    assert errors["rd_ratio"] == "“研发投入占营业收入比例（%）”须为数字。"
    assert "「项目名称」最多200字，现为10000字。" in errors["title"]


def test_a_closed_call_refuses_submission_by_the_server_clock(enterprise_user, draft):
    Call.objects.filter(pk=draft.call_id).update(closes_at=timezone.now() - dt.timedelta(seconds=1))
    with pytest.raises(Conflict, match="申报已截止"):
        services.application_submit(actor=enterprise_user, application=draft)
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_the_same_key_gives_the_same_receipt_and_one_version(enterprise_user, draft):
    first = services.application_submit(
        actor=enterprise_user, application=draft, idempotency_key="abc"
    )
    again = services.application_submit(
        actor=enterprise_user, application=draft, idempotency_key="abc"
    )
    assert again["receipt_number"] == first["receipt_number"]
    assert again["replayed"] is True
    assert ApplicationVersion.objects.filter(application=draft).count() == 1
    assert IdempotencyKey.objects.filter(key="abc").count() == 1


def test_a_resend_without_the_key_still_gives_one_receipt(enterprise_user, draft):
    first = services.application_submit(actor=enterprise_user, application=draft)
    again = services.application_submit(
        actor=enterprise_user, application=draft, idempotency_key="new"
    )
    assert first["receipt_number"] == again["receipt_number"]
    assert ApplicationVersion.objects.filter(application=draft).count() == 1


def test_a_key_reused_for_another_application_is_refused(
    enterprise_user, draft, nanchang_enterprise
):
    services.application_submit(actor=enterprise_user, application=draft, idempotency_key="same")
    other_call = make_call("np-other")
    other = ready_draft(enterprise_user, other_call)
    with pytest.raises(Conflict, match="幂等键"):
        services.application_submit(
            actor=enterprise_user, application=other, idempotency_key="same"
        )


def test_two_people_saving_one_draft_do_not_overwrite_each_other(enterprise_user, draft):
    seen = draft.version
    services.application_save(
        actor=enterprise_user,
        application=draft,
        title="甲的修改",
        data=draft.data,
        expected_version=seen,
    )
    with pytest.raises(Conflict, match="已被他人修改"):
        services.application_save(
            actor=enterprise_user,
            application=draft,
            title="乙的修改",
            data=draft.data,
            expected_version=seen,
        )
    draft.refresh_from_db()
    assert draft.title == "甲的修改"


def test_receipt_numbers_are_sequential_per_call(enterprise_user, draft, call):
    answer = services.application_submit(actor=enterprise_user, application=draft)
    assert answer["receipt_number"] == f"{call.code.upper()}-00001"


def test_resubmission_after_a_return_keeps_the_receipt_and_adds_a_version(
    enterprise_user, submitted, donghu_officer
):
    receipt = submitted.receipt_number
    services.application_transition(
        actor=donghu_officer, application=submitted, action="return", reason="补充盖章页"
    )
    assert submitted.status == "returned"
    answer = services.application_submit(
        actor=enterprise_user, application=submitted, idempotency_key="k2"
    )
    assert answer["receipt_number"] == receipt
    assert submitted.stage == "county"
    assert list(submitted.versions.values_list("number", flat=True)) == [2, 1]


def test_concurrent_submits_with_one_key_give_one_receipt(transactional_db, enterprise_user, call):
    draft = ready_draft(enterprise_user, call)

    def submit(_n: int) -> dict[str, object]:
        return services.application_submit(
            actor=enterprise_user,
            application=Application.objects.get(pk=draft.pk),
            idempotency_key="rush",
        )

    answers, errors = at_once(6, submit)
    assert errors == []
    assert len(answers) == 6 and len({a["receipt_number"] for a in answers}) == 1
    assert ApplicationVersion.objects.filter(application=draft).count() == 1
    assert IdempotencyKey.objects.filter(key="rush").count() == 1
    assert Call.objects.get(pk=call.pk).receipt_counter == 1


def test_concurrent_submits_with_different_keys_all_get_the_one_receipt(
    transactional_db, enterprise_user, call
):
    draft = ready_draft(enterprise_user, call)

    def submit(n: int) -> dict[str, object]:
        return services.application_submit(
            actor=enterprise_user,
            application=Application.objects.get(pk=draft.pk),
            idempotency_key=f"k{n}",
        )

    answers, errors = at_once(4, submit)
    assert errors == []  # no 409: a resend under a new key waits, then gets the receipt
    assert len(answers) == 4
    assert len({a["receipt_number"] for a in answers}) == 1
    assert ApplicationVersion.objects.filter(application=draft).count() == 1
    assert Call.objects.get(pk=call.pk).receipt_counter == 1

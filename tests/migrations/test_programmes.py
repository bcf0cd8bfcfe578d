"""programmes 0002_review_lifecycle, 0002_challenges_reserve, 0003, the 0004 merge and 0005
(idempotency keys per operation), on a database holding calls, applications, review seats and
a submission's idempotency key.

0002_review_lifecycle gives seats scored before the lifecycle the status 已评分 and the rest
已邀请, invited when they were assigned; on PostgreSQL it once failed on such rows with
"pending trigger events". 0002_challenges_reserve replaces the one-application-per-call
constraint by a conditional one; 0003 marks no old seat as core; 0005 makes every old key a
submission's, so a resend with it still answers the receipt, while the same key may now be
used once more for an upload; 0006 leaves every old file on its application (not removed);
0007 gives every old application no stage drafts.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from tests.migrations.conftest import days_ago, organization, user

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [
    ("programmes", "0002_challenges_reserve"),
    ("programmes", "0002_review_lifecycle"),
    ("programmes", "0003_review_core_and_ratings"),
    ("programmes", "0004_merge_review_and_challenges"),
    ("programmes", "0005_idempotency_per_operation"),
    ("programmes", "0006_attachment_removed_at"),
    ("programmes", "0007_stage_drafts"),
]


def test_review_seats_get_their_lifecycle_status(upgrade):
    old = upgrade.before(("programmes", "0001_initial"))
    officer = user(old, "old_province_officer", "province_officer", region_id="360000")
    experts = [user(old, f"old_expert_{i}", "expert", region_id="360100") for i in range(3)]
    kind = old.get_model("programmes", "ProgrammeType").objects.create(
        code="key_rd", name="重点研发计划"
    )
    config = old.get_model("programmes", "ProgrammeConfig").objects.create(
        programme_type=kind, version=1
    )
    call = old.get_model("programmes", "Call").objects.create(
        code="2025-key-rd",
        name="2025年度重点研发计划",
        year=2025,
        opens_at=days_ago(300),
        closes_at=days_ago(270),
        programme_type=kind,
        config=config,
    )
    applicants = [
        organization(old, "南昌测试光学有限公司", "91360100MA35PROG01"),
        organization(old, "南昌测试材料有限公司", "91360100MA35PROG02"),
    ]
    application_model = old.get_model("programmes", "Application")
    applications = [
        application_model.objects.create(
            call=call,
            config=config,
            applicant=org,
            created_by=officer,
            region_id="360102",
            title=f"项目{i}",
            status="active",
            stage="expert_review",
            submitted_at=days_ago(280),
        )
        for i, org in enumerate(applicants)
    ]
    review = old.get_model("programmes", "ReviewAssignment")
    scored = review.objects.create(
        application=applications[0],
        reviewer=experts[0],
        assigned_by=officer,
        scores={"innovation": 28, "feasibility": 35},
        total=Decimal("83.50"),
        comment="创新性较强。",
        submitted_at=days_ago(250),
    )
    waiting = [
        review.objects.create(application=app, reviewer=expert, assigned_by=officer)
        for app in applications
        for expert in experts[1:]
    ]
    review.objects.filter(pk=scored.pk).update(assigned_at=days_ago(260))
    key = old.get_model("programmes", "IdempotencyKey").objects.create(
        actor=officer,
        application=applications[0],
        key="resend-1",
        response={"receipt_number": "ZDYF-2025-00001"},
    )
    assigned = {row.pk: row.assigned_at for row in review.objects.all()}
    old_file = old.get_model("programmes", "Attachment").objects.create(
        application=applications[0],
        slot="plan",
        file="applications/old/plan.pdf",
        name="项目计划书.pdf",
        kind="pdf",
        size=1024,
        sha256="0" * 64,
        uploaded_by=officer,
    )

    upgrade.to_latest()

    from apps.programmes.choices import ReviewStatus
    from apps.programmes.models import Application, ExpertRating, ReviewAssignment

    seats = {row.pk: row for row in ReviewAssignment.objects.all()}
    assert len(seats) == 1 + len(waiting)
    assert seats[scored.pk].status == ReviewStatus.SUBMITTED
    assert (
        seats[scored.pk].total == Decimal("83.50") and seats[scored.pk].scores["innovation"] == 28
    )
    assert {seats[row.pk].status for row in waiting} == {ReviewStatus.INVITED}
    assert {pk: seat.invited_at for pk, seat in seats.items()} == assigned
    assert not any(seat.is_core or seat.is_backup for seat in seats.values())
    assert {seat.source for seat in seats.values()} == {"manual"}
    assert {seat.backup_rank for seat in seats.values()} == {None}

    # The rebuilt constraints hold on the old rows and still refuse a second application.
    assert Application.objects.filter(call_id=call.pk).count() == 2
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.create(
            call_id=call.pk,
            config_id=config.pk,
            applicant_id=applicants[0].pk,
            created_by_id=officer.pk,
            region_id="360102",
        )
    # 0005: the old key is a submission's and still answers its receipt on a resend.
    from apps.programmes.choices import IdempotentOperation
    from apps.programmes.models import IdempotencyKey
    from apps.programmes.services import _replay

    stored = IdempotencyKey.objects.get(pk=key.pk)
    assert stored.operation == IdempotentOperation.SUBMIT
    replay = _replay(stored, Application.objects.get(pk=applications[0].pk))
    assert replay["receipt_number"] == "ZDYF-2025-00001" and replay["replayed"]
    IdempotencyKey.objects.create(
        actor_id=officer.pk,
        application_id=applications[0].pk,
        operation=IdempotentOperation.ATTACHMENT_ADD,
        key="resend-1",
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        IdempotencyKey.objects.create(
            actor_id=officer.pk, application_id=applications[0].pk, key="resend-1"
        )
    # 0006: an old file is one the application has now (not removed by the applicant).
    from apps.programmes.models import Attachment

    assert list(Attachment.objects.live().values_list("pk", flat=True)) == [old_file.pk]
    # 0007: old applications have no stage drafts.
    assert {tuple(a.stage_drafts) for a in Application.objects.all()} == {()}
    # 0003's ratings table takes a rating of the old call's expert.
    ExpertRating.objects.create(
        call_id=call.pk,
        expert_id=experts[0].pk,
        rated_by_id=officer.pk,
        ethics=25,
        competence=23,
        discipline=24,
        integrity=25,
    )

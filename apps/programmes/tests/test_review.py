"""The review stage: seating a panel with backups, invitations, conflicts, scoring."""

from __future__ import annotations

from typing import Any

import pytest

from apps.accounts.models import User
from apps.accounts.services import user_create
from apps.audit.models import AuditEvent
from apps.notices.models import Notice
from apps.programmes import services
from apps.programmes.choices import ReviewStatus
from apps.programmes.errors import Invalid, Refused
from apps.programmes.models import Application

pytestmark = pytest.mark.django_db


def make_experts(n: int, prefix: str = "rev") -> list[User]:
    return [
        user_create(
            actor=None,
            username=f"{prefix}{i}",
            password="Test@2026pass",
            role="expert",
            display_name=f"{prefix}专家{i}",
        )
        for i in range(n)
    ]


@pytest.fixture
def in_review(submitted: Application) -> Application:
    Application.objects.filter(pk=submitted.pk).update(stage="review")
    submitted.refresh_from_db()
    return submitted


def test_seat_invites_the_panel_and_ranks_backups(in_review: Any, province_officer: Any) -> None:
    panel, backups = make_experts(3, "p"), make_experts(2, "b")
    made = services.review_seat(
        actor=province_officer,
        application=in_review,
        panel=panel,
        backups=backups,
        source="draw",
        draw_ref="draw-42",
    )
    assert [r.status for r in made] == ["invited"] * 3 + ["standby"] * 2
    assert [r.backup_rank for r in made] == [None, None, None, 1, 2]
    assert all(r.due_at and r.draw_ref == "draw-42" and r.source == "draw" for r in made)
    assert Notice.objects.filter(kind="programme.review_invite").count() == 3
    assert AuditEvent.objects.filter(action="review.seat").count() == 1
    # seating again adds only the new expert, ranked after the existing backups
    more = services.review_seat(
        actor=province_officer, application=in_review, panel=panel[:1], backups=make_experts(1)
    )
    assert [(r.status, r.backup_rank) for r in more] == [(ReviewStatus.STANDBY, 3)]


def test_seat_refuses_non_experts_duplicates_and_other_handlers(
    in_review: Any, province_officer: Any, nanchang_officer: Any, enterprise_user: Any
) -> None:
    experts = make_experts(2)
    with pytest.raises(Invalid):
        services.review_seat(
            actor=province_officer, application=in_review, panel=experts, backups=experts[:1]
        )
    with pytest.raises(Invalid):
        services.review_seat(
            actor=province_officer, application=in_review, panel=[enterprise_user], backups=[]
        )
    with pytest.raises(Refused):
        services.review_seat(
            actor=nanchang_officer, application=in_review, panel=experts, backups=[]
        )
    assert not in_review.reviews.exists()
    assert AuditEvent.objects.filter(action="review.seat", result="refused").exists()


def test_review_assign_is_a_panel_without_backups(in_review: Any, province_officer: Any) -> None:
    made = services.review_assign(
        actor=province_officer, application=in_review, reviewers=make_experts(2)
    )
    assert [r.status for r in made] == ["invited", "invited"]
    assert not any(r.is_backup for r in made)

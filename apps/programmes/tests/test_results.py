"""The officer's result table, its Excel and PDF, expert ratings, and expert credit."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from apps.audit.models import AuditEvent
from apps.programmes import credit, services
from apps.programmes.errors import Invalid, Refused
from apps.programmes.models import Application, ExpertRating, ReviewAssignment
from apps.programmes.scoring import Rules
from conftest import client_for

from .test_review import make_experts

pytestmark = pytest.mark.django_db


def scored(app: Application, officer: Any, totals: list[int], prefix: str) -> list[Any]:
    """Seat one expert per total and have each score it (innovation carries the difference)."""
    experts = make_experts(len(totals), prefix)
    services.review_seat(
        actor=officer, application=app, panel=experts, backups=[], core={experts[0].pk}
    )
    for person, total in zip(experts, totals, strict=True):
        seat = app.reviews.get(reviewer=person)
        services.review_declare(actor=person, assignment=seat, conflict=False)
        services.review_submit(
            actor=person,
            assignment=seat,
            scores={"innovation": total - 60, "feasibility": 20, "benefit": 20, "capability": 20},
            comment="同意立项",
        )
    return experts


@pytest.fixture
def batch(submitted: Application, province_officer: Any) -> dict[str, Any]:
    Application.objects.filter(pk=submitted.pk).update(stage="review")
    submitted.refresh_from_db()
    experts = scored(submitted, province_officer, [70, 85, 90, 60, 80], "r")
    return {"app": submitted, "experts": experts}


def test_the_result_table_ranks_flags_and_exports(batch: Any, province_officer: Any) -> None:
    officer = client_for(province_officer)
    call_id = batch["app"].call_id
    page = officer.get(f"/programmes/calls/{call_id}/results/").content.decode()
    # (70 + 85 + 80) / 3 = 78.33 after dropping 60 and 90; range 30 > 20: flagged
    assert "78.33" in page and "分歧较大" in page and "r专家0" in page and "（去除）" in page
    book = officer.get(f"/programmes/calls/{call_id}/results/?export=xlsx")
    sheet = load_workbook(io.BytesIO(book.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "排名" and rows[1][0] == 1
    # figures are numbers an officer can sort and sum, not text
    assert rows[1][6] == 78.33 and rows[1][7] == 77.0 and rows[1][10] == 30.0
    assert "r专家0（核心）：70.00" in rows[1][4]
    pdf = officer.get(f"/programmes/calls/{call_id}/results.pdf")
    assert pdf.content.startswith(b"%PDF")
    assert "%E8%AF%84%E5%AE%A1%E6%B1%87%E6%80%BB%E8%A1%A8" in pdf["Content-Disposition"]


def test_others_do_not_see_the_result(batch: Any, ganzhou_officer: Any, expert_user: Any) -> None:
    url = f"/programmes/calls/{batch['app'].call_id}/results/"
    assert client_for(ganzhou_officer).get(url).status_code == 404  # nothing in Ganzhou
    assert client_for(expert_user).get(url).status_code == 403
    assert client_for(batch["experts"][0]).get(url).status_code == 403


def test_the_applicant_sees_anonymous_scores(
    batch: Any, province_officer: Any, enterprise_user: Any
) -> None:
    services.application_transition(
        actor=province_officer, application=batch["app"], action="finish_review"
    )
    page = client_for(enterprise_user).get(f"/programmes/applications/{batch['app'].pk}/")
    text = page.content.decode()
    assert "专家A" in text and "专家E" in text and "r专家" not in text


def test_officers_rate_experts_and_credit_follows(batch: Any, province_officer: Any) -> None:
    expert = batch["experts"][2]  # scored 90 against a trimmed mean of 78.33
    call = batch["app"].call
    with pytest.raises(Invalid):
        services.review_rate(
            actor=province_officer,
            call=call,
            expert=expert,
            parts={"ethics": 26, "competence": 20, "discipline": 20, "integrity": 20},
        )
    answer = client_for(province_officer).post(
        f"/programmes/calls/{call.pk}/ratings/",
        {"expert": expert.pk, "ethics": 25, "competence": 20, "discipline": 25, "integrity": 25},
    )
    assert answer.status_code == 302
    assert ExpertRating.objects.get(expert=expert).total == 95
    assert AuditEvent.objects.filter(action="review.rate").count() == 1
    got = credit.expert_credit([expert.pk, batch["experts"][1].pk])
    mine = got[expert.pk]
    assert mine.counts["submitted"] == 1 and mine.counts["ratings"] == 1
    assert mine.counts["on_time"] == 1 and mine.counts["declined"] == 0
    # agreement: |90 - 78.33| / 30 = 0.389 away → 0.611, shrunk: (0.611 + 1.6) / 3 = 0.737
    assert mine.components["agreement"] == pytest.approx(73.7, abs=0.1)
    assert mine.components["rating"] == pytest.approx((0.95 + 1.6) / 3 * 100, abs=0.1)


def test_a_refused_rating_comes_back_as_typed(batch: Any, province_officer: Any) -> None:
    """A part out of range is refused with the part named; the row keeps what was typed
    (the four parts and the remark) instead of showing the old or empty values."""
    expert = batch["experts"][2]
    call = batch["app"].call
    answer = client_for(province_officer).post(
        f"/programmes/calls/{call.pk}/ratings/",
        {
            "expert": expert.pk,
            "ethics": "25",
            "competence": "30",
            "discipline": "23",
            "integrity": "24",
            "comment": "评审认真，意见具体",
        },
    )
    page = answer.content.decode()
    assert answer.status_code == 200 and "专业能力" in page and "0 至 25" in page
    assert 'value="30"' in page and 'value="23"' in page and 'value="评审认真，意见具体"' in page
    assert not ExpertRating.objects.filter(expert=expert).exists()


def test_rating_an_expert_who_did_not_review_here_is_refused(
    batch: Any, province_officer: Any, expert_user: Any
) -> None:
    with pytest.raises(Refused):
        services.review_rate(
            actor=province_officer,
            call=batch["app"].call,
            expert=expert_user,
            parts={"ethics": 20, "competence": 20, "discipline": 20, "integrity": 20},
        )


def seat_row(**kw: Any) -> credit.Seat:
    base = {
        "application": 1,
        "reviewer": 1,
        "status": "submitted",
        "invited_at": dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        "due_at": dt.datetime(2026, 1, 10, tzinfo=dt.UTC),
        "submitted_at": dt.datetime(2026, 1, 5, tzinfo=dt.UTC),
        "total": 80.0,
        "rules": Rules(),
    }
    return credit.Seat(**{**base, **kw})  # type: ignore[arg-type]


def test_credit_by_hand() -> None:
    now = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
    seats = [
        # expert 1 on a panel of three (80, 70, 90 → mean 80): agrees fully, on time
        seat_row(reviewer=1, total=80.0),
        seat_row(reviewer=2, total=70.0),
        seat_row(reviewer=3, total=90.0),
        # expert 1 declined one invitation and let one seat run past its due time
        seat_row(application=2, status="declined", submitted_at=None, total=None),
        seat_row(application=3, status="accepted", submitted_at=None, total=None),
        # a released seat counts for nothing
        seat_row(application=4, status="released", submitted_at=None, total=None),
    ]
    got = credit.compute(seats, [(1, 90)], [1, 9], now)
    one = got[1]
    assert one.counts == {
        "invited": 3,
        "accepted": 2,
        "declined": 1,
        "conflicted": 0,
        "submitted": 1,
        "on_time": 1,
        "late": 0,
        "overdue": 1,
        "ratings": 1,
    }
    # rating (0.9 + 1.6) / 3; agreement (1 + 1.6) / 3; timeliness (1 + 1.6) / 4;
    # acceptance (2 + 1.6) / 5
    parts = {"rating": 2.5 / 3, "agreement": 2.6 / 3, "timeliness": 2.6 / 4, "acceptance": 3.6 / 5}
    expected = sum(credit.WEIGHTS[k] * v for k, v in parts.items()) * 100
    assert one.score == pytest.approx(expected, abs=0.05)
    assert got[9].score == 80.0  # no record: the prior
    assert credit.expert_credit([]) == {}


def test_credit_reads_in_two_queries(batch: Any, django_assert_max_num_queries: Any) -> None:
    ids = [e.pk for e in batch["experts"]]
    ReviewAssignment.objects.filter(reviewer_id=ids[0]).update(
        due_at=timezone.now() - dt.timedelta(days=1)
    )
    with django_assert_max_num_queries(2):
        got = credit.expert_credit(ids)
    assert set(got) == set(ids)
    assert got[ids[0]].counts["late"] == 1

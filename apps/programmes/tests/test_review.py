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
from apps.programmes.errors import Conflict, Invalid, Refused
from apps.programmes.models import Application
from conftest import client_for

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


# --- invitations, declines, conflicts ----------------------------------------------------------

SCORES = {"innovation": 25, "feasibility": 20, "benefit": 20, "capability": 15}


@pytest.fixture
def seated(in_review: Any, province_officer: Any) -> dict[str, Any]:
    panel, backups = make_experts(2, "p"), make_experts(2, "b")
    services.review_seat(
        actor=province_officer, application=in_review, panel=panel, backups=backups
    )
    seats = {r.reviewer_id: r for r in in_review.reviews.all()}
    return {
        "app": in_review,
        "panel": panel,
        "backups": backups,
        "seat": lambda user: seats[user.pk],
    }


def test_a_decline_promotes_the_first_backup_in_that_request(seated: Any) -> None:
    p0, b0 = seated["panel"][0], seated["backups"][0]
    seat = seated["seat"](p0)
    page = client_for(p0).post(
        f"/programmes/reviews/{seat.pk}/respond/", {"answer": "decline", "reason": "出差在外"}
    )
    assert page.status_code == 302
    # the promotion is committed by the time the decline's answer comes back
    promoted = seated["seat"](b0)
    promoted.refresh_from_db()
    seat.refresh_from_db()
    assert seat.status == "declined" and seat.decline_reason == "出差在外"
    assert promoted.status == "invited" and promoted.invited_at is not None
    assert Notice.objects.filter(recipient=b0, kind="programme.review_invite").exists()
    assert seated["seat"](seated["backups"][1]).status == "standby"
    assert AuditEvent.objects.filter(action="review.promote").count() == 1
    # the promoted expert now sees the invitation in 我的评审
    assert seated["app"].title in client_for(b0).get("/programmes/reviews/").content.decode()


def test_a_declared_conflict_releases_the_seat_and_promotes(seated: Any) -> None:
    p1 = seated["panel"][1]
    seat = seated["seat"](p1)
    services.review_respond(actor=p1, assignment=seat, accept=True)
    with pytest.raises(Invalid):  # a conflict needs its reason
        services.review_declare(actor=p1, assignment=seat, conflict=True, reason=" ")
    services.review_declare(actor=p1, assignment=seat, conflict=True, reason="同单位")
    assert seat.status == "conflicted"
    ranks = {r.reviewer_id: r.status for r in seated["app"].reviews.all()}
    assert ranks[seated["backups"][0].pk] == "invited"
    with pytest.raises(Conflict):  # a conflicted seat cannot score
        services.review_submit(actor=p1, assignment=seat, scores=SCORES, comment="同意")


def test_with_no_backup_left_the_officer_is_told(seated: Any, province_officer: Any) -> None:
    people = [*seated["panel"], *seated["backups"]]
    for person in people:
        seat = seated["seat"](person)
        seat.refresh_from_db()
        if seat.status == "invited":
            services.review_respond(actor=person, assignment=seat, accept=False, reason="没空")
    statuses = sorted(r.status for r in seated["app"].reviews.all())
    assert statuses == ["declined"] * 4
    short = Notice.objects.filter(recipient=province_officer, kind="programme.review_short")
    assert short.count() == 2  # the last two declines found no backup
    last = short.order_by("-id").first()
    assert last is not None and "在席 0 位" in last.body


def test_scoring_needs_acceptance_and_a_declaration(seated: Any) -> None:
    p0 = seated["panel"][0]
    seat = seated["seat"](p0)
    with pytest.raises(Conflict, match="已邀请"):
        services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="同意")
    services.review_respond(actor=p0, assignment=seat, accept=True)
    with pytest.raises(Conflict, match="利益冲突"):
        services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="同意")
    services.review_declare(actor=p0, assignment=seat, conflict=False)
    services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="好")
    assert seat.status == "submitted" and seat.total == 80


def test_an_expert_lands_on_their_reviews(expert_user: Any) -> None:
    """After login an expert sees 我的评审 (invitations to answer), not the organisation
    registry."""
    response = client_for(expert_user).get("/")
    assert response.status_code == 302 and response["Location"] == "/programmes/reviews/"


def test_a_refused_sheet_keeps_what_the_expert_typed(seated: Any) -> None:
    """A score out of range is refused with the item named, and the page comes back with the
    scores and the opinion as typed: an expert must not write a long opinion twice."""
    p0 = seated["panel"][0]
    seat = seated["seat"](p0)
    services.review_declare(actor=p0, assignment=seat, conflict=False)
    opinion = "技术路线清晰，产业化基础较好，建议补充中试数据。"
    response = client_for(p0).post(
        f"/programmes/reviews/{seat.pk}/",
        {
            "score_innovation": "31",
            "score_feasibility": "20",
            "score_benefit": "19",
            "score_capability": "15",
            "comment": opinion,
        },
        follow=True,
    )
    page = response.content.decode()
    assert "技术创新性" in page and "0 至 30" in page
    assert opinion in page
    assert 'value="31"' in page and 'value="19"' in page
    seat.refresh_from_db()
    assert seat.status == "accepted" and not seat.scores and seat.comment == ""


def test_nobody_acts_on_someone_elses_seat(seated: Any, expert_user: Any) -> None:
    seat = seated["seat"](seated["panel"][0])
    with pytest.raises(Refused):
        services.review_respond(actor=expert_user, assignment=seat, accept=True)
    with pytest.raises(Refused):
        services.review_declare(actor=expert_user, assignment=seat, conflict=False)
    with pytest.raises(Refused):
        services.review_submit(actor=expert_user, assignment=seat, scores=SCORES, comment="同意")
    other = client_for(expert_user)
    assert other.get(f"/programmes/reviews/{seat.pk}/").status_code == 404
    assert (
        other.post(f"/programmes/reviews/{seat.pk}/respond/", {"answer": "accept"}).status_code
        == 404
    )
    assert other.get(f"/programmes/reviews/{seat.pk}/pdf/").status_code == 404
    seat.refresh_from_db()
    assert seat.status == "invited"
    assert AuditEvent.objects.filter(result="refused", action="review.respond").exists()
    # a backup sees nothing of its place before promotion
    backup = seated["backups"][0]
    standby = seated["seat"](backup)
    assert client_for(backup).get(f"/programmes/reviews/{standby.pk}/").status_code == 404


def test_scoring_after_release_is_refused(seated: Any, province_officer: Any) -> None:
    p0 = seated["panel"][0]
    seat = seated["seat"](p0)
    services.review_declare(actor=p0, assignment=seat, conflict=False)
    services.review_release(actor=province_officer, assignment=seat, reason="联系不上")
    assert seat.status == "released"
    with pytest.raises(Conflict, match="已释放"):
        services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="同意")
    page = client_for(p0).get(f"/programmes/reviews/{seat.pk}/").content.decode()
    assert "我的评分" not in page and "已释放" in page
    assert client_for(p0).get(f"/programmes/reviews/{seat.pk}/files/1/").status_code == 404


def test_the_officer_sees_the_panel_with_statuses(seated: Any, province_officer: Any) -> None:
    p0 = seated["panel"][0]
    services.review_respond(
        actor=p0, assignment=seated["seat"](p0), accept=False, reason="时间冲突"
    )
    page = (
        client_for(province_officer)
        .get(f"/programmes/applications/{seated['app'].pk}/")
        .content.decode()
    )
    for text in ("p专家0", "已谢绝", "时间冲突", "b专家0", "已邀请", "候补第2位", "候补"):
        assert text in page


def test_the_hand_seating_list_is_the_officers_approved_experts_told_apart(
    in_review: Any, province_officer: Any
) -> None:
    """The list offers the approved experts of the database with organisation and title, so
    two experts of the same name differ; pending ones are not offered. (It used to be the
    first 200 expert accounts by login name, names only, whoever's region.)"""
    from apps.experts.tests.conftest import expert_make

    expert_make(province_officer, "同名专家", organization_name="甲大学", title="教授")
    expert_make(province_officer, "同名专家", organization_name="乙研究院", title="研究员")
    expert_make(province_officer, "待审专家", approve=False)
    page = (
        client_for(province_officer)
        .get(f"/programmes/applications/{in_review.pk}/")
        .content.decode()
    )
    assert "<span>甲大学</span> · <span>教授</span>" in page
    assert "<span>乙研究院</span> · <span>研究员</span>" in page
    assert "待审专家" not in page


def test_a_suspended_expert_is_not_seated_by_hand(in_review: Any, province_officer: Any) -> None:
    """暂停参评 keeps the account active; the hand-seating form offers only approved experts,
    and a posted id outside that list is refused rather than seated."""
    from apps.experts.services import expert_set_status
    from apps.experts.tests.conftest import expert_make

    paused = expert_make(province_officer, "暂停专家")
    expert_set_status(actor=province_officer, expert=paused, suspended=True, note="违反纪律")
    client = client_for(province_officer)
    page = client.get(f"/programmes/applications/{in_review.pk}/").content.decode()
    assert "暂停专家" not in page
    assert paused.user is not None
    response = client.post(
        f"/programmes/applications/{in_review.pk}/reviewers/",
        {"reviewers": [str(paused.user.pk)]},
        follow=True,
    )
    assert "不可指派" in response.content.decode()
    assert not in_review.reviews.exists()


def test_hand_seating_refuses_an_expert_the_draw_would_exclude(
    in_review: Any, province_officer: Any
) -> None:
    """By hand, an officer could seat an expert of the applicant's own organisation (or one
    who declared it): the draw's conflict rules apply here too, each expert named with the
    reason, and nothing is seated."""
    from apps.experts.tests.conftest import expert_make

    own = expert_make(province_officer, "本单位专家", org=in_review.applicant)
    declared = expert_make(
        province_officer, "自报回避专家", conflict_organizations=[in_review.applicant]
    )
    fine = expert_make(province_officer, "无关专家")
    assert own.user and declared.user and fine.user  # approval opened their accounts
    with pytest.raises(Invalid) as refused:
        services.review_seat(
            actor=province_officer,
            application=in_review,
            panel=[own.user, fine.user],
            backups=[declared.user],
        )
    text = str(refused.value.errors)
    assert "本单位专家" in text and "同单位" in text and "自报回避专家" in text
    assert "无关专家" not in text
    assert not in_review.reviews.exists()
    made = services.review_seat(
        actor=province_officer, application=in_review, panel=[fine.user], backups=[]
    )
    assert len(made) == 1


def test_finishing_the_review_uses_the_trimmed_mean_and_lets_backups_go(
    in_review: Any, province_officer: Any
) -> None:
    panel, backups = make_experts(5, "t"), make_experts(1, "tb")
    services.review_seat(
        actor=province_officer, application=in_review, panel=panel, backups=backups
    )
    for person, innovation in zip(panel, [10, 20, 25, 30, 5], strict=True):
        seat = in_review.reviews.get(reviewer=person)
        services.review_declare(actor=person, assignment=seat, conflict=False)
        services.review_submit(
            actor=person,
            assignment=seat,
            scores={**SCORES, "innovation": innovation},
            comment="同意立项",
        )
    services.application_transition(
        actor=province_officer, application=in_review, action="finish_review"
    )
    in_review.refresh_from_db()
    # totals 65, 75, 80, 85, 60: drop 60 and 85 → (65 + 75 + 80) / 3 = 73.33
    assert str(in_review.score) == "73.33"
    assert in_review.reviews.get(reviewer=backups[0]).status == "released"


def test_the_review_api_walks_the_same_lifecycle(seated: Any, expert_user: Any) -> None:
    p0 = seated["panel"][0]
    seat = seated["seat"](p0)
    api = client_for(p0)
    listed = api.get("/api/v1/reviews/").json()
    assert [r["id"] for r in listed] == [seat.pk] and listed[0]["status"] == "invited"
    assert api.get(f"/api/v1/reviews/{seat.pk}/").json()["content"] is None
    url = f"/api/v1/reviews/{seat.pk}/"
    answer = api.post(url + "declare", {"conflict": False}, content_type="application/json")
    assert answer.status_code == 200 and answer.json()["no_conflict_declared"]
    content = api.get(url).json()["content"]
    assert content["files"][0]["url"] == f"/programmes/reviews/{seat.pk}/files/1/"
    bad = api.post(url + "scores", {"scores": {"innovation": 99}}, content_type="application/json")
    assert bad.status_code == 400 and "innovation" in bad.json()["errors"]
    good = api.post(
        url + "scores", {"scores": SCORES, "comment": "同意立项"}, content_type="application/json"
    )
    assert good.json()["status"] == "submitted" and good.json()["total"] == "80.00"
    other = client_for(expert_user)
    assert other.get(url).status_code == 404
    assert (
        other.post(url + "respond", {"accept": True}, content_type="application/json").status_code
        == 404
    )
    assert client_for(seated["backups"][0]).get(url).status_code == 404


def test_the_blind_flag_and_aggregation_rules_are_checked_when_published() -> None:
    from apps.programmes import presets
    from apps.programmes.blind import identifying_names
    from apps.programmes.workflows import validate

    good = presets.challenge()
    assert good["scoring"]["blind"] is True and validate(good) == []
    assert presets.tech_centre()["scoring"]["blind"] is False
    bad = presets.challenge()
    bad["scoring"]["blind"] = "yes"
    bad["scoring"]["aggregation"]["trim_min_count"] = 2
    bad["form"]["sections"][0]["fields"][0]["identifying"] = "maybe"
    errors = "；".join(validate(bad))
    assert "blind" in errors and "至少需要 3 个评分" in errors and "identifying" in errors
    # team members and units identify by default; an explicit flag wins either way
    assert identifying_names(good["form"]) == {"team"}  # partners are BidPartner rows
    good["form"]["sections"][0]["fields"][2]["identifying"] = False
    assert identifying_names(good["form"]) == {"team"}
    assert "centre_name" in identifying_names(presets.tech_centre()["form"])


# --- the written opinion (评审意见) -----------------------------------------------------------


def _declared(seated: Any) -> tuple[Any, Any]:
    p0 = seated["panel"][0]
    seat = seated["seat"](p0)
    services.review_declare(actor=p0, assignment=seat, conflict=False)
    return p0, seat


def test_a_review_without_its_opinion_is_refused_and_the_scores_stay_typed(seated: Any) -> None:
    """Scores alone are not a review: the sheet comes back with the scores as typed."""
    p0, seat = _declared(seated)
    typed = {f"score_{k}": str(v) for k, v in SCORES.items()} | {"comment": "   "}
    page = client_for(p0).post(f"/programmes/reviews/{seat.pk}/", typed, follow=True)
    text = page.content.decode()
    assert "请填写评审意见。" in text
    assert 'value="25"' in text and 'value="15"' in text
    seat.refresh_from_db()
    assert seat.status == "accepted" and not seat.scores and seat.total is None
    with pytest.raises(Invalid, match="请填写评审意见"):
        services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="")


def test_an_over_long_opinion_is_refused_whole_not_cut(seated: Any) -> None:
    """5230 characters are refused with the limit and the count, kept on the form, and nothing
    is written (it used to be cut to 5000 without a word)."""
    p0, seat = _declared(seated)
    opinion = "创" * 5230
    typed = {f"score_{k}": str(v) for k, v in SCORES.items()} | {"comment": opinion}
    text = client_for(p0).post(f"/programmes/reviews/{seat.pk}/", typed, follow=True)
    page = text.content.decode()
    assert "「评审意见」最多5000字，现为5230字。" in page and opinion in page
    seat.refresh_from_db()
    assert seat.status == "accepted" and seat.comment == ""
    api = client_for(p0).post(
        f"/api/v1/reviews/{seat.pk}/scores",
        {"scores": SCORES, "comment": opinion},
        content_type="application/json",
    )
    assert api.status_code == 400
    assert api.json()["errors"]["comment"] == "「评审意见」最多5000字，现为5230字。"
    seat.refresh_from_db()
    assert seat.status == "accepted" and seat.comment == ""


def test_the_api_refuses_scores_without_an_opinion(seated: Any) -> None:
    p0, seat = _declared(seated)
    answer = client_for(p0).post(
        f"/api/v1/reviews/{seat.pk}/scores", {"scores": SCORES}, content_type="application/json"
    )
    assert answer.status_code == 400 and answer.json()["errors"]["comment"] == "请填写评审意见。"
    seat.refresh_from_db()
    assert seat.status == "accepted"


def test_a_draft_may_leave_the_opinion_and_items_blank(seated: Any) -> None:
    """暂存 keeps what is typed so far (blank items, no opinion) without submitting; the page
    shows it again; once submitted, the sheet is changed by submitting again."""
    p0, seat = _declared(seated)
    page = client_for(p0).post(
        f"/programmes/reviews/{seat.pk}/",
        {"score_innovation": "22", "score_feasibility": "", "comment": "", "op": "draft"},
        follow=True,
    )
    assert "已暂存" in page.content.decode() and 'value="22"' in page.content.decode()
    seat.refresh_from_db()
    assert seat.status == "accepted" and seat.scores == {"innovation": "22"}
    assert seat.total is None and seat.submitted_at is None
    api = client_for(p0).post(
        f"/api/v1/reviews/{seat.pk}/draft",
        {"scores": {"innovation": "23"}, "comment": "初步意见"},
        content_type="application/json",
    )
    assert api.status_code == 200 and api.json()["status"] == "accepted"
    seat.refresh_from_db()
    assert seat.comment == "初步意见"
    with pytest.raises(Invalid) as caught:
        services.review_draft_save(actor=p0, assignment=seat, scores={"innovation": 31}, comment="")
    assert "0 至 30" in caught.value.errors["innovation"]
    services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="同意")
    with pytest.raises(Conflict, match="不能再暂存"):
        services.review_draft_save(actor=p0, assignment=seat, scores={}, comment="")


def test_the_sheet_may_ask_for_an_opinion_of_some_length(seated: Any) -> None:
    """`scoring.comment_min_length`: a shorter opinion is refused with both counts."""
    from apps.programmes.workflows import validate

    p0, seat = _declared(seated)
    config = seat.application.config
    config.scoring = {**config.scoring, "comment_min_length": 20}
    config.save()
    with pytest.raises(Invalid, match="「评审意见」至少20字，现为2字。"):
        services.review_submit(actor=p0, assignment=seat, scores=SCORES, comment="同意")
    assert any(
        "comment_min_length" in e for e in validate({"scoring": {"comment_min_length": "多"}})
    )

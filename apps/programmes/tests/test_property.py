"""Property: random sequences of actions by random personas never reach an illegal state or a
state the configuration does not allow, and every refused attempt changes nothing."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.programmes import policies, presets, services
from apps.programmes.choices import ApplicationStatus
from apps.programmes.errors import Invalid, ProgrammeError
from apps.programmes.models import Application, Challenge, Milestone, TimelineEvent
from apps.programmes.workflows import WITHDRAW, Workflow
from tests.factories import OrganizationFactory

from .conftest import make_call, ready_draft

pytestmark = pytest.mark.django_db

PERSONAS = [
    "enterprise_user",
    "donghu_officer",
    "nanchang_officer",
    "ganzhou_officer",
    "county_clerk",
    "province_officer",
    "outsider",
    "expert_user",
]
FLOW = Workflow.parse(presets.new_product()["stages"])
ACTIONS = sorted({a.code for s in FLOW.stages for a in s.actions} | {"withdraw", "submit", "fly"})
STEP = st.one_of(
    st.tuples(st.sampled_from(PERSONAS), st.sampled_from(ACTIONS)),
    st.just(("province_officer", "*review*")),
    st.just(("", "*time*")),
    st.just(("", "*next*")),  # the stage's own role takes its first action: walks deep
    st.just(("", "*next*")),
)
OWNER = {
    "county": "donghu_officer",
    "city": "nanchang_officer",
    "province": "province_officer",
    "applicant": "enterprise_user",
}
reached: set[str] = set()
counter = itertools.count()


def _form_values(stage):
    values = {}
    for section in (stage.form or {}).get("sections", []):
        for f in section["fields"]:
            values[f["name"]] = {"number": "10", "choice": (f.get("choices") or [""])[0]}.get(
                f.get("type", "text"), "内容"
            )
    return values


def _state(app):
    app.refresh_from_db()
    return (app.status, app.stage, app.version, app.receipt_number, app.amount)


def _check_invariants(app, actor, code, before, flow=FLOW):
    status, stage, version, receipt, _ = _state(app)
    assert status in ApplicationStatus.values
    if status != ApplicationStatus.DRAFT:
        assert receipt, "a submitted application always has its receipt"
        assert stage in flow.by_code
    if status == ApplicationStatus.ACTIVE and not policies.has_county(app.region):
        assert flow.by_code[stage].actor != "county"
    assert version == before[2] + 1, "every accepted action is exactly one write"
    event = TimelineEvent.objects.filter(application=app).order_by("-id").first()
    assert event is not None and event.actor == actor
    if code == "submit":
        assert event.kind == "submit" and event.to_stage == flow.first(has_county=True).code
        return
    from_stage = flow.by_code[event.from_stage]
    standing = policies.standing(actor, app)
    if code == WITHDRAW.code:
        assert standing.actor == "applicant" and from_stage.withdrawable
        action = WITHDRAW
    else:
        assert standing.actor == from_stage.actor, "only the stage's role acts"
        assert standing.in_region, "only within the officer's region"
        action = next(a for a in from_stage.actions if a.code == code)
    assert (status, stage) == flow.outcome(
        stage_code=from_stage.code, action=action, has_county=True
    )
    assert AuditEvent.objects.filter(
        object_id=str(app.pk), action=f"application.{code}", result="success"
    ).exists()


@pytest.fixture
def people(
    enterprise_user,
    donghu_officer,
    nanchang_officer,
    ganzhou_officer,
    county_clerk,
    province_officer,
    outsider,
    expert_user,
):
    """The personas by the names the steps use."""
    return {
        "enterprise_user": enterprise_user,
        "donghu_officer": donghu_officer,
        "nanchang_officer": nanchang_officer,
        "ganzhou_officer": ganzhou_officer,
        "county_clerk": county_clerk,
        "province_officer": province_officer,
        "outsider": outsider,
        "expert_user": expert_user,
    }


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=25))
@example(steps=[("", "*next*")] * 12)
def test_random_action_sequences_stay_legal(
    steps,
    people,
):
    call = make_call(f"prop-{next(counter)}")
    app = ready_draft(people["enterprise_user"], call)
    _drive(steps, people, app, FLOW)


def _drive(steps, people, app, flow, special=None, seen=None):
    """Play `steps` against `app`; `special` handles scenario-specific pseudo-steps."""
    seen = reached if seen is None else seen
    expert_user = people["expert_user"]
    for who, code in steps:
        if special is not None and code.startswith("*") and special(who, code):
            continue
        if code == "*time*":  # the publicity period runs out
            Application.objects.filter(pk=app.pk, publicity_ends_on__isnull=False).update(
                publicity_ends_on=dt.date(2020, 1, 1)
            )
            continue
        if code == "*next*":
            app.refresh_from_db()
            current = flow.stage(app.stage)
            if app.status in ("draft", "returned") or current is None:
                who, code = "enterprise_user", "submit"
            else:
                who, code = OWNER[current.actor], current.actions[0].code
        actor = people[who]
        if code == "*review*":
            try:
                services.review_assign(actor=actor, application=app, reviewers=[expert_user])
                for assignment in app.reviews.filter(submitted_at__isnull=True):
                    scores = {i["code"]: i["max"] for i in app.config.scoring["items"]}
                    services.review_declare(
                        actor=expert_user, assignment=assignment, conflict=False
                    )
                    services.review_submit(
                        actor=expert_user, assignment=assignment, scores=scores, comment="同意立项"
                    )
            except (ProgrammeError, AccessDenied):
                pass
            continue
        before = _state(app)
        refusals = AuditEvent.objects.filter(result="refused").count()
        stage = flow.stage(app.stage)
        try:
            if code == "submit":
                services.application_submit(actor=actor, application=app)
            else:
                services.application_transition(
                    actor=actor,
                    application=app,
                    action=code,
                    reason="理由",
                    amount="10",
                    checklist=list(stage.checklist) if stage else [],
                    form_data=_form_values(stage) if stage else {},
                )
        except (ProgrammeError, AccessDenied) as exc:
            assert _state(app) == before, "a refused action changes nothing"
            if (not isinstance(exc, Invalid) and code != "submit") or isinstance(exc, AccessDenied):
                assert AuditEvent.objects.filter(result="refused").count() == refusals + 1
            continue
        if code == "submit" and before[0] == ApplicationStatus.ACTIVE:
            assert _state(app) == before  # a repeated submit only answers the receipt again
            continue
        _check_invariants(app, actor, code, before, flow)
        seen.add(app.stage)


def test_the_random_walks_reached_the_late_stages():
    """Guards the property test against walks that never leave the first stages."""
    if not reached:
        pytest.skip("runs after the property test")
    print(sorted(reached))
    assert {"county", "city", "formal", "review"} <= reached


# --- 揭榜挂帅: the same property over the challenge workflow, with bids and milestone gates ----

CH_FLOW = Workflow.parse(presets.challenge()["stages"])
CH_ACTIONS = sorted(
    {a.code for s in CH_FLOW.stages for a in s.actions} | {"withdraw", "submit", "fly"}
)
MILESTONE_OPS = ["*m:plan*", "*m:overplan*", "*m:submit*", "*m:approve*", "*m:return*", "*m:pay*"]
CH_STEP = st.one_of(
    st.tuples(st.sampled_from(PERSONAS), st.sampled_from(CH_ACTIONS)),
    st.tuples(st.sampled_from(PERSONAS), st.sampled_from(MILESTONE_OPS)),
    st.just(("province_officer", "*review*")),
    st.just(("", "*time*")),
    st.just(("", "*close*")),
    st.just(("", "*next*")),
    st.just(("", "*next*")),
    st.just(("", "*next*")),
)
ch_reached: set[str] = set()


def _gates(app):
    return sorted(
        Milestone.objects.filter(application=app).values_list(
            "number", "status", "payment", "amount", "payment_ref"
        )
    )


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(CH_STEP, min_size=1, max_size=40))
# One walk that only ever takes the next step always runs, so the guard below does not depend
# on whether the random walks happened to go deep this time.
@example(steps=[("", "*next*")] * 16)
def test_random_actions_on_a_bid_stay_legal(
    steps,
    people,
):
    from apps.programmes import services_challenges as ch
    from apps.programmes import services_milestones as ms

    from .conftest import BID_DATA, PDF, make_challenge, make_typed_call

    enterprise_user, province_officer = people["enterprise_user"], people["province_officer"]
    expert_user = people["expert_user"]
    n = next(counter)
    call = make_typed_call("challenge", f"jb-prop-{n}", presets.challenge)
    challenge = make_challenge(province_officer, call)
    uni = OrganizationFactory.create(name=f"性质测试大学{n}", kind="university", region_id="360102")
    app = ch.challenge_bid(
        actor=enterprise_user,
        challenge=challenge,
        title="性质测试揭榜",
        partners=[{"credit_code": uni.credit_code}],
        data=BID_DATA,
    )
    services.attachment_add(
        actor=enterprise_user,
        application=app,
        slot="proposal",
        upload=SimpleUploadedFile("p.pdf", PDF),
        name="p.pdf",
    )

    def prepare_next():
        """Before a `*next*` step, do what the stage waits for (reviews, closing, time,
        approved gates) so that walks go deep; the step itself still goes through the engine."""
        app.refresh_from_db()
        if app.status != "active":
            return
        try:
            if app.stage == "review" and not app.reviews.filter(submitted_at__isnull=False):
                services.review_assign(
                    actor=province_officer, application=app, reviewers=[expert_user]
                )
                for assignment in app.reviews.all():
                    scores = {i["code"]: i["max"] for i in app.config.scoring["items"]}
                    services.review_declare(
                        actor=expert_user, assignment=assignment, conflict=False
                    )
                    services.review_submit(
                        actor=expert_user, assignment=assignment, scores=scores, comment="同意立项"
                    )
            elif app.stage == "award":
                special("", "*close*")
            elif app.stage == "publicity":
                Application.objects.filter(pk=app.pk).update(publicity_ends_on=dt.date(2020, 1, 1))
            elif app.stage == "execution":
                for op, who in (
                    ("*m:plan*", "province_officer"),
                    ("*m:submit*", "enterprise_user"),
                    ("*m:approve*", "province_officer"),
                ):
                    special(who, op)
        except (ProgrammeError, AccessDenied):
            pass

    def special(who, code):
        if code == "*next*":
            prepare_next()
            return False
        if code == "*close*":
            Challenge.objects.filter(pk=challenge.pk).update(
                bid_closes_at=timezone.now() - dt.timedelta(minutes=1)
            )
            return True
        if not code.startswith("*m:"):
            return False
        actor = people[who]
        app.refresh_from_db()
        before, refusals = _gates(app), AuditEvent.objects.filter(result="refused").count()
        gates_now = Milestone.objects.filter(application=app).order_by("number")
        gate = gates_now.exclude(status="approved").first() or gates_now.first()
        in_execution = app.status == "active" and app.stage == "execution"
        try:
            if code in ("*m:plan*", "*m:overplan*"):
                extra = Decimal("0.01") if code == "*m:overplan*" else 0
                ms.milestones_plan(
                    actor=actor,
                    application=app,
                    milestones=[
                        {
                            "title": "节点",
                            "due_on": "2027-06-30",
                            "amount": (app.amount or 1) + extra,
                        }
                    ],
                )
                assert code == "*m:plan*" and who == "province_officer" and in_execution
            elif gate is None:
                return True
            elif code == "*m:submit*":
                ms.milestone_submit(actor=actor, milestone=gate, evidence="完成")
                assert who == "enterprise_user" and in_execution
            elif code in ("*m:approve*", "*m:return*"):
                ms.milestone_decide(
                    actor=actor, milestone=gate, approve=code == "*m:approve*", note="意见"
                )
                assert who == "province_officer" and in_execution
                assert {g[0]: g[1] for g in before}[gate.number] == "submitted"
            else:
                ms.milestone_pay(actor=actor, milestone=gate, reference="PAY")
                assert who == "province_officer"
                assert {g[0]: g[2] for g in before}[gate.number] == "due"
        except (ProgrammeError, AccessDenied) as exc:
            assert _gates(app) == before, "a refused milestone action changes nothing"
            if not isinstance(exc, Invalid):
                assert AuditEvent.objects.filter(result="refused").count() == refusals + 1
        gates = _gates(app)
        if gates:
            assert app.amount is not None
            assert sum(g[3] for g in gates) <= app.amount, "payments never exceed the amount"
        for _, status, payment, _, _ in gates:
            assert payment == "none" or status == "approved", "only approved gates are paid"
        return True

    _drive(steps, people, app, CH_FLOW, special=special, seen=ch_reached)
    app.refresh_from_db()
    if app.amount is not None:  # a pick happened: only after bidding closed
        challenge.refresh_from_db()
        assert challenge.bid_closes_at <= timezone.now()


def test_the_bid_walks_reached_the_award_and_the_milestones():
    """Guards the challenge property test against walks that never reach its own stages."""
    print(sorted(ch_reached))
    assert {"formal", "review", "award", "publicity", "execution"} <= ch_reached

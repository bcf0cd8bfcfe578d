"""Fixtures for the programme tests: a configured programme, an open call, ready drafts."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from apps.programmes import configuration, presets, services
from apps.programmes.models import Application, Call, ProgrammeType

T = TypeVar("T")

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def id_number(body: str = "36010219900101001") -> str:
    weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11]


def valid_data() -> dict[str, Any]:
    return {
        "product": "高精度光学镜头",
        "field": "电子信息",
        "start": "2026-01-01",
        "end": "2027-12-31",
        "budget": "500",
        "rd_ratio": "6.5",
        "summary": "采用非球面模压工艺……",
        "team": [{"name": "李明", "id_number": id_number(), "role": "项目负责人"}],
    }


def make_call(code: str = "np-2026", **times: dt.datetime) -> Call:
    ptype, _ = ProgrammeType.objects.get_or_create(
        code="new-product", defaults={"name": "省新产品开发计划"}
    )
    config = ptype.current_config() or configuration.config_publish(
        actor=None, programme_type=ptype, config=presets.new_product()
    )
    now = timezone.now()
    call = Call.objects.create(
        programme_type=ptype,
        config=config,
        code=code,
        name=f"2026年省新产品开发计划（{code}）",
        year=2026,
        opens_at=times.get("opens_at", now - dt.timedelta(days=5)),
        closes_at=times.get("closes_at", now + dt.timedelta(days=20)),
    )
    return call


def attach_required(actor: Any, app: Application) -> None:
    for slot in ("plan", "license"):
        services.attachment_add(
            actor=actor,
            application=app,
            slot=slot,
            upload=SimpleUploadedFile(f"{slot}.pdf", PDF),
            name=f"{slot}.pdf",
        )


def ready_draft(actor: Any, call: Call) -> Application:
    app = services.application_create(
        actor=actor, call=call, title="高精度光学镜头开发", data=valid_data()
    )
    attach_required(actor, app)
    return app


def funded_project(actor: Any, code: str = "kjjh-t") -> Application:
    """A 科技计划项目 of `actor`'s organisation, approved and due at 中期报告 (mid-term)."""
    call = make_typed_call("research", code, presets.research_project)
    app = services.application_create(
        actor=actor, call=call, title="工业视觉缺陷检测", data=valid_data()
    )
    attach_required(actor, app)
    services.application_submit(actor=actor, application=app, idempotency_key=f"{code}-1")
    Application.objects.filter(pk=app.pk).update(stage="midterm", amount=80)
    app.refresh_from_db()
    return app


@pytest.fixture
def call(db: None) -> Call:
    return make_call()


@pytest.fixture
def draft(enterprise_user: Any, call: Call) -> Application:
    return ready_draft(enterprise_user, call)


@pytest.fixture
def submitted(enterprise_user: Any, draft: Application) -> Application:
    services.application_submit(actor=enterprise_user, application=draft, idempotency_key="k1")
    draft.refresh_from_db()
    return draft


# --- 揭榜挂帅 and the demand reserve ---------------------------------------------------------


def make_typed_call(type_code: str, code: str, build: Any, **times: dt.datetime) -> Call:
    ptype, _ = ProgrammeType.objects.get_or_create(code=type_code, defaults={"name": type_code})
    config = ptype.current_config() or configuration.config_publish(
        actor=None, programme_type=ptype, config=build()
    )
    now = timezone.now()
    return Call.objects.create(
        programme_type=ptype,
        config=config,
        code=code,
        name=f"测试批次（{code}）",
        year=2026,
        opens_at=times.get("opens_at", now - dt.timedelta(days=5)),
        closes_at=times.get("closes_at", now + dt.timedelta(days=40)),
    )


@pytest.fixture
def jb_call(db: None) -> Call:
    """An open call of the 揭榜挂帅 type."""
    return make_typed_call("challenge", "jbgs-t", presets.challenge)


@pytest.fixture
def uni(db: None) -> Any:
    """A university in 东湖区, the partner a bidding enterprise needs."""
    from tests.factories import OrganizationFactory

    return OrganizationFactory.create(name="南昌测试大学", kind="university", region_id="360102")


def refusals(action: str) -> int:
    """How many refused attempts of `action` the audit log holds."""
    from apps.audit.models import AuditEvent

    return AuditEvent.objects.filter(action=action, result="refused").count()


def make_challenge(actor: Any, call: Call, *, mode: str = "single", publish: bool = True) -> Any:
    from apps.programmes import services_challenges as ch
    from apps.regions.models import Region

    challenge = ch.challenge_create(
        actor=actor,
        call=call,
        title="高性能稀土永磁材料制备技术",
        summary="突破晶界扩散工艺，降低重稀土用量。",
        targets="矫顽力≥25kOe",
        budget="500",
        bid_closes_at=timezone.now() + dt.timedelta(days=10),
        region=Region.objects.get(code="360702"),
        mode=mode,
        max_winners=2 if mode == "race" else 1,
        contact_name="张工",
        contact_phone="13907971234",
    )
    if publish:
        ch.challenge_publish(actor=actor, challenge=challenge)
        challenge.refresh_from_db()
    return challenge


BID_DATA = {
    "approach": "晶界扩散 + 热压成形",
    "budget": "400",
    "milestones": "1. 小试 2. 中试 3. 量产",
    "team": [{"name": "李明", "id_number": id_number(), "role": "项目负责人"}],
}


def bid(actor: Any, challenge: Any, partner: Any, title: str = "稀土永磁揭榜方案") -> Application:
    """A submitted bid of `actor`'s organisation with `partner` (an Organization) on the team."""
    from apps.programmes import services_challenges as ch

    app = ch.challenge_bid(
        actor=actor,
        challenge=challenge,
        title=title,
        partners=[{"credit_code": partner.credit_code, "role": "材料表征"}],
        data=BID_DATA,
    )
    services.attachment_add(
        actor=actor,
        application=app,
        slot="proposal",
        upload=SimpleUploadedFile("p.pdf", PDF),
        name="p.pdf",
    )
    services.application_submit(actor=actor, application=app)
    app.refresh_from_db()
    return app


def to_award(officer: Any, expert: Any, app: Application) -> None:
    """Walk a bid through the formal check and the review to the award stage."""
    stage = next(s for s in app.config.stages if s["code"] == "formal")
    services.application_transition(
        actor=officer, application=app, action="pass", checklist=stage["checklist"]
    )
    services.review_assign(actor=officer, application=app, reviewers=[expert])
    for assignment in app.reviews.all():
        scores = {i["code"]: i["max"] for i in app.config.scoring["items"]}
        services.review_declare(actor=expert, assignment=assignment, conflict=False)
        services.review_submit(actor=expert, assignment=assignment, scores=scores, comment="同意")
    services.application_transition(actor=officer, application=app, action="finish_review")


def to_execution(officer: Any, app: Application, amount: str = "300") -> None:
    """Pick a bid at the award stage and finalise it after the publicity period."""
    services.application_transition(actor=officer, application=app, action="pick", amount=amount)
    Application.objects.filter(pk=app.pk).update(publicity_ends_on=dt.date(2020, 1, 1))
    app.refresh_from_db()
    services.application_transition(actor=officer, application=app, action="finalize")


def close_bidding(challenge: Any) -> None:
    from apps.programmes.models import Challenge

    Challenge.objects.filter(pk=challenge.pk).update(
        bid_closes_at=timezone.now() - dt.timedelta(minutes=1)
    )
    challenge.refresh_from_db()


def executing_bid(
    officer: Any, expert: Any, lead: Any, challenge: Any, partner: Any
) -> Application:
    """A picked bid of `lead`'s organisation in its milestone stage, with two gates planned."""
    from apps.programmes import services_milestones as ms

    app = bid(lead, challenge, partner)
    to_award(officer, expert, app)
    close_bidding(challenge)
    to_execution(officer, app)
    ms.milestones_plan(
        actor=officer,
        application=app,
        milestones=[
            {"title": "小试", "due_on": "2027-03-31", "amount": "100"},
            {"title": "中试", "due_on": "2027-09-30", "amount": "150"},
        ],
    )
    app.refresh_from_db()
    return app


def token_client(user: Any) -> Any:
    """A client as an enterprise's own system uses the API: a bearer token, no session."""
    from django.test import Client

    from apps.accounts.services import api_token_issue

    _, key = api_token_issue(user=user)
    return Client(HTTP_AUTHORIZATION=f"Bearer {key}")


@pytest.fixture
def rival_enterprise(db: None) -> Any:
    """An enterprise of another organisation in the same district as enterprise_user's."""
    from apps.accounts.services import user_create
    from conftest import PASSWORD
    from tests.factories import OrganizationFactory

    return user_create(
        actor=None,
        username="rival_enterprise",
        password=PASSWORD,
        role="enterprise",
        display_name="rival",
        organization=OrganizationFactory.create(name="同城竞争公司", region_id="360102"),
    )


def at_once(count: int, work: Callable[[int], T]) -> tuple[list[T], list[BaseException]]:
    """Run work(0) … work(count - 1) in threads released together (a client's retries racing
    its first request); each thread closes its own database connection. (answers, errors)."""
    from django.db import connection

    answers: list[T] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(n: int) -> None:
        try:
            barrier.wait()
            answers.append(work(n))
        except BaseException as exc:
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return answers, errors

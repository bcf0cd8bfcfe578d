"""Fixtures for the programme tests: a configured programme, an open call, ready drafts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from apps.programmes import configuration, presets, services
from apps.programmes.models import Application, Call, ProgrammeType

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

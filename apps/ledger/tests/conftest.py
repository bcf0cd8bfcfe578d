"""Ledger test helpers: a small work plan, a draft made from it, and a confirmed plan."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from apps.accounts.models import User
from apps.ledger import services
from apps.ledger.models import Plan, PlanDraft

SMALL_PLAN = """2022年南昌市科技测试工作要点
主要目标：全市高新技术企业达到1800家以上。
一、创新主体培育
1.实施高新技术企业倍增计划。新增高新技术企业300家以上，2022年6月底前完成首批认定。〔责任单位:市科技局、市税务局〕
2.培育科技型中小企业。入库科技型中小企业2000家。〔责任单位:市科技局〕
二、平台建设
1.推进实验室建设。建设省级重点实验室3-5个，研发投入增长10斤。
2.加强统筹调度。年底前完成。
"""


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def make_draft(
    actor: User, capture: Any, *, text: str = SMALL_PLAN, name: str = "plan.txt"
) -> PlanDraft:
    """Upload a plan and run its extraction job (huey runs immediately in tests)."""
    with capture(execute=True):
        draft = services.draft_upload(actor=actor, upload=upload(name, text.encode()))
    draft.refresh_from_db()
    return draft


def fix_and_confirm(actor: User, draft: PlanDraft, **kw: Any) -> Plan:
    """Give the unit-less target of the small plan a value so the draft can be confirmed."""
    for item in draft.items:
        for t in item["targets"]:
            if not t["value"]:
                t["value"] = "1"
    PlanDraft.objects.filter(pk=draft.pk).update(items=draft.items)
    draft.refresh_from_db()
    return services.draft_confirm(actor=actor, draft=draft, **kw)


@pytest.fixture
def nanchang_draft(nanchang_officer: User, django_capture_on_commit_callbacks: Any) -> PlanDraft:
    return make_draft(nanchang_officer, django_capture_on_commit_callbacks)


@pytest.fixture
def nanchang_plan(nanchang_officer: User, nanchang_draft: PlanDraft) -> Plan:
    return fix_and_confirm(nanchang_officer, nanchang_draft)

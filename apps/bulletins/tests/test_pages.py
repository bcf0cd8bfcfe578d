"""The pages end to end: create → job → detail → edit and regenerate → export; and the demo."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.test import TestCase
from django.utils import timezone

from apps.bulletins.choices import BulletinStatus
from apps.bulletins.models import Bulletin
from apps.bulletins.tests.conftest import AS_OF
from conftest import client_for

pytestmark = pytest.mark.django_db


def test_create_generate_edit_and_export(province_officer, targets):
    client = client_for(province_officer)
    assert client.get("/bulletins/new/").status_code == 200
    ids = [str(i.pk) for i in targets["indicators"]]
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            "/bulletins/new/",
            {"as_of": AS_OF.isoformat(), "indicators": ids, "foreword": "第一稿按语"},
        )
    bulletin = Bulletin.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/bulletins/{bulletin.pk}/"
    page = client.get(f"/bulletins/{bulletin.pk}/").content.decode()
    assert "全省2项指标中" in page and "第一稿按语" in page and "发布到下级地区" in page
    partial = client.get(f"/bulletins/{bulletin.pk}/", HTTP_HX_REQUEST="true").content.decode()
    assert 'id="bulletin-status"' in partial and "<html" not in partial

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(
            f"/bulletins/{bulletin.pk}/edit/",
            {"indicators": ids[:1], "foreword": "第二稿按语", "title": "", "period_label": ""},
        )
    assert response.status_code == 302
    bulletin.refresh_from_db()
    assert bulletin.version == 2 and bulletin.foreword == "第二稿按语"
    assert bulletin.editions.get(version=2).figures["foreword"] == "第二稿按语"
    assert len(bulletin.editions.get(version=2).figures["indicators"]) == 1
    assert client.get(f"/bulletins/{bulletin.pk}/v1.docx").status_code == 200

    export = client.get("/bulletins/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(export.content)).active
    assert sheet.cell(2, 1).value == bulletin.number
    assert bulletin.title in client.get("/bulletins/?region=360000").content.decode()
    assert bulletin.title not in client.get("/bulletins/?region=360100").content.decode()
    assert bulletin.title not in client.get("/bulletins/?status=published").content.decode()


def test_future_date_and_no_indicator_are_refused(province_officer, targets):
    client = client_for(province_officer)
    tomorrow = timezone.localdate().replace(year=timezone.localdate().year + 1)
    response = client.post("/bulletins/new/", {"as_of": tomorrow.isoformat(), "indicators": []})
    text = response.content.decode()
    assert response.status_code == 200 and "不能晚于今天" in text
    assert not Bulletin.objects.exists()


def test_demo_publishes_one_provincial_bulletin_when_targets_exist(province_officer, targets):
    from apps.bulletins import demo
    from apps.demo.extensions import DemoContext

    context = DemoContext(
        scale="small", seed=1, as_of=AS_OF, province_code="360000", say=lambda line: None
    )
    assert demo.load(context) == {"bulletins": 1}
    bulletin = Bulletin.objects.get()
    assert bulletin.status == BulletinStatus.PUBLISHED and bulletin.region_id == "360000"
    assert bulletin.pdf and bulletin.docx


def test_demo_does_nothing_without_targets(province_officer):
    from apps.bulletins import demo
    from apps.demo.extensions import DemoContext

    context = DemoContext(
        scale="small", seed=1, as_of=AS_OF, province_code="360000", say=lambda line: None
    )
    assert demo.load(context) == {}
    assert not Bulletin.objects.exists()

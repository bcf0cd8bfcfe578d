"""The expert database: registration and approval, recommendation, officers' entry within
their region, Excel import (all or nothing, row-level Chinese errors), the list with filters
and export, the profile page (masked personal data, review history), and affinity reasons."""

from __future__ import annotations

import io

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, TestCase

from apps.accounts.models import User
from apps.audit.models import AuditEvent
from apps.experts import affinity, imports, services
from apps.experts.choices import ExpertSource, ExpertStatus
from apps.experts.models import Expert
from apps.experts.tests.conftest import expert_make, id_number
from apps.jobs.models import Job
from apps.programmes.models import ReviewAssignment
from apps.regions.models import Region
from conftest import client_for

pytestmark = pytest.mark.django_db

PASSWORD = "Expert@Kechuang2026"


def _profile(**kw):
    return {
        "name": "王工",
        "organization_name": "南昌测试研究所",
        "region": Region.objects.get(code="360102"),
        "title": "研究员",
        "disciplines": ["52020", "510"],
        "keywords": "机器视觉、深度学习",
        "mobile": "13907910001",
        "id_number": id_number("36010219750101004"),
        **kw,
    }


def test_an_expert_already_in_the_database_is_not_asked_to_register_again(
    province_officer, expert_user
):
    own = expert_make(province_officer, "赵工")
    Expert.objects.filter(pk=own.pk).update(user=expert_user)  # as approval links it
    response = client_for(expert_user).get("/experts/register/", follow=True)
    body = response.content.decode()
    assert response.redirect_chain[-1][0] == f"/experts/{own.pk}/"
    assert "您已在专家库中" in body and 'name="password"' not in body
    assert 'name="password"' in Client().get("/experts/register/").content.decode()


def test_registration_waits_for_approval_then_opens_an_account(province_officer):
    client = Client()
    response = client.post(
        "/experts/register/",
        {
            "name": "王工",
            "organization_name": "南昌测试研究所",
            "region": "360102",
            "title": "研究员",
            "disciplines": ["52020", "51010"],
            "keywords": "机器视觉、深度学习",
            "mobile": "13907910001",
            "id_number": id_number("36010219750101004"),
            "username": "wanggong",
            "password": PASSWORD,
        },
    )
    assert 'data-testid="registered"' in response.content.decode()
    expert = Expert.objects.get(name="王工")
    assert expert.status == ExpertStatus.PENDING and expert.user is None
    assert expert.source == ExpertSource.REGISTERED
    assert expert.mobile_masked == "139****0001"
    services.expert_review(actor=province_officer, expert=expert, approve=True)
    expert.refresh_from_db()
    user = User.objects.get(username="wanggong")
    assert expert.user == user and user.role == "expert" and user.check_password(PASSWORD)
    assert expert.password_hash == ""
    assert AuditEvent.objects.filter(action="expert.approve", actor=province_officer).exists()
    # the expert sees their own profile, masked
    page = client_for(user).get("/experts/me/", follow=True).content.decode()
    assert "139****0001" in page and "13907910001" not in page


def test_reject_needs_a_reason_and_only_province_approves(province_officer, nanchang_officer):
    expert = services.expert_create(actor=nanchang_officer, data=_profile())
    with pytest.raises(ValidationError):
        services.expert_review(actor=province_officer, expert=expert, approve=False, note="")
    from apps.accounts.permissions import AccessDenied

    with pytest.raises(AccessDenied):
        services.expert_review(actor=nanchang_officer, expert=expert, approve=True)
    services.expert_review(actor=province_officer, expert=expert, approve=False, note="信息不全")
    expert.refresh_from_db()
    assert expert.status == ExpertStatus.REJECTED and expert.user is None


def test_organisation_recommends_its_own_people(enterprise_user):
    expert = services.expert_create(actor=enterprise_user, data=_profile())
    assert expert.source == ExpertSource.RECOMMENDED
    assert expert.organization == enterprise_user.organization
    assert expert.recommended_by == enterprise_user.organization
    page = client_for(enterprise_user).get("/experts/").content.decode()
    assert "王工" in page


def test_officer_enters_only_within_region(county_clerk, nanchang_officer):
    with pytest.raises(ValidationError):
        services.expert_create(actor=county_clerk, data=_profile())
    assert not Expert.objects.exists()
    services.expert_create(actor=nanchang_officer, data=_profile())
    with pytest.raises(ValidationError):
        services.expert_create(actor=nanchang_officer, data=_profile(disciplines=["99999"]))


def test_list_filters_export_and_scope(province_officer, nanchang_officer, ganzhou_officer):
    expert_make(province_officer, "南昌核心", region="360102", tier="core", disciplines=["43040"])
    expert_make(province_officer, "赣州一般", region="360702", disciplines=["52020"])
    client = client_for(nanchang_officer)
    body = client.get("/experts/").content.decode()
    assert "南昌核心" in body and "赣州一般" not in body
    body = client_for(province_officer).get("/experts/?discipline=430").content.decode()
    assert "南昌核心" in body and "赣州一般" not in body
    body = client_for(province_officer).get("/experts/?tier=general").content.decode()
    assert "南昌核心" not in body and "赣州一般" in body
    response = client_for(province_officer).get("/experts/?export=xlsx&region=360700")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    names = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == ["赣州一般"]
    other = Expert.objects.get(name="南昌核心")
    assert client_for(ganzhou_officer).get(f"/experts/{other.pk}/").status_code == 404


def test_profile_shows_review_history(province_officer, review_call, seeded):
    expert = seeded["experts"][0]
    app = seeded["applications"][0]
    ReviewAssignment.objects.create(
        application=app, reviewer=expert.user, assigned_by=province_officer
    )
    body = client_for(province_officer).get(f"/experts/{expert.pk}/").content.decode()
    assert 'data-testid="history"' in body and app.receipt_number in body


def test_profile_lists_declared_conflicts_and_what_became_of_each_seat(
    province_officer, review_call, seeded
):
    """Declared conflicts read as a list (no dangling 、); the history says declined or
    scored (with the total), not only 已评/未评, which a declined seat also showed."""
    expert = seeded["experts"][1]
    expert.conflict_people = ["王小明"]
    expert.save(update_fields=["conflict_people"])
    apps = seeded["applications"]
    ReviewAssignment.objects.create(
        application=apps[0],
        reviewer=expert.user,
        assigned_by=province_officer,
        status="declined",
        decline_reason="出差",
    )
    ReviewAssignment.objects.create(
        application=apps[1],
        reviewer=expert.user,
        assigned_by=province_officer,
        status="submitted",
        total=86,
    )
    ReviewAssignment.objects.create(
        application=apps[2],
        reviewer=expert.user,
        assigned_by=province_officer,
        status="standby",
        is_backup=True,
        backup_rank=1,
    )
    body = client_for(province_officer).get(f"/experts/{expert.pk}/").content.decode()
    assert 'data-testid="declared-conflicts">王小明</dd>' in body
    assert "已谢绝" in body and "已评分" in body and "86" in body
    assert "候补</span>" in body and "候补·候补" not in body


def _workbook(rows):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = imports.SHEET
    ws.append(imports.HEADERS)
    for r in rows:
        ws.append(r)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _row(**kw):
    base = {
        "姓名": "导入专家",
        "身份证号": "",
        "手机号": "13800000000",
        "工作单位": "南昌测试大学",
        "单位统一社会信用代码": "",
        "地区代码": "360102",
        "职称": "教授",
        "学科代码": "52020、430",
        "熟悉行业代码": "C39",
        "熟悉产业链": "",
        "研究方向关键词": "机器视觉、稀土",
        "专家类别": "核心专家",
    }
    base.update(kw)
    return [base[h] for h in imports.HEADERS]


def _upload(client, content):
    before = set(Job.objects.values_list("pk", flat=True))
    with TestCase.captureOnCommitCallbacks(execute=True):
        client.post("/experts/import/", {"file": SimpleUploadedFile("专家.xlsx", content)})
    job = Job.objects.exclude(pk__in=before).get()
    job.refresh_from_db()
    return job


def test_import_good_rows(nanchang_officer):
    rows = [_row(姓名=f"导入{i}", 身份证号=id_number(f"36010219800101{i:02d}1")) for i in range(5)]
    rows.insert(2, [""] * len(imports.HEADERS))  # a blank line between records is skipped
    job = _upload(client_for(nanchang_officer), _workbook(rows))
    assert job.status == "succeeded", job.result
    assert Expert.objects.filter(status=ExpertStatus.PENDING, source="imported").count() == 5
    e = Expert.objects.get(name="导入3")
    assert e.tier == "core" and e.disciplines == ["52020", "430"]
    assert [i.code for i in e.industries.all()] == ["C39"]


def test_import_bad_rows_write_nothing(nanchang_officer):
    dup = id_number("36010219800101005")
    rows = [
        _row(姓名="好行", 身份证号=dup),
        _row(姓名="重复", 身份证号=dup),
        _row(姓名="坏学科", 学科代码="52020、12345"),
        _row(姓名="外地", 地区代码="360702"),
        _row(姓名="坏证件", 身份证号="360102198001010000"),
        _row(姓名="", 职称=""),
        _row(姓名="坏类别", 专家类别="特级专家"),
    ]
    job = _upload(client_for(nanchang_officer), _workbook(rows))
    assert job.status == "failed"
    assert not Expert.objects.exists()
    got = {(e["row"], e["column"]) for e in job.result["errors"]}
    assert {
        (3, "身份证号"),
        (4, "学科代码"),
        (5, "地区代码"),
        (6, "身份证号"),
        (7, "姓名"),
        (7, "职称"),
        (8, "专家类别"),
    } <= got
    messages = " ".join(e["message"] for e in job.result["errors"])
    assert "与第2行重复" in messages and "不在您的管辖范围内" in messages
    assert "12345" in messages


def test_affinity_matrix_and_reasons():
    app = affinity.Side(disciplines=["52020"], terms=["机器视觉", "视觉"], industries=["C39"])
    exact = affinity.Side(disciplines=["52020"], terms=["机器视觉"], industries=["C"])
    near = affinity.Side(disciplines=["52040"], terms=["数据库"])
    none = affinity.Side(disciplines=["35010"], terms=["药物"])
    m = affinity.matrix([app], [exact, near, none])
    assert m.shape == (1, 3)
    assert m[0, 0] > m[0, 1] > m[0, 2] == 0.0
    assert m[0, 1] == pytest.approx(0.45 * 0.6)
    why = affinity.reasons(app, exact)
    assert any("学科相同：52020 人工智能" in r for r in why)
    assert any("机器视觉" in r for r in why) and "熟悉申报单位所属行业" in why
    assert affinity.reasons(app, near) == ["同一一级学科：520 计算机科学技术"]
    scaled = affinity.matrix([app], [exact, exact], credit=[100.0, 0.0])
    assert scaled[0, 1] == pytest.approx(scaled[0, 0] * 0.9)  # credit 0 vs 100: −10 %
    unrated = affinity.matrix([app], [exact, exact], credit=[100.0, None])
    assert unrated[0, 1] == pytest.approx(unrated[0, 0] * 0.98)  # no record counts as 80


def test_expert_edits_own_profile_only(province_officer):
    mine = expert_make(province_officer, "自己", tier="general")
    other = expert_make(province_officer, "别人")
    client = client_for(mine.user)
    form = {
        "name": "自己",
        "organization_name": "新单位",
        "region": "360102",
        "title": "教授",
        "disciplines": ["48040"],
        "keywords": "储能",
        "tier": "core",  # not the expert's to change
        "unavailable": "2026-12-01 至 2026-12-15",
    }
    response = client.post(f"/experts/{mine.pk}/edit/", form)
    assert response.status_code == 302, response.content.decode()[:1000]
    mine.refresh_from_db()
    assert mine.organization_name == "新单位" and mine.disciplines == ["48040"]
    assert mine.tier == "general"
    assert mine.unavailable == [{"start": "2026-12-01", "end": "2026-12-15"}]
    assert client.get(f"/experts/{other.pk}/").status_code == 404
    assert client.post(f"/experts/{other.pk}/edit/", form).status_code == 404
    bad = client.post(f"/experts/{mine.pk}/edit/", {**form, "unavailable": "下周"})
    assert "2026-12-01 至 2026-12-15" in bad.content.decode()


def test_public_registration_is_limited_per_address_and_the_refusal_is_audited():
    client = Client(REMOTE_ADDR="10.8.0.7")

    def register(i: int) -> str:
        return client.post(
            "/experts/register/",
            {
                "name": f"王工{i}",
                "organization_name": "南昌测试研究所",
                "region": "360102",
                "title": "研究员",
                "disciplines": ["52020"],
                "keywords": "机器视觉",
                "mobile": f"1390791000{i}",
                "id_number": id_number(f"3601021975010100{i}"),
                "username": f"wanggong{i}",
                "password": PASSWORD,
            },
        ).content.decode()

    for i in range(services.REGISTRATIONS_PER_HOUR):
        assert 'data-testid="registered"' in register(i)
    body = register(9)
    assert "一小时内最多提交 5 份专家注册" in body and 'data-testid="registered"' not in body
    assert not Expert.objects.filter(username="wanggong9").exists()
    assert AuditEvent.objects.filter(action="expert.register", result="refused").count() == 1
    # another address is not held back
    other = Client(REMOTE_ADDR="10.8.0.8").post("/experts/register/", {"name": ""})
    assert "一小时内最多" not in other.content.decode()


def test_an_over_long_cell_is_refused_by_row_and_column_not_cut(nanchang_officer):
    """工作单位, 职称 and 研究方向关键词 were cut to their column size on import."""
    rows = [
        _row(姓名="好行"),
        _row(姓名="长单位", 工作单位="南昌测试大学" * 34),  # 204 characters
        _row(姓名="长职称", 职称="正高级工程师" * 7),  # 42 characters
    ]
    job = _upload(client_for(nanchang_officer), _workbook(rows))
    assert job.status == "failed" and not Expert.objects.exists()
    found = {(e["row"], e["column"]): e["message"] for e in job.result["errors"]}
    assert found[(3, "工作单位")] == "「工作单位」最多200字，现为204字。"
    assert found[(4, "职称")] == "「职称」最多40字，现为42字。"


def test_an_over_long_review_note_is_refused_and_nothing_changes(
    province_officer, nanchang_officer
):
    expert = services.expert_create(actor=nanchang_officer, data=_profile())
    with pytest.raises(ValidationError) as caught:
        services.expert_review(
            actor=province_officer, expert=expert, approve=False, note="缺" * 301
        )
    assert caught.value.message_dict["review_note"] == ["「审核意见」最多300字，现为301字。"]
    expert.refresh_from_db()
    assert expert.status == ExpertStatus.PENDING and expert.review_note == ""
    page = client_for(province_officer).post(
        f"/experts/{expert.pk}/review/", {"decision": "reject", "note": "缺" * 301}, follow=True
    )
    assert "审核意见：" in page.content.decode()  # the form's refusal is shown, not dropped
    expert.refresh_from_db()
    assert expert.status == ExpertStatus.PENDING


def test_more_declared_conflicts_than_kept_are_refused_not_dropped():
    """申报回避人员 kept the first 50 names and dropped the rest without a word."""
    from apps.experts.forms import ExpertForm

    form = ExpertForm()
    form.cleaned_data = {"conflict_people": "、".join(f"回避{i}" for i in range(51))}
    with pytest.raises(ValidationError, match="「申报回避人员」最多50人，现为51人。"):
        form.clean_conflict_people()
    form.cleaned_data = {"conflict_people": "张三、李四"}
    assert form.clean_conflict_people() == ["张三", "李四"]

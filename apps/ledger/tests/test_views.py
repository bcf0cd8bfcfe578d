"""Ledger pages: jurisdiction (404 out of scope, audited), the upload → review → confirm pages,
the plan page filters and the 台账 export, the task page's report and review forms."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from django.urls import reverse

from apps.audit.models import AuditEvent
from apps.ledger import services
from apps.ledger.choices import DraftStatus
from apps.ledger.models import Plan, PlanDraft
from apps.ledger.tests.conftest import SMALL_PLAN, fix_and_confirm, upload
from conftest import _user, client_for

pytestmark = pytest.mark.django_db


def test_out_of_scope_officers_get_404_and_the_probe_is_audited(
    nanchang_plan, county_clerk, ganzhou_officer, nanchang_draft
):
    task = nanchang_plan.tasks.first()
    for user in (county_clerk, ganzhou_officer):
        client = client_for(user)
        for url in (
            reverse("ledger:plan", args=[nanchang_plan.pk]),
            reverse("ledger:plan", args=[nanchang_plan.pk]) + "?export=xlsx",
            reverse("ledger:task", args=[task.pk]),
            reverse("ledger:draft", args=[nanchang_draft.pk]),
        ):
            assert client.get(url).status_code == 404, (user, url)
        assert (
            client.post(
                reverse("ledger:task_report", args=[task.pk]), {"text": "x", "percent": "1"}
            ).status_code
            == 404
        )
        page = client.get(reverse("ledger:plans"))
        assert nanchang_plan.title not in page.content.decode()
    assert AuditEvent.objects.filter(result="refused", action="plan.read").count() >= 2
    assert task.reports.count() == 0


def test_other_roles_are_refused(nanchang_plan, enterprise_user, expert_user):
    for user in (enterprise_user, expert_user):
        assert client_for(user).get(reverse("ledger:plans")).status_code == 403


def test_the_province_sees_the_city_ledger(nanchang_plan, province_officer):
    client = client_for(province_officer)
    assert nanchang_plan.title in client.get(reverse("ledger:plans")).content.decode()
    assert client.get(reverse("ledger:plan", args=[nanchang_plan.pk])).status_code == 200


def test_upload_review_and_confirm_through_the_pages(
    nanchang_officer, django_capture_on_commit_callbacks
):
    client = client_for(nanchang_officer)
    assert client.get(reverse("ledger:upload")).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ledger:upload"), {"file": upload("方案.txt", SMALL_PLAN.encode())}
        )
    draft = PlanDraft.objects.get()
    assert response.url == reverse("ledger:draft", args=[draft.pk])
    page = client.get(response.url).content.decode()
    assert "实施高新技术企业倍增计划" in page and 'data-line="3"' in page
    assert 'data-item-line="3"' in page
    assert "未明确牵头（责任）单位" in page
    # Correct item 5 (平台建设 → 1.): a lead unit, a deadline and a target with an odd unit.
    client.post(
        reverse("ledger:draft_item", args=[draft.pk, 5]),
        {
            "number": "1",
            "title": "推进实验室建设",
            "lead_units": "市科技局",
            "assisting_units": "市教育局、南昌大学",
            "deadline": "2022-10-31",
            "t-count": "1",
            "t-0-subject": "省级重点实验室",
            "t-0-comparator": ">=",
            "t-0-value": "3",
            "t-0-value_max": "5",
            "t-0-unit": "个",
            "t-0-kind": "level",
            "t-1-subject": "研发投入",
            "t-1-comparator": ">",
            "t-1-value": "10",
            "t-1-unit": "斤",
            "t-1-kind": "increment",
        },
    )
    page = client.get(reverse("ledger:draft", args=[draft.pk])).content.decode()
    assert "单位“斤”不在单位表中" in page
    client.post(reverse("ledger:draft_move", args=[draft.pk, 6]), {"action": "merge"})
    assert Plan.objects.count() == 0
    response = client.post(reverse("ledger:draft_confirm", args=[draft.pk]))
    plan = Plan.objects.get()
    assert response.url == reverse("ledger:plan", args=[plan.pk])
    task = plan.tasks.get(title="推进实验室建设")
    assert task.assisting_units == ["市教育局", "南昌大学"]
    assert sorted(g.unit for g in task.goals.all()) == ["个", "斤"]
    assert plan.tasks.count() == 5


def test_failed_extraction_is_shown_in_chinese(
    nanchang_officer, django_capture_on_commit_callbacks
):
    client = client_for(nanchang_officer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ledger:upload"), {"file": upload("空.txt", "没有编号的文字。".encode())}
        )
    draft = PlanDraft.objects.get()
    assert draft.status == DraftStatus.FAILED
    page = client.get(response.url).content.decode()
    assert "没有找到带编号的条目" in page and "未生成任何台账" in page
    status = client.get(reverse("ledger:draft_status", args=[draft.pk]), HTTP_HX_REQUEST="true")
    assert status["HX-Refresh"] == "true"


def test_plan_page_filters_and_exports_the_ledger_layout(nanchang_plan, nanchang_officer):
    client = client_for(nanchang_officer)
    url = reverse("ledger:plan", args=[nanchang_plan.pk])
    page = client.get(url).content.decode()
    assert page.count('data-testid="task-row"') == 6
    page = client.get(url + "?lead=税务").content.decode()
    assert page.count('data-testid="task-row"') == 0  # 市税务局 assists, does not lead
    page = client.get(url + "?lead=科技局").content.decode()
    assert page.count('data-testid="task-row"') == 2
    services.tasks_flag_overdue(today=dt.date(2022, 7, 1))
    page = client.get(url + "?overdue=true").content.decode()
    # 1. is marked 逾期; 2. (due 2022-12-31) is past its deadline today, before any sweep.
    assert page.count('data-testid="task-row"') == 2
    response = client.get(url + "?export=xlsx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    ws = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert "工作台账" in ws["A1"].value
    assert [c.value for c in ws[3]] == [
        "序号",
        "重点工作任务",
        "具体内容",
        "牵头单位",
        "配合单位",
        "完成时限",
        "进展情况",
        "状态",
    ]
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert len(rows) == 6
    assert rows[1][:2] == ("1", "实施高新技术企业倍增计划")
    assert rows[1][3:6] == ("市科技局", "市税务局", "2022年06月30日")
    assert rows[1][7] == "逾期"
    assert "A1:H1" in [str(r) for r in ws.merged_cells.ranges]
    assert ws["B5"].border.left.style == "thin" and ws["C5"].alignment.wrap_text


def test_task_page_report_and_review_forms(nanchang_plan, nanchang_officer, province_officer):
    task = nanchang_plan.tasks.get(title="培育科技型中小企业")  # no deadline
    client = client_for(nanchang_officer)
    page = client.get(reverse("ledger:task", args=[task.pk])).content.decode()
    assert 'data-testid="report-form"' in page
    response = client.post(
        reverse("ledger:task_report", args=[task.pk]), {"text": "入库 1500 家", "percent": "75"}
    )
    assert response.status_code == 302
    report = task.reports.get()
    page = client.get(reverse("ledger:task", args=[task.pk])).content.decode()
    assert 'data-testid="review-form"' not in page  # never one's own
    province = client_for(province_officer)
    page = province.get(reverse("ledger:plans")).content.decode()
    assert 'data-testid="to-review"' in page
    province.post(reverse("ledger:report_review", args=[report.pk]), {"decision": "accept"})
    report.refresh_from_db()
    assert report.status == "accepted"
    # A forged review by the submitter is refused and audited.
    second = services.report_submit(actor=nanchang_officer, task=task, text="y", percent=80)
    response = client.post(
        reverse("ledger:report_review", args=[second.pk]), {"decision": "accept"}
    )
    assert response.status_code == 403
    assert AuditEvent.objects.filter(result="refused", action__contains="ledger.review").exists()


def test_late_report_through_the_page_needs_the_tick(nanchang_plan, nanchang_officer):
    task = nanchang_plan.tasks.get(title="实施高新技术企业倍增计划")  # due 2022-06-30, past
    client = client_for(nanchang_officer)
    page = client.get(reverse("ledger:task", args=[task.pk])).content.decode()
    assert "我确认逾期报送" in page
    assert 'name="confirm_late" value="1" required' in page  # the browser asks first
    response = client.post(
        reverse("ledger:task_report", args=[task.pk]), {"text": "首批认定已完成", "percent": "10"}
    )
    assert task.reports.count() == 0
    page = response.content.decode()
    assert response.status_code == 200 and "已逾期" in page
    # What was typed stays in the form; the files must be chosen again and the page says so.
    assert ">首批认定已完成</textarea>" in page and 'value="10"' in page
    assert 'data-testid="reselect-evidence"' in page
    client.post(
        reverse("ledger:task_report", args=[task.pk]),
        {"text": "x", "percent": "10", "confirm_late": "1"},
    )
    assert task.reports.get().late


def test_evidence_download_is_scoped(nanchang_plan, nanchang_officer, ganzhou_officer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    task = nanchang_plan.tasks.get(title="培育科技型中小企业")
    report = services.report_submit(
        actor=nanchang_officer,
        task=task,
        text="x",
        percent=5,
        evidence=[SimpleUploadedFile("a.pdf", b"%PDF-1.4\n%%EOF\n")],
    )
    evidence = report.evidence.get()
    url = reverse("ledger:evidence", args=[evidence.pk])
    response = client_for(nanchang_officer).get(url)
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert client_for(ganzhou_officer).get(url).status_code == 404


def test_a_handed_down_task_shows_to_the_region_below(nanchang_plan, nanchang_officer):
    donghu = _user("donghu2", "county_officer", region="360102")
    task = nanchang_plan.tasks.get(title="培育科技型中小企业")
    keeper = client_for(nanchang_officer)
    page = keeper.get(reverse("ledger:task", args=[task.pk])).content.decode()
    assert 'data-testid="assign-form"' in page and "东湖区" in page
    outside = keeper.post(reverse("ledger:task_assign", args=[task.pk]), {"region": "360702"})
    assert outside.status_code == 404  # a district of 赣州 is outside Nanchang
    keeper.post(reverse("ledger:task_assign", args=[task.pk]), {"region": "360102"})
    task.refresh_from_db()
    assert task.region_id == "360102"
    client = client_for(donghu)
    page = client.get(reverse("ledger:plans")).content.decode()
    assert 'data-testid="assigned"' in page and "培育科技型中小企业" in page
    assert client.get(reverse("ledger:task", args=[task.pk])).status_code == 200
    assert client.get(reverse("ledger:plan", args=[nanchang_plan.pk])).status_code == 404


def test_task_page_shows_linked_targets_with_their_progress(nanchang_officer, nanchang_draft):
    from apps.supervision.models import Indicator

    indicator = Indicator.objects.create(
        code="high_tech_t", name="高新技术企业数（测试）", unit="家"
    )
    plan = services.draft_confirm(
        actor=nanchang_officer, draft=nanchang_draft, mapping={"2-0": indicator}
    )
    task = plan.tasks.get(title="实施高新技术企业倍增计划")
    page = client_for(nanchang_officer).get(reverse("ledger:task", args=[task.pk]))
    html = page.content.decode()
    assert 'data-testid="linked-targets"' in html and "高新技术企业数（测试）" in html
    assert "已关联指标" in html


def test_draft_preselects_the_indicator_a_target_plainly_measures(nanchang_officer, nanchang_draft):
    from apps.supervision.models import Indicator

    stock = Indicator.objects.create(code="hte_stock", name="有效期内高新技术企业数", unit="家")
    new = Indicator.objects.create(code="hte_new", name="当年新认定高新技术企业数", unit="家")
    html = (
        client_for(nanchang_officer)
        .get(reverse("ledger:draft", args=[nanchang_draft.pk]))
        .content.decode()
    )
    suggested = re.findall(r'<option value="(\d+)" selected data-suggested="1">', html)
    # 全市高新技术企业达到1800家 (a stock) and 新增高新技术企业300家 (new ones)
    assert sorted(int(pk) for pk in suggested) == sorted([stock.pk, new.pk])
    assert "· 建议" in html


def test_plan_and_draft_say_the_comparator_in_words(nanchang_officer, nanchang_draft):
    """「全市高新技术企业达到1800家以上」 showed as 「高新技术企业 >= 1800家」 on the plan."""
    from apps.supervision.models import Indicator
    from apps.supervision.services import indicator_save

    indicator_save(actor=None, indicator=Indicator(code="ht", name="高新技术企业数", unit="家"))
    client = client_for(nanchang_officer)
    draft_page = client.get(reverse("ledger:draft", args=[nanchang_draft.pk])).content.decode()
    plan = fix_and_confirm(nanchang_officer, nanchang_draft)
    plan_page = client.get(reverse("ledger:plan", args=[plan.pk])).content.decode()
    assert re.search(r"高新技术企业\s+不低于\s+300\s+家（新增）", draft_page)  # an item's target
    # The mapping table names the item by number and title: 「1」 alone is in every section.
    assert "<td>1 实施高新技术企业倍增计划</td>" in draft_page
    assert re.search(r"高新技术企业\s+不低于\s+1800家", plan_page)  # the plan's goal
    for page in (draft_page, plan_page):
        assert not re.search(r"高新技术企业\s+&gt;", page)


def test_draft_figures_read_as_people_read_them():
    """「接待观众突破100万人次」 showed as 「突破 1000000 人次」 on the draft."""
    from apps.ledger.templatetags.ledger_tags import figure

    assert figure("1000000") == "1,000,000"
    assert figure("1.90") == "1.9"
    assert figure("") == "？"
    assert figure("约三成") == "约三成"  # typed by the officer, flagged by the draft

"""The pages as each persona sees them: nothing typed is lost, out of scope is 404."""

from __future__ import annotations

import io
import json
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import load_workbook
from pypdf import PdfReader

from apps.programmes import services
from apps.programmes.models import Application
from apps.programmes.tests.conftest import PDF
from apps.regions.models import Region
from conftest import client_for

pytestmark = pytest.mark.django_db


def form_post(app, **fields):
    data = {"version": app.version, "submit_token": "tok-1", "title": app.title}
    data.update(fields)
    return data


def test_enterprise_sees_eligible_open_calls_and_starts_a_draft(enterprise_user, call):
    client = client_for(enterprise_user)
    page = client.get("/programmes/calls/").content.decode()
    assert call.name in page and "可申报" in page
    answer = client.post(f"/programmes/calls/{call.pk}/", {"title": "新镜头"})
    app = Application.objects.get(call=call)
    assert (
        answer.status_code == 302
        and answer["Location"] == f"/programmes/applications/{app.pk}/edit/"
    )


def test_submit_with_gaps_keeps_what_was_typed_and_lists_every_problem(enterprise_user, call):
    client = client_for(enterprise_user)
    client.post(f"/programmes/calls/{call.pk}/", {"title": "新镜头"})
    app = Application.objects.get(call=call)
    long_title = "题" * 10000
    page = client.post(
        f"/programmes/applications/{app.pk}/edit/",
        form_post(app, title=long_title, f_product="保留我", f_budget="5", submit="1"),
    ).content.decode()
    assert "保留我" in page and long_title in page
    assert "「项目名称」最多200字，现为10000字。" in page
    assert "“总投资（万元）”不能小于 10。" in page
    app.refresh_from_db()
    assert app.status == "draft" and app.title == "新镜头"


def test_missing_fields_on_submit_are_listed_with_labels(enterprise_user, call):
    client = client_for(enterprise_user)
    client.post(f"/programmes/calls/{call.pk}/", {"title": "新镜头"})
    app = Application.objects.get(call=call)
    page = client.post(
        f"/programmes/applications/{app.pk}/edit/", form_post(app, f_product="镜头", submit="1")
    ).content.decode()
    for label in ("技术领域", "计划开始日期", "总投资（万元）", "项目团队", "项目可行性报告"):
        assert label in page
    assert "请修改以下" in page


def test_a_conflicting_save_keeps_my_text_and_says_so(enterprise_user, draft):
    client = client_for(enterprise_user)
    stale = draft.version
    client.post(
        f"/programmes/applications/{draft.pk}/edit/", form_post(draft, f_product="甲", save="1")
    )
    page = client.post(
        f"/programmes/applications/{draft.pk}/edit/",
        {**form_post(draft, f_product="乙的文字", save="1"), "version": stale},
    ).content.decode()
    assert "已被他人修改" in page and "乙的文字" in page
    draft.refresh_from_db()
    assert draft.data["product"] == "甲"


def test_page_submit_is_idempotent_by_form_token(enterprise_user, draft):
    client = client_for(enterprise_user)
    data = form_post(
        draft, **{f"f_{k}": v for k, v in draft.data.items() if k != "team"}, submit="1"
    )
    data["f_team"] = "李明 " + draft.data["team"][0]["id_masked"] + " 负责人"
    first = client.post(f"/programmes/applications/{draft.pk}/edit/", data)
    assert first.status_code == 302
    draft.refresh_from_db()
    receipt = draft.receipt_number
    again = client.post(f"/programmes/applications/{draft.pk}/edit/", data)
    assert again.status_code == 302
    draft.refresh_from_db()
    assert draft.receipt_number == receipt and draft.versions.count() == 1
    assert draft.data["team"][0]["id_digest"]  # the masked number kept the stored digest


def test_html_in_a_pdf_is_refused_on_the_page_in_chinese(enterprise_user, call):
    client = client_for(enterprise_user)
    client.post(f"/programmes/calls/{call.pk}/", {"title": "新镜头"})
    app = Application.objects.get(call=call)
    upload = SimpleUploadedFile("报告.pdf", b"<!DOCTYPE html><html></html>")
    answer = client.post(
        f"/programmes/applications/{app.pk}/attachments/",
        {"slot": "plan", "file": upload},
        follow=True,
    )
    assert "网页（HTML）" in answer.content.decode()


def test_uploading_an_attachment_keeps_what_was_typed_but_not_saved(enterprise_user, call):
    """The upload button submits the whole draft form: typed values are saved, not lost."""
    client = client_for(enterprise_user)
    client.post(f"/programmes/calls/{call.pk}/", {"title": "新镜头"})
    app = Application.objects.get(call=call)
    answer = client.post(
        f"/programmes/applications/{app.pk}/attachments/",
        {
            "version": app.version,
            "title": "新镜头（改）",
            "f_product": "非球面镜头",
            "slot": "plan",
            "file_plan": SimpleUploadedFile("计划.pdf", PDF),
        },
        follow=True,
    )
    app.refresh_from_db()
    assert app.title == "新镜头（改）" and app.data["product"] == "非球面镜头"
    assert app.attachment_files.filter(slot="plan").count() == 1
    assert "已上传“计划.pdf”" in answer.content.decode()
    # Typed values that do not pass the rules are shown again as typed (not saved, not lost),
    # and the file is still attached.
    answer = client.post(
        f"/programmes/applications/{app.pk}/attachments/",
        {
            "version": app.version,
            "title": "新镜头（改）",
            "f_product": "非球面镜头",
            "f_budget": "不是数字",
            "slot": "license",
            "file_license": SimpleUploadedFile("执照.pdf", PDF),
        },
    )
    page = answer.content.decode()
    assert answer.status_code == 200 and 'value="不是数字"' in page
    assert app.attachment_files.filter(slot="license").count() == 1


def test_receipt_pdf_after_submit(enterprise_user, submitted):
    answer = client_for(enterprise_user).get(f"/programmes/applications/{submitted.pk}/pdf/")
    assert answer.status_code == 200 and answer.content.startswith(b"%PDF")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(answer.content)).pages)
    assert submitted.receipt_number in text
    # the attachment list names each file's category as the call does, not its internal code
    for slot in submitted.config.attachments:
        if submitted.attachment_files.filter(slot=slot["code"]).exists():
            assert slot["label"] in text.replace("\n", "")


def test_officer_queue_filters_exports_and_bulk_recommends(donghu_officer, submitted):
    client = client_for(donghu_officer)
    page = client.get("/programmes/applications/?stage=county").content.decode()
    assert submitted.title in page
    export = client.get("/programmes/applications/?export=xlsx")
    assert export["Content-Type"].startswith("application/vnd.openxml")
    answer = client.post(
        "/programmes/applications/bulk/", {"ids": [submitted.pk], "action": "recommend"}
    )
    assert answer.status_code == 302
    submitted.refresh_from_db()
    assert submitted.stage == "city"


def test_my_applications_status_filter_keeps_the_chosen_status(enterprise_user, submitted):
    client = client_for(enterprise_user)
    page = client.get("/programmes/applications/?status=active").content.decode()
    assert submitted.title in page
    assert '<option value="active" selected>办理中</option>' in page
    assert '<option value="returned">已退回修改</option>' in page
    page = client.get("/programmes/applications/?status=returned").content.decode()
    assert submitted.title not in page
    assert '<option value="returned" selected>' in page


def test_bulk_return_without_reason_changes_nothing(donghu_officer, submitted):
    client_for(donghu_officer).post(
        "/programmes/applications/bulk/", {"ids": [submitted.pk], "action": "return"}
    )
    submitted.refresh_from_db()
    assert submitted.stage == "county" and submitted.status == "active"


def test_bulk_over_the_limit_is_refused_whole_not_cut(donghu_officer, submitted):
    from apps.programmes.views.handle import BULK_MAX

    ids = [submitted.pk, *range(10**6, 10**6 + BULK_MAX)]
    answer = client_for(donghu_officer).post(
        "/programmes/applications/bulk/",
        {"ids": ids, "action": "recommend", "reason": "同意推荐"},
        follow=True,
    )
    assert f"一次最多批量办理 {BULK_MAX} 件，现选了 {BULK_MAX + 1} 件" in answer.content.decode()
    submitted.refresh_from_db()
    assert submitted.stage == "county"  # nothing done, not the first 200


@pytest.mark.parametrize("persona", ["county_clerk", "ganzhou_officer", "outsider"])
def test_out_of_scope_application_pages_are_404(request, persona, submitted):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(f"/programmes/applications/{submitted.pk}/").status_code == 404
    assert client.get(f"/programmes/applications/{submitted.pk}/pdf/").status_code in (403, 404)
    assert client.post(
        f"/programmes/applications/{submitted.pk}/transition/", {"action": "recommend"}
    ).status_code in (403, 404)
    submitted.refresh_from_db()
    assert submitted.stage == "county"


def test_enterprise_posting_a_status_on_the_page_is_refused(enterprise_user, submitted):
    answer = client_for(enterprise_user).post(
        f"/programmes/applications/{submitted.pk}/transition/", {"action": "recommend"}
    )
    assert answer.status_code == 403
    submitted.refresh_from_db()
    assert submitted.stage == "county"


def test_detail_masks_team_id_numbers_and_shows_the_timeline(
    nanchang_officer, donghu_officer, submitted
):
    page = (
        client_for(donghu_officer).get(f"/programmes/applications/{submitted.pk}/").content.decode()
    )
    assert "360102********" in page and "提交申报" in page and 'value="recommend"' in page


def test_overview_and_meeting_list(province_officer, submitted):
    client = client_for(province_officer)
    page = client.get("/programmes/overview/").content.decode()
    assert "南昌市" in page and "县级推荐" in page
    # every city appears, in the official order, even with nothing filed; totals at the foot
    assert page.index("南昌市") < page.index("景德镇市") < page.index("赣州市")
    assert 'data-testid="overview-total"' in page and 'data-chart="bar"' in page
    sheet = load_workbook(
        io.BytesIO(client.get("/programmes/overview/?export=xlsx").content)
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "地区" and "县级推荐" in rows[0] and rows[-1][0] == "合计"
    below = Region.objects.filter(parent=province_officer.region).count()
    assert len(rows) == 1 + below + 1 and rows[-1][-1] == 1
    assert rows[1][0] == "南昌市"  # cities in code order, zones after them
    pdf = client.get("/programmes/applications/meeting.pdf")
    assert pdf.content.startswith(b"%PDF")


def pdf_text(content: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).replace("\n", "")


def test_the_meeting_list_says_which_filter_it_was_printed_with(province_officer, submitted):
    client = client_for(province_officer)
    query = {
        "call": submitted.call_id,
        "stage": "county",
        "status": "active",
        "region": "360102",
        "q": "光学",
    }
    answer = client.get("/programmes/applications/meeting.pdf", query)
    text = pdf_text(answer.content)
    assert (
        f"筛选条件：批次：{submitted.call.name}；环节：县级推荐；状态：办理中；"
        "地区：东湖区；关键词：“光学”"
    ) in text
    assert submitted.receipt_number in text and "共 1 项" in text
    # Without a call the stage is named from the configurations; nothing chosen says so.
    text = pdf_text(client.get("/programmes/applications/meeting.pdf?stage=formal").content)
    assert "筛选条件：环节：形式审查" in text and "没有符合筛选条件的申报" in text
    text = pdf_text(client.get("/programmes/applications/meeting.pdf").content)
    assert "筛选条件：全部（未筛选）" in text and submitted.receipt_number in text


def test_publicity_is_public_and_lists_only_public_stages(client, submitted):
    Application.objects.filter(pk=submitted.pk).update(stage="publicity", amount=50)
    page = client.get(f"/programmes/publicity/{submitted.call_id}/").content.decode()
    assert submitted.title in page and "异议" in page
    assert client.get(f"/programmes/publicity/{submitted.call_id}/pdf/").content.startswith(b"%PDF")
    Application.objects.filter(pk=submitted.pk).update(stage="review")
    assert (
        submitted.title
        not in client.get(f"/programmes/publicity/{submitted.call_id}/").content.decode()
    )


def test_configuration_page_publishes_a_new_version(province_officer, call):
    client = client_for(province_officer)
    page = client.get("/programmes/types/new-product/").content.decode()
    assert "申报表" in page
    texts = dict(
        re.findall(
            r'name="(form|attachments|stages|eligibility|quotas|scoring)" '
            r'rows="14" data-config-part="[a-z]+">(.*?)</textarea>',
            page,
            re.S,
        )
    )
    import html

    data = {k: html.unescape(v) for k, v in texts.items()}
    data["stages"] = "[]"
    bad = client.post("/programmes/types/new-product/", data).content.decode()
    assert "至少需要一个办理环节" in bad
    data["stages"] = html.unescape(texts["stages"])
    assert (
        client.post("/programmes/types/new-product/", {**data, "note": "调整"}).status_code == 302
    )
    assert call.programme_type.configs.count() == 2


def test_configuration_page_offers_the_editor_choices(province_officer, call):
    page = client_for(province_officer).get("/programmes/types/new-product/").content.decode()
    options = json.loads(
        re.search(
            r'<script id="config-options" type="application/json">(.*?)</script>', page, re.S
        ).group(1)
    )
    assert {"value": "county", "label": "县级管理员"} in options["stage_actors"]
    assert {o["value"] for o in options["field_types"]} == {
        "text",
        "textarea",
        "number",
        "date",
        "choice",
        "team",
    }
    assert [c["label"] for c in options["cities"]][:1] == ["南昌市"]


def test_only_the_province_sees_set_up_pages(nanchang_officer, enterprise_user):
    for user in (nanchang_officer, enterprise_user):
        assert client_for(user).get("/programmes/types/").status_code == 403
        assert client_for(user).get("/programmes/blacklist/").status_code == 403


def test_reviewer_scores_on_the_sheet(
    province_officer, expert_user, submitted, donghu_officer, nanchang_officer
):
    from apps.programmes import services

    services.application_transition(actor=donghu_officer, application=submitted, action="recommend")
    services.application_transition(
        actor=nanchang_officer, application=submitted, action="recommend"
    )
    services.application_transition(
        actor=province_officer,
        application=submitted,
        action="pass",
        checklist=submitted.config.stages[2]["checklist"],
    )
    from apps.experts.tests.conftest import profile_for

    profile_for(expert_user)  # only experts of the database are seated by hand
    officer = client_for(province_officer)
    assert (
        officer.post(
            f"/programmes/applications/{submitted.pk}/reviewers/", {"reviewers": [expert_user.pk]}
        ).status_code
        == 302
    )
    expert = client_for(expert_user)
    assert submitted.title in expert.get("/programmes/reviews/").content.decode()
    assignment = submitted.reviews.get()
    # the expert never gets the officers' application page, only their seat
    assert expert.get(f"/programmes/applications/{submitted.pk}/").status_code == 404
    page = expert.get(f"/programmes/reviews/{assignment.pk}/").content.decode()
    assert "接受邀请" in page and "我的评分" not in page
    expert.post(f"/programmes/reviews/{assignment.pk}/respond/", {"answer": "accept"})
    page = expert.get(f"/programmes/reviews/{assignment.pk}/").content.decode()
    assert "利益冲突声明" in page and "我的评分" not in page and "李明" not in page
    expert.post(f"/programmes/reviews/{assignment.pk}/declare/", {"conflict": "no"})
    page = expert.get(f"/programmes/reviews/{assignment.pk}/").content.decode()
    assert "我的评分" in page
    expert.post(
        f"/programmes/reviews/{assignment.pk}/",
        {
            "score_innovation": "31",
            "score_feasibility": "20",
            "score_benefit": "20",
            "score_capability": "10",
        },
    )
    assignment.refresh_from_db()
    assert assignment.submitted_at is None  # 31 > 30 refused
    expert.post(
        f"/programmes/reviews/{assignment.pk}/",
        {
            "score_innovation": "30",
            "score_feasibility": "20",
            "score_benefit": "20",
            "score_capability": "10",
            "comment": "创新性突出，建议立项。",
        },
    )
    assignment.refresh_from_db()
    assert assignment.total == 80 and assignment.status == "submitted"


def test_bulk_skips_ids_out_of_scope(county_clerk, submitted):
    answer = client_for(county_clerk).post(
        "/programmes/applications/bulk/", {"ids": [submitted.pk], "action": "recommend"}
    )
    assert answer.status_code == 302
    submitted.refresh_from_db()
    assert submitted.stage == "county"


def test_an_assigned_reviewer_downloads_attachments_others_get_404(
    submitted, province_officer, expert_user, county_clerk
):
    from apps.programmes.models import Application, ReviewAssignment

    Application.objects.filter(pk=submitted.pk).update(stage="review")
    attachment = submitted.attachment_files.first()
    assert (
        client_for(expert_user).get(f"/programmes/attachments/{attachment.pk}/").status_code == 404
    )
    seat = ReviewAssignment.objects.create(
        application=submitted, reviewer=expert_user, assigned_by=province_officer
    )
    url = f"/programmes/reviews/{seat.pk}/files/1/"
    assert client_for(expert_user).get(url).status_code == 404  # not yet declared
    ReviewAssignment.objects.filter(pk=seat.pk).update(
        status="accepted", no_conflict_at=timezone.now()
    )
    assert client_for(expert_user).get(url).content.startswith(b"%PDF")
    assert client_for(county_clerk).get(url).status_code == 403
    assert (
        client_for(expert_user).get(f"/programmes/attachments/{attachment.pk}/").status_code == 404
    )


def test_the_application_page_offers_the_pdf_once_a_version_was_submitted(enterprise_user, draft):
    client = client_for(enterprise_user)
    url = f"/programmes/applications/{draft.pk}/"
    assert 'data-testid="pdf"' not in client.get(url).content.decode()
    services.application_submit(actor=enterprise_user, application=draft, idempotency_key="k")
    assert 'data-testid="pdf"' in client.get(url).content.decode()

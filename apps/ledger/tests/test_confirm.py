"""Document → ledger: nothing is created before the person confirms; confirming creates the plan,
the task tree and the goals in one transaction; bad documents get clear Chinese messages."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from apps.accounts.permissions import AccessDenied
from apps.audit.models import AuditEvent
from apps.jobs.models import Job
from apps.ledger import services
from apps.ledger.choices import DraftStatus
from apps.ledger.models import LedgerTask, Plan, PlanDraft, TaskGoal
from apps.ledger.tests.conftest import fix_and_confirm, make_draft, upload
from apps.supervision.models import Indicator, Target

pytestmark = pytest.mark.django_db
BAD = Path(__file__).resolve().parents[2] / "supervision" / "tests" / "data" / "bad"


def test_extraction_fills_a_draft_and_creates_no_ledger(nanchang_draft):
    assert nanchang_draft.status == DraftStatus.READY
    assert nanchang_draft.title == "2022年南昌市科技测试工作要点"
    assert nanchang_draft.year == 2022
    assert [i["number"] for i in nanchang_draft.items] == ["一", "1", "2", "二", "1", "2"]
    assert nanchang_draft.doc_targets[0]["value"] == "1800"
    assert Job.objects.get(pk=nanchang_draft.job_id).status == "succeeded"
    assert Plan.objects.count() == 0
    assert LedgerTask.objects.count() == 0
    assert TaskGoal.objects.count() == 0


def test_confirm_creates_plan_tree_and_goals(nanchang_officer, nanchang_draft):
    plan = fix_and_confirm(nanchang_officer, nanchang_draft)
    assert (plan.region_id, plan.year, plan.created_by) == ("360100", 2022, nanchang_officer)
    tasks = list(plan.tasks.order_by("position"))
    assert [(t.number, t.depth, t.parent.number if t.parent else None) for t in tasks] == [
        ("一", 1, None),
        ("1", 2, "一"),
        ("2", 2, "一"),
        ("二", 1, None),
        ("1", 2, "二"),
        ("2", 2, "二"),
    ]
    assert tasks[1].lead_units == ["市科技局"] and tasks[1].assisting_units == ["市税务局"]
    assert str(tasks[1].deadline) == "2022-06-30"
    goal = tasks[4].goals.get()
    assert (goal.comparator, goal.value, goal.value_max, goal.unit) == (">=", 3, 5, "个")
    assert plan.goals.filter(task__isnull=True).get().value == 1800
    nanchang_draft.refresh_from_db()
    assert nanchang_draft.status == DraftStatus.CONFIRMED and nanchang_draft.plan == plan
    event = AuditEvent.objects.get(action="ledger.plan.create")
    assert event.after["tasks"] == 6 and event.actor == nanchang_officer


def test_a_failure_midway_leaves_nothing(nanchang_officer, nanchang_draft):
    with (
        mock.patch.object(TaskGoal, "save", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError),
    ):
        services.draft_confirm(actor=nanchang_officer, draft=nanchang_draft)
    assert Plan.objects.count() == LedgerTask.objects.count() == 0
    nanchang_draft.refresh_from_db()
    assert nanchang_draft.status == DraftStatus.READY


def test_a_target_without_value_blocks_confirmation(nanchang_officer, nanchang_draft):
    services.draft_item_edit(
        actor=nanchang_officer,
        draft=nanchang_draft,
        key=5,
        data={"targets": [{"subject": "省级重点实验室", "value": "", "unit": "个"}]},
    )
    with pytest.raises(ValidationError) as exc:
        services.draft_confirm(actor=nanchang_officer, draft=nanchang_draft)
    assert "缺少数值" in " ".join(exc.value.messages)
    assert Plan.objects.count() == 0


def test_edits_moves_and_confirm_twice(nanchang_officer, nanchang_draft):
    services.draft_item_edit(
        actor=nanchang_officer,
        draft=nanchang_draft,
        key=6,
        data={
            "title": "加强统筹调度督办",
            "lead_units": "市科技局、市发改委",
            "deadline": "9月底前",
        },
    )
    services.draft_item_move(actor=nanchang_officer, draft=nanchang_draft, key=3, action="delete")
    plan = services.draft_confirm(actor=nanchang_officer, draft=nanchang_draft)
    last = plan.tasks.order_by("-position").first()
    assert last.title == "加强统筹调度督办"
    assert last.lead_units == ["市科技局", "市发改委"] and last.assisting_units == []
    assert str(last.deadline) == "2022-09-30"
    assert plan.tasks.count() == 5
    with pytest.raises(ValidationError):
        services.draft_confirm(actor=nanchang_officer, draft=nanchang_draft)
    assert Plan.objects.count() == 1


def test_only_the_uploader_edits_or_confirms(nanchang_draft, province_officer):
    with pytest.raises(AccessDenied):
        services.draft_confirm(actor=province_officer, draft=nanchang_draft)
    with pytest.raises(AccessDenied):
        services.draft_item_move(
            actor=province_officer, draft=nanchang_draft, key=2, action="delete"
        )


def test_goals_map_to_region_targets_where_units_agree(nanchang_officer, nanchang_draft):
    high_tech = Indicator.objects.create(code="high_tech", name="高新技术企业数", unit="家")
    percent = Indicator.objects.create(code="rd", name="研发投入强度", unit="%")
    with pytest.raises(ValidationError) as exc:
        services.draft_confirm(
            actor=nanchang_officer, draft=nanchang_draft, mapping={"2-0": percent}
        )
    assert "单位" in exc.value.messages[0]
    assert Target.objects.count() == 0 and Plan.objects.count() == 0
    nanchang_draft.refresh_from_db()
    plan = services.draft_confirm(
        actor=nanchang_officer, draft=nanchang_draft, mapping={"2-0": high_tech}
    )
    target = Target.objects.get()
    assert (target.region_id, target.year, target.value, target.kind) == (
        "360100",
        2022,
        300,
        "increment",
    )
    task = plan.tasks.get(title="实施高新技术企业倍增计划")
    assert list(task.targets.all()) == [target]
    assert task.goals.get().target == target


def _fails(actor, capture, name, data):
    draft = make_draft(actor, capture, text="", name=name) if data is None else None
    if draft is None:
        with capture(execute=True):
            draft = services.draft_upload(actor=actor, upload=upload(name, data))
        draft.refresh_from_db()
    assert draft.status == DraftStatus.FAILED, draft.error
    assert Plan.objects.count() == 0
    return draft.error


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("scanned.pdf", "没有文字层"),
        ("encrypted.docx", "已加密"),
        ("encrypted.pdf", "已加密"),
    ],
)
def test_bad_documents_fail_with_chinese_messages(
    nanchang_officer, django_capture_on_commit_callbacks, name, expected
):
    error = _fails(
        nanchang_officer, django_capture_on_commit_callbacks, name, (BAD / name).read_bytes()
    )
    assert expected in error and name in error


def test_corrupt_docx_and_no_numbered_items(nanchang_officer, django_capture_on_commit_callbacks):
    corrupt = b"PK\x03\x04" + b"\x00" * 200
    with pytest.raises(ValidationError) as exc:
        services.draft_upload(actor=nanchang_officer, upload=upload("plan.docx", corrupt))
    assert "损坏" in exc.value.messages[0]
    error = _fails(
        nanchang_officer,
        django_capture_on_commit_callbacks,
        "notes.txt",
        "今年要继续做好科技工作，抓好落实。".encode(),
    )
    assert "没有找到带编号的条目" in error
    assert PlanDraft.objects.filter(status=DraftStatus.FAILED).count() == 1


def test_wrong_file_types_are_refused_before_any_job(nanchang_officer):
    for name, data, words in [
        ("plan.doc", b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "另存为 .docx"),
        ("page.txt", b"<html><body>x</body></html>", "网页"),
        ("plan.exe", b"MZ\x90\x00", "只能上传"),
    ]:
        with pytest.raises(ValidationError) as exc:
            services.draft_upload(actor=nanchang_officer, upload=upload(name, data))
        assert words in exc.value.messages[0]
    assert Job.objects.count() == 0 and PlanDraft.objects.count() == 0


def test_enterprise_users_cannot_upload(enterprise_user):
    with pytest.raises(AccessDenied):
        services.draft_upload(actor=enterprise_user, upload=upload("p.txt", b"1.x"))


def test_traditional_upload_reads_as_simplified(
    nanchang_officer, django_capture_on_commit_callbacks
):
    text = (
        "2024年測試工作要點\n一、創新驅動\n"
        "1.推動科技創新。新增高新技術企業100家以上。〔責任單位:省科技廳〕\n"
    )
    draft = make_draft(nanchang_officer, django_capture_on_commit_callbacks, text=text)
    assert draft.items[1]["title"] == "推动科技创新"
    assert draft.items[1]["lead_units"] == ["省科技厅"]
    assert draft.items[1]["line"] == 2


STAGED_PLAN = """2023年南昌市科技节点测试工作要点
一、平台建设
1.推进中试基地建设。3月底前完成选址，6月底前开工，12月底前全面建成投用。〔责任单位:市科技局〕
2.实施揭榜挂帅。分两阶段：第一阶段（2023年5月底前）发布榜单；第二阶段（2023年10月底前）完成签约。〔责任单位:市科技局〕
3.加强统筹调度。年底前完成。〔责任单位:市科技局〕
"""


def test_confirming_a_draft_creates_the_milestones_the_text_states(
    nanchang_officer, django_capture_on_commit_callbacks
):
    from apps.ledger.models import Milestone
    from conftest import client_for

    draft = make_draft(nanchang_officer, django_capture_on_commit_callbacks, text=STAGED_PLAN)
    staged = next(i for i in draft.items if i["title"].startswith("推进中试基地"))
    assert [(m["due"], m["title"]) for m in staged["milestones"]] == [
        ("2023-03-31", "完成选址"),
        ("2023-06-30", "开工"),
        ("2023-12-31", "全面建成投用"),
    ]
    page = client_for(nanchang_officer).get(f"/ledger/drafts/{draft.pk}/").content.decode()
    assert "节点：2023-03-31 完成选址" in page  # shown to the person confirming
    plan = services.draft_confirm(actor=nanchang_officer, draft=draft)
    base = LedgerTask.objects.get(plan=plan, title__startswith="推进中试基地")
    assert base.deadline.isoformat() == "2023-12-31"
    assert [(m.due.isoformat(), m.title) for m in base.milestones.all()] == [
        ("2023-03-31", "完成选址"),
        ("2023-06-30", "开工"),
        ("2023-12-31", "全面建成投用"),
    ]
    stages = LedgerTask.objects.get(plan=plan, title__startswith="实施揭榜挂帅")
    assert [m.title for m in stages.milestones.all()] == ["第一阶段发布榜单", "第二阶段完成签约"]
    # One date only: a deadline, no milestone.
    assert not Milestone.objects.filter(
        task__plan=plan, task__title__startswith="加强统筹"
    ).exists()
    event = AuditEvent.objects.get(action="ledger.plan.create", object_id=str(plan.pk))
    assert event.after["milestones"] == 5


def test_merging_items_keeps_both_items_milestones():
    from apps.ledger import drafts

    items = [
        {
            "key": 1,
            "level": 1,
            "text": "a",
            "lead_units": [],
            "assisting_units": [],
            "targets": [],
            "deadline": "",
            "deadline_text": "",
            "milestones": [{"due": "2023-03-31", "title": "甲", "due_text": ""}],
        },
        {
            "key": 2,
            "level": 1,
            "text": "b",
            "lead_units": [],
            "assisting_units": [],
            "targets": [],
            "deadline": "",
            "deadline_text": "",
            "milestones": [{"due": "2023-06-30", "title": "乙", "due_text": ""}],
        },
    ]
    drafts.merge_up(items, 2)
    assert [m["title"] for m in items[0]["milestones"]] == ["甲", "乙"]


def test_an_over_long_ledger_name_is_refused_not_cut(nanchang_officer, nanchang_draft):
    title = nanchang_draft.title
    with pytest.raises(ValidationError) as caught:
        services.draft_meta_update(
            actor=nanchang_officer, draft=nanchang_draft, title="台" * 201, year=2022
        )
    assert caught.value.message_dict["title"] == ["「台账名称」最多200字，现为201字。"]
    nanchang_draft.refresh_from_db()
    assert nanchang_draft.title == title

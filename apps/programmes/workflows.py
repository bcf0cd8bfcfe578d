"""The data-driven workflow engine: stages and actions are configuration, not code.

Plain Python with no ORM, so it can be tested (and property-tested) alone. Given a
configuration's `stages`, the application's status and stage, and who the actor is relative to
the application (`Standing`), it answers which actions are allowed and where each leads.

A stage (JSON):
    {"code": "county", "name": "县级推荐", "actor": "county",
     "actions": [{"code": "recommend", "label": "推荐", "kind": "forward"},
                 {"code": "return", "label": "退回", "kind": "return", "needs_reason": true}],
     "quota": false, "checklist": [], "review": false, "publicity_days": 0,
     "due_working_days": null, "form": null, "withdrawable": true}

Action kinds: forward (to the stage named by `to`, or the next one that applies), return
(back to the applicant, who edits and resubmits into the first stage), reject (terminal),
complete (terminal, 办结), record (stays; written on the timeline, e.g. a change request).
A county stage does not apply to an applicant that stands directly under a city.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from apps.core.uploads import KIND_LABELS
from apps.organizations.choices import OrganizationKind, OrganizationSize
from apps.programmes.choices import (
    EDITABLE,
    TERMINAL,
    ActionKind,
    ApplicationStatus,
    StageActor,
)

FIELD_TYPES = {"text", "textarea", "number", "date", "choice", "team"}


@dataclass(frozen=True)
class Action:
    code: str
    label: str
    kind: str
    to: str = ""
    needs_reason: bool = False
    needs_amount: bool = False
    check_blacklist: bool = False
    after_publicity: bool = False
    pick: bool = False  # picks a bid as a winner of its challenge (limited by the challenge)
    race_only: bool = False  # ends a losing team of a decided 赛马 challenge


@dataclass(frozen=True)
class Stage:
    code: str
    name: str
    actor: str
    actions: tuple[Action, ...]
    quota: bool = False
    checklist: tuple[str, ...] = ()
    review: bool = False
    publicity_days: int = 0
    due_working_days: int | None = None
    form: dict[str, Any] | None = None
    withdrawable: bool = True
    public: bool = False
    milestones: bool = False  # milestone gates run here; leaving needs all of them approved


@dataclass(frozen=True)
class Standing:
    """Who the actor is relative to one application."""

    actor: str  # a StageActor value, or "" for nobody in particular
    in_region: bool  # officers: the application is within their node


@dataclass(frozen=True)
class Workflow:
    stages: tuple[Stage, ...]
    by_code: dict[str, Stage] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: list[dict[str, Any]]) -> Workflow:
        stages = tuple(
            Stage(
                code=s["code"],
                name=s.get("name", s["code"]),
                actor=s["actor"],
                actions=tuple(
                    Action(
                        code=a["code"],
                        label=a.get("label", a["code"]),
                        kind=a["kind"],
                        to=a.get("to", ""),
                        needs_reason=bool(a.get("needs_reason", a["kind"] in ("return", "reject"))),
                        needs_amount=bool(a.get("needs_amount")),
                        check_blacklist=bool(a.get("check_blacklist")),
                        after_publicity=bool(a.get("after_publicity")),
                        pick=bool(a.get("pick")),
                        race_only=bool(a.get("race_only")),
                    )
                    for a in s.get("actions", [])
                ),
                quota=bool(s.get("quota")),
                checklist=tuple(s.get("checklist") or ()),
                review=bool(s.get("review")),
                publicity_days=int(s.get("publicity_days") or 0),
                due_working_days=s.get("due_working_days"),
                form=s.get("form") or None,
                withdrawable=bool(s.get("withdrawable", True)),
                public=bool(s.get("public")),
                milestones=bool(s.get("milestones")),
            )
            for s in raw
        )
        return cls(stages=stages, by_code={s.code: s for s in stages})

    def stage(self, code: str) -> Stage | None:
        return self.by_code.get(code)

    def applies(self, stage: Stage, *, has_county: bool) -> bool:
        return has_county or stage.actor != StageActor.COUNTY

    def first(self, *, has_county: bool) -> Stage:
        return next(s for s in self.stages if self.applies(s, has_county=has_county))

    def target(self, stage: Stage, action: Action, *, has_county: bool) -> Stage | None:
        """The stage a forward action leads to (None when the workflow ends there)."""
        if action.to:
            start = [s.code for s in self.stages].index(action.to)
        else:
            start = [s.code for s in self.stages].index(stage.code) + 1
        for candidate in self.stages[start:]:
            if self.applies(candidate, has_county=has_county):
                return candidate
        return None

    def answered_at(self, stage: Stage, *, has_county: bool) -> Stage | None:
        """The officers' stage that answers what an applicant raises at `stage` (a change
        request at 中期报告 is answered at 中期检查): the next stage that applies and is not
        the applicant's. None when nothing follows."""
        start = [s.code for s in self.stages].index(stage.code) + 1
        for candidate in self.stages[start:]:
            if candidate.actor != StageActor.APPLICANT and self.applies(
                candidate, has_county=has_county
            ):
                return candidate
        return None

    def allowed(self, *, status: str, stage_code: str, standing: Standing) -> list[Action]:
        """Actions `standing` may take now (withdrawal included for the applicant)."""
        if status in TERMINAL or status in EDITABLE:
            return []
        stage = self.stage(stage_code)
        if stage is None:
            return []
        actions: list[Action] = []
        if standing.actor == stage.actor and (
            stage.actor == StageActor.APPLICANT or standing.in_region
        ):
            actions.extend(stage.actions)
        if standing.actor == StageActor.APPLICANT and stage.withdrawable:
            actions.append(WITHDRAW)
        return actions

    def outcome(self, *, stage_code: str, action: Action, has_county: bool) -> tuple[str, str]:
        """(status, stage) after `action` at `stage_code`."""
        stage = self.by_code[stage_code]
        if action.kind == ActionKind.FORWARD:
            nxt = self.target(stage, action, has_county=has_county)
            if nxt is None:
                return ApplicationStatus.COMPLETED, stage.code
            return ApplicationStatus.ACTIVE, nxt.code
        if action.kind == ActionKind.RETURN:
            return ApplicationStatus.RETURNED, stage.code
        if action.kind == ActionKind.REJECT:
            return ApplicationStatus.REJECTED, stage.code
        if action.kind == ActionKind.COMPLETE:
            return ApplicationStatus.COMPLETED, stage.code
        if action.code == WITHDRAW.code:
            return ApplicationStatus.WITHDRAWN, stage.code
        return ApplicationStatus.ACTIVE, stage.code


WITHDRAW = Action(code="withdraw", label="撤回申报", kind="withdraw", needs_reason=True)


CODE_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]{0,39}$")
FILE_KINDS = set(KIND_LABELS)
ORG_KINDS = set(OrganizationKind.values)
ORG_SIZES = set(OrganizationSize.values)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _positive(value: Any, *, integer: bool = False) -> bool:
    return _is_number(value) and value > 0 and (not integer or float(value).is_integer())


def validate(config: dict[str, Any]) -> list[str]:
    """Chinese messages for everything wrong with a configuration (empty when it is usable),
    each naming the section, field, stage, action, attachment or item it is about."""
    errors: list[str] = []
    errors += _validate_form(config.get("form") or {}, "申报表")
    stages = config.get("stages") or []
    if not stages:
        errors.append("至少需要一个办理环节。")
    codes = [s.get("code") for s in stages]
    if len(set(codes)) != len(codes):
        errors.append("环节编码重复。")
    for n, s in enumerate(stages, 1):
        where = f"第 {n} 个环节“{s.get('name') or s.get('code') or ''}”"
        if not s.get("name"):
            errors.append(f"{where}缺少环节名称。")
        if not CODE_RE.match(str(s.get("code") or "")):
            errors.append(f"{where}的编码须为字母开头的字母、数字、下划线（40 字以内）。")
        if s.get("actor") not in StageActor.values:
            errors.append(f"环节“{s.get('name') or s.get('code')}”的办理人“{s.get('actor')}”无效。")
        for key, label in (("due_working_days", "办理时限"), ("publicity_days", "公示天数")):
            if s.get(key) not in (None, 0) and not _positive(s.get(key), integer=True):
                errors.append(f"{where}的{label}须为正整数。")
        action_codes: set[str] = set()
        for a in s.get("actions", []):
            if not a.get("code") or not a.get("label"):
                errors.append(f"{where}的操作须有名称和编码。")
            elif a["code"] in action_codes:
                errors.append(f"{where}的操作编码“{a['code']}”重复。")
            action_codes.add(a.get("code") or "")
            if a.get("kind") not in ActionKind.values:
                errors.append(f"环节“{s.get('name')}”的操作“{a.get('label')}”类型无效。")
            if a.get("to") and a["to"] not in codes:
                errors.append(f"操作“{a.get('label')}”指向不存在的环节“{a['to']}”。")
        if s.get("form"):
            errors += _validate_form(s["form"], f"{where}的填报表")
    if stages and stages[0].get("actor") == StageActor.APPLICANT:
        errors.append("第一个环节应由管理部门办理（申报单位通过“提交”进入流程）。")
    slot_codes: set[str] = set()
    for n, slot in enumerate(config.get("attachments") or [], 1):
        where = f"第 {n} 项附件要求“{slot.get('label') or ''}”"
        if not slot.get("code") or not slot.get("label"):
            errors.append("附件要求须有 code 和 label。")
        elif slot["code"] in slot_codes:
            errors.append(f"{where}的编码“{slot['code']}”重复。")
        slot_codes.add(slot.get("code") or "")
        unknown = set(slot.get("kinds") or []) - FILE_KINDS
        if unknown:
            errors.append(f"{where}的格式“{'、'.join(sorted(unknown))}”不受支持。")
        if "max_mb" in slot and not _positive(slot["max_mb"]):
            errors.append(f"{where}的大小上限须为正数。")
        if "max_count" in slot and not _positive(slot["max_count"], integer=True):
            errors.append(f"{where}的数量上限须为正整数。")
    eligibility = config.get("eligibility") or {}
    for key, known, label in (("kinds", ORG_KINDS, "单位类型"), ("sizes", ORG_SIZES, "企业规模")):
        unknown = set(eligibility.get(key) or []) - known
        if unknown:
            errors.append(f"申报条件中的{label}“{'、'.join(sorted(unknown))}”无效。")
    for code, quota in (config.get("quotas") or {}).items():
        if not (_is_number(quota) and quota >= 0 and float(quota).is_integer()):
            errors.append(f"地区 {code} 的推荐名额须为不小于 0 的整数。")
    errors += _scoring_errors(config.get("scoring") or {})
    return errors


def _validate_form(form: dict[str, Any], title: str) -> list[str]:
    errors: list[str] = []
    names: set[str] = set()
    for section in form.get("sections", []):
        for f in section.get("fields", []):
            if not f.get("name") or not f.get("label"):
                errors.append(f"{title}的字段须有 name 和 label。")
                continue
            where = f"{title}字段“{f['label']}”"
            if f["name"] in names:
                errors.append(f"{title}字段“{f['name']}”重复。")
            names.add(f["name"])
            if not CODE_RE.match(f["name"]):
                errors.append(f"{where}的编码须为字母开头的字母、数字、下划线（40 字以内）。")
            if f.get("type", "text") not in FIELD_TYPES:
                errors.append(f"字段“{f['label']}”的类型“{f.get('type')}”不受支持。")
            if "identifying" in f and not isinstance(f["identifying"], bool):
                errors.append(f"字段“{f['label']}”的 identifying 须为 true 或 false。")
            if f.get("type") == "choice" and not f.get("choices"):
                errors.append(f"选择字段“{f['label']}”缺少选项。")
            for key, label in (("min", "最小值"), ("max", "最大值"), ("max_length", "字数上限")):
                if f.get(key) is not None and not _is_number(f[key]):
                    errors.append(f"{where}的{label}须为数字。")
            if f.get("max_length") is not None and not _positive(f["max_length"], integer=True):
                errors.append(f"{where}的字数上限须为正整数。")
            low, high = f.get("min"), f.get("max")
            if _is_number(low) and _is_number(high) and low > high:
                errors.append(f"{where}的最小值大于最大值。")
    return errors


def _scoring_errors(scoring: dict[str, Any]) -> list[str]:
    from apps.programmes.scoring import rule_errors

    errors: list[str] = []
    if not isinstance(scoring, dict):
        return ["评分表须为 JSON 对象。"]
    item_codes: set[str] = set()
    for n, item in enumerate(scoring.get("items", []), 1):
        where = f"第 {n} 个评分项“{item.get('label') or ''}”"
        if not item.get("code") or not item.get("label"):
            errors.append(f"{where}须有名称和编码。")
        elif item["code"] in item_codes:
            errors.append(f"{where}的编码“{item['code']}”重复。")
        item_codes.add(item.get("code") or "")
        if not _positive(item.get("max")):
            errors.append(f"{where}的满分须为正数。")
    if "blind" in scoring and not isinstance(scoring["blind"], bool):
        errors.append("评分表的 blind（是否盲评）须为 true 或 false。")
    days = scoring.get("due_working_days", 10)
    if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 60:
        errors.append("评分表的 due_working_days（评审工作日）须为 1 至 60 的整数。")
    least = scoring.get("comment_min_length", 0)
    if not isinstance(least, int) or isinstance(least, bool) or not 0 <= least <= 2000:
        errors.append("评分表的 comment_min_length（评审意见最少字数）须为 0 至 2000 的整数。")
    aggregation = scoring.get("aggregation") or {}
    if not isinstance(aggregation, dict):
        errors.append("评分表的 aggregation 须为 JSON 对象。")
    else:
        errors += rule_errors(aggregation)
    return errors

"""Forms of the expert pages: the profile (register, recommend, enter, edit), the approval
decision and the draw's rules."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError

from apps.core.masking import PersonalInput, valid_id_number
from apps.experts import disciplines as taxonomy
from apps.experts.choices import ExpertTier
from apps.organizations.forms import ImportForm  # noqa: F401  (the expert import reuses it)
from apps.organizations.models import IndustrialChain, Industry, Organization
from apps.regions.models import Region

_RANGE = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})\s*(?:至|到|~|～|-{1,2}|—)\s*(\d{4}-\d{1,2}-\d{1,2})")
_LIST = re.compile(r"[、,，;；\s]+")
CONFLICT_PEOPLE_MAX = 50
_AGAIN = "出于个人信息保护，页面不回显此项；编辑时留空表示不变，提交出错后请重新填写。"


def _date(text: str) -> dt.date:
    y, m, d = (int(p) for p in text.split("-"))
    return dt.date(y, m, d)


class ExpertForm(forms.Form):
    name = forms.CharField(label="姓名", max_length=50)
    organization_name = forms.CharField(label="工作单位", max_length=200)
    credit_code = forms.CharField(
        label="单位统一社会信用代码（已登记单位可填）", max_length=18, required=False
    )
    region = forms.ModelChoiceField(
        label="所在地区", queryset=Region.objects.none(), empty_label="请选择"
    )
    title = forms.CharField(label="职称", max_length=40, help_text="如 教授、研究员、正高级工程师")
    disciplines = forms.MultipleChoiceField(
        label="学科（GB/T 13745-2009，可多选）",
        choices=taxonomy.choices,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    industries = forms.ModelMultipleChoiceField(
        label="熟悉行业（GB/T 4754-2017）",
        queryset=Industry.objects.filter(parent__isnull=False),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    chains = forms.ModelMultipleChoiceField(
        label="熟悉产业链",
        queryset=IndustrialChain.objects.filter(is_active=True),
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 6}),
    )
    keywords = forms.CharField(
        label="研究方向关键词", max_length=300, required=False, help_text="多个用顿号分隔"
    )
    tier = forms.ChoiceField(label="专家类别", choices=ExpertTier.choices, initial="general")
    mobile = forms.CharField(
        label="手机号", max_length=11, required=False, widget=PersonalInput, help_text=_AGAIN
    )
    id_number = forms.CharField(
        label="身份证号（用于回避和信用核查，加密保存）",
        max_length=18,
        required=False,
        widget=PersonalInput,
        help_text=_AGAIN,
    )
    unavailable = forms.CharField(
        label="不可参评时段",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="每行一段，如 2026-12-01 至 2026-12-15",
    )
    conflict_people = forms.CharField(
        label="申报回避人员（姓名）", required=False, help_text="多个用顿号分隔"
    )
    conflict_codes = forms.CharField(
        label="申报回避单位（统一社会信用代码）",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="多个用顿号或换行分隔",
    )

    def __init__(self, *args: Any, regions: Any = None, fixed_tier: bool = False, **kw: Any):
        super().__init__(*args, **kw)
        self.fields["region"].queryset = regions if regions is not None else Region.objects.all()  # type: ignore[attr-defined]
        if fixed_tier:
            del self.fields["tier"]

    def clean_mobile(self) -> str:
        value = self.cleaned_data["mobile"].strip()
        if value and not re.fullmatch(r"1[3-9]\d{9}", value):
            raise ValidationError("应为11位手机号。")
        return value

    def clean_id_number(self) -> str:
        value = self.cleaned_data["id_number"].strip().upper()
        if value and not valid_id_number(value):
            raise ValidationError("不是有效的18位身份证号（校验位不符）。")
        return value

    def clean_unavailable(self) -> list[dict[str, str]]:
        out = []
        for n, line in enumerate(self.cleaned_data["unavailable"].splitlines(), start=1):
            if not line.strip():
                continue
            m = _RANGE.search(line)
            try:
                if m is None:
                    raise ValueError(line)
                start, end = _date(m[1]), _date(m[2])
            except ValueError:
                raise ValidationError(f"第{n}行应写成“2026-12-01 至 2026-12-15”。") from None
            if end < start:
                raise ValidationError(f"第{n}行结束日期早于开始日期。")
            out.append({"start": start.isoformat(), "end": end.isoformat()})
        return out

    def clean_conflict_people(self) -> list[str]:
        people = [p for p in _LIST.split(self.cleaned_data["conflict_people"]) if p]
        if len(people) > CONFLICT_PEOPLE_MAX:
            raise ValidationError(
                f"「申报回避人员」最多{CONFLICT_PEOPLE_MAX}人，现为{len(people)}人。"
            )
        return people

    def clean_conflict_codes(self) -> list[Organization]:
        codes = [c.upper() for c in _LIST.split(self.cleaned_data["conflict_codes"]) if c]
        found = {o.credit_code: o for o in Organization.objects.filter(credit_code__in=codes)}
        missing = [c for c in codes if c not in found]
        if missing:
            raise ValidationError(f"未在主体库找到：{'、'.join(missing[:5])}")
        return list(found.values())

    def clean_credit_code(self) -> Organization | None:
        code = self.cleaned_data["credit_code"].strip().upper()
        if not code:
            return None
        org = Organization.objects.filter(credit_code=code).first()
        if org is None:
            raise ValidationError("该统一社会信用代码未在主体库登记。")
        return org

    def profile(self) -> dict[str, Any]:
        d = self.cleaned_data
        data = {
            "name": d["name"],
            "organization_name": d["organization_name"],
            "region": d["region"],
            "title": d["title"],
            "disciplines": d["disciplines"],
            "industries": list(d["industries"]),
            "chains": list(d["chains"]),
            "keywords": "、".join(p for p in _LIST.split(d["keywords"]) if p),
            "mobile": d["mobile"],
            "id_number": d["id_number"],
            "unavailable": d["unavailable"],
            "conflict_people": d["conflict_people"],
            "conflict_organizations": d["conflict_codes"],
        }
        if d.get("credit_code") is not None:
            data["organization"] = d["credit_code"]
        if "tier" in d:
            data["tier"] = d["tier"]
        return data

    @staticmethod
    def initial_for(expert: Any) -> dict[str, Any]:
        return {
            "name": expert.name,
            "organization_name": expert.organization_name,
            "credit_code": expert.organization.credit_code if expert.organization else "",
            "region": expert.region_id,
            "title": expert.title,
            "disciplines": expert.disciplines,
            "industries": list(expert.industries.all()),
            "chains": list(expert.chains.all()),
            "keywords": expert.keywords,
            "tier": expert.tier,
            "unavailable": "\n".join(f"{w['start']} 至 {w['end']}" for w in expert.unavailable),
            "conflict_people": "、".join(expert.conflict_people),
            "conflict_codes": "、".join(o.credit_code for o in expert.conflict_organizations.all()),
        }


class RegistrationForm(ExpertForm):
    username = forms.RegexField(
        label="登录名", regex=r"^[A-Za-z][A-Za-z0-9_.]{3,29}$", help_text="4–30位字母、数字"
    )
    password = forms.CharField(label="密码", widget=forms.PasswordInput, min_length=10)

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, fixed_tier=True, **kw)
        self.fields["mobile"].required = True

    def clean_password(self) -> str:
        from django.contrib.auth.password_validation import validate_password

        value: str = self.cleaned_data["password"]
        validate_password(value)
        return value


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label="审核结论", choices=[("approve", "同意入库"), ("reject", "不予入库")]
    )
    note = forms.CharField(label="审核意见", max_length=300, required=False)


class DrawRulesForm(forms.Form):
    per_application = forms.IntegerField(
        label="每项申报专家数", min_value=1, max_value=15, initial=5
    )
    min_core = forms.IntegerField(label="其中至少核心专家", min_value=0, max_value=15, initial=1)
    max_load = forms.IntegerField(label="每名专家最多评审", min_value=1, max_value=100, initial=8)
    max_per_org = forms.IntegerField(
        label="每组同一单位最多", min_value=1, max_value=15, initial=1, required=False
    )
    max_per_region = forms.IntegerField(
        label="每组同一设区市最多", min_value=1, max_value=15, initial=3, required=False
    )
    avoid_same_region = forms.BooleanField(label="回避申报单位所在设区市", required=False)
    max_pair_probability = forms.FloatField(
        label="随机性：任一专家入选某项申报的概率上限（1 为不随机）",
        min_value=1 / 64,
        max_value=1.0,
        initial=0.5,
    )
    backups = forms.IntegerField(label="每项候补专家数", min_value=0, max_value=10, initial=2)
    review_start = forms.DateField(label="评审开始日期")
    review_end = forms.DateField(label="评审结束日期")
    seed = forms.IntegerField(
        label="随机种子（留空自动生成）", min_value=0, max_value=2**31 - 1, required=False
    )

    def clean(self) -> dict[str, Any]:
        d = super().clean() or {}
        core, k = d.get("min_core"), d.get("per_application")
        if core is not None and k is not None and core > k:
            self.add_error("min_core", "核心专家数不能超过每项专家数。")
        if d.get("review_start") and d.get("review_end") and d["review_end"] < d["review_start"]:
            self.add_error("review_end", "结束日期早于开始日期。")
        return d

    def rules(self) -> dict[str, Any]:
        d = dict(self.cleaned_data)
        d["review_start"] = d["review_start"].isoformat()
        d["review_end"] = d["review_end"].isoformat()
        if d.get("max_pair_probability") is not None and d["max_pair_probability"] >= 1:
            d["max_pair_probability"] = None
        return {k: v for k, v in d.items() if v is not None or k == "max_pair_probability"}

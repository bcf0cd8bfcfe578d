"""Forms of the market pages; services do the checks that matter, forms shape the input."""

from __future__ import annotations

from typing import Any

from django import forms

from apps.market.choices import ContractKind, DealStage, TransferMode
from apps.market.models import Achievement, Demand, Roadshow, TransferOffice

_COMMON = [
    "title",
    "summary",
    "field",
    "discipline_code",
    "keywords",
    "chain",
    "contact_name",
    "contact_phone",
    "notify_matches",
]
_HELP = {
    "keywords": "以顿号、逗号或空格分隔，如：稀土永磁、电机。",
    "discipline_code": "学科分类与代码（GB/T 13745），可不填。",
    "contact_phone": "只向审核人员和对接中的对方显示（部分隐藏），公众看不到。",
    "notify_matches": "发布后，有新的相符成果或需求上线时发站内通知。",
}


def _blank_says(field: forms.Field, text: str) -> None:
    """Django's blank choice reads "---------"; the market's forms say what to do."""
    if isinstance(field, forms.ModelChoiceField):
        if field.empty_label is not None:
            field.empty_label = text
    elif isinstance(field, forms.ChoiceField):
        choices: Any = field.choices
        field.choices = [(v, text if v == "" else label) for v, label in choices]


class _Styled:
    def style(self) -> None:
        for name, f in self.fields.items():  # type: ignore[attr-defined]
            w = f.widget
            if isinstance(w, forms.CheckboxInput | forms.CheckboxSelectMultiple):
                w.attrs.setdefault("class", "form-check-input")
            elif isinstance(w, forms.Select):
                w.attrs.setdefault("class", "form-select")
                _blank_says(f, "请选择")
            else:
                w.attrs.setdefault("class", "form-control")
            if name == "summary":
                w.attrs["rows"] = 6


class AchievementForm(_Styled, forms.ModelForm):  # type: ignore[type-arg]
    transfer_modes = forms.MultipleChoiceField(
        label="转化方式", choices=TransferMode.choices, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Achievement
        fields = [*_COMMON, "patents", "maturity", "transfer_modes", "price", "negotiable"]
        help_texts = {
            **_HELP,
            "patents": "专利号，多个以顿号分隔。",
            "maturity": "1–9：1 为原理提出，6 为样机验证，9 为已规模化应用。",
            "price": "选择“面议”可不填。",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()
        self.fields["contact_phone"].required = False


class DemandForm(_Styled, forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Demand
        fields = [*_COMMON, "budget", "negotiable", "deadline"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"})}
        help_texts = {**_HELP, "budget": "选择“面议”可不填。"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()
        self.fields["contact_phone"].required = False


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label="审核结论", choices=[("approve", "通过并发布"), ("reject", "退回")]
    )
    note = forms.CharField(label="审核意见", required=False, max_length=500)


class ContractForm(_Styled, forms.Form):
    contract_no = forms.CharField(label="合同编号", max_length=60)
    title = forms.CharField(label="合同名称", max_length=200)
    kind = forms.ChoiceField(label="合同类型", choices=ContractKind.choices)
    seller = forms.CharField(label="卖方统一社会信用代码", max_length=18)
    buyer = forms.CharField(
        label="买方统一社会信用代码（境内已登记机构）", max_length=18, required=False
    )
    buyer_name = forms.CharField(label="买方名称（未登记或境外）", max_length=200, required=False)
    buyer_country = forms.CharField(
        label="买方国家或地区（境外填写）", max_length=60, required=False
    )
    signed_on = forms.DateField(label="签订日期", widget=forms.DateInput(attrs={"type": "date"}))
    total_amount = forms.DecimalField(label="合同总金额（元）", max_digits=16, decimal_places=2)
    tech_amount = forms.DecimalField(label="技术交易额（元）", max_digits=16, decimal_places=2)
    paid_amount = forms.DecimalField(
        label="已到账金额（元）", max_digits=16, decimal_places=2, required=False
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()


class DealForm(_Styled, forms.Form):
    stage = forms.ChoiceField(label="推进到", choices=DealStage.choices)
    text = forms.CharField(label="进展记录", widget=forms.Textarea, max_length=2000)
    document = forms.FileField(label="附件（PDF、Word、图片）", required=False)
    shared = forms.BooleanField(
        label="向成果方和需求方公开本条记录及附件",
        required=False,
        help_text="不勾选则双方只看到阶段和时间，记录内容仅经纪人和主管部门可见。",
    )

    def __init__(self, *args: Any, stages: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()
        self.fields["text"].widget.attrs["rows"] = 3
        if stages is not None:  # only where the deal may go from here (no step back)
            field = self.fields["stage"]
            field.choices = [(v, label) for v, label in DealStage.choices if v in stages]  # type: ignore[attr-defined]


class RoadshowForm(_Styled, forms.ModelForm):  # type: ignore[type-arg]
    achievements = forms.ModelMultipleChoiceField(
        label="参加路演的成果",
        queryset=Achievement.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="本辖区已发布的成果（最新 300 项），可多选。",
    )

    class Meta:
        model = Roadshow
        fields = ["title", "kind", "held_on", "venue"]
        widgets = {"held_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: Any, achievements: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if achievements is not None:
            # A sliced queryset cannot be filtered again on validation: keep its ids.
            ids = list(achievements.values_list("pk", flat=True))
            self.fields["achievements"].queryset = (  # type: ignore[attr-defined]
                Achievement.objects.filter(pk__in=ids)
                .select_related("organization")
                .order_by("-published_at", "-id")
            )
        self.fields["achievements"].label_from_instance = (  # type: ignore[attr-defined]
            lambda a: f"{a.title}（{a.organization.name}）"
        )
        self.style()


class OutcomeForm(_Styled, forms.Form):
    outcome = forms.CharField(label="活动成效", widget=forms.Textarea, max_length=5000)
    deals_signed = forms.IntegerField(label="现场签约项目数", min_value=0)
    amount_signed = forms.DecimalField(
        label="意向签约金额（元）", max_digits=16, decimal_places=2, min_value=0
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()
        self.fields["outcome"].widget.attrs["rows"] = 3


class ImportForm(forms.Form):
    file = forms.FileField(label="Excel 文件（.xlsx）")


class TransferOfficeForm(_Styled, forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = TransferOffice
        fields = ["name", "established", "staff", "certified_brokers"]
        widgets = {"established": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.style()


MONTHS = [(m, f"{m}月") for m in range(1, 13)]


class FlowFilterForm(_Styled, forms.Form):
    """The filter of the 成交额流向 page and its workbook (both read the same cleaned values)."""

    region = forms.ChoiceField(
        label="地区", error_messages={"invalid_choice": "%(value)s 不在您的管辖范围内。"}
    )
    year = forms.IntegerField(label="年份", min_value=2000, max_value=2100)
    month_from = forms.TypedChoiceField(label="起始月份", choices=MONTHS, coerce=int)
    month_to = forms.TypedChoiceField(label="截止月份", choices=MONTHS, coerce=int)
    direction = forms.ChoiceField(
        label="方向",
        choices=[
            ("all", "输出和吸纳"),
            ("out", "仅输出"),
            ("in", "仅吸纳"),
        ],
    )
    level = forms.ChoiceField(
        label="分组", choices=[("children", "下一级地区"), ("county", "县级地区")]
    )
    sort = forms.ChoiceField(label="排序", choices=[("", "按金额")])

    def __init__(self, *args: Any, regions: Any, sorts: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        indent = {"province": "", "city": "　", "county": "　　", "zone": "　　"}
        region = self.fields["region"]
        sort = self.fields["sort"]
        assert isinstance(region, forms.ChoiceField) and isinstance(sort, forms.ChoiceField)
        region.choices = [(r.code, f"{indent.get(r.level, '')}{r.name}") for r in regions]
        sort.choices = [("", "按金额"), *((k, f"按{v}") for k, v in sorts.items())]
        self.fields["sort"].required = False
        self.style()

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("month_from"), data.get("month_to")
        if start and end and start > end:
            self.add_error("month_to", f"截止月份（{end}月）不能早于起始月份（{start}月）。")
        return data

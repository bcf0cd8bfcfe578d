"""Forms for the indicator library, targets, cascades and reported values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.utils import timezone

from apps.regions.models import Region
from apps.supervision import sources
from apps.supervision.choices import IndicatorSource
from apps.supervision.models import Indicator, Target
from apps.supervision.units import is_known

NUMBER = forms.NumberInput(attrs={"class": "form-control", "step": "any"})


def _style(form: forms.BaseForm) -> None:
    for field in form.fields.values():
        widget = field.widget
        css = "form-control"
        if isinstance(widget, forms.Select) and not isinstance(widget, forms.RadioSelect):
            css = "form-select"
        if isinstance(widget, (forms.CheckboxInput, forms.RadioSelect)):
            css = "form-check-input"
        widget.attrs.setdefault("class", css)


class IndicatorForm(forms.ModelForm):  # type: ignore[type-arg]
    computation = forms.ChoiceField(label="计算口径", required=False)

    class Meta:
        model = Indicator
        fields = [
            "code",
            "name",
            "unit",
            "direction",
            "frequency",
            "source",
            "computation",
            "aggregation",
            "description",
            "sort_order",
            "is_active",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        computation = self.fields["computation"]
        assert isinstance(computation, forms.ChoiceField)
        computation.choices = [("", "（报送类指标不需要）"), *sources.choices()]
        self.fields["computation"].help_text = "取数方式为“平台数据自动计算”时必选。"
        _style(self)

    def clean_unit(self) -> str:
        unit = str(self.cleaned_data["unit"]).strip()
        if not is_known(unit):
            raise forms.ValidationError(
                f"无法识别的单位“{unit}”，请使用 家、项、人、亿元、% 等常用单位。"
            )
        return unit

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("source") == IndicatorSource.COMPUTED and not data.get("computation"):
            self.add_error("computation", "自动计算的指标请选择计算口径。")
        return data


class TargetForm(forms.ModelForm):  # type: ignore[type-arg]
    class Meta:
        model = Target
        fields = [
            "indicator",
            "year",
            "kind",
            "comparator",
            "value",
            "value_max",
            "baseline",
            "responsible_unit",
            "note",
        ]
        labels = {"indicator": "指标"}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(is_active=True)  # type: ignore[attr-defined]
        self.fields["year"].initial = timezone.localdate().year
        self.fields["baseline"].help_text = "“达到”类目标填写年初数，可按时序进度衡量增长部分。"
        _style(self)


class ReportForm(forms.Form):
    indicator = forms.ModelChoiceField(
        label="指标", queryset=Indicator.objects.filter(source=IndicatorSource.REPORTED)
    )
    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100)
    as_of = forms.DateField(label="数据截至", widget=forms.DateInput(attrs={"type": "date"}))
    value = forms.DecimalField(label="数值", max_digits=20, decimal_places=4)
    evidence = forms.FileField(label="佐证材料（PDF、Word、Excel 或图片）", required=False)
    note = forms.CharField(label="说明", max_length=500, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        today = timezone.localdate()
        self.fields["year"].initial = today.year
        self.fields["as_of"].initial = today
        _style(self)


def _plain(value: Decimal | None) -> str | None:
    """70 rather than 70.0000 in an input box."""
    if value is None:
        return None
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


class CascadeForm(forms.Form):
    """A split of the parent target among its region's children: a value per child (by hand)
    or a weight per child (by weights; the values follow from `services.cascade_split`).
    Each mode has its own fields, prefilled with what that mode means (decision 0010)."""

    MODE_CHOICES = (("values", "按目标值直接分解"), ("weights", "按权重分解"))
    mode = forms.ChoiceField(
        label="分解方式", choices=MODE_CHOICES, initial="values", widget=forms.RadioSelect
    )

    def __init__(
        self,
        *args: Any,
        children: list[Region],
        initial_values: dict[str, Decimal],
        initial_weights: dict[str, Decimal],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.children = children
        for region in children:
            for prefix, label, start in (
                ("r", region.name, initial_values),
                ("w", f"{region.name}权重", initial_weights),
            ):
                self.fields[f"{prefix}_{region.code}"] = forms.DecimalField(
                    label=label,
                    required=False,
                    min_value=Decimal(0),
                    max_digits=20,
                    decimal_places=4,
                    initial=_plain(start.get(region.code)),
                    widget=forms.NumberInput(
                        attrs={"class": "form-control", "step": "any", "min": "0"}
                    ),
                )
        _style(self)

    def region_fields(self) -> list[Any]:
        return [self[f"r_{r.code}"] for r in self.children]

    def weight_rows(self) -> list[tuple[Region, Any]]:
        return [(r, self[f"w_{r.code}"]) for r in self.children]

    def amounts(self) -> dict[str, Decimal]:
        """The figures of the chosen mode: values by hand, or weights."""
        prefix = "w" if self.cleaned_data.get("mode") == "weights" else "r"
        return {
            r.code: self.cleaned_data[f"{prefix}_{r.code}"]
            for r in self.children
            if self.cleaned_data.get(f"{prefix}_{r.code}") is not None
        }


class PeriodForm(forms.Form):
    """Year and date of a dashboard or list (defaults: this year, today)."""

    year = forms.IntegerField(label="年度", min_value=2000, max_value=2100, required=False)
    as_of = forms.DateField(label="数据截至", required=False)

    def period(self) -> tuple[int, dt.date]:
        today = timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        year = data.get("year") or today.year
        as_of = data.get("as_of") or (today if year == today.year else dt.date(year, 12, 31))
        return year, as_of

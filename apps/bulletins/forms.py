"""Bulletin forms: the create/edit form and the template upload form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone

from apps.bulletins.models import BulletinTemplate
from apps.supervision.models import Indicator


class BulletinForm(forms.Form):
    as_of = forms.DateField(
        label="数据截至",
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "class": "form-control"}),
    )
    title = forms.CharField(
        label="标题",
        max_length=200,
        required=False,
        help_text="留空则按地区和期间自动生成。",
        widget=forms.TextInput(attrs={"class": "form-control"}),
    )
    period_label = forms.CharField(
        label="通报期间",
        max_length=60,
        required=False,
        help_text="如“2026年1—10月”；留空则按数据截至日期生成。",
        widget=forms.TextInput(attrs={"class": "form-control"}),
    )
    indicators = forms.ModelMultipleChoiceField(
        label="通报指标",
        queryset=Indicator.objects.none(),
        widget=forms.CheckboxSelectMultiple(attrs={"class": "form-check-input"}),
    )
    template = forms.ModelChoiceField(
        label="Word 模板",
        queryset=BulletinTemplate.objects.none(),
        required=False,
        empty_label="系统默认模板",
        widget=forms.Select(attrs={"class": "form-select"}),
    )
    foreword = forms.CharField(
        label="按语",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 4, "class": "form-control"}),
        help_text="放在通报开头的说明文字，可在发布前修改并重新生成。",
    )

    def __init__(self, *args: Any, indicators: Any, templates: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["indicators"].queryset = indicators  # type: ignore[attr-defined]
        self.fields["template"].queryset = templates  # type: ignore[attr-defined]

    def clean_as_of(self) -> Any:
        day = self.cleaned_data["as_of"]
        if day > timezone.localdate():
            raise forms.ValidationError("数据截至日期不能晚于今天。")
        return day


class TemplateUploadForm(forms.Form):
    name = forms.CharField(
        label="模板名称",
        max_length=100,
        initial="调度通报模板",
        widget=forms.TextInput(attrs={"class": "form-control"}),
        help_text="同名上传即为新版本，旧版本保留。",
    )
    file = forms.FileField(
        label="Word 模板（.docx）",
        widget=forms.ClearableFileInput(attrs={"class": "form-control", "accept": ".docx"}),
    )
    make_default = forms.BooleanField(
        label="设为本级默认模板",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "form-check-input"}),
    )

"""Every field of every form in the apps carries a Chinese label.

A ModelForm takes a field's label from the model's verbose_name and falls back to the
capitalised field name, so a foreign key without a verbose_name shows 「Indicator」 above its
select (seen on the target form) and in every error message naming the field.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re

from django import forms

import apps

CJK = re.compile(r"[\u4e00-\u9fff]")


def _form_classes() -> list[type[forms.BaseForm]]:
    found = []
    for module_info in pkgutil.iter_modules(apps.__path__):
        try:
            module = importlib.import_module(f"apps.{module_info.name}.forms")
        except ModuleNotFoundError:
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, forms.BaseForm) and cls.__module__ == module.__name__:
                found.append(cls)
    return found


def test_the_apps_have_forms_to_check() -> None:
    names = {cls.__name__ for cls in _form_classes()}
    assert {"TargetForm", "IndicatorForm", "ReportForm", "UploadForm"} <= names


def test_every_form_field_has_a_chinese_label() -> None:
    english = [
        f"{cls.__module__}.{cls.__name__}.{name}: {field.label or name!r}"
        for cls in _form_classes()
        for name, field in cls.base_fields.items()  # type: ignore[attr-defined]
        if not isinstance(field.widget, forms.HiddenInput)
        and not CJK.search(str(field.label or name))
    ]
    assert english == []

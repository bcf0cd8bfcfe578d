"""Forms of the security administrator's account pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.password_validation import validate_password

from apps.accounts.choices import Role
from apps.accounts.policies import ASSIGNABLE_ROLES
from apps.organizations import credit_code


def _role_choices() -> list[tuple[str, str]]:
    return [(r.value, str(r.label)) for r in ASSIGNABLE_ROLES]


class _AccountFields(forms.Form):
    display_name = forms.CharField(label="姓名", max_length=50, required=False)
    role = forms.ChoiceField(label="角色", choices=_role_choices)
    region = forms.CharField(
        label="所在层级（区划代码）",
        max_length=12,
        required=False,
        help_text="官员账号填写所在行政区划代码，如 360100",
    )
    organization = forms.CharField(
        label="所属单位（统一社会信用代码）", max_length=18, required=False
    )

    def clean_organization(self) -> str:
        value = self.cleaned_data["organization"].strip()
        if value:
            try:
                return credit_code.validate(value)
            except credit_code.CreditCodeError as exc:
                raise forms.ValidationError(str(exc)) from None
        return value


class UserCreateForm(_AccountFields):
    username = forms.RegexField(
        label="用户名",
        regex=r"^[A-Za-z0-9_.-]{3,150}$",
        error_messages={"invalid": "用户名只能包含字母、数字和 _ . -，3 位以上。"},
    )
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, max_length=128)
    field_order = ["username", "password", "display_name", "role", "region", "organization"]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("password") and data.get("username"):
            from apps.accounts.models import User

            try:
                validate_password(data["password"], User(username=data["username"]))
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return data


class UserEditForm(_AccountFields):
    is_active = forms.BooleanField(label="启用", required=False)


ROLE_LABELS = dict(Role.choices)

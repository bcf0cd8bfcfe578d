"""Sign-in, sign-out and password change."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.urls import reverse_lazy

from apps.accounts.sessions import session_rekey
from apps.audit.services import audit_record


class LoginForm(AuthenticationForm):
    """Same message for an unknown user and a wrong password (no account enumeration)."""

    error_messages = {
        "invalid_login": "用户名或密码错误。",
        "inactive": "用户名或密码错误。",
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "用户名"
        self.fields["password"].label = "密码"
        self.fields["username"].widget = forms.TextInput(
            attrs={"autofocus": True, "autocomplete": "username", "class": "form-control"}
        )
        self.fields["password"].widget = forms.PasswordInput(
            attrs={"autocomplete": "current-password", "class": "form-control"}
        )


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True


class LogoutView(auth_views.LogoutView):
    """Ends the session on the server and tells the browser to drop what it kept."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "cookies", "storage"'
        return response


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("dashboard:home")

    def get_form(self, form_class: Any = None) -> Any:
        form = super().get_form(form_class)
        labels = {
            "old_password": "原密码",
            "new_password1": "新密码",
            "new_password2": "确认新密码",
        }
        for name, field in form.fields.items():
            field.label = labels.get(name, field.label)
            field.widget.attrs["class"] = "form-control"
        return form

    @transaction.atomic
    def form_valid(self, form: Any) -> HttpResponse:
        old_key = self.request.session.session_key
        response = super().form_valid(form)  # cycles the session key
        session_rekey(old_key=old_key, new_key=self.request.session.session_key)
        audit_record(actor=form.user, action="user.password_change", obj=form.user)
        from django.contrib import messages

        messages.success(self.request, "密码已修改。")
        return response

"""TOTP enrolment (QR code, offline) and verification after the password."""

from __future__ import annotations

import segno
from django import forms
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from apps.audit.choices import LoginOutcome
from apps.audit.services import audit_record, login_record
from apps.core.pages import acting_user


class CodeForm(forms.Form):
    code = forms.RegexField(
        regex=r"^\d{6}$",
        label="动态口令",
        max_length=6,
        error_messages={"invalid": "请输入 6 位数字动态口令。"},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "form-control",
                "autofocus": True,
            }
        ),
    )


def _next(request: HttpRequest) -> str:
    target = request.GET.get("next") or request.POST.get("next") or "/"
    ok = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    return target if ok else "/"


def _check(request: HttpRequest, device: TOTPDevice, form: CodeForm) -> bool:
    """Verify a code with django-otp's throttling (growing delays after failures) and its
    replay protection (a code accepted once is never accepted again)."""
    allowed, info = device.verify_is_allowed()
    if not allowed:
        until = (info or {}).get("locked_until")
        wait = int((until - timezone.now()).total_seconds()) + 1 if until else 1
        form.add_error("code", f"尝试过于频繁，请 {max(wait, 1)} 秒后再试。")
        return False
    if device.verify_token(form.cleaned_data["code"]):
        return True
    user = acting_user(request)
    login_record(user=user, username=user.username, outcome=LoginOutcome.OTP_FAILURE)
    form.add_error("code", "动态口令错误或已使用过，请输入验证器中的新口令。")
    return False


@login_required
def otp_setup(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect(f"{reverse('accounts:otp_verify')}?next={_next(request)}")
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="动态口令", confirmed=False)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _check(request, device, form):
        with transaction.atomic():
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            audit_record(actor=user, action="otp.enrol", obj=device)
        otp_login(request, device)
        login_record(user=user, username=user.username, outcome=LoginOutcome.OTP_SUCCESS)
        return redirect(_next(request))
    uri = device.config_url
    secret = uri.split("secret=")[1].split("&")[0]
    qr = segno.make(uri, error="m").svg_data_uri(scale=5)
    return render(
        request,
        "accounts/otp_setup.html",
        {"form": form, "qr": qr, "secret": secret, "next": _next(request)},
    )


@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    user = acting_user(request)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        return redirect(f"{reverse('accounts:otp_setup')}?next={_next(request)}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and _check(request, device, form):
        otp_login(request, device)
        login_record(user=user, username=user.username, outcome=LoginOutcome.OTP_SUCCESS)
        return redirect(_next(request))
    return render(request, "accounts/otp_verify.html", {"form": form, "next": _next(request)})

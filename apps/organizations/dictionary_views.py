"""The registry's dictionaries (industrial chains, qualification types), kept by the system
administrator: add, rename, deactivate; every change audited."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.organizations import selectors, services


class EntryForm(forms.Form):
    kind = forms.ChoiceField(choices=[("chain", "产业链"), ("qualification", "资质类型")])
    code = forms.SlugField(
        label="编码",
        max_length=40,
        error_messages={"invalid": "编码只能包含字母、数字、下划线和连字符。"},
    )
    name = forms.CharField(label="名称", max_length=40)
    is_active = forms.BooleanField(label="启用", required=False, initial=True)


@login_required
def dictionaries(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "dictionaries.manage")
    form = EntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            entry = services.dictionary_entry_save(actor=actor, **form.cleaned_data)
        except ValidationError as exc:
            for field, errors in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, f"已保存：{entry.name}")
            return redirect("organizations:dictionaries")
    return render(
        request,
        "organizations/dictionaries.html",
        {
            "form": form,
            "chains": selectors.dictionary_entries("chain"),
            "qualifications": selectors.dictionary_entries("qualification"),
        },
    )

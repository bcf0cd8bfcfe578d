"""The security administrator's account management (business accounts only, never their own)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from apps.accounts import services
from apps.accounts.forms import UserCreateForm, UserEditForm
from apps.accounts.models import User
from apps.accounts.permissions import require
from apps.core.masking import mask_mobile
from apps.core.pages import acting_user, list_page
from apps.core.scoping import get_visible_or_404, visible_to
from apps.organizations.selectors import organization_by_code
from apps.regions.selectors import region_by_code


def _place(form: Any) -> tuple[Any, Any] | None:
    region = organization = None
    if form.cleaned_data.get("region"):
        region = region_by_code(form.cleaned_data["region"])
        if region is None:
            form.add_error("region", "区划代码不存在。")
            return None
    if form.cleaned_data.get("organization"):
        organization = organization_by_code(form.cleaned_data["organization"])
        if organization is None:
            form.add_error("organization", "该统一社会信用代码的单位尚未登记。")
            return None
    return region, organization


def _apply_errors(form: Any, exc: ValidationError) -> None:
    for field, errors in exc.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


@login_required
def user_list(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "users.manage")
    qs = visible_to(actor, User).select_related("region", "organization").order_by("username")
    q = request.GET.get("q", "").strip()
    if q:
        qs = qs.filter(Q(username__icontains=q[:50]) | Q(display_name__icontains=q[:50]))
    if request.method == "POST" and request.POST.get("unlock"):
        target = get_visible_or_404(actor, User, pk=request.POST["unlock"])
        services.user_unlock(actor=actor, user=target)
        messages.success(request, f"已解除 {target.username} 的登录锁定。")
        return redirect("accounts:users")
    return list_page(
        request,
        qs,
        template="accounts/users.html",
        export_name="账号清单",
        context={"q": q},
        headers=["用户名", "姓名", "角色", "层级", "单位", "手机号", "状态"],
        row=lambda u: [
            u.username,
            u.display_name,
            u.get_role_display(),
            u.region.name if u.region else "",
            u.organization.name if u.organization else "",
            mask_mobile(u.mobile),
            "启用" if u.is_active else "停用",
        ],
    )


@login_required
def user_new(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "users.manage")
    form = UserCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid() and (place := _place(form)) is not None:
        try:
            user = services.user_manage_create(
                actor=actor,
                username=form.cleaned_data["username"],
                password=form.cleaned_data["password"],
                role=form.cleaned_data["role"],
                display_name=form.cleaned_data["display_name"],
                region=place[0],
                organization=place[1],
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, f"已创建账号 {user.username}。")
            return redirect("accounts:users")
    return render(request, "accounts/user_form.html", {"form": form, "title": "新建账号"})


@login_required
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "users.manage")
    target = get_visible_or_404(actor, User, pk=pk)
    initial = {
        "display_name": target.display_name,
        "role": target.role,
        "region": target.region_id or "",
        "is_active": target.is_active,
        "organization": target.organization.credit_code if target.organization else "",
    }
    form = UserEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid() and (place := _place(form)) is not None:
        try:
            services.user_manage_update(
                actor=actor,
                user=target,
                role=form.cleaned_data["role"],
                region=place[0],
                organization=place[1],
                is_active=form.cleaned_data["is_active"],
                display_name=form.cleaned_data["display_name"],
            )
        except ValidationError as exc:
            _apply_errors(form, exc)
        else:
            messages.success(request, f"已保存账号 {target.username}。")
            return redirect("accounts:users")
    return render(
        request,
        "accounts/user_form.html",
        {"form": form, "title": f"编辑账号 {target.username}", "target": target},
    )

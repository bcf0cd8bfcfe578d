"""Public market pages (no login) and the listing pages of owners and moderators."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from apps.accounts.permissions import has_perm, require
from apps.audit.reveal import reveal_response
from apps.core.masking import mask_mobile
from apps.core.pages import acting_user, form_error_text, paginate, render_page
from apps.market import (
    deal_selectors,
    expiry_services,
    matching,
    policies,
    search,
    selectors,
    services,
)
from apps.market.choices import ListingStatus, TechField, TransferMode
from apps.market.forms import AchievementForm, DemandForm, ReviewForm
from apps.organizations.models import IndustrialChain

KINDS = {"achievements": "achievement", "demands": "demand"}
LABEL = {"achievement": "科技成果", "demand": "技术需求"}
MODERATION_SHOWN = 200  # oldest first; the page says how many more wait


def _kind(plural: str) -> str:
    if plural not in KINDS:
        raise Http404("未找到")
    return KINDS[plural]


def _user(request: HttpRequest) -> Any:
    user = request.user
    return user if user.is_authenticated else None


def market_home(
    request: HttpRequest, code: str | None = None, sector: str | None = None
) -> HttpResponse:
    """The market's front page; with a region code, that city's or county's market; with a
    chain (URL or ?chain=), the sector market (专业市场), in the province or in a region."""
    region = selectors.market_region(code) if code else None
    chain = selectors.market_chain(sector or request.GET.get("chain", ""))
    summary = selectors.market_summary(region, chain.code if chain else "")
    params = request.GET.copy()
    if region is not None:
        params["region"] = region.code
    if chain is not None:
        params["chain"] = chain.code
    latest_a = selectors.public_filter(kind="achievement", params=params).qs[:8]
    latest_d = selectors.public_filter(kind="demand", params=params).qs[:8]
    scope = "&".join(
        f"{k}={v}"
        for k, v in (("region", region and region.code), ("chain", chain and chain.code))
        if v
    )
    return render(
        request,
        "market/home.html",
        {
            "summary": summary,
            "region": region,
            "chain": chain,
            "scope": scope,
            "latest_achievements": latest_a,
            "latest_demands": latest_d,
        },
    )


def listing_list(request: HttpRequest, plural: str) -> HttpResponse:
    """Published listings with search and filters, for anyone."""
    kind = _kind(plural)
    filterset = selectors.public_filter(kind=kind, params=request.GET)
    page = paginate(request, filterset.qs if filterset.is_valid() else filterset.queryset.none())
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "kind": kind,
        "plural": plural,
        "label": LABEL[kind],
        "filter": filterset,
        "page": page,
        "query": query.urlencode(),
        "fields": TechField.choices,
        "modes": TransferMode.choices,
        "chains": IndustrialChain.objects.filter(is_active=True),
        "cities": selectors.market_cities(),
        "q": request.GET.get("q", ""),
        "candidates": search.CANDIDATES,
    }
    return render_page(request, "market/list.html", context, partial="market/_results.html")


def listing_detail(request: HttpRequest, plural: str, pk: int) -> HttpResponse:
    kind = _kind(plural)
    actor = _user(request)
    listing = selectors.listing_get(actor=actor, kind=kind, pk=pk)
    context: dict[str, Any] = {
        "kind": kind,
        "plural": plural,
        "label": LABEL[kind],
        "listing": listing,
        "contact": (
            mask_mobile(listing.contact_phone) if policies.sees_contact(actor, listing) else ""
        ),
        "sees_contact": policies.sees_contact(actor, listing),
        "may_reveal": policies.may_reveal_contact(actor, listing),
    }
    if actor is not None:
        context.update(
            may_edit=policies.may_edit(actor, listing),
            may_moderate=policies.may_moderate(actor, listing)
            and listing.status == ListingStatus.PENDING,
            may_renew=policies.may_renew(actor, listing)
            and listing.status in (ListingStatus.PUBLISHED, ListingStatus.EXPIRED),
            owns=policies.owns(actor, listing),
            # The owner's countdown to expiry, within the reminder window.
            days_left=expiry_services.days_left(listing, timezone.localdate())
            if policies.owns(actor, listing)
            else None,
            # Brokers' deals over this listing, as far as the actor may see them (the owner:
            # all; a counterpart, broker or officer: theirs; the public: none).
            deals=deal_selectors.with_brokers(
                deal_selectors.deals_on_listing(actor=actor, listing=listing)[:50]
            ),
            review_form=ReviewForm(),
            is_broker=has_perm(actor, "market.broker"),
        )
        if has_perm(actor, "market.match") and listing.status == ListingStatus.PUBLISHED:
            if kind == "demand":
                context["matches"] = matching.best_for(listing, target="achievement")
                context["institutions"] = matching.institutions_for(listing)
                if has_perm(actor, "experts.view"):
                    from apps.experts.selectors import experts_for_listing

                    context["experts"] = experts_for_listing(actor=actor, listing=listing)
            else:
                context["matches"] = matching.best_for(listing, target="demand")
                context["enterprises"] = matching.enterprises_for(listing)
        if context.get("is_broker") and kind == "demand" and "matches" not in context:
            context["matches"] = matching.best_for(listing, target="achievement")
        if context.get("matches"):
            # The user's own earlier judgement shows on each suggestion (it can be changed).
            judged = selectors.my_feedback(actor=actor, source_kind=kind, source_id=listing.pk)
            context["matches"] = [(m, judged.get(m.obj.pk)) for m in context["matches"]]
    return render(request, "market/detail.html", context)


@login_required
def my_listings(request: HttpRequest) -> HttpResponse:
    """The listings the user may see in any status: their organisation's, or their region's."""
    actor = acting_user(request)
    require(actor, "market.view")
    enterprise = actor.organization is not None and actor.organization.kind == "enterprise"
    asked = request.GET.get("kind")
    # An enterprise mostly posts demands: its page opens on them, not on an empty list.
    kind = asked if asked in LABEL else ("demand" if enterprise else "achievement")
    filterset = selectors.internal_filter(kind=kind, request=request, params=request.GET)
    page = paginate(request, filterset.qs if filterset.is_valid() else filterset.queryset.none())
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "market/mine.html",
        {
            "kind": kind,
            "label": LABEL[kind],
            "filter": filterset,
            "page": page,
            "query": query.urlencode(),
            "statuses": ListingStatus.choices,
            "can_post": has_perm(actor, "market.post"),
            "can_post_demand": has_perm(actor, "market.post") and enterprise,
            "filtered": bool(request.GET.get("status")),
            # The organisation's own area also shows the brokers' deals over its listings
            # (officers follow deals on their pipeline page instead).
            "deals": deal_selectors.with_brokers(deal_selectors.deals_visible(actor=actor)[:100])
            if actor.organization_id
            else None,
        },
    )


def _form_class(kind: str) -> Any:
    return AchievementForm if kind == "achievement" else DemandForm


@login_required
def listing_edit(request: HttpRequest, plural: str, pk: int | None = None) -> HttpResponse:
    """Create (pk None) or edit a draft; 'submit' sends it to moderation in the same step."""
    kind = _kind(plural)
    actor = acting_user(request)
    require(actor, "market.post")
    listing = selectors.listing_get(actor=actor, kind=kind, pk=pk) if pk else None
    if listing is not None and not policies.may_edit(actor, listing):
        raise Http404("未找到")
    form = _form_class(kind)(request.POST or None, instance=listing)
    if listing is not None and request.method != "POST":
        form.initial["contact_phone"] = ""  # never echo the stored number into the page
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data[k] for k in form.Meta.fields}
        if listing is not None and not data.get("contact_phone"):
            data.pop("contact_phone")  # left blank: keep the stored number
        try:
            saved = services.listing_save(actor=actor, kind=kind, listing=listing, **data)
            if "submit" in request.POST:
                saved = services.listing_submit(actor=actor, listing=saved)
                messages.success(request, "已提交审核。")
            else:
                messages.success(request, "已保存草稿。")
            return redirect("market:detail", plural=plural, pk=saved.pk)
        except ValidationError as exc:
            for field, errs in exc.message_dict.items():
                form.add_error(field if field in form.fields else None, errs)
    return render(
        request,
        "market/edit.html",
        {"form": form, "kind": kind, "plural": plural, "label": LABEL[kind], "listing": listing},
    )


def _act(request: HttpRequest, plural: str, pk: int, action: str) -> HttpResponse:
    kind = _kind(plural)
    actor = acting_user(request)
    listing = selectors.listing_get(actor=actor, kind=kind, pk=pk)
    try:
        if action == "submit":
            services.listing_submit(actor=actor, listing=listing)
            messages.success(request, "已提交审核。")
        elif action == "withdraw":
            services.listing_withdraw(actor=actor, listing=listing)
            messages.success(request, "已撤回。")
        elif action == "renew":
            services.listing_renew(actor=actor, listing=listing)
            messages.success(request, "已续期一年。")
        elif action == "review":
            form = ReviewForm(request.POST)
            if not form.is_valid():
                messages.error(request, form_error_text(form))
            else:
                services.listing_review(
                    actor=actor,
                    listing=listing,
                    approve=form.cleaned_data["decision"] == "approve",
                    note=form.cleaned_data["note"],
                )
                messages.success(request, "审核完成。")
    except ValidationError as exc:
        messages.error(request, "；".join(exc.messages))
    return redirect("market:detail", plural=plural, pk=pk)


@login_required
@require_POST
def listing_action(request: HttpRequest, plural: str, pk: int, action: str) -> HttpResponse:
    if action == "reveal":
        return _reveal(request, plural, pk)
    if action not in ("submit", "withdraw", "renew", "review"):
        raise Http404("未找到")
    return _act(request, plural, pk, action)


def _reveal(request: HttpRequest, plural: str, pk: int) -> HttpResponse:
    """The full contact number (htmx), for a stated reason, recorded in the audit log."""
    kind = _kind(plural)
    actor = acting_user(request)
    listing = selectors.listing_get(actor=actor, kind=kind, pk=pk)
    return reveal_response(
        request,
        lambda reason: services.listing_reveal_contact(actor=actor, listing=listing, reason=reason),
        label=f"market.{kind}",
    )


@login_required
def moderation(request: HttpRequest) -> HttpResponse:
    actor = acting_user(request)
    require(actor, "market.moderate")
    queues = []
    for kind in ("achievement", "demand"):
        pending = selectors.moderation_queue(actor=actor, kind=kind)
        queues.append((kind, LABEL[kind], pending[:MODERATION_SHOWN], pending.count()))
    return render(
        request,
        "market/moderation.html",
        {"queues": queues, "shown": MODERATION_SHOWN},
    )


@login_required
@require_POST
def feedback(request: HttpRequest) -> HttpResponse:
    """A user marks a suggestion useful or not (htmx swaps the buttons for a thank-you)."""
    actor = acting_user(request)
    source_kind = request.POST.get("source_kind", "")
    if source_kind not in ("achievement", "demand"):
        return HttpResponse("反馈无效。", status=400)
    try:
        # Only on suggestions for a listing the user may read (published, own or in scope).
        selectors.listing_get(
            actor=actor, kind=source_kind, pk=int(request.POST.get("source_id", "0"))
        )
    except ValueError:
        return HttpResponse("反馈无效。", status=400)
    try:
        services.feedback_record(
            actor=actor,
            source_kind=request.POST.get("source_kind", ""),
            source_id=int(request.POST.get("source_id", "0")),
            target_kind=request.POST.get("target_kind", ""),
            target_id=int(request.POST.get("target_id", "0")),
            useful=request.POST.get("useful") == "1",
        )
    except (ValueError, ValidationError):
        return HttpResponse("反馈无效。", status=400)
    return HttpResponse('<span class="text-success small">已记录，谢谢！</span>')

"""The expert's review API: my seats, one seat's content (blind where the call says so), and
the three actions — answer the invitation, declare conflicts, submit scores.

The same selectors and services as the pages: someone else's seat is 404, a refused action
403 or 409 with nothing changed, and a blind call's answers never name the applicant.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.permissions import require
from apps.core.pages import acting_user
from apps.programmes import selectors, services
from apps.programmes.api.views import _error
from apps.programmes.errors import Invalid, ProgrammeError
from apps.programmes.models import ReviewAssignment


def _seat(row: ReviewAssignment) -> dict[str, Any]:
    return {
        "id": row.pk,
        "status": row.status,
        "status_display": row.get_status_display(),
        "title": row.application.title,
        "call": row.application.call.name,
        "invited_at": row.invited_at,
        "due_at": row.due_at,
        "no_conflict_declared": row.no_conflict_at is not None,
        "total": str(row.total) if row.total is not None else None,
    }


SEAT = inline_serializer(
    "ReviewSeat",
    {
        "id": serializers.IntegerField(),
        "status": serializers.CharField(),
        "status_display": serializers.CharField(),
        "title": serializers.CharField(),
        "call": serializers.CharField(),
        "invited_at": serializers.DateTimeField(allow_null=True),
        "due_at": serializers.DateTimeField(allow_null=True),
        "no_conflict_declared": serializers.BooleanField(),
        "total": serializers.CharField(allow_null=True),
    },
)


class ReviewListView(APIView):
    @extend_schema(responses=SEAT, summary="我的评审任务（专家）")
    def get(self, request: Request) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.review")
        return Response([_seat(r) for r in selectors.reviews_for(actor)[:500]])


class ReviewDetailView(APIView):
    @extend_schema(
        responses=inline_serializer(
            "ReviewSeatDetail",
            {
                "seat": SEAT,
                "content": serializers.DictField(allow_null=True),
            },
        ),
        summary="评审任务详情：声明无利益冲突后给出申报内容（盲评时隐去申报单位）",
    )
    def get(self, request: Request, pk: int) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.review")
        row = selectors.seat_get(actor=actor, pk=pk)
        content = None
        if selectors.seat_may_read(row):
            found = selectors.seat_content(row)
            content = {
                "blind": found["blind"],
                "title": found["title"],
                "call": found["call"].name,
                "applicant": None if found["applicant"] is None else found["applicant"].name,
                "receipt_number": found["receipt_number"],
                "sections": found["rows"],
                "files": [
                    {
                        "name": f["name"],
                        "slot": f["slot"],
                        "size": f["size"],
                        "url": reverse("programmes:seat_file", args=[row.pk, f["n"]]),
                    }
                    for f in found["files"]
                ],
                "pdf": reverse("programmes:seat_pdf", args=[row.pk]),
                "items": found["items"],
            }
        return Response({"seat": _seat(row), "content": content})


ACTION_BODY = inline_serializer(
    "ReviewAction",
    {
        "accept": serializers.BooleanField(required=False, help_text="respond：是否接受"),
        "conflict": serializers.BooleanField(required=False, help_text="declare：是否存在冲突"),
        "reason": serializers.CharField(required=False, help_text="谢绝或回避理由"),
        "scores": serializers.DictField(required=False, help_text="scores：评分项编码 → 分数"),
        "comment": serializers.CharField(
            required=False, help_text="scores：评审意见（必填，最多 5000 字）；draft 可空"
        ),
    },
)


class ReviewActionView(APIView):
    """POST respond {accept, reason}, declare {conflict, reason}, scores {scores, comment}
    (submit: every item and the opinion), draft {scores, comment} (暂存, either may be blank)."""

    ACTIONS = ("respond", "declare", "scores", "draft")

    @extend_schema(
        request=ACTION_BODY, responses=SEAT, summary="接受/谢绝、利益冲突声明、提交评分、暂存评分"
    )
    def post(self, request: Request, pk: int, action: str) -> Response:
        actor = acting_user(request)
        require(actor, "programmes.review")
        row = selectors.seat_get(actor=actor, pk=pk)
        data = request.data if isinstance(request.data, dict) else {}
        reason = str(data.get("reason", ""))
        try:
            if action == "respond":
                services.review_respond(
                    actor=actor, assignment=row, accept=data.get("accept") is True, reason=reason
                )
            elif action == "declare":
                services.review_declare(
                    actor=actor,
                    assignment=row,
                    conflict=data.get("conflict") is True,
                    reason=reason,
                )
            elif action in ("scores", "draft"):
                scores = data.get("scores", {} if action == "draft" else None)
                if not isinstance(scores, dict):
                    raise Invalid("请提交评分。", {"scores": "scores 须为评分项编码到分数的对象。"})
                write = services.review_submit if action == "scores" else services.review_draft_save
                write(
                    actor=actor,
                    assignment=row,
                    scores=scores,
                    comment=str(data.get("comment", "")),
                )
            else:
                return Response({"detail": "未知操作。"}, status=404)
        except ProgrammeError as exc:
            return _error(exc)
        row.refresh_from_db()
        return Response(_seat(row))

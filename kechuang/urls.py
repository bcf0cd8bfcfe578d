"""URL map: pages at the root, the REST API under /api/v1/, its schema and reference."""

from django.urls import include, path
from django.views.i18n import set_language
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from apps.accounts.api.views import TokenView
from apps.core.views import healthz
from apps.ledger.api.views import PlanViewSet, ReportViewSet, TaskViewSet
from apps.market.api.views import AchievementViewSet, ContractViewSet, DemandViewSet
from apps.organizations.api.views import OrganizationViewSet
from apps.programmes.api.attachments import (
    AttachmentDetailView,
    AttachmentFileView,
    AttachmentListView,
)
from apps.programmes.api.challenges import BidPartnersView, ChallengeBidView, ChallengeViewSet
from apps.programmes.api.milestones import MilestoneActionView, MilestoneListView
from apps.programmes.api.reviews import ReviewActionView, ReviewDetailView, ReviewListView
from apps.programmes.api.views import ApplicationViewSet, CallViewSet, SubmitView, TransitionView
from apps.regions.api.views import RegionViewSet

router = SimpleRouter(trailing_slash=True)
router.register("regions", RegionViewSet, basename="region")
router.register("organizations", OrganizationViewSet, basename="organization")
router.register("market/achievements", AchievementViewSet, basename="market-achievement")
router.register("market/demands", DemandViewSet, basename="market-demand")
router.register("market/contracts", ContractViewSet, basename="market-contract")
router.register("calls", CallViewSet, basename="call")
router.register("applications", ApplicationViewSet, basename="application")
router.register("challenges", ChallengeViewSet, basename="challenge")
router.register("ledger/plans", PlanViewSet, basename="ledger-plan")
router.register("ledger/tasks", TaskViewSet, basename="ledger-task")
router.register("ledger/reports", ReportViewSet, basename="ledger-report")

api_v1 = [
    path("auth/token", TokenView.as_view(), name="auth-token"),
    path("applications/<int:pk>/submit", SubmitView.as_view(), name="application-submit"),
    path(
        "applications/<int:pk>/transition", TransitionView.as_view(), name="application-transition"
    ),
    path(
        "applications/<int:pk>/attachments/",
        AttachmentListView.as_view(),
        name="application-attachments",
    ),
    path(
        "applications/<int:pk>/attachments/<int:aid>/",
        AttachmentDetailView.as_view(),
        name="application-attachment",
    ),
    path(
        "applications/<int:pk>/attachments/<int:aid>/file",
        AttachmentFileView.as_view(),
        name="application-attachment-file",
    ),
    path("applications/<int:pk>/partners", BidPartnersView.as_view(), name="application-partners"),
    path(
        "applications/<int:pk>/milestones/",
        MilestoneListView.as_view(),
        name="application-milestones",
    ),
    path(
        "applications/<int:pk>/milestones/<int:mid>/<str:action>",
        MilestoneActionView.as_view(),
        name="application-milestone-action",
    ),
    path("challenges/<int:pk>/bid", ChallengeBidView.as_view(), name="challenge-bid"),
    path("reviews/", ReviewListView.as_view(), name="review-list"),
    path("reviews/<int:pk>/", ReviewDetailView.as_view(), name="review-detail"),
    path("reviews/<int:pk>/<str:action>", ReviewActionView.as_view(), name="review-action"),
    *router.urls,
]

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    path("accounts/", include("apps.accounts.urls")),
    path("organizations/", include("apps.organizations.urls")),
    path("jobs/", include("apps.jobs.urls")),
    path("notices/", include("apps.notices.urls")),
    path("supervision/", include("apps.supervision.urls")),
    path("market/", include("apps.market.urls")),
    path("bulletins/", include("apps.bulletins.urls")),
    path("programmes/", include("apps.programmes.urls")),
    path("experts/", include("apps.experts.urls")),
    path("audit/", include("apps.audit.urls")),
    path("ledger/", include("apps.ledger.urls")),
    path("api/v1/", include((api_v1, "api"), namespace="api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerSplitView.as_view(url_name="schema"), name="api-docs"),
    path("", include("apps.dashboard.urls")),
]

from django.urls import path

from apps.supervision.views import cockpit, indicators, reports, targets

app_name = "supervision"
urlpatterns = [
    path("cockpit/", cockpit.cockpit, name="cockpit"),
    path("cockpit/<str:code>/", cockpit.cockpit, name="cockpit_region"),
    path("indicators/", indicators.indicator_list, name="indicators"),
    path("indicators/new/", indicators.indicator_edit, name="indicator_new"),
    path("indicators/<int:pk>/edit/", indicators.indicator_edit, name="indicator_edit"),
    path("targets/", targets.target_list, name="targets"),
    path("targets/new/", targets.target_edit, name="target_new"),
    path("targets/<int:pk>/", targets.target_detail, name="target"),
    path("targets/<int:pk>/edit/", targets.target_edit, name="target_edit"),
    path("reports/", reports.report_list, name="reports"),
    path("reports/new/", reports.report_new, name="report_new"),
    path("reports/<int:pk>/review/", reports.report_review, name="report_review"),
    path("reports/<int:pk>/evidence/", reports.report_evidence, name="report_evidence"),
]

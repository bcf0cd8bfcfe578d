from django.urls import path

from apps.ledger import views

app_name = "ledger"
urlpatterns = [
    path("", views.plan_list, name="plans"),
    path("upload/", views.plan_upload, name="upload"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("drafts/<int:pk>/", views.draft_detail, name="draft"),
    path("drafts/<int:pk>/status/", views.draft_status, name="draft_status"),
    path("drafts/<int:pk>/items/<int:key>/", views.draft_item, name="draft_item"),
    path("drafts/<int:pk>/items/<int:key>/move/", views.draft_move, name="draft_move"),
    path("drafts/<int:pk>/meta/", views.draft_meta, name="draft_meta"),
    path("drafts/<int:pk>/confirm/", views.draft_confirm, name="draft_confirm"),
    path("drafts/<int:pk>/discard/", views.draft_discard, name="draft_discard"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("tasks/<int:pk>/report/", views.task_report, name="task_report"),
    path("tasks/<int:pk>/assign/", views.task_assign, name="task_assign"),
    path("tasks/<int:pk>/milestones/", views.milestone_add, name="milestone_add"),
    path("milestones/<int:pk>/done/", views.milestone_done, name="milestone_done"),
    path("reports/<int:pk>/review/", views.report_review, name="report_review"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
]

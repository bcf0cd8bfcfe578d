from django.urls import path

from apps.experts import views

app_name = "experts"

urlpatterns = [
    path("", views.expert_list, name="list"),
    path("new/", views.expert_new, name="new"),
    path("register/", views.expert_register, name="register"),
    path("me/", views.my_profile, name="me"),
    path("queue/", views.review_queue, name="queue"),
    path("import/", views.expert_import, name="import"),
    path("import/template.xlsx", views.import_template, name="import_template"),
    path("<int:pk>/", views.expert_detail, name="detail"),
    path("<int:pk>/edit/", views.expert_edit, name="edit"),
    path("<int:pk>/review/", views.expert_review, name="review"),
    path("<int:pk>/status/", views.expert_status, name="status"),
    path("draws/", views.draw_index, name="draws"),
    path("draws/call/<int:pk>/", views.draw_new, name="draw_new"),
    path("draws/<int:pk>/", views.draw_detail, name="draw"),
    path("draws/<int:pk>/confirm/", views.draw_confirm, name="draw_confirm"),
    path("draws/<int:pk>/replay/", views.draw_replay, name="draw_replay"),
    path("draws/<int:pk>/replay/<str:job>/", views.draw_replay_status, name="draw_replay_status"),
    path("draws/<int:pk>/instance.zip", views.draw_instance, name="draw_instance"),
]

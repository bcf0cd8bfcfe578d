from django.urls import path

from apps.notices import views

app_name = "notices"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("read-all/", views.notices_read_all, name="read_all"),
    path("<int:pk>/open/", views.notice_open, name="open"),
]

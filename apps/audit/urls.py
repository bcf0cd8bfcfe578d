from django.urls import path

from apps.audit import views

app_name = "audit"
urlpatterns = [
    path("events/", views.audit_events, name="events"),
    path("logins/", views.login_events, name="logins"),
    path("alerts/", views.security_alerts, name="alerts"),
]

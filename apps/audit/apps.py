from django.apps import AppConfig


class AuditConfig(AppConfig):
    """The operation log and the login log."""

    name = "apps.audit"
    verbose_name = "审计"

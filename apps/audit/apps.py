from django.apps import AppConfig
from django.db.models.signals import post_migrate


class AuditConfig(AppConfig):
    """The operation log and the login log."""

    name = "apps.audit"
    verbose_name = "审计"

    def ready(self) -> None:
        from apps.audit.guards import on_post_migrate

        post_migrate.connect(on_post_migrate, sender=self, dispatch_uid="audit-guards")

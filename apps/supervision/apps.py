from django.apps import AppConfig


class SupervisionConfig(AppConfig):
    """Targets, ledgers and supervision; `extraction/` reads work-plan documents."""

    name = "apps.supervision"
    verbose_name = "目标与督办"

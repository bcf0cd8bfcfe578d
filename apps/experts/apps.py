from django.apps import AppConfig


class ExpertsConfig(AppConfig):
    """Expert database, conflict-free assignment and review (the engine lives in `engine/`)."""

    name = "apps.experts"
    verbose_name = "专家"

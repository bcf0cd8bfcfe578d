from django.apps import AppConfig


class ExpertsConfig(AppConfig):
    """Expert database, conflict-free assignment and review (the engine lives in `engine/`)."""

    name = "apps.experts"
    verbose_name = "专家"

    def ready(self) -> None:
        from apps.experts import jobs  # noqa: F401  (registers the draw and import job handlers)

from django.apps import AppConfig


class BulletinsConfig(AppConfig):
    """调度通报: Word and PDF bulletins on target progress, generated, reviewed and published."""

    name = "apps.bulletins"
    verbose_name = "调度通报"

    def ready(self) -> None:
        from apps.bulletins import jobs  # noqa: F401  (registers the generation job handler)

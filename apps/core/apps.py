from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting plumbing: scoping, exports, imports, text folding, page helpers."""

    name = "apps.core"
    verbose_name = "基础"

    def ready(self) -> None:
        from apps.core import checks  # noqa: F401  (deploy check of the keys)

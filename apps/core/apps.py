from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Cross-cutting plumbing: scoping, exports, imports, text folding, page helpers."""

    name = "apps.core"
    verbose_name = "基础"

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """People, roles, data scope and API tokens."""

    name = "apps.accounts"
    verbose_name = "用户与权限"

    def ready(self) -> None:
        from apps.accounts import checks, signals  # noqa: F401  (system checks, login log)
        from apps.accounts.api import schema  # noqa: F401  (OpenAPI bearer scheme)

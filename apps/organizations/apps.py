from django.apps import AppConfig


class OrganizationsConfig(AppConfig):
    """The registry: organisations, their industries and chains, qualifications over time."""

    name = "apps.organizations"
    verbose_name = "主体库"

    def ready(self) -> None:
        from apps.organizations import jobs  # noqa: F401  (registers the import job handler)

from django.apps import AppConfig


class DashboardConfig(AppConfig):
    """Overview pages: the province, a city or a county at a glance, drilling down."""

    name = "apps.dashboard"
    verbose_name = "概览"

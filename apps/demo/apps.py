from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Synthetic Jiangxi demo data (`manage.py demo`)."""

    name = "apps.demo"
    verbose_name = "演示数据"

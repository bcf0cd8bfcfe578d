from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Background jobs with progress and a log, run by huey workers."""

    name = "apps.jobs"
    verbose_name = "后台任务"

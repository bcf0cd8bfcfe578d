from django.apps import AppConfig


class RegionsConfig(AppConfig):
    """The division tree (province → cities → counties → zones) that scopes everything."""

    name = "apps.regions"
    verbose_name = "行政区划"

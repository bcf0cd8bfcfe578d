from django.apps import AppConfig


class MarketConfig(AppConfig):
    name = "apps.market"
    label = "market"
    verbose_name = "网上常设技术市场"

    def ready(self) -> None:
        from apps.market import jobs  # noqa: F401  (registers the job handlers)
        from apps.market.indicators import register_source

        register_source()  # 技术合同成交额 for the targets module

from django.apps import AppConfig


class LedgerConfig(AppConfig):
    """The yearly work ledger (工作台账, 督查督办) and the document → ledger flow."""

    name = "apps.ledger"
    verbose_name = "工作台账"

    def ready(self) -> None:
        from apps.ledger import jobs  # noqa: F401  (registers the extraction job handler)

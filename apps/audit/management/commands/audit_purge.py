from typing import Any

from django.core.management.base import BaseCommand

from apps.audit.retention import audit_purge, retention_days


class Command(BaseCommand):
    help = "删除超过保存期（至少183天）的审计记录，并记录哈希链的新起点。"

    def handle(self, *args: Any, **options: Any) -> None:
        removed = audit_purge(actor=None)
        self.stdout.write(f"保存期 {retention_days()} 天；已清理：{removed}")

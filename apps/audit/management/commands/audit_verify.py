from typing import Any

from django.core.management.base import BaseCommand, CommandError

from apps.audit.chain import legacy_rows, verify
from apps.audit.models import AuditEvent, LoginEvent


class Command(BaseCommand):
    help = "校验操作日志与登录日志的 SM3 哈希链，发现被修改、插入或删除的记录。"

    def handle(self, *args: Any, **options: Any) -> None:
        failed = False
        for model, label in ((AuditEvent, "操作日志"), (LoginEvent, "登录日志")):
            checked, breaks = verify(model)
            if breaks:
                failed = True
                self.stdout.write(f"{label}：检查 {checked} 条，发现 {len(breaks)} 处问题：")
                for b in breaks[:100]:
                    self.stdout.write(f"  第 {b.seq} 条：{b.message}")
            else:
                self.stdout.write(f"{label}：检查 {checked} 条，哈希链完整。")
            legacy = legacy_rows(model)
            if legacy:
                self.stdout.write(
                    f"{label}：另有 {legacy} 条记录写于哈希链启用之前（系统升级前），"
                    "不在链中，其完整性无法校验。"
                )
        if failed:
            raise CommandError("审计记录完整性校验未通过。")

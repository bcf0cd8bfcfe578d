from typing import Any

from django.core.management.base import BaseCommand, CommandError

from apps.core.integrity import SEALED, broken_seals


class Command(BaseCommand):
    help = "校验金额与决定类数据的 HMAC-SM3 完整性标记，找出绕过应用被修改的记录。"

    def handle(self, *args: Any, **options: Any) -> None:
        problems = 0
        for model, fields in SEALED.items():
            bad = list(broken_seals(model))
            label = f"{model._meta.verbose_name}（{'、'.join(fields)}）"
            if bad:
                problems += len(bad)
                self.stdout.write(f"{label}：{len(bad)} 条记录的完整性标记不符：")
                for obj in bad[:100]:
                    self.stdout.write(f"  #{obj.pk} {obj}")
            else:
                count = model._default_manager.count()
                self.stdout.write(f"{label}：{count} 条记录，完整性标记全部相符。")
        if problems:
            raise CommandError(f"完整性校验未通过：{problems} 条记录被改动。")

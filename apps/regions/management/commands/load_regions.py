from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from apps.regions.services import regions_load


class Command(BaseCommand):
    help = "载入本省行政区划与开发区/园区（默认 KECHUANG_PROVINCE_CODE）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--province", default=settings.KECHUANG_PROVINCE_CODE)

    def handle(self, *args: Any, **options: Any) -> None:
        count = regions_load(actor=None, province_code=options["province"])
        self.stdout.write(f"已载入 {count} 个区划与园区节点。")

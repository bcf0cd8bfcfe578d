"""`manage.py policy_extract FILE [--format json]`: a work plan's proposed ledger (DESIGN §6)."""

from __future__ import annotations

import json
import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.supervision.extraction import DocumentError, extract, read_document


class Command(BaseCommand):
    help = "读取工作方案（.txt/.docx/.pdf，简体或繁体），输出条目、责任单位、时限和目标的 JSON。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", help="工作方案文件：.txt、.docx 或 .pdf")
        parser.add_argument(
            "--format", choices=["json"], default="json", help="输出格式（目前只有 json）"
        )

    def run_from_argv(self, argv: list[str]) -> None:
        # UTF-8 output whatever the console's locale (a C locale would escape the Chinese)
        for stream in (sys.stdout, sys.stderr):
            reconfigure = getattr(stream, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(encoding="utf-8")
        super().run_from_argv(argv)

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            ledger = extract(read_document(options["file"]))
        except DocumentError as error:
            raise CommandError(str(error), returncode=2) from error
        self.stdout.write(json.dumps(ledger, ensure_ascii=False, indent=2))

"""`python manage.py assign_experts --instance FILE --out FILE` (DESIGN.md §4 and §7).

A thin wrapper: load the instance, solve it with the same engine as the web draw, write the
JSON answer. An instance that cannot be satisfied exits non-zero with a message naming what
is short (Chinese, then English), and writes nothing as if it were an assignment.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from apps.experts.engine import Infeasible, InstanceError, load_instance, solve


class Command(BaseCommand):
    help = (
        "专家自动遴选：求解 DESIGN.md §7 格式的实例并写出结果 / solve an expert-assignment instance"
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--instance", required=True, help="instance JSON (DESIGN.md §7)")
        parser.add_argument("--out", required=True, help="where to write the result JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["instance"])
        out = Path(options["out"])
        try:
            instance = load_instance(path)
        except FileNotFoundError as exc:
            raise CommandError(f"找不到实例文件 / instance file not found: {path}") from exc
        except InstanceError as exc:
            raise CommandError(f"实例格式有误 / malformed instance: {exc}") from exc
        try:
            result = solve(instance)
        except Infeasible as exc:
            lines = [
                f"无法满足的遴选规则 / the instance cannot be satisfied ({len(exc.shortfalls)}):"
            ]
            lines += [f"  - {s.message()}" for s in exc.shortfalls[:20]]
            if len(exc.shortfalls) > 20:
                lines.append(
                    f"  … 另有 {len(exc.shortfalls) - 20} 项 / and {len(exc.shortfalls) - 20} more"
                )
            raise CommandError("\n".join(lines), returncode=2) from exc
        payload = result.as_dict()
        payload["stats"] = {
            key: value for key, value in result.stats.items() if key != "rounds_detail"
        }
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        self.stdout.write(
            f"已分配 {len(result.assignments)} 人次；目标值 {result.objective:.6f}，"
            f"上界 {result.bound:.6f}，用时 {result.seconds:.2f} 秒 → {out}"
        )

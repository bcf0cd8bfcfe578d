"""`manage.py demo --scale small|province [--seed N] [--if-empty]`: load the synthetic demo.

Generates organisations and qualification histories (apps/demo/generator.py), writes them with
bulk inserts in one transaction, creates the demo accounts (apps/demo/personas.py) and records
one audit row for the load; each domain app's own loader runs in the same transaction
(`apps/demo/extensions.py`). Refuses to load into a database that already has organisations,
because the demo's credit codes and usernames would collide; `--if-empty` turns that into a
quiet no-op for `make run`.

The search fields (`name_pinyin`, `search_text`) come from `apps.core.text.name_index`, the
same function the registry's services use.
"""

from __future__ import annotations

import argparse
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone

from apps.audit.services import audit_record
from apps.core.integrity import seal_of
from apps.core.text import name_index
from apps.demo.extensions import DemoContext, run_all
from apps.demo.generator import (
    SCALES,
    Dictionaries,
    GeneratedOrganization,
    RegionNode,
    generate,
)
from apps.demo.personas import password_shown, persona_rows, personas_create
from apps.organizations.models import (
    IndustrialChain,
    Industry,
    Organization,
    Qualification,
    QualificationType,
)
from apps.organizations.selectors import registry_changed
from apps.regions.models import Region
from apps.regions.services import regions_load

BATCH = 5_000
DEFAULT_SEED = 20261122


class Progress:
    """One line per phase: a percentage that moves (terminal) or steps by a fifth (log)."""

    def __init__(self, command: BaseCommand, label: str, total: int) -> None:
        self.out = command.stdout
        self.label = label
        self.total = max(total, 1)
        self.tty = command.stdout.isatty()
        self.shown = -1

    def update(self, done: int) -> None:
        pct = min(100, done * 100 // self.total)
        bucket = pct if self.tty else pct // 20
        if bucket == self.shown:
            return
        self.shown = bucket
        line = f"  {self.label} {pct:3d}%  ({done:,}/{self.total:,})"
        if self.tty:
            self.out.write("\r" + line, ending="\n" if pct == 100 else "")
            self.out.flush()
        else:
            self.out.write(line)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _chunks(
    items: Iterable[GeneratedOrganization], size: int, timer: dict[str, float]
) -> Iterator[list[GeneratedOrganization]]:
    """Batches of generated organisations, charging the generator's time to timer["generate"]."""
    iterator = iter(items)
    while True:
        start = time.perf_counter()
        batch = []
        for item in iterator:
            batch.append(item)
            if len(batch) == size:
                break
        timer["generate"] += time.perf_counter() - start
        if not batch:
            return
        yield batch


class Command(BaseCommand):
    help = "加载演示数据：合成的机构、资质记录和演示账号（只加载到没有机构数据的数据库）。"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scale",
            choices=sorted(SCALES),
            default="small",
            help="small = 3,000 家机构，province = 200,000 家机构",
        )
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="随机种子")
        parser.add_argument(
            "--if-empty", action="store_true", help="已有机构数据时什么也不做（make run 使用）"
        )
        parser.add_argument("--count", type=int, default=None, help=argparse.SUPPRESS)

    def handle(self, *args: Any, **options: Any) -> None:
        scale: str = options["scale"]
        seed: int = options["seed"]
        count: int = options["count"] if options["count"] is not None else SCALES[scale]
        if count < 1:
            raise CommandError("--count 必须是正整数。")
        existing = Organization.objects.count()
        if existing:
            if options["if_empty"]:
                self.stdout.write(f"数据库中已有 {existing:,} 家机构，跳过演示数据加载。")
                self._print_accounts()
                return
            raise CommandError(
                f"数据库中已有 {existing:,} 家机构；演示数据只加载到空库（或使用 --if-empty）。"
            )
        started = time.perf_counter()
        province_code = settings.KECHUANG_PROVINCE_CODE
        if not Region.objects.exists():
            self.stdout.write("加载行政区划……")
            try:
                regions_load(actor=None, province_code=province_code)
            except ValueError as exc:  # missing division data: say what to do
                raise CommandError(str(exc)) from exc

        self.stdout.write(f"生成演示数据：{count:,} 家机构（规模 {scale}，种子 {seed}）")
        as_of = timezone.localdate()
        orgs = generate(
            regions=self._regions(),
            dictionaries=self._dictionaries(),
            seed=seed,
            count=count,
            as_of=as_of,
        )
        timer = {"generate": 0.0, "index": 0.0, "write": 0.0, "accounts": 0.0}
        with transaction.atomic():
            counts = self._write(orgs, count, timer)
            t = time.perf_counter()
            users = personas_create(province_code=province_code)
            timer["accounts"] = time.perf_counter() - t
            counts["users"] = len(users)
            extra = run_all(
                DemoContext(
                    scale=scale,
                    seed=seed,
                    as_of=as_of,
                    province_code=province_code,
                    say=self.stdout.write,
                )
            )
            audit_record(
                actor=None,
                action="demo.load",
                object_type="demo",
                object_id=scale,
                after={**counts, **extra, "seed": seed, "as_of": as_of.isoformat()},
            )
            transaction.on_commit(registry_changed)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # fresh planner statistics after a bulk load
        total = time.perf_counter() - started
        summary = (
            f"完成：{counts['organizations']:,} 家机构，"
            f"{counts['qualifications']:,} 条资质记录，"
            f"{counts['chain_links']:,} 条产业链关联，{counts['users']} 个账号；"
            f"用时 {total:.1f} 秒（生成 {timer['generate']:.1f}，拼音 {timer['index']:.1f}，"
            f"写库 {timer['write']:.1f}，账号 {timer['accounts']:.1f}）。"
        )
        self.stdout.write(self.style.SUCCESS(summary))
        if extra:
            self.stdout.write("其他演示数据：" + "，".join(f"{k} {v:,}" for k, v in extra.items()))
        self._print_accounts()

    def _regions(self) -> list[RegionNode]:
        return [
            RegionNode(
                code=r.code,
                name=r.name,
                level=r.level,
                parent_code=r.parent_id,
                path=r.path,
                short_name=r.short_name,
                zone_rank=r.zone_rank,
            )
            for r in Region.objects.order_by("path")
        ]

    def _dictionaries(self) -> Dictionaries:
        return Dictionaries(
            chains=tuple(
                IndustrialChain.objects.filter(is_active=True)
                .order_by("sort_order", "code")
                .values_list("code", flat=True)
            ),
            qualification_types=tuple(
                QualificationType.objects.filter(is_active=True)
                .order_by("sort_order", "code")
                .values_list("code", flat=True)
            ),
            industries=tuple(Industry.objects.order_by("code").values_list("code", flat=True)),
        )

    def _write(
        self, orgs: Iterable[GeneratedOrganization], total: int, timer: dict[str, float]
    ) -> dict[str, Any]:
        """Bulk-insert organisations, their chain links and qualifications, batch by batch."""
        through = Organization.chains.through
        progress = Progress(self, "机构与资质", total)
        kinds: Counter[str] = Counter()
        n_orgs = n_quals = n_links = 0
        for batch in _chunks(orgs, BATCH, timer):
            t = time.perf_counter()
            rows = []
            for g in batch:
                name_pinyin, search_text = name_index(g.name)
                rows.append(
                    Organization(
                        credit_code=g.credit_code,
                        name=g.name,
                        kind=g.kind,
                        region_id=g.region_code,
                        industry_id=g.industry_code,
                        size=g.size,
                        founded_on=g.founded_on,
                        address=g.address,
                        registered_capital=g.registered_capital,
                        employees=g.employees,
                        contact_name=g.contact_name,
                        contact_phone=g.contact_phone,
                        name_pinyin=name_pinyin,
                        search_text=search_text,
                    )
                )
            for o in rows:
                o.seal = seal_of(o)
            t2 = time.perf_counter()
            timer["index"] += t2 - t
            Organization.objects.bulk_create(rows)
            if not all(o.pk for o in rows):  # SQLite < 3.35 does not return ids
                ids = dict(
                    Organization.objects.filter(
                        credit_code__in=[o.credit_code for o in rows]
                    ).values_list("credit_code", "pk")
                )
                for o in rows:
                    o.pk = ids[o.credit_code]
            links = [
                through(organization_id=o.pk, industrialchain_id=c)
                for o, g in zip(rows, batch, strict=True)
                for c in g.chain_codes
            ]
            through.objects.bulk_create(links)
            quals = [
                Qualification(
                    organization_id=o.pk,
                    type_id=q.type_code,
                    valid_from=q.valid_from,
                    valid_until=q.valid_until,
                    certificate_no=q.certificate_no,
                    batch=q.batch,
                )
                for o, g in zip(rows, batch, strict=True)
                for q in g.qualifications
            ]
            for q in quals:
                q.seal = seal_of(q)
            Qualification.objects.bulk_create(quals)
            timer["write"] += time.perf_counter() - t2
            kinds.update(g.kind for g in batch)
            n_orgs += len(rows)
            n_quals += len(quals)
            n_links += len(links)
            progress.update(n_orgs)
        return {
            "organizations": n_orgs,
            "qualifications": n_quals,
            "chain_links": n_links,
            "by_kind": dict(sorted(kinds.items())),
        }

    def _print_accounts(self) -> None:
        rows = persona_rows()
        if not rows:
            return
        password = password_shown()
        header = ("用户名", "角色", "所在", "密码")
        table = [header, *[(u, r, w, password) for u, r, w in rows]]
        widths = [max(_width(row[i]) for row in table) for i in range(3)]
        self.stdout.write("\n演示账号：")
        for row in table:
            cells = [_pad(row[i], widths[i]) for i in range(3)]
            self.stdout.write("  " + "  ".join([*cells, row[3]]))
        self.stdout.write(
            "\n省级管理员与三类管理员首次登录须绑定动态口令（扫码，任何 TOTP 验证器均可）。"
            "\n演示环境没有手机时，可在另一终端查看当前口令："
            "\n  .venv/bin/python manage.py demo_totp province_admin"
        )

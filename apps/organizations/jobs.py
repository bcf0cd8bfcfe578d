"""The organisation import job: validate everything, then write everything or nothing."""

from __future__ import annotations

from typing import Any

from django.db import connection, transaction

from apps.jobs.choices import JobStatus
from apps.jobs.models import Job
from apps.jobs.runner import JobFailed, Progress, finish, handler, read_uploaded_sheet
from apps.organizations import imports
from apps.organizations.models import IndustrialChain, Industry, Organization
from apps.organizations.services import organizations_bulk_create
from apps.regions.models import Region

MAX_REPORTED_ERRORS = 500


def _existing(codes: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(codes), 900):
        found.update(
            Organization.objects.filter(credit_code__in=codes[i : i + 900]).values_list(
                "credit_code", flat=True
            )
        )
    return found


@handler("organizations.import")
def import_organizations(job: Job, progress: Progress) -> dict[str, Any]:
    actor = job.created_by
    rows, warnings = read_uploaded_sheet(job, progress, imports)
    progress.log(f"读取到 {len(rows)} 行数据，开始校验。")
    total = max(len(rows), 1)
    scope_path = actor.region.path if actor.region else "\x00"
    regions = dict(Region.objects.values_list("code", "path"))
    clean, errors = imports.validate_rows(
        rows,
        regions_in_scope={c for c, p in regions.items() if p.startswith(scope_path)},
        known_regions=set(regions),
        industries=set(Industry.objects.values_list("code", flat=True)),
        chains_by_name={n: c for c, n in IndustrialChain.objects.values_list("code", "name")},
        existing_codes=_existing,
        progress=lambda i: progress.update(5 + int(55 * i / total), f"校验第 {i + 1} 行"),
    )
    if errors:
        rows_with_errors = len({e.row for e in errors})
        message = f"发现 {len(errors)} 处错误（涉及 {rows_with_errors} 行），未写入任何数据。"
        raise JobFailed(
            message,
            {
                "errors": [e.__dict__ for e in errors[:MAX_REPORTED_ERRORS]],
                "error_count": len(errors),
            },
        )
    progress.update(60, f"校验通过，写入 {len(clean)} 个机构")
    with transaction.atomic():
        created = organizations_bulk_create(actor=actor, rows=clean)
        progress.job.log += f"已写入 {created} 个机构。\n"
        result = {"created": created, "warnings": warnings}
        finish(job, JobStatus.SUCCEEDED, result, f"导入完成：新增 {created} 个机构")
    if created >= 10_000:
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # large imports change the planner's picture
    return result

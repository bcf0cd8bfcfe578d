"""Market jobs: rebuild the search tables; import contracts (all or nothing); expire listings."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse

from apps.jobs.choices import JobStatus
from apps.jobs.models import Job
from apps.jobs.runner import JobFailed, Progress, finish, handler, read_uploaded_sheet
from apps.market import contract_services, expiry_services, imports, search
from apps.market.search import backends

MAX_REPORTED_ERRORS = 500


@handler("market.search_rebuild")
def rebuild_search(job: Job, progress: Progress) -> dict[str, Any]:
    """Re-analyse every published listing and refill both search tables in one transaction."""
    from apps.market.selectors import published_listings

    counts: dict[str, int] = {}
    progress.update(2, "统计待重建条目")
    totals = {k: published_listings(k).count() for k in backends.KINDS}
    grand = max(sum(totals.values()), 1)
    done_before = 0
    with transaction.atomic():
        for kind in backends.KINDS:

            def report(n: int, kind: str = kind, base: int = done_before) -> None:
                progress.update(5 + int(90 * (base + n) / grand), f"{kind}：已写入 {n} 条")

            counts[kind] = search.rebuild(kind, search.published_terms(kind), on_batch=report)
            done_before += counts[kind]
        result = {"achievements": counts["achievement"], "demands": counts["demand"]}
        progress.job.log += (
            f"已重建：成果 {counts['achievement']} 条，需求 {counts['demand']} 条。\n"
        )
        finish(job, JobStatus.SUCCEEDED, result, "检索数据重建完成")
    return result


@handler("market.expire")
def expire_listings(job: Job, progress: Progress) -> dict[str, Any]:
    """The daily sweep, started by hand: expiry and the reminders, as the night's task."""
    return expiry_services.sweep()


@handler("market.contracts_import")
def import_contracts(job: Job, progress: Progress) -> dict[str, Any]:
    actor = job.created_by
    rows, warnings = read_uploaded_sheet(job, progress, imports)
    progress.log(f"读取到 {len(rows)} 行数据，开始校验。")
    progress.update(10, "校验中")
    from apps.organizations.models import Organization

    def orgs_by_code(codes: list[str]) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for i in range(0, len(codes), 900):
            for o in Organization.objects.filter(credit_code__in=codes[i : i + 900]).select_related(
                "region"
            ):
                found[o.credit_code] = o
        return found

    built, errors = imports.validate_rows(
        rows,
        actor_org_id=actor.organization_id,
        orgs_by_code=orgs_by_code,
        validate=lambda c, extra: contract_services.contract_validate(c, extra_siblings=extra),
        build=lambda **f: contract_services._build(actor=actor, **f),
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
    progress.update(60, f"校验通过，写入 {len(built)} 份合同")
    with transaction.atomic():
        created = contract_services.contracts_bulk_submit(actor=actor, built=built)
        progress.job.log += f"已提交 {created} 份合同待登记。\n"
        # The job page shows the summary and link a result carries (not the registry's).
        result = {
            "created": created,
            "warnings": warnings,
            "summary": f"导入成功：提交 {created} 份合同，等待登记机构审查。",
            "link": reverse("market:contracts") + "?status=submitted",
            "link_label": "查看待登记合同",
        }
        finish(job, JobStatus.SUCCEEDED, result, f"导入完成：提交 {created} 份合同待登记")
    return result

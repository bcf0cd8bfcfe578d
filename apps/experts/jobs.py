"""Background jobs of the expert database: the draw and the Excel import."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from apps.experts import batch as batches
from apps.experts import draws, engine, imports, services
from apps.experts.choices import DrawStatus
from apps.jobs.choices import JobStatus
from apps.jobs.models import Job
from apps.jobs.runner import JobFailed, Progress, finish, handler, read_uploaded_sheet

MAX_REPORTED_ERRORS = 500


def _credit(user_ids: list[int]) -> dict[int, float]:
    """Expert credit (0–100) from the review side; it scales affinity mildly (affinity.py)."""
    from apps.programmes.credit import expert_credit

    return {uid: float(c.score) for uid, c in expert_credit(user_ids).items()}


@handler("experts.replay")
def run_replay(job: Job, progress: Progress) -> dict[str, Any]:
    from django.core.exceptions import ValidationError

    from apps.experts.models import Draw

    draw = Draw.objects.get(pk=job.params["draw"])
    progress.update(10, "读取存档的抽取输入，重新求解")
    try:
        return services.draw_replay(actor=job.created_by, draw=draw)
    except ValidationError as exc:
        message = "；".join(m for ms in exc.message_dict.values() for m in ms)
        raise JobFailed(message, {"error": message}) from exc


@handler("experts.draw")
def run_draw(job: Job, progress: Progress) -> dict[str, Any]:
    from apps.programmes.models import Application

    draw = services.job_draw(job)
    actor = draw.created_by
    progress.update(5, "读取申报和专家库")
    apps = list(
        Application.objects.filter(pk__in=job.params["applications"])
        .select_related("applicant", "region", "call", "config")
        .prefetch_related("applicant__chains")
        .order_by("receipt_number", "id")
    )
    start, end = services.review_window(draw.rules)
    pool, _ = batches.eligible_experts(actor=actor, start=start, end=end)
    credit = _credit([e.user_id for e in pool if e.user_id])
    progress.update(15, "计算匹配度和回避关系")
    batch = batches.build(
        actor=actor, call=draw.call, applications=apps, start=start, end=end, credit=credit
    )
    progress.log(
        f"{len(apps)} 项申报，{len(batch.experts)} 名可选专家，"
        f"{int(batch.conflicts.sum())} 对回避关系，{len(batch.left_out)} 名专家评审期间不可参评。"
    )
    stored = draws.stored_instance(batch, draw.rules, draw.seed)
    instance = draws.load(stored)
    progress.update(45, "求解最优分配")
    try:
        result = engine.solve(instance)
    except engine.Infeasible as exc:
        shortfalls = draws.shortfalls_zh(exc.shortfalls)
        with transaction.atomic():
            services.draw_store(
                draw=draw,
                stored=stored,
                input_hash=instance.input_hash or "",
                engine_version=engine.ENGINE_VERSION,
                result={"infeasible": shortfalls, "left_out": len(batch.left_out)},
                status=DrawStatus.INFEASIBLE,
            )
            out: dict[str, Any] = {"draw": draw.pk, "infeasible": len(shortfalls)}
            finish(job, JobStatus.SUCCEEDED, out, "规则无法满足，已说明原因")
        return out
    progress.update(85, "整理抽取结果")
    described = draws.describe(batch, result, draw.rules)
    digest = draws.result_hash(result)
    with transaction.atomic():
        services.draw_store(
            draw=draw,
            stored=stored,
            input_hash=instance.input_hash or "",
            engine_version=result.engine_version,
            result=described,
            status=DrawStatus.DONE,
            objective=result.objective,
            bound=result.bound,
            gap=result.gap,
            result_hash=digest,
        )
        out = {"draw": draw.pk, "objective": result.objective, "gap": result.gap}
        progress.job.log += (
            f"抽取完成：总匹配度 {result.objective:.4f}，上界 {result.bound:.4f}。\n"
        )
        finish(job, JobStatus.SUCCEEDED, out, "抽取完成")
    return out


@handler("experts.import")
def import_experts(job: Job, progress: Progress) -> dict[str, Any]:
    actor = job.created_by
    rows, warnings = read_uploaded_sheet(job, progress, imports)
    progress.update(10, f"读取到 {len(rows)} 行数据，开始校验")
    clean, errors = imports.validate_rows(rows, context=imports.context_for(actor))
    if errors:
        rows_with_errors = len({e.row for e in errors})
        raise JobFailed(
            f"发现 {len(errors)} 处错误（涉及 {rows_with_errors} 行），未写入任何数据。",
            {
                "errors": [e.__dict__ for e in errors[:MAX_REPORTED_ERRORS]],
                "error_count": len(errors),
            },
        )
    progress.update(60, f"校验通过，写入 {len(clean)} 名专家")
    with transaction.atomic():
        created = services.experts_bulk_create(actor=actor, rows=clean)
        result = {"experts_created": created, "warnings": warnings}
        finish(job, JobStatus.SUCCEEDED, result, f"导入完成：新增 {created} 名专家（待审核）")
    return result

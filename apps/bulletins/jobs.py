"""The bulletin generation job: collect, draw, render Word and PDF, then store an edition."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from apps.bulletins import services
from apps.jobs.choices import JobStatus
from apps.jobs.models import Job
from apps.jobs.runner import JobFailed, Progress, finish, handler


@handler("bulletins.generate")
def generate(job: Job, progress: Progress) -> dict[str, Any]:
    actor = job.created_by
    bulletin = services.generation_job_target(job)
    progress.log(f"开始生成：{bulletin.number} {bulletin.title}")
    try:
        figures, docx, pdf, timings = services.bulletin_render(
            actor=actor, bulletin=bulletin, step=progress.update
        )
    except services.TemplateRenderFailed as exc:
        raise JobFailed(str(exc)) from None
    progress.update(92, "保存文件")
    progress.log(
        "数据 {data:.2f} 秒，图表 {charts:.2f} 秒，Word {docx:.2f} 秒，PDF {pdf:.2f} 秒。".format(
            **timings
        )
    )
    with transaction.atomic():
        edition = services.bulletin_store_edition(
            actor=actor, bulletin=bulletin, figures=figures, docx=docx, pdf=pdf, timings=timings
        )
        result = {"bulletin": bulletin.pk, "version": edition.version}
        progress.job.log += f"已生成第 {edition.version} 版。\n"
        finish(job, JobStatus.SUCCEEDED, result, f"已生成第 {edition.version} 版")
    return result

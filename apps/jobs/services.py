"""Starting jobs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction

from apps.audit.services import audit_record
from apps.jobs.models import Job

if TYPE_CHECKING:
    from apps.accounts.models import User


def job_start(
    *,
    actor: User,
    kind: str,
    title: str,
    params: dict[str, Any] | None = None,
    upload: UploadedFile | None = None,
) -> Job:
    """Create the job row and queue it once the transaction commits."""
    from apps.jobs.tasks import run_job

    with transaction.atomic():
        job = Job(kind=kind, title=title, params=params or {}, created_by=actor)
        if upload is not None:
            job.input_file.save(f"{job.pk}.xlsx", upload, save=False)
        job.full_clean()
        job.save()
        audit_record(actor=actor, action="job.start", obj=job, after={"kind": kind, "title": title})
        transaction.on_commit(lambda: run_job(str(job.pk)))
    return job

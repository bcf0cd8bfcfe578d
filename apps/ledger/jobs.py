"""The extraction job: read the uploaded plan, run the extractor, fill the draft.

Bad documents (scanned PDF, encrypted or corrupt files, no numbered items) fail the job with the
reader's Chinese message and leave the draft marked as such; nothing else is written.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from django.db import transaction

from apps.jobs.choices import JobStatus
from apps.jobs.models import Job
from apps.jobs.runner import JobFailed, Progress, finish, handler
from apps.ledger.choices import DraftStatus
from apps.ledger.models import PlanDraft
from apps.ledger.services import draft_extracted, draft_failed
from apps.supervision.extraction import DocumentError, extract, read_document


def read_upload(draft: PlanDraft) -> str:
    """The document's text; the file is read under its original name so messages name it."""
    suffix = Path(draft.source_file.name).suffix
    name = Path(draft.source_name).stem[:60] or "document"
    with tempfile.TemporaryDirectory(prefix="kc-ledger-") as tmp:
        path = Path(tmp) / f"{name}{suffix}"
        with draft.source_file.open("rb") as src, path.open("wb") as dst:
            shutil.copyfileobj(src, dst)
        return read_document(path)


@handler("ledger.extract")
def extract_plan(job: Job, progress: Progress) -> dict[str, Any]:
    draft = PlanDraft.objects.get(pk=job.params["draft"])
    if draft.status != DraftStatus.EXTRACTING:
        return {"draft": draft.pk}
    progress.update(10, "读取文件")
    try:
        text = read_upload(draft)
        progress.update(40, "识别条目、责任单位、完成时限和量化目标")
        extraction = extract(text)
    except DocumentError as exc:
        draft_failed(draft=draft, message=str(exc))
        raise JobFailed(str(exc), {"draft": draft.pk}) from None
    except Exception:
        draft_failed(draft=draft, message="读取文件时出错，请确认文件完好后重新上传。")
        raise
    progress.log(f"识别到标题：{extraction.get('title') or '（无标题）'}")
    progress.update(80, "整理草稿")
    with transaction.atomic():
        draft = draft_extracted(draft=draft, source_text=text, extraction=extraction)
        result = {"draft": draft.pk, "items": len(draft.items)}
        progress.job.log += f"提取完成：{len(draft.items)} 个条目，请核对后确认。\n"
        finish(job, JobStatus.SUCCEEDED, result, f"提取完成：{len(draft.items)} 个条目，待核对确认")
    return result

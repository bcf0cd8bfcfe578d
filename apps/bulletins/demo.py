"""Demo bulletin: one published provincial 调度通报 over the cities, if the demo has targets.

Runs after the supervision loader (INSTALLED_APPS order), which creates indicators and
targets. Generation is synchronous here (the demo runs in one transaction; a queued job
would only start after it), through the same render and store services the job uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from apps.accounts.choices import Role
from apps.accounts.models import User
from apps.bulletins import services
from apps.supervision.models import Indicator, Target

if TYPE_CHECKING:
    from apps.demo.extensions import DemoContext


def load(context: DemoContext) -> dict[str, int]:
    year = context.as_of.year
    codes = (
        Target.objects.filter(region_id=context.province_code, year=year)
        .values_list("indicator_id", flat=True)
        .distinct()
    )
    indicators = list(Indicator.objects.filter(pk__in=list(codes), is_active=True)[:8])
    officer = (
        User.objects.filter(
            role=Role.PROVINCE_OFFICER, region_id=context.province_code, is_active=True
        )
        .order_by("pk")
        .first()
    )
    if not indicators or officer is None:
        return {}
    context.say("生成演示调度通报……")
    bulletin = services.bulletin_create(
        actor=officer,
        as_of=context.as_of,
        indicators=indicators,
        foreword="现将各设区市科技创新目标任务推进情况通报如下，请各地对照目标、查找差距，加快推进。",
    )
    figures, docx, pdf, timings = services.bulletin_render(actor=officer, bulletin=bulletin)
    services.bulletin_store_edition(
        actor=officer, bulletin=bulletin, figures=figures, docx=docx, pdf=pdf, timings=timings
    )
    services.bulletin_publish(actor=officer, bulletin=bulletin)
    return {"bulletins": 1}

"""Daily expiry of market listings past their date (they leave search the same night) and the
reminder to owners whose listings expire soon, and the worker's start-up warm of the text
analysis."""

import logging

from huey import crontab
from huey.contrib.djhuey import db_periodic_task, on_startup

from apps.market import expiry_services
from apps.market.search import analysis

logger = logging.getLogger(__name__)


@db_periodic_task(crontab(hour="1", minute="7"))
def listings_expire_daily() -> None:
    expiry_services.sweep()


@on_startup()
def warm_text_analysis() -> None:
    """Each huey worker loads the segmenter and the conversion tables before its first job
    (~0.3 s, no database). The listing index itself is not loaded: no job queries it, and it
    would cost the worker seconds and hundreds of MB at province scale (decision 0007)."""
    try:
        analysis.warm()
    except Exception:  # a worker must start whatever happens here
        logger.warning("文本分析预加载失败，将在首次使用时加载", exc_info=True)

"""Any text gives a ledger or a DocumentError — never another exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from apps.supervision.extraction import DocumentError, extract

PIECES = [
    "一、", "(一)", "（二", "1.", "2、", "3)", "(4)", "①", "第一章", "\n", "\n", "\t", "  ",
    "新增", "达到", "突破", "以上", "以内", "不低于", "3-5家", "100家", "1.9%", "2700万户", "亿元",
    "〔责任单位:市科技局、高新区〕", "(牵头单位:", ";配合单位:", ")", "】", "【", "〔", "《", "》",
    "“", "”", "2024年底前", "6月底前", "长期", "序号", "重点工作任务", "牵头单位", "完成时限",
    "推进平台建设", "。", "，", "、", "附件:", "保障措施", "打印本页", "十", "两", "万",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=5), max_size=60))
def test_never_crashes(parts: list[str]) -> None:
    try:
        ledger = extract("".join(parts))
    except DocumentError:
        return
    assert ledger["items"]

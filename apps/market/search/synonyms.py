"""A small domain thesaurus for Jiangxi's chains: words that name the same thing.

Used by the matcher to widen a demand's terms (at half weight), so a paraphrase such as
"钕铁硼" for "稀土永磁" or "锂离子电池" for "锂电" still meets. Kept small and reviewable; the
province extends it as the market shows which paraphrases people use.
"""

from __future__ import annotations

GROUPS: tuple[tuple[str, ...], ...] = (
    ("锂电", "锂电池", "锂离子电池", "动力电池", "储能电池"),
    ("正极", "正极材料", "三元材料", "磷酸铁锂"),
    ("负极", "负极材料", "石墨负极", "硅碳"),
    ("电解液", "电解质", "固态电解质"),
    ("光伏", "太阳能电池", "光伏组件", "硅片"),
    ("稀土", "稀土元素", "镧", "铈", "镨钕"),
    ("永磁", "稀土永磁", "钕铁硼", "磁材", "磁性材料"),
    ("冶炼", "分离", "提纯", "萃取"),
    ("铜箔", "电解铜箔", "铜材"),
    ("钨", "硬质合金", "钨粉"),
    ("无人机", "无人驾驶航空器", "飞行器"),
    ("航空", "航空器", "飞机", "通航"),
    ("复合材料", "碳纤维", "树脂基"),
    ("中药", "中医药", "中药材", "饮片", "中成药"),
    ("提取", "萃取工艺", "有效成分"),
    ("芯片", "集成电路", "半导体"),
    ("led", "发光二极管", "半导体照明"),
    ("传感器", "传感", "检测元件"),
    ("物联网", "iot", "智能终端"),
    ("视觉", "机器视觉", "图像识别", "视觉检测"),
    ("机器人", "工业机器人", "机械臂"),
    ("数控", "数控机床", "机床"),
    ("减速器", "齿轮箱", "传动"),
    ("陶瓷", "特种陶瓷", "氧化锆"),
    ("有机硅", "硅橡胶", "硅烷"),
    ("废水", "污水", "水处理"),
    ("回收", "循环利用", "再生"),
    ("脐橙", "柑橘", "果业"),
    ("水稻", "稻米", "大米"),
    ("检测", "测试", "质检"),
    ("轻量化", "减重"),
    ("涂层", "镀层", "表面处理"),
)

_INDEX: dict[str, set[str]] = {}
for _group in GROUPS:
    for _word in _group:
        _INDEX.setdefault(_word, set()).update(w for w in _group if w != _word)


def related(term: str) -> set[str]:
    """Words the thesaurus puts with `term` (empty when it knows none)."""
    return _INDEX.get(term, set())

"""Quantitative targets in running text: 新增省级技术中心100家以上 → (increment, >=, 100, 家).

Conventions (docs/decisions/0005-policy-extraction.md):

* ``value`` is a number in the printed unit. Money keeps its printed unit (1800亿元 → 1800
  亿元, 1000万元 → 1000 万元, as DESIGN §6 lists 亿元 as a unit); for every other unit a 万/亿
  magnitude is folded into the value (1万个 → 10000 个, 2700万户 → 27000000 户, 20万人 →
  200000 人), so a count indicator always has the same unit.
* comparator: 以上/不低于/不少于/至少/达到/达 → ``>=``; 超过/突破/高于/30余 → ``>``;
  以内/以下/不超过/控制在…以内 → ``<=``; 低于/少于 → ``<``; a bare figure or 左右 → ``=``.
  达到 means "reach", so reaching or passing it meets the target: ``>=``.
* a range 3-5家 is ``>=`` 3 with an extra key ``"max": 5``.
* ``kind`` is ``increment`` when the clause adds to a stock (新增, 增加, 引进, 新建, 新认定, 净增,
  增长, 提高/提升 without 到) and ``level`` otherwise.
* Chinese numerals count with counting units only (三家, 十个以上, 两项); 一 alone is an article
  (一批, 一个), never a target. Ordinals (第25批), years, dates, document numbers (〔2018〕8号)
  and titles in 《》 are not targets; nor is a money or percentage figure that qualifies a noun
  (营业收入3亿元以上工业企业).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .numbering import cn_to_int

MONEY_UNITS = ("亿元", "万元", "千元", "元", "亿美元", "万美元", "美元")
COUNT_UNITS = (
    "个工作日", "家次", "人次", "人年", "户次", "场次", "项次", "个", "家", "项", "件", "名", "人",
    "所", "座", "条", "位", "支", "种", "款", "台", "套", "户", "场", "次", "篇", "部", "本", "期",
    "批次", "个团队", "只", "株", "辆", "架", "艘", "门", "处", "片", "栋", "台套", "批", "份",
    "册", "站", "台(套)", "类", "单", "亩次", "架份", "架次", "台件", "张", "尾",
)  # fmt: skip
MEASURE_UNITS = (
    "个百分点", "百分点", "%", "倍", "平方米", "平方公里", "公顷", "亩", "吨", "千瓦", "兆瓦",
    "万千瓦", "千米", "公里", "天", "小时", "个月", "工作日", "分",
    # computing power, generating capacity, energy use per unit of output, air quality
    "PFlops", "EFlops", "GW", "MW", "千克标准煤", "吨标准煤", "吨标准煤/万元", "吨/年",
    "微克/立方米",
)  # fmt: skip
UNITS = sorted(MONEY_UNITS + COUNT_UNITS + MEASURE_UNITS, key=len, reverse=True)
# units read from folded text, given back as offices print them
_PRINTED_UNITS = {"台(套)": "台（套）"}
CN_COUNT_UNITS = ("家", "个", "项", "件", "名", "所", "座", "条", "支", "种", "款", "台", "套")

_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_CN = "[零〇两二三四五六七八九十百千一]+"
_UNIT_RE = "|".join(re.escape(u) for u in UNITS)
TARGET_RE = re.compile(
    rf"(?P<num>{_NUM}|{_CN})"
    rf"(?:[ \t]*(?:-|~|～|—|–|至|到)[ \t]*(?P<num2>{_NUM}|{_CN}))?"
    rf"[ \t]*(?P<approx>余|多)?"
    rf"[ \t]*(?P<mag>[万亿千](?!元|美元)|万(?=亿)|)"
    rf"(?P<approx2>余|多)?"  # 1万余项
    rf"[ \t]*(?P<unit>{_UNIT_RE}|(?<=[万亿])(?=[、和及与]))"
    rf"(?P<suffix>[ \t]*(?:及以上|以上|以下|以内|之内|左右|多))?"
)
_GE_WORDS = re.compile(
    r"(?:不低于|不少于|不小于|至少|最少|≥|>=)\s*$"
    r"|(?:至少|最少)(?:新增|新建|组建|建成|建设|引进|培育|举办|开展|完成|实现|打造|设立)\s*$"
)
_LE_WORDS = re.compile(
    r"(?:不超过|不高于|不多于|不大于|最多|控制在|≤|<=|"
    r"(?:压缩|缩短|降低|减少|下降|压减|缩减)(?:至|到)|降至)\s*$"  # 缩短至15个工作日: at most
)
_GT_WORDS = re.compile(r"(?:超过|突破|高于|多于|大于|超|逾|>)\s*$")
_LT_WORDS = re.compile(r"(?:低于|少于|小于|<)\s*$")
_REACH_WORDS = re.compile(
    r"(?:达到|达|提高到|提高至|提升到|提升至|增加到|增加至|增至|增长到|升至|上升到|扩大到|扩大至|"
    r"实现|为|保持在?)(?:上年|去年|上一年度?|20\d{2}\s*年)?的?\s*$"  # 达到上年的1.2倍
)
_REACH_OBJECT = re.compile(r"(?:扩大|增加|提高|提升)[^，,；;。\d]{1,8}?(?:到|至)\s*$")
_INCREMENT = re.compile(
    r"新增|增加(?!到|至|值)|新引进|引进|新建|新认定|新培育|新组建|净增|增长(?!到|至)|"
    r"提高(?!到|至)|提升(?!到|至)|新设立?|新获批|新入选|新入库|新备案|新创建|新增加"
)
_LEADING_FILLERS = re.compile(
    r"^(?:[、和及与,，]|力争|确保|争取|努力|全年|今年|年内|累计|到20\d{2}年(?:底|末)?|"
    r"20\d{2}年(?:底|末)?|每年|当年|其中|实现|推动|推进|支持|力求|目标是?)+"
)
_LEADING_VERBS = re.compile(
    r"^(?:新增|增加|新引进|引进和培养|引进和培育|引进培育|引进|培养|培育|建设|新建|组建|新组建|"
    r"建成|遴选|评选|选择|选取|组织实施|组织开展|实施|开展|承担|举办|认定|新认定|打造|创建|发布|完成|"
    r"净增|招引|落地|突破)"
)
_TRAILING_WORDS = re.compile(
    r"(?:达到|达|突破|超过|不低于|不少于|不小于|至少|不超过|控制在|提高到|提升到|增加到|增至|"
    r"增长到|为|保持在|保持|实现|年均增长|同比增长|增长|提高|提升|新增|增加)$"
)
_QUALIFIED_NOUN = re.compile(r"^[ \t]*(?:的)?[ \t]*[\u4e00-\u9fff]")
_NOT_QUALIFIER = re.compile(
    r"^[ \t]*(?:和|与|及|或|并|且|分别|来自|来源于|用于|属于|集中在|"  # 30%以上来自企业: a share
    r"的?[ \t]*(?:目标|水平|增幅|增速|比例|比重|规模|大关|左右|以上)|"
    # 安排不少于300万元专项资金: the sum is the money itself, not a size describing a noun
    r"的?[ \t]*(?:专项|财政|科技|引导|奖补|工作)?(?:资金|经费))"
)
_CN_EXCLUDED_AFTER = re.compile(r"^(?:方面|层面|环节|阶段|维度|层次|着力点|抓手|结合|统筹|一)")
_CLAUSE_BOUNDARY = "，,；;。:：！!？?\n"
_SENTENCE_BOUNDARY = "；;。！!？?\n"


@dataclass
class Target:
    """One quantitative target: what is measured, how it compares, the figure and its unit."""

    subject: str
    comparator: str
    value: float | int
    unit: str
    kind: str
    text: str
    maximum: float | int | None = None
    start: int = 0
    end: int = 0
    cue: str = "none"  # where the comparator came from: suffix, prefix or none
    magnitude: float = 1.0  # for a figure whose unit is only written on the next one

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "subject": self.subject,
            "comparator": self.comparator,
            "value": self.value,
            "unit": self.unit,
            "kind": self.kind,
            "text": self.text,
        }
        if self.maximum is not None:
            data["max"] = self.maximum
        return data


def _mask(text: str) -> str:
    """Blank out what never holds a target: 《titles》, 〔2018〕-style numbers, quoted names."""

    def blank(match: re.Match[str]) -> str:
        return "□" * len(match.group(0))

    text = re.sub(r"《[^《》]*》", blank, text)
    text = re.sub(r"〔\s*\d{4}\s*〕\s*\d*\s*号?|[(（]\s*\d{4}\s*[)）]\s*\d+\s*号", blank, text)
    text = re.sub(r"\d+\s*号", blank, text)
    # quoted names and slogans: “1+M+N”, “十四五”, “1个中心,N个分中心”
    text = re.sub(r"“[^“”]{0,80}”", lambda m: "“" + "□" * (len(m.group(0)) - 2) + "”", text)
    # 5亿元—8亿元: a range with its unit written twice reads like 5—8亿元
    text = _RANGE_UNIT_TWICE.sub(lambda m: " " * len(m.group(0)), text)
    # 翻一番 doubles: 2倍 (翻两番: 4倍), padded to keep every position in place
    return _DOUBLINGS.sub(lambda m: f"{2 ** _DOUBLING_TIMES[m.group(1)]}倍 ", text)


_RANGE_UNIT_TWICE = re.compile(
    rf"(?<=\d)(?P<unit>[万亿千]?(?:{_UNIT_RE}))(?=[ \t]*[-~～—–至到][ \t]*{_NUM}[ \t]*(?P=unit))"
)
_DOUBLINGS = re.compile(r"翻([一两二三])番")
_DOUBLING_TIMES = {"一": 1, "两": 2, "二": 2, "三": 3}


def _number(raw: str) -> float | int | None:
    raw = raw.replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        value = float(raw)
    else:
        parsed = cn_to_int(raw)
        if parsed is None:
            return None
        value = float(parsed)
    return int(value) if value.is_integer() else value


def _clean(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def _clause(text: str, start: int, end: int, boundaries: str) -> tuple[int, int]:
    left = max((text.rfind(b, 0, start) for b in boundaries), default=-1) + 1
    rights = [i for i in (text.find(b, end) for b in boundaries) if i != -1]
    return left, min(rights) if rights else len(text)


def find_targets(text: str) -> list[Target]:
    """Every quantitative target in `text`, in order of appearance."""
    masked = _mask(text)
    found: list[Target] = []
    previous_end = 0
    for match in TARGET_RE.finditer(masked):
        start, end = match.span()
        raw, unit = match.group("num"), match.group("unit")
        is_cn = not raw[0].isdigit()
        before = masked[max(0, start - 1) : start]
        after = masked[end:]
        if before and (before in "第.-/" or (before.isascii() and before.isalnum())):
            continue
        if is_cn:
            # 突破百亿元: a round sum of money in words counts; 百亿级, 数百亿元 do not
            money = unit in ("亿元", "万元") and raw != "一" and not after.startswith("级")
            if money and before in "数几近上":
                continue
            if not money and (
                raw in ("一", "千", "百") or unit not in CN_COUNT_UNITS or match.group("mag")
            ):
                continue
            if _CN_EXCLUDED_AFTER.match(after) or masked[max(0, start - 1) : start] in "统唯进之":
                continue
        value = _number(raw)
        if value is None:
            continue
        if unit == "分" and before in "(（" and after.lstrip().startswith((")", "）")):
            continue  # 创新主体培育(30分): the section's weight in the assessment
        if unit == "%" and _GRANTED_SHARE.match(after):
            continue  # 提取不低于70%的比例用于奖励: a share the policy grants, not a target
        if unit == "%" and _GRANTED_SHARE_BEFORE.search(masked[max(0, start - 40) : start]):
            continue  # 用于奖励完成人和团队的比例不低于70%: the same share, named first
        if unit == "%" and _FUNDS_RATIO_CAP.search(masked[max(0, start - 30) : start]):
            continue  # 间接费用比例不超过30%: a rule on how funds may be spent
        if unit == "%" and _SHARE_OF_FUNDS.search(masked[max(0, start - 20) : start]):
            continue  # 首期拨付不超过支持额度的50%: how a grant is paid, not a target
        suffix = (match.group("suffix") or "").strip()
        if not suffix:
            noun_then = _NOUN_THEN_SUFFIX.match(after)  # 30家单位以上: the noun before 以上
            suffix = noun_then.group(1) if noun_then else ""
        clause_start, clause_end = _clause(masked, start, end, _CLAUSE_BOUNDARY)
        prefix = text[max(clause_start, previous_end) : start]
        if _CLASSIFIES.search(prefix):
            continue  # 分为优秀、良好、合格和不合格四个等次: a description, not a target
        if _FROM.search(prefix) and _TO.match(after):
            continue  # 由2024年的520家增加到600家: the starting point; 600家 is the target
        if (
            unit not in COUNT_UNITS
            and _QUALIFIED_NOUN.match(after)
            and not _NOT_QUALIFIER.match(after)
            and _LEADING_FILLERS.sub("", prefix.strip())
            and not _SIZED.search(prefix)
            and not _DISBURSED.search(prefix)
        ):
            # 营业收入3亿元以上工业企业: the figure describes the enterprises — but not a sum
            # the clause pays out (安排资金3亿元支持试点城市: what follows is its purpose)
            continue
        if (
            unit in MONEY_UNITS
            and suffix in ("以上", "以下")
            and _QUALIFIED_NOUN.match(after)
            and not _NOT_QUALIFIER.match(after)
            and (_COUNTED_AFTER.search(text[end:clause_end]) or after.startswith("的部分"))
        ):
            # 其中10亿元以上项目不少于5个: the sum sizes the projects that are counted;
            # 500万元以下的部分…: the bracket a funding rule applies to
            continue
        if _FOR_WHOM.match(text[clause_start:start]) and "的" in text[end:clause_end]:
            continue  # 对年度研发费用500万元以上…的企业(给予…): who the measure is for
        if _QUALIFIERS_JOINED.match(after):
            continue  # 营业收入5亿元以上、研发投入强度3%以上的骨干企业: both describe the firms
        magnitude = {"万": 1e4, "亿": 1e8, "千": 1e3, "": 1.0}[match.group("mag") or ""]
        elided = not unit
        if elided:  # 销售收入2000亿、利税300亿元: the unit is written once, on the last figure
            value = _clean(value)
        elif unit in MONEY_UNITS and magnitude != 1.0:
            unit = match.group("mag") + unit
            magnitude = 1.0
        if not elided:
            value = _clean(value * magnitude)
        maximum = None
        if match.group("num2"):
            second = _number(match.group("num2"))
            if second is None or second <= value / magnitude:
                continue
            maximum = _clean(second * magnitude)

        clause = text[clause_start:clause_end]
        if (
            unit in MONEY_UNITS
            and _SUBSIDY.search(clause)
            and not _DISBURSED.search(clause)
            # a floor on what the task spends in all is a target, not one on each project
            and not (_FLOOR_BEFORE.search(prefix) and not re.search("每|单个", clause))
        ):
            continue  # 奖励资金不超过50万元: a rule of the policy, not a target
        approx = match.group("approx") or match.group("approx2")
        comparator, cue = _comparator(prefix, suffix, approx, maximum)
        ranked = unit in ("位", "名") and prefix.rstrip().endswith("前")
        if ranked and (text[end : end + 1] == "的" or _RANKED_WHO.match(text[end:])):
            continue  # 对增量前20名的企业给予补助, 前500名企业实行…: who qualifies
        if cue == "none" and ranked:
            comparator, cue = "<=", "prefix"  # 进入全国前80位: a rank within the first 80
        elif cue == "none" and _FLOOR_IN_CLAUSE.search(prefix):
            comparator, cue = ">=", "prefix"  # 每月至少走访企业10家: the floor governs the verb
        if cue == "none" and found and found[-1].cue == "prefix" and _JOINED.match(prefix):
            comparator = found[-1].comparator  # 分别达到40%和25%
        sentence_start, _ = _clause(masked, start, end, _SENTENCE_BOUNDARY)
        increment = _INCREMENT.search(text[clause_start:start]) or text[start] == "翻"
        kind = "increment" if increment else "level"
        subject = _subject(prefix, text[end:clause_end], found, sentence_start)
        found.append(
            Target(
                subject=subject,
                comparator=comparator,
                value=value,
                unit=_PRINTED_UNITS.get(unit, unit),
                kind=kind,
                text=text[clause_start:clause_end].strip(" 、"),
                maximum=maximum,
                start=start,
                end=end,
                cue=cue,
                magnitude=magnitude if elided else 1.0,
            )
        )
        previous_end = end
    return _resolve_elided(found, masked)


# 全年兑现科技奖补资金1500万元: a total to pay out is a target, not a rule for each recipient
_DISBURSED = re.compile(r"(?:兑现|拨付|发放|落实|安排)[^，,；;。]*(?:资金|奖补|补助|奖励)")
_NOUN_THEN_SUFFIX = re.compile(
    r"^[\u4e00-\u9fff]{1,3}?(以上|以下|以内)(?=[ \t]*(?:[，,；;。、)\n]|$))"
)
# 财政支持资金不少于400万元: a floor on what the task spends in all is a target (not per item)
_FLOOR_BEFORE = re.compile(r"(?:不少于|不低于|至少)\s*$")
_FLOOR_IN_CLAUSE = re.compile(r"(?:至少|最少)[^\d，,；;。]{1,16}$")
_FROM = re.compile(r"(?:由|从)\s*(?:20\d{2}\s*年(?:底|末)?\s*的?)?\s*$")
_TO = re.compile(
    r"^[^，,；;。\d]{0,8}?(?:增加|提高|提升|增长|扩大|上升|降低|下降|减少|压缩|缩短)(?:到|至)"
)
_CLASSIFIES = re.compile(r"(?:分为|分成|划分为|分设)[^，,；;。]*$")
# 设立规模不低于50亿元的基金: the size of what the task sets up is the target
_SIZED = re.compile(r"^[^，,；;。]*(?:设立|组建|建立|发起|成立|募集)[^，,；;。]*规模")
_SUBSIDY = re.compile(
    r"奖励|补助|资助|补贴|奖补|最高|一次性|贴息|(?:支持|扶持)资金|分别给予|单个(?:项目|企业)|"
    r"每(?:项|个|家|人|户|年每)[^，,；;。]{0,4}(?:支持|给予)|"
    r"每(?:项|个|家|人|户|次)(?:最高|不超过|不高于|最多)"  # 奖励,每家不超过100万元
)
_JOINED = re.compile(r"^[ \t]*[和与及、][ \t]*$")
_FOR_WHOM = re.compile(r"^\s*对[^，,；;。]*$")
_RANKED_WHO = re.compile(r"^(?:企业|单位|高校|院所|机构|项目|园区|县|市|区)")
_QUALIFIERS_JOINED = re.compile(
    r"^\s*(?:以上|以下)?\s*[、和及]\s*[^，,；;。、\d]{1,12}\d+(?:\.\d+)?\s*[%亿万元]*\s*(?:以上|以下)?的"
)
_GRANTED_SHARE_BEFORE = re.compile(
    r"(?:(?:用于|给予)(?:奖励|补偿|补助|补贴)?|奖励|补偿|补助|补贴)[^，,；;。]{0,20}的?比例[^，,；;。\d]{0,6}$"
)
_FUNDS_RATIO_CAP = re.compile(
    r"(?:费用|经费|资金)[^，,；;。]{0,8}比例[^，,；;。\d]{0,4}(?:不超过|不高于|最高)\s*$"
)
_SHARE_OF_FUNDS = re.compile(r"(?:额度|资金|经费|金额|补助|奖励)的\s*(?:不超过|不低于|不少于)?\s*$")
# a count later in the clause: what a sized noun before it is counted in
_COUNTED_AFTER = re.compile(r"\d+(?:\.\d+)?\s*(?:个|家|项|件|所|座|条|台|套|批)")
_GRANTED_SHARE = re.compile(
    r"^\s*(?:以上|以下|以内)?\s*的?\s*比例[^，,；;。]{0,30}?(?:用于|给予|奖励|补偿|补助|补贴|分担|贴息)"
)


def _resolve_elided(found: list[Target], masked: str) -> list[Target]:
    """Give a figure written without its unit (2000亿、) the unit of the next figure."""
    resolved: list[Target] = []
    for index, target in enumerate(found):
        if target.unit:
            resolved.append(target)
            continue
        following = next((t for t in found[index + 1 :] if t.unit), None)
        if following is None or any(b in masked[target.end : following.start] for b in "。;；\n"):
            continue
        if following.unit in MONEY_UNITS:
            target.unit = following.unit
        else:
            target.unit = following.unit
            target.value = _clean(float(target.value) * target.magnitude)
        if target.cue == "none" and following.cue == "suffix":
            target.comparator = following.comparator
        resolved.append(target)
    return resolved


def _comparator(prefix: str, suffix: str, approx: str | None, maximum: object) -> tuple[str, str]:
    """The comparator and where it was read: ("suffix" | "prefix" | "none")."""
    if maximum is not None:
        return ">=", "suffix"
    if suffix in ("以上", "及以上"):
        return ">=", "suffix"
    if suffix in ("以下", "以内", "之内"):
        return "<=", "suffix"
    if approx or suffix == "多":
        return ">", "suffix"
    if suffix == "左右":
        return "=", "suffix"
    tail = prefix.rstrip()[-8:]
    for pattern, comparator in (
        (_GE_WORDS, ">="),
        (_LE_WORDS, "<="),
        (_GT_WORDS, ">"),
        (_LT_WORDS, "<"),
        (_REACH_WORDS, ">="),
    ):
        if pattern.search(tail):
            return comparator, "prefix"
    if _REACH_OBJECT.search(prefix.rstrip()[-16:]):
        return ">=", "prefix"  # 扩大试点单位范围至30家: the verb, its object, then 至
    return "=", "none"


def _subject(prefix: str, following: str, found: list[Target], sentence_start: int) -> str:
    subject = re.sub(r"^(?:\(?\d{1,2}\)|[①-⑳])", "", prefix.strip(" 、")).strip()
    if subject.count("“") != subject.count("”"):
        subject = subject.replace("“", "").replace("”", "")
    for _ in range(3):
        subject = _LEADING_VERBS.sub("", _LEADING_FILLERS.sub("", subject))
    for _ in range(2):
        subject = _TRAILING_WORDS.sub("", subject).strip()
    if len(subject) >= 2:
        return subject
    obj = re.sub(r"^(?:及以上|以上|以下|以内|左右)?的?", "", following).strip()
    if len(obj) >= 2:
        return obj
    for earlier in reversed(found):
        if earlier.start >= sentence_start:
            return re.sub(r"(?:年均增长|同比增长|增长|增速)$", "", earlier.subject)
    return subject or obj


_VALUE_CELL = re.compile(r"^(?:≥|≤|>=|<=|>|<)?\s*\d+(?:\.\d+)?\s*(?:以上|以下|左右)?$")


def _indicator_row(line: str) -> Target | None:
    """A row of an indicator table — [序号] 指标名称 | 单位 | 基数… | 目标 — as a target.

    The value is the last figure of the row (target columns follow the baseline ones); the
    comparator is what the cell says, else ``=``.
    """
    cells = [c.strip() for c in re.split(r"\t|\s{2,}", line.strip()) if c.strip()]
    if cells and re.fullmatch(r"\d{1,2}\.?", cells[0]):
        cells = cells[1:]
    if len(cells) < 3 or not re.search(r"[\u4e00-\u9fff]", cells[0]) or len(cells[1]) > 6:
        return None
    if re.search(r"\d", cells[0]) or not all(_VALUE_CELL.match(c) for c in cells[2:]):
        return None
    value_cell = cells[-1]
    number = re.search(r"\d+(?:\.\d+)?", value_cell)
    suffix = re.search(r"以上|以下|左右", value_cell)
    prefix = {
        "≥": "不低于",
        ">=": "不低于",
        "≤": "不超过",
        "<=": "不超过",
        ">": "超过",
        "<": "低于",
    }
    sign = next((word for mark, word in prefix.items() if value_cell.startswith(mark)), "")
    if number is None:
        return None
    found = find_targets(f"{sign}{number.group(0)}{cells[1]}{suffix.group(0) if suffix else ''}")
    if len(found) != 1:
        return None
    target = found[0]
    target.subject, target.text, target.kind = cells[0], line.strip(), "level"
    return target


def indicator_table_targets(text: str) -> tuple[list[Target], str]:
    """Targets given as an indicator table (two or more rows in a run), and the text without
    those rows (their baseline figures are not targets)."""
    lines = text.split("\n")
    rows = [_indicator_row(line) for line in lines]
    keep = [True] * len(lines)
    targets: list[Target] = []
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and rows[end] is not None:
            end += 1
        if end - index >= 2:
            targets.extend(row for row in rows[index:end] if row is not None)
            for blanked in range(index, end):
                keep[blanked] = False
        index = max(end, index + 1)
    remaining = "\n".join(line if kept else "" for line, kept in zip(lines, keep, strict=True))
    return targets, remaining

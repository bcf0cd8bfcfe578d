"""Deadlines in a normalised form.

``deadline`` is either an ISO date ``YYYY-MM-DD`` — the last day by which the task is due —
or ``"ongoing"`` for standing tasks, or null. Readings:

=========================================  ================================================
as written                                 normalised
=========================================  ================================================
2024年底前 / 2024年年底 / 2024年12月底前        2024-12-31
2024年6月底前 / 2024年6月 / 6月底前 / 6月末     2024-06-30 (month end; year of the document)
2024年6月前 / 6月以前                       2024-05-31 (strictly *before* June)
2024年6月15日前                             2024-06-15
年内 / 年底前 / 今年 / 全年 / 下半年          <document year>-12-31
上半年 / 第一季度(末) / 一季度 … 第四季度      <year>-06-30 / -03-31 … -12-31
2024年 / 2022-2024年 (a table cell)          2024-12-31 (end of the last year)
长期 / 持续推进 / 长期坚持 / 常态化 / 每年 / 每季度  ongoing
=========================================  ================================================

The *document year* is the first year in the title (2024年…工作要点 → 2024), else the year most
often written in the text. Without any year a month-only deadline is written the ISO way for a
date without a year, ``--06-30``.

Inside running text only phrases that read as a time limit count (``…前``, ``年内``, ``…底前``,
``第三季度完成``); ``到2026年,…`` introduces targets, not a deadline. When an item states several,
the latest is kept: that is when the whole task is due.
"""

from __future__ import annotations

import calendar
import re

ONGOING = "ongoing"
_ONGOING_WORDS = re.compile(
    r"^(?:全年|常年)?(?:长期|长期坚持|长期推进|持续推进|持续开展|持续|常态化|常态化推进|每年|每半年|每季度|每月|每周|每学期|"
    r"定期|逐年推进|按年度推进|按(?:年|季度?|月|周)(?:推进|落实|调度|开展)?|\d{4}年起(?:长期|持续)?(?:推进|坚持)?)"
)
_QUARTERS = {"一": 3, "1": 3, "二": 6, "2": 6, "三": 9, "3": 9, "四": 12, "4": 12}


def _month_end(year: int | None, month: int) -> str:
    if year is None:
        return f"--{month:02d}-{calendar.monthrange(2001, month)[1]:02d}"
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _day(year: int | None, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    day = min(day, calendar.monthrange(year, month)[1])
    return f"{year:04d}-{month:02d}-{day:02d}"


_YEAR = r"(?:(?P<year>20\d{2})\s*年(?:度)?)"
# ordered: the most specific first
_CELL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a date written with dots, slashes or hyphens (a spreadsheet's cell): 2025.6.30,
    # 2025/12/31, 2025-12-31, 12.31前; a year and month alone: 2025.10
    (
        "day",
        re.compile(
            r"(?:(?P<year>20\d{2})\s*[./-]\s*|(?<![\d./-]))(?P<month>\d{1,2})\s*[./-]\s*"
            r"(?P<day>\d{1,2})(?![\d.%])"
        ),
    ),
    ("month", re.compile(r"(?P<year>20\d{2})\s*[./]\s*(?P<month>\d{1,2})(?![\d./%])")),
    ("day", re.compile(rf"{_YEAR}?\s*(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*日")),
    (
        "month_before",
        re.compile(rf"{_YEAR}?\s*(?P<month>\d{{1,2}})\s*月(?:份)?\s*(?:以前|之前|前)"),
    ),
    (
        "month",
        re.compile(
            rf"{_YEAR}?\s*(?P<month>\d{{1,2}})\s*月(?:份)?\s*(?P<part>底|末|中下旬|上中旬|中旬|上旬|下旬)?"
        ),
    ),
    ("quarter", re.compile(rf"{_YEAR}?\s*第?(?P<q>[一二三四1-4])\s*季度")),
    ("half", re.compile(rf"{_YEAR}?\s*(?P<half>上半年|下半年|年中)")),
    ("year_end", re.compile(r"(?P<year>20\d{2})\s*年\s*(?:年底|年末|底|末|内)")),
    ("year_end", re.compile(rf"{_YEAR}?\s*(?:年底|年末|年内|年度内|今年内|今年底|全年|当年)")),
    ("range", re.compile(r"20\d{2}\s*(?:年)?\s*[-—–~～至到]\s*(?P<year>20\d{2})\s*年")),
    ("year", re.compile(r"(?P<year>20\d{2})\s*年(?:度)?")),
]


def normalize_deadline(text: str | None, year: int | None = None) -> str | None:
    """A stated time limit (table cell, 完成时限:…) in the normalised form, or None."""
    if not text:
        return None
    text = text.strip(" 。;；,，:：()")
    if not text:
        return None
    standing = _ONGOING_WORDS.match(text)
    if standing:
        # 每季度调度,12月底前完成: a dated limit after the recurrence wins over it
        rest = re.split(r"[,，;；]", text[standing.end() :], maxsplit=1)
        dated = normalize_deadline(rest[1], year) if len(rest) == 2 else None
        return dated if dated not in (None, ONGOING) else ONGOING
    found: list[str] = []
    taken: list[tuple[int, int]] = []
    # every limit the cell states, read by the most precise pattern that covers its words
    # (2025年6月底前启动,2027年底前完成: both; 上半年完成调研,年底前建成: both) — the latest wins
    for kind, pattern in _CELL_PATTERNS:
        written: int | None = None  # 2026年7月—12月: a month after a year is in that year
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < b and a < end for a, b in taken):
                continue
            value = _reading(kind, match, written or year)
            if match.groupdict().get("year"):
                written = int(match.group("year"))
            if value:
                found.append(value)
                taken.append((start, end))
    if not found:
        return ONGOING if re.search(r"长期|持续|常态", text) else None
    return max(found, key=_sort_key)


def _reading(kind: str, match: re.Match[str], default_year: int | None) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else default_year
    if kind == "day":
        return _day(year, int(groups["month"]), int(groups["day"]))
    if kind in ("month", "month_before"):
        month = int(groups["month"])
        if not 1 <= month <= 12:
            return None
        part = groups.get("part")
        if kind == "month" and part in ("上旬", "中旬", "上中旬"):  # 7月中旬 → the 20th
            return _day(year, month, 10 if part == "上旬" else 20)
        if kind == "month_before":
            if month == 1:
                return _month_end(year - 1, 12) if year else "--12-31"
            month -= 1
        return _month_end(year, month)
    if kind == "quarter":
        return _month_end(year, _QUARTERS[groups["q"]])
    if kind == "half":
        return _month_end(year, 12 if groups["half"] == "下半年" else 6)  # 上半年, 年中
    return _month_end(year, 12)


def _sort_key(value: str) -> str:
    return value.replace("--", "9999-") if value.startswith("--") else value


# in running text: only phrases that read as a time limit
_Y = r"(?:20\d{2}\s*年(?:度)?)"
# the work done by then: 完成, 建成, 投入运营, 上线…
_DONE = (
    r"(?:完成|建成|出台|投用|投入使用|投入运营|投运|上线|到位|下达|开工|启用|挂牌|举办|召开|组织|"
    r"签订|印发|设立)"
)
_TEXT_DEADLINE = re.compile(
    rf"(?:{_Y}?\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:前|以前|之前)"
    rf"|{_Y}?\s*\d{{1,2}}\s*月(?:份)?\s*(?:底|末|中下旬|上中旬|上旬|中旬|下旬)?\s*(?:前|以前|之前)"
    # 于2025年11月30日完成, 12月中下旬完成认定: a date the work is done by
    rf"|(?:(?<=于)|(?<=[,，。;；]))\s*{_Y}?\s*\d{{1,2}}\s*月(?:份)?(?:\s*\d{{1,2}}\s*日|底|末|中下旬|"
    rf"上中旬|上旬|中旬|下旬)?(?=\s*{_DONE})"
    # …7月中旬前完成立项，第三季度开工建设: a quarter or half the work is done in
    rf"|(?:(?<=于)|(?<=[,，。;；]))\s*{_Y}?\s*(?:第?[一二三四1-4]\s*季度|上半年|下半年|年中)"
    rf"(?=\s*{_DONE})"
    rf"|{_Y}?\s*(?:年底|年末|年度)\s*(?:前|以前|之前)"
    rf"|20\d{{2}}\s*年\s*(?:底|末|年中)|年中\s*(?:前|以前|之前)"
    rf"|(?<![近往历多数几两\d一二三四五六七八九十])年内"
    rf"|本年度内?|今年(?:年)?(?:内|底前?|末)|20\d{{2}}\s*年度\s*(?:内|完成)"
    rf"|{_Y}?\s*(?:第?[一二三四1-4]\s*季度|上半年|下半年)\s*(?:末|底)?\s*(?:前|以前|之前|内|完成))"
)


# a bracket holding nothing but a date closes an item: "…不少于50家。(2024年6月)"
_ONE_DATE = (
    r"(?:(?:20\d{2}\s*年\s*)?(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:底|末)?|年?底|年?末)"
    r"|20\d{2}\s*年)"
)
# …(2024年6月) or a phase's span (2025年4月—10月): the latest date is the limit
_BRACKETED = re.compile(
    rf"[(（]\s*({_ONE_DATE}(?:\s*[-—–~～至到]+\s*{_ONE_DATE})?)\s*(?:前|以前)?\s*[)）]"
)


# in running text a standing task says so: "…，持续推进。", "此项工作长期坚持", a task that
# opens with 常态化 or 定期, or it recurs on a calendar ("每季度召开一次调度会", "每年安排资金");
# "持续推进平台建设" is just a verb, and a 常态化 sub-point does not make the task standing
_TEXT_ONGOING = re.compile(
    r"长期坚持|(?:^|(?<=[。]))\s*常态化|(?:持续推进|持续开展|长期推进|常态化(?:推进|开展)?)"
    r"(?=\s*(?:[。；;，,)\n]|$))|"
    r"按(?:年度?|季度?|月|周)(?:推进|落实|调度|开展)(?=\s*(?:[。；;，,)\n]|$))|"
    # …，常态化开展走访慰问 / 按季度报送工作进展: the task's own clause recurs
    r"按(?:年度?|季度?|月|周)(?:集中)?(?:报送|上报|发布|通报|公布|调度|兑付|采集|监测|更新)|"
    r"(?:^|(?<=[。]))\s*定期|每(?:年|半年|季度|个?月|周)(?:在[^。；;，,\d]{1,15}?)?(?:[^。；;，,\d]{0,6}?"
    r"(?:召开|调度|通报|开展|举办|组织|安排|报送|发布|评估|评价|督查|调研|更新|统筹|会商|走访|"
    r"兑付|承办)|不少于|至少)|"
    # 每半年对各地任务推进情况进行调度通报: the recurring review, however long its object
    r"每(?:年|半年|季度|个?月|周)对[^。；;\n]{1,30}?(?:进行|开展)|"
    # 每年评价一次, 每月5日前报送: a recurring review or report
    r"每(?:年|半年|季度|个?月|周)[^。；;，,\d]{0,6}?一次|每(?:个?月|季度)\s*\d{1,2}\s*日(?:前|之前)"
)


_QUOTA = re.compile(r"\d+(?:\.\d+)?\s*(?:场次|人次|场|项|家|个|名|人|件|篇|所|批|支|期)")
_ONCE = re.compile(r"(?<![\d.])1\s*次|一次")


def _yearly_quota(text: str, match: re.Match[str]) -> bool:
    """每年组织实施重大科技专项10项左右, 每年举办科普活动1000场次以上: a count to deliver each
    year — a yearly quota, dated by the plan or open, as 每年新增企业50家 — not a standing task
    like 每季度召开一次调度会 or 市财政每年安排资金 (money is the recurring allocation)."""
    if not match.group(0).lstrip().startswith("每"):
        return False
    end = re.search(r"[。；;，,\n]|$", text[match.end() :])
    tail = text[match.end() : match.end() + (end.start() if end else 0)]
    return bool(_QUOTA.search(tail)) and not _ONCE.search(match.group(0) + tail)


# …,常态化开展走访慰问: a clause of the task that recurs — unless figures before it say what
# the year must deliver (选派3000名以上…,常态化开展对接活动: a yearly task with a side method)
_CLAUSE_STANDING = re.compile(r"(?<=[，,])\s*常态化(?:开展|推进)")
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|[家个项件名人所场次篇亿万千])")


def find_deadline(text: str, year: int | None = None) -> str | None:
    """The latest time limit written in an item's text (not its targets' horizon).

    A limit in a year before the document's is a condition (认定于2022年底前的平台), not the
    task's deadline. Without a limit, a standing or recurring task is ``ongoing``.
    """
    found = [value for value in _limits(text, year) if not _before_year(value, year)]
    if found:
        return max(found, key=_sort_key)
    if any(not _yearly_quota(text, match) for match in _TEXT_ONGOING.finditer(text)):
        return ONGOING
    clause = _CLAUSE_STANDING.search(text)
    return ONGOING if clause and not _FIGURE.search(text, 0, clause.start()) else None


def _before_year(value: str, year: int | None) -> bool:
    return year is not None and value[:1].isdigit() and int(value[:4]) < year


_NEXT_YEAR = re.compile(
    r"明年\s*(第?[一二三四1-4]\s*季度|上半年|下半年|年?底|年?末|\d{1,2}\s*月(?:底|末)?)"
)


# a span of months (or of years, followed by the work done in it) in running text is the task's
# working period: 2025年6月至12月分步实施, 2025—2027年滚动推进, and the span a count is made
# over (2025—2027年累计共建…30个, 2025—2027年每年新建…10个: rounds 47, 55 and 56)
_YEAR_SPAN = re.compile(
    r"(20\d{2}\s*年?\s*(?:—|–|-|~|～|至|到)\s*20\d{2}\s*年)"
    r"(?=\s*(?:(?:滚动|分步|分年度|持续|逐年)?(?:推进|实施|完成|建设)|累计|每年))"
)
_MONTH_SPAN = re.compile(
    r"((?:20\d{2}\s*年\s*)?\d{1,2}\s*月\s*(?:至|到|—|–|~|～)\s*(?:20\d{2}\s*年\s*)?\d{1,2}\s*月(?:底|末)?)"
)


def _limits(text: str, year: int | None) -> list[str]:
    found = []
    for match in _NEXT_YEAR.finditer(text):  # 明年一季度: the year after the document's
        value = normalize_deadline(match.group(1), year + 1 if year else None)
        if value and value != ONGOING:
            found.append(value)
    spans = (*_BRACKETED.finditer(text), *_MONTH_SPAN.finditer(text), *_YEAR_SPAN.finditer(text))
    for match in spans:
        value = normalize_deadline(match.group(1), year)
        if value:
            found.append(value)
    for match in _TEXT_DEADLINE.finditer(text):
        phrase = match.group(0)
        if not re.search(r"前|内|完成", phrase) and re.search(
            r"(?:到|至|截至|截止到?)\s*$", text[max(0, match.start() - 3) : match.start()]
        ):
            continue  # 到2025年底,…达到…: the horizon of the targets, not a time limit
        if phrase.startswith(("年内", "本年度", "今年")):
            found.append(_month_end(year, 12))
            continue
        value = normalize_deadline(phrase, year)
        if value and value != ONGOING:
            found.append(value)
    return found


def document_year(title: str, text: str) -> int | None:
    """The year a document is about: the first year in its title, else its most frequent."""
    match = re.search(r"(20\d{2})\s*(?:年|[-—–~～至])", title or "")
    if match:
        return int(match.group(1))
    years = re.findall(r"(20\d{2})\s*年", text)
    if not years:
        return None
    return int(max(set(years), key=years.count))

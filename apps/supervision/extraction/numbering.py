"""Item labels at the start of a line: 一、 (一) 1. 1、 (1) 1) ① 第一章 第一条, and sloppy forms.

Each label has a *style* and a conventional *rank* (smaller = outer): 第一章 > 一、 > (一) > 1. >
(1) > 1) > ①. Sloppy forms map to the style they imitate: ``(3`` and ``3)`` with a missing
parenthesis, ``一.``/``一,`` for 一、, full-width digits (already half-width here). Whether a
sloppy label continues an open list or opens a new level is decided by the tree builder
(`structure.py`), which also knows the numbers already seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .normalize import CJK

CN_DIGITS = "零〇一二两三四五六七八九"
CN_NUMERAL = f"[{CN_DIGITS}十百千]+"
# financial numerals, Simplified and Traditional (参 is how OpenCC folds 參)
FORMAL_DIGITS = {
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "陸": 6,
    "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
FORMAL_NUMERAL = f"[{''.join(FORMAL_DIGITS)}拾]+"

RANKS = {
    "chapter": 0,
    "padded": 1,  # 01 / 02 on a line of their own over a section heading (a WeChat article)
    "article": 1,  # 第一条 …: the articles of a plan written like a regulation, under 第一章
    "formal": 0,  # 壹、贰、参、: the financial numerals Taiwan-style documents number parts with
    "roman": 0,  # Ⅰ、Ⅱ、Ⅲ、: Roman numeral characters over the Chinese or Arabic lists
    "outline1": 1,  # 1 总体目标 / 2.1 … / 2.1.1 …: a decimal outline (see outline_label)
    "outline2": 3,
    "outline3": 4,
    "cn": 1,
    "cn_paren": 2,
    "ar": 3,
    "ar_paren": 4,
    "ar_half": 5,
    "circled": 6,
    "bullet": 7,  # ● ■ ◆: tasks marked without a number, under the nearest numbered item
    "cn_point": 3,  # 一是…, 二是… opening a line: points within a section, like 1.
}
FAMILY = {
    "outline1": "outline",
    "outline2": "outline",
    "outline3": "outline",
    "chapter": "chapter",
    "padded": "padded",
    "article": "article",
    "formal": "formal",
    "roman": "roman",
    "cn": "cn",
    "cn_paren": "cn",
    "ar": "ar",
    "ar_paren": "ar",
    "ar_half": "ar",
    "circled": "circled",
    "bullet": "bullet",
    "cn_point": "cn_point",
}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOT_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
PAREN_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
BULLETS = "●■◆▲►○◇□★☆◎"
ROMAN = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"


@dataclass(frozen=True)
class Label:
    """A parsed line-start label: its style, integer value, printed form and the rest."""

    style: str
    n: int
    printed: str
    rest: str
    sloppy: bool = False

    @property
    def rank(self) -> int:
        return RANKS[self.style]

    @property
    def family(self) -> str:
        return FAMILY[self.style]


def cn_to_int(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105, 两 → 2; None when not a numeral."""
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")}
    digits.update({"〇": 0, "两": 2, **FORMAL_DIGITS})
    units = {"十": 10, "百": 100, "千": 1000, "拾": 10}
    if not text or any(c not in digits and c not in units for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in digits:
            current = digits[char]
        else:
            unit = units[char]
            total += (current or 1) * unit
            current = 0
    return total + current


_NEXT_CJK = f'(?=[{CJK}“‘"《(〔【])'
_PATTERNS: list[tuple[str, bool, re.Pattern[str]]] = [
    ("chapter", False, re.compile(rf"^第(?P<n>{CN_NUMERAL})(?P<kind>章|部分|篇|编)\s*")),
    ("article", False, re.compile(rf"^第(?P<n>{CN_NUMERAL})条\s*(?=\S)")),
    # 01 强化企业创新主体地位: a zero-padded section number (joined to its heading by the
    # tree builder when it stands on a line of its own)
    ("padded", False, re.compile(r"^(?P<n>0[1-9])\s+(?=\S)")),
    ("formal", False, re.compile(rf"^(?P<n>{FORMAL_NUMERAL})\s*[、.]\s*(?=\S)")),
    # 第一,加快…;第二,…: points counted in words, a list like 一、
    ("cn", False, re.compile(rf"^第(?P<n>{CN_NUMERAL})\s*[,、:]\s*(?=\S)")),
    ("cn_paren", False, re.compile(rf"^\(\s*(?P<n>{CN_NUMERAL})\s*\)\s*")),
    ("cn_paren", True, re.compile(rf"^\(\s*(?P<n>{CN_NUMERAL})\s*(?:[、.,])?\s*{_NEXT_CJK}")),
    ("cn_paren", True, re.compile(rf"^(?P<n>{CN_NUMERAL})\)\s*")),
    ("cn", False, re.compile(rf"^(?P<n>{CN_NUMERAL})\s*、\s*")),
    ("cn", True, re.compile(rf"^(?P<n>{CN_NUMERAL})\s*[.,:]\s*{_NEXT_CJK}")),
    ("ar_paren", False, re.compile(r"^\(\s*(?P<n>\d{1,2})\s*\)\s*")),
    ("ar_paren", True, re.compile(rf"^\((?P<n>\d{{1,2}})\s*(?:[.、])?\s*{_NEXT_CJK}")),
    ("ar_half", False, re.compile(r"^(?P<n>\d{1,2})\s*\)\s*")),
    # 12.11月中旬前完成…: a label before a date, not the decimal 12.11
    ("ar", False, re.compile(r"^(?P<n>\d{1,2})\s*(?:\.(?!\d)|\.(?=\d{1,2}月)|、)\s*")),
    # a row of a table without a header: its number, a tab, its cells, the last of them a
    # time limit or an office (not an indicator's figure: 1	研发经费投入强度	%	1.62	1.8)
    (
        "ar",
        False,
        re.compile(
            r"^(?P<n>\d{1,3})\t(?=[^\t]+\t.*(?:[年月日底前季]|长期\S*|持续\S*|常态\S*|局|厅|委|办|"
            r"政府|管委会|中心)\t*$)"
        ),
    ),
    ("ar", True, re.compile(rf"^(?P<n>\d{{1,2}})\s*[,:]\s*{_NEXT_CJK}")),
    # task blocks of a ledger: 任务1:… / 事项2、… (an Arabic list whose label names the item)
    (
        "ar",
        False,
        re.compile(
            rf"^(?:(?:任务|事项|举措)\s*(?P<n>\d{{1,2}}|{CN_NUMERAL})\s*[:.、]"
            rf"|[【\[](?:任务|事项|举措)\s*(?P<m>\d{{1,2}}|{CN_NUMERAL})\s*[】\]])\s*"  # 【任务1】
        ),
    ),
]


def parse_label(line: str) -> Label | None:
    """The label at the start of `line`, or None. The line is already half-width."""
    if not line:
        return None
    first = line[0]
    if first in CIRCLED:
        return Label("circled", CIRCLED.index(first) + 1, first, line[1:].strip())
    if first in PAREN_DIGITS:
        n = PAREN_DIGITS.index(first) + 1
        return Label("ar_paren", n, f"({n})", line[1:].strip())
    if first in PAREN_IDEOGRAPHS:  # ㈠ is (一) in one character
        n = PAREN_IDEOGRAPHS.index(first) + 1
        return Label("cn_paren", n, f"({'一二三四五六七八九十'[n - 1]})", line[1:].strip())
    if first in DOT_DIGITS:
        n = DOT_DIGITS.index(first) + 1
        return Label("ar", n, str(n), line[1:].strip())
    if first in ROMAN and len(line) > 2 and line[1] in "、.":
        return Label("roman", ROMAN.index(first) + 1, first, line[2:].strip())
    if first in BULLETS and line[1:].strip():
        return Label("bullet", 1, "", line[1:].strip())
    for style, sloppy, pattern in _PATTERNS:
        match = pattern.match(line)
        if not match:
            continue
        raw = match.group("n") or match.groupdict().get("m") or ""
        value = int(raw) if raw.isdigit() else cn_to_int(raw)
        if not value:
            continue
        rest = line[match.end() :].strip()
        if not rest and style in ("cn", "ar") and sloppy:
            continue
        return Label(style, value, _printed(style, match.group(0), raw), rest, sloppy)
    return None


_OUTLINE = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,2})(?:\s+|(?=[\u4e00-\u9fff]))(?=\S)")
OUTLINE_DEEP = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?:\s+|(?=[\u4e00-\u9fff]))\S")


def outline_label(line: str) -> Label | None:
    """A decimal outline label — 2.1 …, 2.1.1 …, and 1 总体目标 at the top — which the tree
    builder asks for only in a document that numbers its items that way (a bare "1 " could
    be anything elsewhere)."""
    match = _OUTLINE.match(line)
    if not match:
        return None
    parts = match.group("n").split(".")
    rest = line[match.end() :].strip()
    if not rest or (len(parts) == 1 and (len(rest) > 30 or not re.match(r"[\u4e00-\u9fff]", rest))):
        return None
    return Label(f"outline{len(parts)}", int(parts[-1]), match.group("n"), rest)


_POINT = re.compile(rf"^(?P<n>{CN_NUMERAL})是(?=[{CJK}“(])")
POINTS_LISTED = re.compile(r"^二是")


def point_label(line: str) -> Label | None:
    """一是…, 二是… opening lines — which the tree builder asks for only in a document that
    has a line opening with 二是 too (一是 alone, or inside a paragraph, is just a phrase)."""
    match = _POINT.match(line)
    value = cn_to_int(match.group("n")) if match else None
    if match is None or not value:
        return None
    return Label("cn_point", value, match.group("n"), line[match.end() :].strip())


def _printed(style: str, matched: str, raw: str) -> str:
    """The label as printed, without its trailing separator: 一、→一, (一)→(一), 1.→1."""
    text = matched.strip()
    if style in ("cn", "ar", "formal"):
        return raw
    if style in ("chapter", "article", "padded"):
        return text
    text = text.replace(" ", "")
    return text.rstrip("、.,")


# an item label inside running text (Nanchang's "建设1)依托…(2)以…"): ends a title
INLINE_LABEL = re.compile(
    rf"(?<=[{CJK}。；;，,”])(?:\(\d{{1,2}}\)|\(\d{{1,2}}(?=[{CJK}])|\d{{1,2}}\)(?=[{CJK}“])|[{CIRCLED}])"
)

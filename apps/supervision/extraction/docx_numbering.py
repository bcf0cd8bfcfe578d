"""Word's automatic list numbering, rendered as text (python-docx leaves it out).

A paragraph numbered by Word (directly or through its style) carries only a reference to a
list definition; the visible "一、" or "(1)" is drawn by Word. This keeps one counter per list
and level and renders the level's text pattern (``%1、``, ``（%1）``, ``%1.%2``) in its number
format (decimal, Chinese counting, circled digits …), so numbered items survive the reading.
"""

from __future__ import annotations

from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_CN = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_numeral(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (for list numbers)."""
    if n < 10:
        return _CN[n]
    if n < 20:
        return "十" + (_CN[n % 10] if n % 10 else "")
    if n < 100:
        return _CN[n // 10] + "十" + (_CN[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    tail = "" if rest == 0 else ("零" + cn_numeral(rest) if rest < 10 else cn_numeral(rest))
    if 10 <= rest < 20:
        tail = "一" + tail
    return _CN[hundreds] + "百" + tail


def _roman(n: int) -> str:
    values = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC")]
    values += [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for value, symbol in values:
        while n >= value:
            out += symbol
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    if fmt.startswith(("chineseCounting", "japaneseCounting", "taiwaneseCounting")):
        return cn_numeral(n)
    if fmt.startswith("ideographDigital"):
        return "".join(_CN[int(d)] for d in str(n))
    if fmt.startswith("decimalEnclosedCircle"):
        return _CIRCLED[n - 1] if 1 <= n <= len(_CIRCLED) else str(n)
    if fmt in ("upperLetter", "lowerLetter"):
        letter = chr(ord("A") + (n - 1) % 26)
        return letter if fmt == "upperLetter" else letter.lower()
    if fmt in ("upperRoman", "lowerRoman"):
        return _roman(n) if fmt == "upperRoman" else _roman(n).lower()
    return str(n)


class ListNumbering:
    """Renders the list label of each numbered paragraph, in document order."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[int, str, str]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numbering: dict[str, tuple[str, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            self._load(root)
        try:
            styles = document.styles.element
        except (KeyError, AttributeError):
            styles = None
        if styles is not None:
            self._load_styles(styles)

    def _load(self, root: Any) -> None:
        abstract: dict[str, dict[int, tuple[int, str, str]]] = {}
        for definition in root.findall(f"{W}abstractNum"):
            levels: dict[int, tuple[int, str, str]] = {}
            for level in definition.findall(f"{W}lvl"):
                levels[int(level.get(f"{W}ilvl", "0"))] = _level(level)
            abstract[definition.get(f"{W}abstractNumId", "")] = levels
        for num in root.findall(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            levels = dict(abstract.get(ref.get(f"{W}val", "") if ref is not None else "", {}))
            for override in num.findall(f"{W}lvlOverride"):
                ilvl = int(override.get(f"{W}ilvl", "0"))
                start = override.find(f"{W}startOverride")
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (int(start.get(f"{W}val", "1")), fmt, text)
                level = override.find(f"{W}lvl")
                if level is not None:
                    levels[ilvl] = _level(level)
            self.levels[num.get(f"{W}numId", "")] = levels

    def _load_styles(self, styles: Any) -> None:
        """Each paragraph style's list and level, following its base styles: a style may take
        its list from the style it is based on and set only its own level."""
        own: dict[str, tuple[str | None, int | None, str | None]] = {}
        for style in styles.findall(f"{W}style"):
            num_pr = style.find(f"{W}pPr/{W}numPr")
            num_id = num_pr.find(f"{W}numId") if num_pr is not None else None
            ilvl = num_pr.find(f"{W}ilvl") if num_pr is not None else None
            based = style.find(f"{W}basedOn")
            own[style.get(f"{W}styleId", "")] = (
                num_id.get(f"{W}val", "0") if num_id is not None else None,
                int(ilvl.get(f"{W}val", "0")) if ilvl is not None else None,
                based.get(f"{W}val") if based is not None else None,
            )
        for style_id in own:
            num, level, seen, current = None, None, set(), style_id
            while current in own and current not in seen and (num is None or level is None):
                seen.add(current)
                style_num, style_level, based = own[current]
                num = num if num is not None else style_num
                level = level if level is not None else style_level
                current = based or ""
            if num is not None:
                self.style_numbering[style_id] = (num, level or 0)

    def label(self, paragraph: Any) -> str:
        """The rendered list label of `paragraph` ('' when it is not a numbered paragraph)."""
        num_id, ilvl = self._reference(paragraph)
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        start, fmt, text = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return ""
        rendered = text
        for k in range(9):
            if f"%{k + 1}" in rendered:
                k_start, k_fmt, _ = levels.get(k, (1, "decimal", ""))
                value = counters.get(k, k_start)
                rendered = rendered.replace(f"%{k + 1}", format_number(value, k_fmt))
        return rendered

    def _reference(self, paragraph: Any) -> tuple[str, int]:
        p_pr = paragraph._p.pPr
        num_pr = p_pr.numPr if p_pr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return str(num_pr.numId.val), int(ilvl)
        style_id = paragraph._p.style
        if style_id and style_id in self.style_numbering:
            return self.style_numbering[style_id]
        return "", 0


def _level(level: Any) -> tuple[int, str, str]:
    start = level.find(f"{W}start")
    fmt = level.find(f"{W}numFmt")
    text = level.find(f"{W}lvlText")
    return (
        int(start.get(f"{W}val", "1")) if start is not None else 1,
        fmt.get(f"{W}val", "decimal") if fmt is not None else "decimal",
        text.get(f"{W}val", "") if text is not None else "",
    )

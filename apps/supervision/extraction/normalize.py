"""Text normalisation and page-chrome removal.

Documents arrive in Simplified or Traditional characters, with full-width digits and
punctuation, and — when copied from a government site — with navigation, share buttons,
editor lines and footers around the text. Parsing works on one normal form:

* Traditional characters are folded to Simplified (OpenCC ``t2s``) when the document looks
  Traditional; the output keeps the folded (Simplified) text, so a ledger built from a
  Traditional document reads like every other ledger and unit names match the registry.
* Full-width ASCII (``１２３（）：；％``) and the ideographic space become half-width. Other
  characters, including 、。〔〕【】 and circled digits ①, are kept (NFKC would turn ① into 1).
"""

from __future__ import annotations

import functools
import re
import unicodedata

import opencc

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
# an ideographic space is as wide as two Latin ones, so one of them between cells still keeps
# the cells apart (序号　重点任务　责任单位)
_FULLWIDTH.update({0x3000: "  ", 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0xFEFF: None})  # type: ignore[dict-item]

CJK = r"\u4e00-\u9fff"


@functools.cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=4096)
def simplified(text: str) -> str:
    """`text` folded to Simplified characters (a table header read before the document is)."""
    return str(_t2s().convert(text))


def to_halfwidth(text: str) -> str:
    """Full-width ASCII and odd spaces to their half-width forms."""
    return text.translate(_FULLWIDTH)


def looks_traditional(text: str) -> bool:
    """True when folding to Simplified changes a noticeable share of the characters."""
    sample = text[:20000]
    converted = _t2s().convert(sample)
    changed = sum(1 for a, b in zip(sample, converted, strict=False) if a != b)
    han = len(re.findall(f"[{CJK}]", sample)) or 1
    return changed >= 5 and changed / han >= 0.01


# Kangxi radicals and CJK radical supplements (⼀ U+2F00, ⼯, ⾼ …) that some PDF fonts put in
# place of the ordinary characters (一 工 高): folded to those, as NFKC would for them alone
_RADICALS = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in [*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6)]
    if len(unicodedata.normalize("NFKC", chr(code))) == 1
    and unicodedata.normalize("NFKC", chr(code)) != chr(code)
}


_PERCENT_WORDS = re.compile(r"百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)")


def _percent(match: re.Match[str]) -> str:
    """百分之十五 → 15% (the figure a target reads); left as written if not a numeral."""
    from .numbering import cn_to_int

    words = match.group(1)
    value = words if words[0].isdigit() else cn_to_int(words)
    return match.group(0) if value is None else f"{value}%"


# 三成以上, 超过五成: tenths, as a target reads them (30%, 50%): a numeral directly before 成
# that ends the phrase (not 完成, 建成, 一成不变)
_TENTHS = re.compile(r"([一二三四五六七八九])成(?=以上|以下|左右|[,，。;；、)）]|$)")


def _tenths(match: re.Match[str]) -> str:
    return f"{'一二三四五六七八九'.index(match.group(1)) + 1}0%"


# dates written in Chinese numerals, as formal documents print them: 二〇二五年十二月三十一日
_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_MONTH = re.compile(
    r"(?<![第〇零一二三四五六七八九十])(十[一二]?|[一二三四五六七八九])月"
    r"(?=底|末|份|上旬|中旬|下旬|中下旬|前|\d|[一二三]?十?[一二三四五六七八九十]日)"
)
_CN_DAY = re.compile(r"(?<=\d月)(三十[一]?|二?十[一二三四五六七八九]?|[一二三四五六七八九])日")
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _cn_dates(text: str) -> str:
    from .numbering import cn_to_int

    text = _CN_YEAR.sub(lambda m: "".join(_CN_DIGIT[c] for c in m.group(1)) + "年", text)
    text = _CN_MONTH.sub(lambda m: f"{cn_to_int(m.group(1))}月", text)
    return _CN_DAY.sub(lambda m: f"{cn_to_int(m.group(1))}日", text)


def normalize_text(text: str) -> str:
    """The parsing form of a document: Simplified, half-width, Unix line ends."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_RADICALS)
    text = _TENTHS.sub(_tenths, _PERCENT_WORDS.sub(_percent, _cn_dates(text)))
    if looks_traditional(text):
        text = _t2s().convert(text)
    return to_halfwidth(text)


# --- page chrome -------------------------------------------------------------------------

_CHROME_START = re.compile(
    r"^(?:来源|信息来源|文章来源|稿件来源|发布时间|发布日期|发布机构|发文机关|发文日期|成文日期|"
    r"更新时间|时间[:：]|日期[:：]|责任编辑|编辑[:：]|作者[:：]|审核[:：]|校对[:：]|浏览次数|"
    r"浏览量|访问量|阅读量|阅读次数|点击数|点击量|字号|字体|分享到|分享[:：]?$|打印本页|打印$|"
    r"关闭窗口|关闭$|"
    r"上一篇|下一篇|相关链接|相关文章|相关阅读|相关文件|扫一扫|当前位置|您现在的位置|您的位置|"
    r"首页\s*[>›»/]|主办单位|承办单位|主办[:：]|承办[:：]|协办[:：]|版权所有|网站标识码|"
    r"网站地图|联系我们|索引号|主题分类|抄送|抄报|TOP\b|返回顶部|【\s*打印|【\s*关闭|\[\s*打印|\[\s*关闭)"
)
_CHROME_ANY = re.compile(
    r"ICP备|公网安备|版权所有|打印本页|关闭窗口|【打印】|【关闭】|分享到[:：]|扫一扫|网站地图|"
    r"本站第\s*\d+\s*位访客|您是第\s*\d+\s*位|"
    r"Copyright|©"
)
_DATE_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月"
    r"[一二三四五六七八九十]{1,3}日)\s*(?:印发|发布)?$"
)
_SIGNED_DATE = re.compile(
    r"^\S{2,25}(?:局|厅|政府|办公室|办公厅|委员会|委|管委会)\s+\d{4}\s*年\s*\d{1,2}\s*月"
    r"\s*\d{1,2}\s*日\s*(?:印发|发布)?$"
)
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–]+\s*\d{1,3}\s*[-—–]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|"
    r"\d{1,3}\s*/\s*\d{1,3}|-?\s*\d{1,3}\s*-?)$"
)
_BRACKETS = str.maketrans("", "", "【】[]()（）〔〕")


def is_chrome(line: str) -> bool:
    """Navigation, share/print buttons, editor and source lines, footers, page numbers."""
    bare = line.strip().translate(_BRACKETS).strip()
    if not bare:
        return True
    return bool(
        _CHROME_START.match(bare)
        or _CHROME_ANY.search(line)
        or _DATE_LINE.match(bare)
        or _SIGNED_DATE.match(bare)
        or _PAGE_NUMBER.match(bare)
    )


_ISSUER = r"\S{2,25}(?:局|厅|政府|办公室|办公厅|委员会|委|管委会|领导小组)"
# one issuing office, or two or more signing side by side (吉安市农业农村局    吉安市科学技术局)
_ORG_SIGNATURE = re.compile(rf"^(?:{_ISSUER}\s+)*{_ISSUER}$")
# two or more offices by their full names (a place, then the office), side by side on a line:
# 赣州市科学技术协会    赣州市科学技术局; 国务院  江西省人民政府  赣州市人民政府 — never the short
# names (市科技局) a task's units are written in
_FULL_NAME = (
    r"(?:国务院|(?![省市县区])[\u4e00-\u9fff]{2,8}?[省市县区][\u4e00-\u9fff]{0,16}?"
    r"(?:人民政府|政府|局|厅|委员会|委|办公室|办公厅|协会|院))"
)
_FULL_NAMES_LINE = re.compile(rf"^{_FULL_NAME}(?:\s+{_FULL_NAME})+$")


# Markdown (a plan copied from a wiki or a chat tool): heading marks, list bullets, bold
_MARKDOWN_START = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+•·]\s+(?=\S))")
_MARKDOWN_BOLD = re.compile(r"\*\*|__")


_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


_LEADING_CELLS = re.compile(r"^[ \u3000]*(\t+)(?=[^\t]*\S[^\t]*\t)")


def strip_line(line: str) -> str:
    """`line` without the whitespace around it, except the tabs that open a spreadsheet row
    saved as text whose first cells are empty (⇥2⇥科技型…⇥…: the 类别 cell merged over the
    rows below its first): they keep the row's cells in their columns."""
    opening = _LEADING_CELLS.match(line)
    return (opening.group(1) if opening else "") + line.strip()


def _plain(line: str) -> str:
    line = strip_line(_HTML_BREAK.sub(" ", line))  # 区工信局<br>区税务局 in a wiki's table cell
    for _ in range(2):  # "> - 1." and the like
        line = _MARKDOWN_START.sub("", line)
    return strip_line(_MARKDOWN_BOLD.sub("", line))


def content_lines(text: str) -> list[str]:
    """Non-empty, stripped lines without page chrome or the signature above a date line."""
    raw = [_plain(line) for line in text.split("\n")]
    kept: list[str] = []
    for index, line in enumerate(raw):
        if not line or is_chrome(line):
            continue
        following = next((later for later in raw[index + 1 :] if later), "")
        if _ORG_SIGNATURE.match(line) and _DATE_LINE.match(following.translate(_BRACKETS)):
            continue  # the issuing office signing above its date
        if _FULL_NAMES_LINE.match(line):
            continue  # offices signing side by side, or a web page's links to government sites
        kept.append(line)
    return kept

"""The one text analysis used for indexing and for queries (and by the matcher).

Text is folded (Traditional → Simplified, full-width → half-width, lower case), segmented
with rjieba, and every Chinese word longer than two characters also yields its character
bigrams, so a two-character technical word (锂电, 电池, 稀土) is found inside a longer one
(锂电池, 稀土永磁) whichever way the segmenter cut it. Organisation names add their pinyin
initials and full pinyin as ASCII terms (queried by prefix).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import rjieba

from apps.core.text import fold, pinyin_pair

_CJK = re.compile(r"^[\u3400-\u9fff]+$")
_ASCII = re.compile(r"^[0-9a-z][0-9a-z._+-]*$")
_WORD = re.compile(r"[\u3400-\u9fff]+|[0-9a-z]+")
_STOPWORD_TEXT = (
    "的 了 和 与 及 或 等 在 对 为 是 将 把 被 从 以 于 其 该 本 "
    "并 也 而 且 中 上 下 内 外 一种 一个 进行 通过 实现 采用 具有 "
    "能够 可以 以及 相关 方面 提供 我们 公司 企业 需要 希望 寻求 生产 "
    "产品 主要 目前 现有 问题 技术 研究 开发 应用 方法 系统 项目 "
    "有限公司 股份 有限 责任"
)
STOPWORDS = frozenset(_STOPWORD_TEXT.split(" "))


@functools.lru_cache(maxsize=50_000)
def _segment(text: str) -> tuple[str, ...]:
    return tuple(rjieba.cut(text))


def _bigrams(word: str) -> list[str]:
    return [word[i : i + 2] for i in range(len(word) - 1)]


# Segmenter tokens repeat (a language's vocabulary is small next to its text), so what one
# token contributes is memoised per token: the analysis of a text is then a segmentation and
# dictionary look-ups, with the same output.


@functools.lru_cache(maxsize=200_000)
def _token_words(token: str) -> tuple[str, ...]:
    token = token.strip()
    if not token or token in STOPWORDS:
        return ()
    if _CJK.match(token) or _ASCII.match(token):
        return (token,)
    # mixed tokens such as "5g基站" or "li-ion": keep their pieces
    return tuple(w for w in _WORD.findall(token) if w not in STOPWORDS)


@functools.lru_cache(maxsize=200_000)
def _token_terms(token: str) -> tuple[str, ...]:
    terms: list[str] = []
    for word in _token_words(token):
        if len(word) == 1 and _CJK.match(word):
            continue  # single characters carry little meaning and bloat the index
        terms.append(word)
        if len(word) > 2 and _CJK.match(word):
            terms.extend(_bigrams(word))
    return tuple(terms)


def words(text: str) -> list[str]:
    """Folded, segmented words of `text` without stop words or punctuation (order kept)."""
    return [w for token in _segment(fold(text)) for w in _token_words(token)]


def index_terms(text: str) -> list[str]:
    """Terms stored for `text`: each word, plus the bigrams of longer Chinese words."""
    return [t for token in _segment(fold(text)) for t in _token_terms(token)]


def name_terms(name: str) -> list[str]:
    """Pinyin terms of an organisation name (memoised: owners repeat across listings)."""
    return list(_name_terms(name))


@functools.lru_cache(maxsize=50_000)
def _name_terms(name: str) -> tuple[str, ...]:
    """Pinyin terms of an organisation name for prefix lookup: initials and full pinyin of
    the name and of the name without its leading place words (so 赣锋锂业 is found by "gfly"
    inside 江西赣锋锂业股份有限公司)."""
    folded = fold(name)
    if not folded:
        return ()
    pieces = [w for w in _segment(folded) if w.strip()]
    terms: list[str] = []
    for start in range(min(3, len(pieces))):
        full, initials = pinyin_pair("".join(pieces[start:]))
        terms += [initials, full]
    return tuple(t for t in dict.fromkeys(terms) if t and t.isascii() and t.isalnum())


def document(*, text_parts: Iterable[str], names: Iterable[str] = ()) -> list[str]:
    """All the terms of one listing (title, summary, keywords…, owner name)."""
    terms: list[str] = []
    done: dict[str, list[str]] = {}  # a part given twice (the title) is analysed once
    for part in text_parts:
        if part not in done:
            done[part] = index_terms(part)
        terms.extend(done[part])
    for name in names:
        terms.extend(index_terms(name))
        terms.extend(name_terms(name))
    return terms


def query_groups(query: str) -> list[list[str]]:
    """A query as groups of alternatives: each group must match (AND), any member of it may.

    A long Chinese word matches itself or all of its bigrams (the group holds the word; the
    backends expand it), an ASCII word matches by prefix (pinyin initials, model numbers).
    """
    groups: list[list[str]] = []
    seen: set[str] = set()
    for word in words(query[:200]):
        if word in seen:
            continue
        seen.add(word)
        if len(word) == 1 and _CJK.match(word):
            continue
        groups.append([word])
    return groups[:12]


def is_cjk(term: str) -> bool:
    return bool(_CJK.match(term))


def warm() -> None:
    """Load the segmenter's dictionary and the Traditional → Simplified tables now (they load
    on first use): the web server does it with the search index, the huey worker alone (its
    jobs analyse text — the expert draw, imports — but none queries the index; decision 0007)."""
    query_groups("鋰電池 稀土永磁 gfly")

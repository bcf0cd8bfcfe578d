"""Unified social credit code (统一社会信用代码, GB 32100-2015) validation.

18 characters from the alphabet 0-9 and A-Z without I, O, Z, S, V; positions 9-17 are the
organisation code whose own check digit (GB 11714) is position 17; position 18 is a mod-31 check
character over the first 17. Messages are Chinese and name the wrong character.
"""

from __future__ import annotations

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}
_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


class CreditCodeError(ValueError):
    """A credit code that is not valid, with a message naming the problem."""


def check_character(first17: str) -> str:
    """The 18th character for the given first 17."""
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalise(code: str) -> str:
    """Upper-case, half-width, without surrounding spaces."""
    out = []
    for ch in (code or "").strip():
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:  # full-width ASCII
            ch = chr(o - 0xFEE0)
        out.append(ch.upper())
    return "".join(out)


def validate(code: str) -> str:
    """Return the normalised code or raise CreditCodeError saying what is wrong."""
    value = normalise(code)
    if len(value) != 18:
        raise CreditCodeError(f"统一社会信用代码应为18位，实际为{len(value)}位。")
    for i, ch in enumerate(value, start=1):
        if ch not in _VALUE:
            raise CreditCodeError(
                f"统一社会信用代码第{i}位“{ch}”不是有效字符（不得使用 I、O、Z、S、V 及汉字）。"
            )
    expected = check_character(value[:17])
    if value[17] != expected:
        raise CreditCodeError(
            f"统一社会信用代码第18位校验码错误：应为“{expected}”，实际为“{value[17]}”。"
        )
    return value


def make(registration_authority: str, org_type: str, region_code: str, body: str) -> str:
    """Build a valid code from its parts (used by the demo generator and tests).

    `body` is the 8-character organisation code body; its GB 11714 check digit is computed.
    """
    weights = [3, 7, 9, 10, 5, 8, 4, 2]
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    s = sum(digits.index(c) * w for c, w in zip(body, weights, strict=True))
    c9 = 11 - s % 11
    check9 = "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
    first17 = f"{registration_authority}{org_type}{region_code}{body}{check9}"
    return first17 + check_character(first17)

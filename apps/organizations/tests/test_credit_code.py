from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from apps.organizations import credit_code

ALPHABET = credit_code.ALPHABET


def test_published_example_is_valid():
    assert credit_code.validate("91350100M000100Y43") == "91350100M000100Y43"


def test_full_width_and_lower_case_are_normalised():
    assert credit_code.validate("９１３５０１００m０００１００y４３") == "91350100M000100Y43"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("9135010", "应为18位，实际为7位"),
        ("91350100M000100Y4O", "第18位“O”不是有效字符"),
        ("91350100M000100Y44", "第18位校验码错误：应为“3”，实际为“4”"),
        ("9135010中M000100Y43", "第8位“中”不是有效字符"),
    ],
)
def test_errors_name_the_character(code, message):
    with pytest.raises(credit_code.CreditCodeError, match=message):
        credit_code.validate(code)


@given(
    region=st.sampled_from(["360100", "360702", "361102"]),
    body=st.text(alphabet=ALPHABET, min_size=8, max_size=8),
)
def test_made_codes_validate(region, body):
    code = credit_code.make("9", "1", region, body)
    assert credit_code.validate(code) == code


@given(
    body=st.text(alphabet=ALPHABET, min_size=8, max_size=8),
    position=st.integers(min_value=0, max_value=17),
    replacement=st.sampled_from(ALPHABET),
)
def test_any_single_substitution_is_detected(body, position, replacement):
    code = credit_code.make("9", "1", "360100", body)
    if code[position] == replacement:
        return
    changed = code[:position] + replacement + code[position + 1 :]
    with pytest.raises(credit_code.CreditCodeError):
        credit_code.validate(changed)

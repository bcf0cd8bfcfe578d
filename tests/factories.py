"""Factories for test data; credit codes are valid and unique by construction."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import factory

from apps.core.integrity import seal_of
from apps.core.text import name_index
from apps.organizations import credit_code
from apps.organizations.models import Organization, Qualification

_counter = itertools.count(1)


def next_credit_code(region_code: str = "360100") -> str:
    n = next(_counter)
    body = ""
    alphabet = credit_code.ALPHABET
    for _ in range(8):
        n, r = divmod(n, len(alphabet))
        body = alphabet[r] + body
    return credit_code.make("9", "1", region_code[:6], body)


class OrganizationFactory(factory.django.DjangoModelFactory[Organization]):
    class Meta:
        model = Organization

    credit_code = factory.LazyAttribute(lambda o: next_credit_code(o.region_id))
    name = factory.Sequence(lambda n: f"测试科技有限公司{n}")
    kind = "enterprise"
    region_id = "360102"
    size = "small"

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Organization:
        org = model_class(*args, **kwargs)
        org.name_pinyin, org.search_text = name_index(org.name)
        org.seal = seal_of(org)
        org.save()
        return org


class QualificationFactory(factory.django.DjangoModelFactory[Qualification]):
    class Meta:
        model = Qualification

    organization = factory.SubFactory(OrganizationFactory)
    type_id = "high_tech"
    valid_from = dt.date(2024, 1, 1)
    valid_until = dt.date(2026, 12, 31)

    @classmethod
    def _create(cls, model_class: Any, *args: Any, **kwargs: Any) -> Qualification:
        q = model_class(*args, **kwargs)
        q.seal = seal_of(q)
        q.save()
        return q

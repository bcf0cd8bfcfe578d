"""The shared ModelSerializer works out its fields once per class; instances stay separate."""

from __future__ import annotations

import pytest

from apps.core.api.serializers import ModelSerializer
from apps.regions.models import Region

pytestmark = pytest.mark.django_db


class RegionSerializer(ModelSerializer[Region]):
    class Meta:
        model = Region
        fields = ["code", "name", "level"]


class RegionWithPath(RegionSerializer):
    class Meta(RegionSerializer.Meta):
        fields = [*RegionSerializer.Meta.fields, "path"]


def test_each_instance_gets_its_own_bound_fields_with_the_same_output():
    nanchang, ganzhou = Region.objects.get(code="360100"), Region.objects.get(code="360700")
    first, second = RegionSerializer(nanchang), RegionSerializer(ganzhou)
    assert first.fields["name"] is not second.fields["name"]
    assert first.fields["name"].parent is first and second.fields["name"].parent is second
    assert first.data == {"code": "360100", "name": nanchang.name, "level": nanchang.level}
    assert second.data["code"] == "360700"
    assert RegionSerializer(nanchang).data == first.data  # the kept fields are never bound


def test_a_subclass_keeps_its_own_fields():
    nanchang = Region.objects.get(code="360100")
    assert list(RegionSerializer(nanchang).data) == ["code", "name", "level"]
    assert list(RegionWithPath(nanchang).data) == ["code", "name", "level", "path"]
    assert list(RegionSerializer(nanchang).data) == ["code", "name", "level"]

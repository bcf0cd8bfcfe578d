"""experts 0002 on a database holding expert profiles: each gets the pinyin sort key of its
name, so lists and the hand-seating picker order them as people look names up."""

from __future__ import annotations

from tests.migrations.conftest import organization

# The migrations this case upgrades through (tests/migrations/test_coverage.py checks them).
COVERS = [("experts", "0002_expert_name_pinyin")]


def test_profiles_get_their_pinyin_sort_key(upgrade):
    old = upgrade.before(("experts", "0001_initial"))
    org = organization(old, "象湖测试大学", "12360000MB1TEST01", kind="university")
    model = old.get_model("experts", "Expert")
    for name in ("王建国", "安晓明", "赵敏"):
        model.objects.create(
            name=name,
            organization=org,
            organization_name=org.name,
            region_id="360100",
            title="教授",
            disciplines=["52020"],
        )

    upgrade.to_latest()

    from apps.experts.models import Expert

    assert dict(Expert.objects.values_list("name", "name_pinyin")) == {
        "王建国": "wangjianguo",
        "安晓明": "anxiaoming",
        "赵敏": "zhaomin",
    }
    assert [e.name for e in Expert.objects.all()] == ["安晓明", "王建国", "赵敏"]

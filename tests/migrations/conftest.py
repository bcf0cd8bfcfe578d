"""Upgrade tests: a database at an older migration state, holding rows, migrated to the latest.

Each test asks `upgrade.before(...)` for the state just before the migrations it covers (the
database is emptied and migrated forward to there), writes rows with the historical models it
gets back, calls `upgrade.to_latest()` and checks what the migrations promise, with the current
code (decryption, seals, statuses, search). django-test-migrations' `migrator` does the
migrating; its finalizer migrates to the latest state again even when a test fails, and the
transactional teardown flushes the tables, as after any transactional test (the root
conftest reloads the regions for the next one). See docs/architecture.md, "Upgrade tests".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.apps.registry import Apps
from django.core.management.color import no_style
from django.db import connection
from django.utils import timezone
from django_test_migrations import sql

from apps.market.search import backends

# Tables that migrations create with raw SQL, not from a model: the migrator drops only model
# tables, and these are created again (without IF NOT EXISTS) on the way up.
RAW_TABLE_DROPS = [*backends.drop_sql(connection.vendor), f"DROP TABLE IF EXISTS {backends.LOG}"]

# Region rows the cases use (the session's full tree is gone once the tables are dropped).
REGIONS = [
    ("360000", "江西省", "province", None),
    ("360100", "南昌市", "city", "360000"),
    ("360102", "东湖区", "county", "360100"),
    ("360700", "赣州市", "city", "360000"),
]

NOW = timezone.now()


class Upgrade:
    """The database before a set of migrations, and after all of them."""

    def __init__(self, migrator: Any) -> None:
        self.migrator = migrator

    def before(self, *targets: tuple[str, str]) -> Apps:
        """Empty the database and migrate it to `targets` (and whatever precedes them in the
        full plan); returns the historical models of that state, with a few regions."""
        drop_all_tables()
        # The migrator applies the full plan up to its target, which may pass another target's
        # later migrations: the first target that way, the others by their own plans.
        state = self.migrator.apply_initial_migration([targets[0]])
        if targets[1:]:
            state = self.migrator.apply_tested_migration(list(targets[1:]))
        self._check_not_beyond(targets)
        historical = state.apps
        region = historical.get_model("regions", "Region")
        for code, name, level, parent in REGIONS:
            path = (region.objects.get(code=parent).path if parent else "") + f"{code}/"
            region.objects.create(
                code=code,
                name=name,
                level=level,
                parent_id=parent,
                path=path,
                depth=path.count("/") - 1,
            )
        return historical

    def _check_not_beyond(self, targets: tuple[tuple[str, str], ...]) -> None:
        """The plan prefix the migrator applies may hold other apps' later migrations, never a
        later one of a target's own app (that would test nothing)."""
        loader = self.migrator._executor.loader
        loader.build_graph()
        for app, name in targets:
            later = {
                node
                for node in loader.graph.forwards_plan(loader.graph.leaf_nodes(app)[0])
                if node[0] == app and node not in loader.graph.forwards_plan((app, name))
            }
            applied = later & set(loader.applied_migrations)
            assert not applied, f"{applied} already applied: not the state before them"

    def to_latest(self) -> Apps:
        graph = self.migrator._executor.loader.graph
        return self.migrator.apply_tested_migration(sorted(graph.leaf_nodes())).apps


def drop_all_tables() -> None:
    """Drop the raw-SQL tables, then every model table; fail if anything else is left (a new
    raw table must be added to RAW_TABLE_DROPS, or the way up would fail on it)."""
    with connection.cursor() as cursor:
        for statement in RAW_TABLE_DROPS:
            cursor.execute(statement)
    sql.drop_models_tables(connection.alias, no_style())
    left = set(connection.introspection.table_names()) - {sql.DJANGO_MIGRATIONS_TABLE_NAME}
    assert not left, f"tables not created by a model, add their DROP to RAW_TABLE_DROPS: {left}"


@pytest.fixture
def upgrade(migrator: Any) -> Upgrade:
    return Upgrade(migrator)


# --- rows written with historical models ------------------------------------------------------


def organization(historical: Apps, name: str, credit_code: str, **extra: Any) -> Any:
    model = historical.get_model("organizations", "Organization")
    values: dict[str, Any] = {"kind": "enterprise", "region_id": "360102"} | extra
    return model.objects.create(name=name, credit_code=credit_code, **values)


def user(historical: Apps, username: str, role: str, password: str = "!", **extra: Any) -> Any:  # noqa: S107
    model = historical.get_model("accounts", "User")
    return model.objects.create(
        username=username, password=password, role=role, display_name=username, **extra
    )


def days_ago(days: int) -> dt.datetime:
    return NOW - dt.timedelta(days=days)

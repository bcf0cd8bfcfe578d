"""Every migration that can meet existing rows has an upgrade case (or a reason it needs none).

A new migration fails this test until a case in tests/migrations/ lists it in its COVERS (see
docs/architecture.md, "Upgrade tests"), or it is named below with the reason.
"""

from __future__ import annotations

import importlib
import pkgutil

from django.db.migrations.loader import MigrationLoader

import tests.migrations

# Migrations that cannot meet rows written before them, and why.
NOT_ON_DATA: dict[tuple[str, str], str] = {}


def declared_cases() -> dict[tuple[str, str], str]:
    covered: dict[tuple[str, str], str] = {}
    for info in pkgutil.iter_modules(tests.migrations.__path__):
        if info.name.startswith("test_"):
            module = importlib.import_module(f"tests.migrations.{info.name}")
            for key in getattr(module, "COVERS", ()):
                covered[key] = info.name
    return covered


def project_migrations() -> set[tuple[str, str]]:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {
        key
        for key, migration in loader.disk_migrations.items()
        if type(migration).__module__.startswith("apps.")
        and not migration.initial  # an app's first migration creates its tables: no old rows
    }


def test_every_data_migration_has_an_upgrade_case():
    covered = declared_cases()
    missing = sorted(project_migrations() - set(covered) - set(NOT_ON_DATA))
    assert not missing, (
        f"迁移缺少升级测试（见 docs/architecture.md 的 Upgrade tests 一节）：{missing}"
    )


def test_cases_name_real_migrations():
    unknown = sorted((set(declared_cases()) | set(NOT_ON_DATA)) - project_migrations())
    assert not unknown, f"COVERS / NOT_ON_DATA 中的迁移不存在：{unknown}"

"""Architecture rules enforced by tests, not memory (STYLE.md "Safety nets").

Views, API modules and exports never query a scoped model through `Model.objects`; they go
through `visible_to` / `get_visible_or_404` or an app's selectors.
"""

from __future__ import annotations

import ast
from pathlib import Path

import django.apps

from apps.core.scoping import SCOPED_MODELS

ROOT = Path(__file__).resolve().parents[1]


def _front_modules() -> list[Path]:
    files: list[Path] = []
    for app in (ROOT / "apps").iterdir():
        files += list(app.glob("views.py")) + list(app.glob("views/*.py"))
        files += list(app.glob("api/*.py"))
    return files


def test_front_modules_exist():
    names = {p.relative_to(ROOT).as_posix() for p in _front_modules()}
    assert "apps/organizations/views.py" in names
    assert "apps/organizations/api/views.py" in names


def test_no_direct_queries_of_scoped_models_in_views_or_api():
    scoped_names = {model.__name__ for model in SCOPED_MODELS}
    assert {"Organization", "Region", "AuditEvent", "Job"} <= scoped_names
    offences = []
    for path in _front_modules():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("objects", "_default_manager")
                and isinstance(node.value, ast.Name)
                and node.value.id in scoped_names
            ):
                offences.append(
                    f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}"
                )
    assert offences == []


def test_every_model_with_a_region_is_scoped():
    """A model that points at the region tree or an organisation must declare its scope."""
    from apps.organizations.models import Organization
    from apps.regions.models import Region

    unscoped = []
    for model in django.apps.apps.get_models():
        if not model.__module__.startswith("apps."):
            continue
        related = {
            f.related_model for f in model._meta.get_fields() if f.is_relation and f.concrete
        }
        exempt = {"organizations.Organization"}
        touches_scope = Region in related or Organization in related
        if touches_scope and model not in SCOPED_MODELS and model._meta.label not in exempt:
            unscoped.append(model._meta.label)
    assert unscoped == []

"""Per-domain demo data: each app may ship a `demo.py` with `load(context) -> dict[str, int]`.

The core demo (regions, organisations, qualifications, accounts) is written first by the `demo`
command; then every installed app that has a `demo` module gets its turn, in the order of
INSTALLED_APPS, inside the same transaction, so a failing loader leaves nothing half-loaded.
A loader writes through its app's services where they carry rules worth exercising, and may
bulk-insert where the volume would make that slow (the core load does the same). It returns
counts for the summary line, e.g. {"calls": 5, "applications": 120}.

Keeping the loaders in their apps means a domain adds its demo without touching the command.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from django.apps import apps


@dataclass(frozen=True, slots=True)
class DemoContext:
    """What a loader may rely on: the scale asked for, the seed, today and a line printer."""

    scale: str
    seed: int
    as_of: date
    province_code: str
    say: Callable[[str], None]


class Loader(Protocol):
    def __call__(self, context: DemoContext) -> dict[str, int]: ...


def loaders() -> list[tuple[str, Loader]]:
    """(app label, load function) for every installed app with a `demo` module."""
    found: list[tuple[str, Loader]] = []
    for config in apps.get_app_configs():
        name = f"{config.name}.demo"
        if importlib.util.find_spec(name) is None:
            continue
        module = importlib.import_module(name)
        load = getattr(module, "load", None)
        if callable(load):
            found.append((config.label, load))
    return found


def run_all(context: DemoContext) -> dict[str, int]:
    """Run every app's loader; merged counts keyed `label.what`."""
    counts: dict[str, int] = {}
    for label, load in loaders():
        context.say(f"加载演示数据：{config_name(label)}……")
        for key, value in load(context).items():
            counts[f"{label}.{key}"] = value
    return counts


def config_name(label: str) -> str:
    return str(apps.get_app_config(label).verbose_name)

"""Every URL the project serves, with sample values for its parameters (for walking tests)."""

from __future__ import annotations

import re
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver

SAMPLES = {
    "int": "1",
    "str": "x",
    "uuid": "00000000-0000-0000-0000-000000000001",
    "path": "x",
    "slug": "x",
}


def all_urls() -> list[str]:
    urls: list[str] = []

    def walk(patterns: Any, prefix: str) -> None:
        for p in patterns:
            route = str(p.pattern)
            for conv, sample in SAMPLES.items():
                route = re.sub(rf"<{conv}:\w+>", sample, route)
            route = route.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\.", ".")
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + route)
            elif isinstance(p, URLPattern) and "(?P" not in route and "<" not in route:
                urls.append("/" + prefix + route)

    walk(get_resolver().url_patterns, "")
    return sorted(set(urls))
